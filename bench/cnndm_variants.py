"""Stand-ins for the CNN/DailyMail-based sets that ../shared/data keeps aside (REALSumm, Newsroom),
built from the SummEval set's own fields, for summ_eval.py with --budget ref-words:

    hl.jsonl           the text, with the original highlights as the only reference (as REALSumm
                       scores; SummEval's file also has ten crowd summaries)
    tok_hl.jsonl       the tokenized text (`text_tokenized`: `( CNN ) ... it 's ...`), with the
                       tokenized highlights, as REALSumm and Newsroom give their sources
    toklow_hl.jsonl    the same, lower-cased, as part of REALSumm's sources are
    tok_first.jsonl    the tokenized text, with the highlights' first sentence as the reference
                       (one sentence, as Newsroom's publisher summaries are)

    python3 bench/cnndm_variants.py OUT_DIR
    for f in OUT_DIR/*.jsonl; do
      ../shared/bench/.venv/bin/python ../shared/bench/summ_eval.py "$f" --budget ref-words \\
        --project-cmd "target/release/sunto jsonl"
    done

The files are written outside the repository: the articles are CNN's and the Daily Mail's.
"""
import ast
import gzip
import json
import re
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parent / ".." / ".." / "shared" / "data" / "sum_en_summeval_cnndm" / "test.jsonl.gz"


def listed(value):
    """A field holding a list, or a list written as JSON or as a Python literal."""
    if isinstance(value, list):
        return value
    for parse in (json.loads, ast.literal_eval):
        try:
            out = parse(value)
            return out if isinstance(out, list) else [out]
        except (ValueError, SyntaxError):
            continue
    return [value]


def first_sentence(text):
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\"'`])", text.strip(), maxsplit=1)[0]


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = [json.loads(line) for line in gzip.open(SOURCE, "rt", encoding="utf-8")]
    variants = {
        "hl": lambda d: (d["text"], listed(d["reference"])[0]),
        "tok_hl": lambda d: (d["text_tokenized"], listed(d["reference_tokenized"])[0]),
        "toklow_hl": lambda d: (d["text_tokenized"].lower(), listed(d["reference_tokenized"])[0].lower()),
        "tok_first": lambda d: (d["text_tokenized"], first_sentence(listed(d["reference_tokenized"])[0])),
    }
    for name, make in variants.items():
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for d in docs:
                text, reference = make(d)
                f.write(json.dumps({"id": d["id"], "lang": "en", "text": text, "reference": reference}) + "\n")
        print(f"{out / name}.jsonl: {len(docs)} documents")


if __name__ == "__main__":
    main()
