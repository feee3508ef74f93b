"""Quick ROUGE of the project alone, for tuning: the harness's own sampling, budget cut and ROUGE
(imported from ../shared/bench, not copied), without re-running the peers. Beside each figure it
prints the best peer's from the latest full `summ_eval.py` run in ../shared/bench/results.

    ../shared/bench/.venv/bin/python bench/summ_quick.py [--sample 300] [--cmd "target/release/sunto jsonl"]
"""
import argparse
import glob
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# ../shared is read-only on some machines: SUNTO_BENCH names a writable copy of the harness
# (its .venv and results/); the data is always read from ../shared/data.
BENCH = Path(os.environ.get("SUNTO_BENCH", HERE / ".." / ".." / "shared" / "bench")).resolve()
DATA = (HERE / ".." / ".." / "shared" / "data").resolve()
sys.path.insert(0, str(BENCH))
import common as C  # noqa: E402
from summ_eval import RougeBank  # noqa: E402

DATASETS = sorted(glob.glob(str(DATA / "sum_*" / "*.jsonl.gz")))


def best_peer(dataset: str):
    """The best peer's {rouge1, rouge2, rougeL} (each measure's maximum over the peers) in the
    latest results file of this dataset."""
    path = Path(dataset)
    label = f"{path.parent.name}-{path.name.removesuffix('.gz')}"
    files = sorted(glob.glob(str(BENCH / "results" / f"summ-{label}-ref-words-*.json")))
    if not files:
        return None
    agg = json.load(open(files[-1])).get("aggregate", {})
    peers = {k: v for k, v in agg.items() if k != "project" and v.get("rouge1") is not None}
    if not peers:
        return None
    return {k: max(v[k] for v in peers.values()) for k in ("rouge1", "rouge2", "rougeL")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int, default=300)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--cmd", default=str(HERE.parent / "target" / "release" / "sunto") + " jsonl")
    ap.add_argument("datasets", nargs="*", default=DATASETS)
    args = ap.parse_args()
    bank = RougeBank()
    budget = C.Budget("ref-words")
    wins = 0
    for ds in args.datasets:
        docs = [d for d in C.load_docs(ds, sample=args.sample, seed=args.seed) if C.references(d)]
        reqs = [{"task": "summarize", "id": d["id"], "lang": d["lang"], "text": d.get("text", ""),
                 "sentences": None, "words": budget.words_for(d)} for d in docs]
        run = C.run_project(args.cmd, reqs)
        totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
        for d in docs:
            summ = run.responses.get(d["id"], {}).get("summary", [])
            summ = C.truncate_sentences_to_words([str(s) for s in summ], budget.words_for(d))
            sc = bank.score(d["lang"], False, C.references(d), "\n".join(summ))
            for k in totals:
                totals[k] += sc[k] / len(docs)
        peer = best_peer(ds)
        cells = []
        for k in ("rouge1", "rouge2", "rougeL"):
            mark = ""
            if peer:
                mark = " ✓" if totals[k] >= peer[k] else f" ✗ (best peer {peer[k]:.3f})"
                wins += totals[k] >= peer[k]
            cells.append(f"{k[5:]} {totals[k]:.3f}{mark}")
        print(f"{C.dataset_label([ds]):45s} n={len(docs):3d}  " + "  ".join(cells))
    print(f"measures at or above the best peer: {wins}")


if __name__ == "__main__":
    main()
