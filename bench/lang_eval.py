"""Language detection accuracy on ../shared/data: every record whose `lang` is one of sunto's six
languages and whose text is longer than 200 characters, detected by `sunto jsonl` with no language
given. Prints accuracy per language and the confusion.

    ../shared/bench/.venv/bin/python bench/lang_eval.py [--cmd "target/release/sunto jsonl"]
"""
import argparse
import glob
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
# ../shared is read-only on some machines: SUNTO_BENCH names a writable copy of the harness.
BENCH = Path(os.environ.get("SUNTO_BENCH", HERE / ".." / ".." / "shared" / "bench")).resolve()
sys.path.insert(0, str(BENCH))
import common as C  # noqa: E402

LANGS = {"it", "en", "fr", "es", "de", "pt"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default=str(HERE.parent / "target" / "release" / "sunto") + " jsonl")
    args = ap.parse_args()
    docs = []
    for f in sorted(glob.glob(str(HERE.parent.parent / "shared" / "data" / "*" / "*.jsonl.gz"))):
        for i, d in enumerate(C.read_jsonl(f)):
            text = d.get("text")
            lang = C.norm_lang(d.get("lang"))
            if isinstance(text, str) and len(text) > 200 and lang in LANGS:
                docs.append({"id": f"{Path(f).parent.name}/{i}", "lang": lang, "text": text})
    reqs = [{"task": "summarize", "id": d["id"], "lang": None, "text": d["text"], "sentences": 1, "words": None}
            for d in docs]
    run = C.run_project(args.cmd, reqs)
    confusion = defaultdict(Counter)
    wrong = []
    for d in docs:
        got = run.responses.get(d["id"], {}).get("language", "none")
        confusion[d["lang"]][got] += 1
        if got != d["lang"]:
            wrong.append((d["id"], d["lang"], got, d["text"][:90].replace("\n", " ")))
    total = sum(sum(c.values()) for c in confusion.values())
    right = sum(c[lang] for lang, c in confusion.items())
    print(f"documents: {total}; correct: {right} ({100 * right / max(total, 1):.2f}%)")
    for lang, c in sorted(confusion.items()):
        n = sum(c.values())
        others = ", ".join(f"{k}: {v}" for k, v in c.most_common() if k != lang)
        print(f"  {lang}: {c[lang]}/{n} ({100 * c[lang] / n:.2f}%)" + (f"   confused with {others}" if others else ""))
    for w in wrong[:25]:
        print("  wrong:", *w)


if __name__ == "__main__":
    main()
