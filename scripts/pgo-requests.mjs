// The JSON-lines requests that train the native build's profile (scripts/pgo.sh): every task of
// `sunto jsonl` on the test fixtures (Italian and English; text, markdown, HTML) and on the short
// texts of scripts/pgo/ (French, Spanish, German, Portuguese), each with its language found and
// given, at the lengths the page and the benchmarks ask for. Written to standard output.
//
//   node scripts/pgo-requests.mjs > requests.jsonl
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const inputs = [];
const fixtures = join(root, "tests", "fixtures");
for (const f of readdirSync(fixtures).sort()) {
  if (![".txt", ".md", ".html"].includes(extname(f)) || f.includes("windows1252")) continue;
  inputs.push({ name: f, lang: f.slice(0, 2), text: readFileSync(join(fixtures, f), "utf8") });
}
const extra = join(root, "scripts", "pgo");
for (const f of readdirSync(extra).sort()) {
  if (extname(f) === ".txt") inputs.push({ name: f, lang: f.slice(0, 2), text: readFileSync(join(extra, f), "utf8") });
}

const out = [];
let id = 0;
const ask = (request) => out.push(JSON.stringify({ id: `r${id++}`, ...request }));
for (const { name, lang, text } of inputs) {
  if (extname(name) === ".html") {
    ask({ task: "extract", lang, html: text });
    continue;
  }
  for (const language of [lang, undefined]) {
    for (const sentences of [3, 5]) ask({ task: "summarize", lang: language, text, sentences, words: null });
    ask({ task: "summarize", lang: language, text, sentences: null, words: 60 });
    ask({ task: "keywords", lang: language, text, k: 10, sentences: null, words: null });
    ask({ task: "sentences", lang: language, text });
  }
}
process.stdout.write(`${out.join("\n")}\n`);
