// Native and WebAssembly give the same summary: runs `target/release/sunto --json` and
// `pkg/sunto.js` in Node on the same files and compares sentences (text, offsets, scores) and key
// phrases. Offsets are bytes natively and UTF-16 units in JS; they are converted before comparing.
//
//   node scripts/parity.mjs [--sentences N] FILE...      prints one line per file, exits 1 on a difference
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Loads the wasm package once. */
/** The wasm package of pkg/ (or of the folder in SUNTO_PKG, to compare builds). */
export async function loadWasm() {
  const pkg = process.env.SUNTO_PKG || join(root, "pkg");
  const mod = await import(pathToFileURL(join(pkg, "sunto.js")).href);
  mod.initSync({ module: readFileSync(join(pkg, "sunto_bg.wasm")) });
  return mod;
}

const utf16At = (text, byte) => Buffer.from(text, "utf8").subarray(0, byte).toString("utf8").length;

/** A file's text, read by the library's own decoder (as the CLI reads it). */
const readText = (wasm, file) => wasm.decode(readFileSync(file)).text;

/** Differences between the native and the wasm summary of each file (empty when identical). */
export async function compare(files, sentences = 3) {
  const wasm = await loadWasm();
  const summarizer = new wasm.Summarizer({ sentences });
  const bin = join(process.env.CARGO_TARGET_DIR || join(root, "target"), "release", "sunto");
  const out = [];
  for (const file of files) {
    const text = readText(wasm, file);
    const native = JSON.parse(execFileSync(bin, ["--json", "--sentences", String(sentences), file], { encoding: "utf8" }));
    const js = summarizer.summarize(text, { name: basename(file) });
    const diffs = [];
    if (native.language !== js.language) diffs.push(`language ${native.language} vs ${js.language}`);
    if (native.title !== js.title) diffs.push(`title ${native.title} vs ${js.title}`);
    if (native.sentences.length !== js.sentences.length) diffs.push(`${native.sentences.length} vs ${js.sentences.length} sentences`);
    native.sentences.forEach((n, i) => {
      const w = js.sentences[i] ?? {};
      if (n.text !== w.text) diffs.push(`sentence ${i}: ${JSON.stringify(n.text)} vs ${JSON.stringify(w.text)}`);
      if (utf16At(text, n.start) !== w.start || utf16At(text, n.end) !== w.end) diffs.push(`sentence ${i}: offsets differ`);
      if (n.score !== w.score) diffs.push(`sentence ${i}: score ${n.score} vs ${w.score}`);
      if (text.slice(w.start, w.end).length === 0) diffs.push(`sentence ${i}: empty span`);
    });
    const nk = native.keywords.map((k) => `${k.text}:${k.score}`).join("|");
    const wk = js.keywords.map((k) => `${k.text}:${k.score}`).join("|");
    if (nk !== wk) diffs.push(`key phrases ${nk} vs ${wk}`);
    out.push({ file, sentences: js.sentences.map((s) => s.text), keywords: js.keywords.map((k) => k.text), diffs });
  }
  summarizer.free();
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  let n = 3;
  const i = args.indexOf("--sentences");
  if (i >= 0) n = Number(args.splice(i, 2)[1]);
  const results = await compare(args, n);
  let bad = 0;
  for (const r of results) {
    const ok = r.diffs.length === 0;
    if (!ok) bad++;
    console.log(`${ok ? "same" : "DIFFERENT"}  ${r.file}: ${r.sentences.length} sentences, ${r.keywords.length} key phrases`);
    for (const d of r.diffs) console.log(`    ${d}`);
  }
  process.exit(bad ? 1 : 0);
}
