// WebAssembly speed in Node: the wasm package (pkg/, from scripts/build.sh) summarising each
// article many times, and the articles concatenated 1, 10, 50 and 200 times with every copy made
// unique (as ../shared/bench/speed.py --unique-copies builds them). Each run checks its answer, so
// a fast wrong result fails.
//
//   node bench/wasm_speed.mjs [FILE...]      (default: ../shared/samples/*.txt, else tests/fixtures)
import { readFileSync } from "node:fs";
import { loadWasm } from "../scripts/parity.mjs";
import { articleFiles } from "./inputs.mjs";

const files = articleFiles();
const wasm = await loadWasm();
const texts = files.map((f) => wasm.decode(readFileSync(f)).text);
const summarizer = new wasm.Summarizer({ sentences: 5 });

function check(summary, what) {
  if (summary.sentences.length === 0 || !summary.language) throw new Error(`${what}: no summary`);
  for (const s of summary.sentences) if (s.end <= s.start) throw new Error(`${what}: empty span`);
}

// per article: median of 50 runs. The wasm Summarizer keeps the last text's analysis for the
// page's slider (see "slider" below), so successive runs alternate between the text and the text
// with one more line break: each run analyses anew. V8 first runs wasm from a baseline compiler and
// moves hot functions to its optimising one in the background, so every article is summarised 20
// times before any is timed (without it the first article timed took half as long again).
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const variant = (text, k) => (k % 2 ? `${text}\n` : text);
// Each timed run starts from nothing learned (clearCaches, untimed), as the first article of its
// language on a fresh page; then the same with the article's stems known from the run before (the
// article again, or after others sharing its words), the cost without stemming.
for (let k = 0; k < 20; k++) texts.forEach((text, i) => check(summarizer.summarize(variant(text, k)), files[i]));
const perArticle = texts.map((text, i) => {
  const runs = [];
  const known = [];
  for (let k = 0; k < 50; k++) {
    for (const [fresh, times] of [[true, runs], [false, known]]) {
      const input = variant(text, 2 * k + (fresh ? 1 : 2));
      if (fresh) wasm.clearCaches();
      const t = performance.now();
      const s = summarizer.summarize(input);
      times.push(performance.now() - t);
      check(s, files[i]);
    }
  }
  return { file: files[i].split("/").pop(), kb: Buffer.byteLength(text) / 1024, ms: median(runs), known: median(known) };
});
for (const r of perArticle) {
  console.log(`article ${r.file} (${r.kb.toFixed(1)} KB): ${r.ms.toFixed(3)} ms (its stems known: ${r.known.toFixed(3)} ms)`);
}

// a made-up capitalised word unique to copy i, as speed.py prefixes every sentence of a copy
const word = (i) => {
  let s = "";
  do {
    s += "bcdfglmnprstvz"[i % 14] + "aeiou"[Math.floor(i / 14) % 5];
    i = Math.floor(i / 70);
  } while (i > 0);
  return s[0].toUpperCase() + s.slice(1);
};
const base = texts.join("\n\n");
const copies = (k) => {
  const parts = [base];
  for (let i = 1; i < k; i++) {
    const w = word(i * 7919);
    parts.push(base.replace(/(^|(?<=[.!?] ))(?=\S)/gm, `${w} `));
  }
  return parts.join("\n\n");
};
// the first call at a size also grows the wasm memory and touches its pages for the first time;
// three more calls (texts over 1 MiB are never reused) give the steady cost, their median. Each
// call starts from nothing learned (clearCaches, untimed), so every word is stemmed.
const rows = [];
for (const k of [1, 10, 50, 200]) {
  const text = copies(k);
  const mb = Buffer.byteLength(text) / 1e6;
  const runs = [];
  for (let r = 0; r < 4; r++) {
    const input = variant(text, r);
    wasm.clearCaches();
    const t = performance.now();
    const s = summarizer.summarize(input);
    runs.push(performance.now() - t);
    check(s, `${k}x`);
  }
  const ms = median(runs.slice(1));
  rows.push({ k, mb, ms });
  console.log(
    `${k}x: ${mb.toFixed(2)} MB in ${ms.toFixed(0)} ms (${(mb / (ms / 1000)).toFixed(1)} MB/s; median of 3, ` +
      `after a first call of ${runs[0].toFixed(0)} ms)`,
  );
}
const [a, b] = rows.slice(-2);
console.log(`growth exponent 50x -> 200x: ${(Math.log(b.ms / a.ms) / Math.log(b.mb / a.mb)).toFixed(2)}`);

// the page's length slider on a 50 KB article: each position is its own Summarizer (the page
// keeps one per set of options) asked for the same text; the first call analyses the text, the
// next ones reuse that analysis and only rank and select again
{
  let article = copies(3);
  article = article.slice(0, article.indexOf("\n\n", 50_000) + 1 || article.length);
  const kb = Buffer.byteLength(article) / 1024;
  const at = Array.from({ length: 10 }, (_, n) => new wasm.Summarizer({ sentences: n + 1 }));
  let t = performance.now();
  check(at[2].summarize(article), "slider, first");
  const first = performance.now() - t;
  const moves = [];
  for (let round = 0; round < 5; round++) {
    for (const [n, s] of at.entries()) {
      t = performance.now();
      const summary = s.summarize(article);
      moves.push(performance.now() - t);
      check(summary, "slider");
      if (summary.sentences.length !== n + 1) throw new Error(`slider: ${summary.sentences.length} sentences, not ${n + 1}`);
    }
  }
  console.log(`slider, ${kb.toFixed(0)} KB article: first ${first.toFixed(1)} ms, each move ${median(moves).toFixed(2)} ms (median of ${moves.length})`);
}
