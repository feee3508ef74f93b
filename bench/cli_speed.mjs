// The native CLI as it ships (target/release/sunto, profile-guided when scripts/build.sh could make
// the profile): the time one summary takes inside `sunto jsonl`, JSON in and out included and the
// process start left out. For each article, one process answers 20 requests and another 220; the
// difference over the 200 extra requests is the time of one, and the median of 7 such pairs is
// reported. Requests alternate between the article and the article with one more line break, as
// bench/wasm_speed.mjs does. Every response is checked (5 sentences, the language found), so a fast
// wrong answer fails.
//
//   node bench/cli_speed.mjs [FILE...]      (default: ../shared/samples/*.txt, else tests/fixtures)
//   SUNTO_BIN=path/to/sunto node bench/cli_speed.mjs     (another build of the CLI, to compare)
import { readFileSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, articleFiles } from "./inputs.mjs";

const bin = process.env.SUNTO_BIN || join(ROOT, "target", "release", "sunto"); // SUNTO_BIN: another build, to compare
if (!existsSync(bin)) throw new Error(`${bin} does not exist: build it first (bash scripts/build.sh)`);
const files = articleFiles();

function run(text, n) {
  const lines = [];
  for (let k = 0; k < n; k++) {
    lines.push(JSON.stringify({ task: "summarize", id: `r${k}`, text: k % 2 ? `${text}\n` : text, sentences: 5, words: null }));
  }
  const input = `${lines.join("\n")}\n`;
  const t0 = process.hrtime.bigint();
  const out = spawnSync(bin, ["jsonl"], { input, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (out.status !== 0) throw new Error(`sunto jsonl exited with ${out.status}: ${out.stderr}`);
  const answers = out.stdout.toString().trim().split("\n").map((l) => JSON.parse(l));
  if (answers.length !== n) throw new Error(`${n} requests, ${answers.length} answers`);
  for (const a of answers) {
    if (a.error || a.summary?.length !== 5 || !a.language) throw new Error(`a wrong answer: ${JSON.stringify(a).slice(0, 200)}`);
  }
  return ms;
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
console.log(`${bin} jsonl, one summary inside the process (median of 7 pairs of runs):`);
for (const f of files) {
  const text = readFileSync(f, "utf8");
  run(text, 20); // the binary and the text in the page cache
  const per = [];
  for (let k = 0; k < 7; k++) per.push((run(text, 220) - run(text, 20)) / 200);
  console.log(`article ${f.split("/").pop()} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB): ${median(per).toFixed(3)} ms`);
}
