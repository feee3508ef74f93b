"""Quick key-phrase F1@10 of the project alone, for tuning: the harness's own sampling, stemmed
matching and P/R/F1 (imported from ../shared/bench, not copied), beside the best of YAKE, RAKE and
summa (and the tf-idf baseline, the stretch) from the latest full `kw_eval.py` run.

    ../shared/bench/.venv/bin/python bench/kw_quick.py [--sample 300] [DATASET ...]
"""
import argparse
import glob
import os
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# ../shared is read-only on some machines: SUNTO_BENCH names a writable copy of the harness
# (its .venv and results/); the data is always read from ../shared/data.
BENCH = Path(os.environ.get("SUNTO_BENCH", HERE / ".." / ".." / "shared" / "bench")).resolve()
DATA = (HERE / ".." / ".." / "shared" / "data").resolve()
sys.path.insert(0, str(BENCH))
import common as C  # noqa: E402
from kw_eval import dedup, normalizer, prf  # noqa: E402

DEFAULT = ["kp_en_500n_kpcrowd/all", "kp_en_gum_salient_entities/dev", "kp_en_gum_salient_entities/train",
           "kp_fr_wikinews/all", "kp_en_inspec/all", "kp_en_semeval2017/all"]
PEERS = ("yake", "rake", "summa-kw")


def peers(dataset: str):
    path = Path(dataset)
    label = f"{path.parent.name}-{path.name.removesuffix('.gz')}"
    for f in reversed(sorted(glob.glob(str(BENCH / "results" / f"kw-{label}-*.json")))):
        agg = json.load(open(f)).get("aggregate", {})
        if any(p in agg for p in PEERS):
            break
    else:
        return None, None
    best = max((agg[p]["F1@10"] for p in PEERS if p in agg), default=None)
    return best, agg.get("tfidf", {}).get("F1@10")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int, default=300)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--cmd", default=str(HERE.parent / "target" / "release" / "sunto") + " jsonl")
    ap.add_argument("datasets", nargs="*", default=[str(DATA / f"{d}.jsonl.gz") for d in DEFAULT])
    args = ap.parse_args()
    for ds in args.datasets:
        docs = C.read_many([ds], None, args.sample, args.seed)
        reqs = [{"task": "keywords", "id": d["id"], "lang": d["lang"], "text": d.get("text", ""), "k": 10,
                 "sentences": None, "words": None} for d in docs]
        run = C.run_project(args.cmd, reqs)
        norms = {}
        f1s = []
        for d in docs:
            norm = norms.setdefault(d["lang"], normalizer(d["lang"]))
            gold = dedup(norm(g) for g in (d.get("keyphrases") or []))
            if not gold:
                continue
            pred = dedup(norm(p) for p in run.responses.get(d["id"], {}).get("keywords", []))
            f1s.append(prf(pred, gold, 10)[2])
        f1 = sum(f1s) / max(len(f1s), 1)
        best, tfidf = peers(ds)
        mark = "" if best is None else (" ✓" if f1 >= best else " ✗") + f" best peer {best:.3f}"
        stretch = "" if tfidf is None else f", tf-idf {tfidf:.3f}"
        print(f"{Path(ds).parent.name + '/' + Path(ds).name:45s} n={len(f1s):3d}  F1@10 {f1:.3f}{mark}{stretch}")


if __name__ == "__main__":
    main()
