// The native CLI as it ships (target/release/sunto, profile-guided when scripts/build.sh could make
// the profile): the time one summary takes inside `sunto jsonl`, JSON in and out included and the
// process start left out. For each article, one process answers 20 requests and another 220; the
// difference over the 200 extra requests is the time of one, and the median of 7 such pairs is
// reported. Requests alternate between the article and the article with one more line break, as
// bench/wasm_speed.mjs does. Every response is checked (5 sentences, the language found), so a fast
// wrong answer fails. Repeating an article, its words' stems are known after the first request
// (see `LEARNED_STEMS` in src/lang/mod.rs), so these are the times without stemming.
//
// Then, when ../shared/data is present, streams of different articles, each read once, as in
// `sunto jsonl` over a corpus: the BBC News articles of 2 to 7 KB (English) and Italian treebank
// text cut into documents of about 5 KB. One process answers the whole stream and another its first
// 100 (a quarter when shorter); the difference over the rest is the time per article, with the
// stems learned from the articles before it (median of 5 pairs).
//
//   node bench/cli_speed.mjs [FILE...]      (default: ../shared/samples/*.txt, else tests/fixtures)
//   SUNTO_BIN=path/to/sunto node bench/cli_speed.mjs     (another build of the CLI, to compare)
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT, articleFiles } from "./inputs.mjs";

const bin = process.env.SUNTO_BIN || join(ROOT, "target", "release", "sunto"); // SUNTO_BIN: another build, to compare
if (!existsSync(bin)) throw new Error(`${bin} does not exist: build it first (bash scripts/build.sh)`);
const files = articleFiles();

function run(text, n) {
  const texts = [];
  for (let k = 0; k < n; k++) texts.push(k % 2 ? `${text}\n` : text);
  return runAll(texts, 5);
}

/** One `sunto jsonl` process answering a summary of each text (at least `least` sentences each). */
function runAll(texts, least) {
  const n = texts.length;
  const lines = texts.map((text, k) => JSON.stringify({ task: "summarize", id: `r${k}`, text, sentences: 5, words: null }));
  const input = `${lines.join("\n")}\n`;
  const t0 = process.hrtime.bigint();
  const out = spawnSync(bin, ["jsonl"], { input, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (out.status !== 0) throw new Error(`sunto jsonl exited with ${out.status}: ${out.stderr}`);
  const answers = out.stdout.toString().trim().split("\n").map((l) => JSON.parse(l));
  if (answers.length !== n) throw new Error(`${n} requests, ${answers.length} answers`);
  for (const a of answers) {
    if (a.error || !(a.summary?.length >= least && a.summary.length <= 5) || !a.language) throw new Error(`a wrong answer: ${JSON.stringify(a).slice(0, 200)}`);
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

const data = join(ROOT, "..", "shared", "data");
const jsonl = (dir) =>
  readdirSync(join(data, dir))
    .filter((f) => f.endsWith(".jsonl.gz"))
    .sort()
    .flatMap((f) => gunzipSync(readFileSync(join(data, dir, f))).toString().trim().split("\n"))
    .map((l) => JSON.parse(l).text);
if (existsSync(data) && process.argv.length <= 2) {
  const kb = (t) => Buffer.byteLength(t) / 1024;
  const bbc = jsonl("sum_en_bbc_news_summary").filter((t) => kb(t) >= 2 && kb(t) <= 7);
  const italian = [];
  let doc = "";
  for (const dir of ["sent_it_isdt", "sent_it_partut", "sent_it_vit"]) {
    for (const t of jsonl(dir)) {
      doc += `${t}\n`;
      if (kb(doc) >= 5) {
        italian.push(doc);
        doc = "";
      }
    }
  }
  console.log(`\nstreams of different articles, each read once (median of 5 pairs of runs):`);
  for (const [name, texts] of [["BBC News, 2-7 KB", bbc], ["Italian treebank text, 5 KB documents", italian]]) {
    const head = texts.slice(0, Math.min(100, texts.length >> 2));
    runAll(texts, 1);
    const per = [];
    for (let k = 0; k < 5; k++) per.push((runAll(texts, 1) - runAll(head, 1)) / (texts.length - head.length));
    const mean = texts.slice(head.length).reduce((a, t) => a + kb(t), 0) / (texts.length - head.length);
    console.log(`${name}: ${texts.length} articles, after the first ${head.length} (mean ${mean.toFixed(1)} KB): ${median(per).toFixed(3)} ms an article`);
  }
}
