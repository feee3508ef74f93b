"""Checks the summaries of ../shared/samples (issue 2's acceptance 2 and issue 3's): for each sample,
`sunto --json --sentences 3` gives three sentences in Italian, none of them a heading line (a sample
line without final punctuation), boilerplate, the embedded tweet, a byline or markdown syntax; every
span slices the sample; and sample 004's page-break sentence comes out whole.

    python3 bench/samples_check.py [--bin target/release/sunto]
"""
import argparse
import glob
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = sorted(glob.glob(str(HERE.parent.parent / "shared" / "samples" / "*.txt")))
BOILERPLATE = ["Share", "Written by", "Luca Carlini", "Sono un appassionato", "Smettere di Lavorare", "info@",
               "P.IVA", "testata giornalistica", "Russia signed", "pic.twitter", "@Sana", "Sana Jamal",
               "Enrico Phelipon", "Info & Comunicati", "Home News", "**", "](", "© "]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(HERE.parent / "target" / "release" / "sunto"))
    args = ap.parse_args()
    out = subprocess.run([args.bin, "--json", "--sentences", "3", *SAMPLES], capture_output=True, text=True, check=True)
    ok = True
    for line in out.stdout.splitlines():
        r = json.loads(line)
        src = Path(r["file"]).read_text(encoding="utf-8")
        raw = src.encode()
        heads = {l.strip() for l in src.splitlines() if l.strip() and not re.search(r"[.!?…:;][\"”’»)*]*$", l.strip())}
        problems = []
        if len(r["sentences"]) != 3:
            problems.append(f"{len(r['sentences'])} sentences")
        if r["language"] != "it":
            problems.append("language " + r["language"])
        for s in r["sentences"]:
            if s["text"].strip() in heads:
                problems.append("heading: " + s["text"])
            problems += [f"boilerplate {b!r}: {s['text'][:60]}" for b in BOILERPLATE if b in s["text"]]
            first = s["text"].split()[0]
            if first not in raw[s["start"]:s["end"]].decode("utf-8", "replace"):
                problems.append(f"span {s['start']}..{s['end']} does not hold {first!r}")
        for k in r["keywords"]:
            problems += [f"key phrase {k['text']!r} has {b!r}" for b in BOILERPLATE if b.strip() in k["text"]]
        ok &= not problems
        print(Path(r["file"]).name, r["language"], len(r["sentences"]), "OK" if not problems else problems)
    sentences = subprocess.run([args.bin, "jsonl"], input=json.dumps({"task": "summarize", "id": 4, "text": Path(SAMPLES[4]).read_text(encoding="utf-8"), "sentences": 50}),
                               capture_output=True, text=True, check=True).stdout
    whole = any("sotto l'influenza del Cremlino." in s for s in json.loads(sentences)["summary"])
    print("sample 004's split sentence whole:", whole)
    sys.exit(0 if ok and whole else 1)


if __name__ == "__main__":
    main()
