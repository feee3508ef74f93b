// Native (target/release/sunto) and WebAssembly (pkg/ in Node) give identical summaries of every
// fixture, at several lengths; and the same input with the same options gives byte-identical
// JSON run after run, natively and in wasm, and the same JSON on both (issue 10).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compare } from "../../scripts/parity.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = join(root, "tests", "fixtures");
const files = readdirSync(fixtures).filter((f) => /\.(txt|md|html?)$/.test(f)).map((f) => join(fixtures, f));
const bin = join(process.env.CARGO_TARGET_DIR || join(root, "target"), "release", "sunto");
const ready = existsSync(join(root, "pkg", "sunto.js")) && existsSync(bin);
const required = process.env.SUNTO_E2E_REQUIRE === "1";
const skip = !ready && !required && "build pkg/ and target/release/sunto first";

test("native and wasm summaries are identical", { skip }, async () => {
  assert.ok(files.length >= 5, "fixtures present");
  for (const n of [1, 3, 5]) {
    for (const r of await compare(files, n)) {
      assert.deepEqual(r.diffs, [], `${r.file} at ${n} sentences`);
      assert.equal(r.sentences.length, n, `${r.file}: ${n} sentences`);
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Determinism: byte-identical JSON.

/** Option sets as the command line takes them and as the wasm Summarizer does. */
const OPTION_SETS = [
  { cli: [], js: {} },
  { cli: ["--sentences", "1"], js: { sentences: 1 } },
  { cli: ["--ratio", "0.3", "--keywords", "5"], js: { ratio: 0.3, keywords: 5 } },
  { cli: ["--words", "60", "--lang", "it"], js: { words: 60, language: "it" } },
  { cli: ["--sentences", "4", "--format", "text", "--lang", "en"], js: { sentences: 4, format: "text", language: "en" }, noName: true },
];

/** A fresh instance of the wasm package: a module URL of its own gets its own memory and state. */
async function freshWasm(tag) {
  const glue = await import(`${pathToFileURL(join(root, "pkg", "sunto.js")).href}?instance=${tag}`);
  glue.initSync({ module: readFileSync(join(root, "pkg", "sunto_bg.wasm")) });
  return glue;
}

/** JSON with object keys sorted at every level: the command line prints keys sorted, JS in field order. */
function canonical(value) {
  const sort = (v) =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v;
  return JSON.stringify(sort(value));
}

/** The wasm result with UTF-16 offsets turned into the command line's byte offsets. */
function withByteOffsets(result, text) {
  const bytes = new Uint32Array(text.length + 1);
  for (let i = 0, b = 0; i <= text.length; i++) {
    bytes[i] = b;
    const c = text.codePointAt(i);
    if (c === undefined) break;
    if (c > 0xffff) {
      bytes[i + 1] = b; // inside a surrogate pair: never a span end
      b += 4;
      i++;
      bytes[i + 1] = b;
      continue;
    }
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  const at = (u) => bytes[u];
  const copy = structuredClone(result);
  for (const s of copy.sentences) [s.start, s.end] = [at(s.start), at(s.end)];
  for (const k of copy.keywords) for (const o of k.occurrences) [o.start, o.end] = [at(o.start), at(o.end)];
  return copy;
}

test("the same input and options give byte-identical JSON: run after run, natively and in wasm", { skip }, async () => {
  const first = await freshWasm("first");
  const second = await freshWasm("second");
  let compared = 0;
  for (const file of files) {
    const text = first.decode(readFileSync(file)).text;
    for (const { cli, js, noName } of OPTION_SETS) {
      const label = `${basename(file)} ${cli.join(" ") || "(defaults)"}`;
      const native = [0, 1].map(() => execFileSync(bin, ["--json", ...cli, file]));
      assert.ok(native[0].equals(native[1]), `${label}: the command line printed different bytes on a second run`);

      const call = noName ? undefined : { name: basename(file) };
      const runs = [first, second, first].map((glue) => {
        const summarizer = new glue.Summarizer(js);
        const out = summarizer.summarize(text, call);
        summarizer.free();
        return out;
      });
      const wasmJson = runs.map((r) => JSON.stringify(r));
      assert.equal(wasmJson[1], wasmJson[0], `${label}: a second wasm instance gave different JSON`);
      assert.equal(wasmJson[2], wasmJson[0], `${label}: the same wasm instance gave different JSON the second time`);

      const nativeValue = JSON.parse(native[0].toString("utf8"));
      assert.equal(nativeValue.file, file);
      delete nativeValue.file;
      assert.equal(canonical(withByteOffsets(runs[0], text)), canonical(nativeValue), `${label}: native and wasm JSON differ`);
      compared++;
    }
  }
  assert.equal(compared, files.length * OPTION_SETS.length);
});
