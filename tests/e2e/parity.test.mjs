// Native (target/release/sunto) and WebAssembly (pkg/ in Node) give identical summaries of every
// fixture, at several lengths.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { compare } from "../../scripts/parity.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = join(root, "tests", "fixtures");
const files = readdirSync(fixtures).filter((f) => /\.(txt|md|html?)$/.test(f)).map((f) => join(fixtures, f));
const ready = existsSync(join(root, "pkg", "sunto.js")) && existsSync(join(process.env.CARGO_TARGET_DIR || join(root, "target"), "release", "sunto"));
const required = process.env.SUNTO_E2E_REQUIRE === "1";

test("native and wasm summaries are identical", { skip: !ready && !required && "build pkg/ and target/release/sunto first" }, async () => {
  assert.ok(files.length >= 5, "fixtures present");
  for (const n of [1, 3, 5]) {
    for (const r of await compare(files, n)) {
      assert.deepEqual(r.diffs, [], `${r.file} at ${n} sentences`);
      assert.equal(r.sentences.length, n, `${r.file}: ${n} sentences`);
    }
  }
});
