#!/usr/bin/env node
// Packs pkg/ (as built by scripts/build.sh) into an npm tarball, after checking that it is a
// complete package.
//
//   node scripts/pack-npm.mjs OUT.tgz            packs pkg/ as it is
//   node scripts/pack-npm.mjs --preview OUT.tgz  packs a copy of pkg/ with www/npm-README.md as
//       its README and types/sunto-extra.d.ts patched into sunto.d.ts: what the package will be
//       once build.sh copies the README and src/wasm.rs declares the types. pkg/ is not touched.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PKG = path.join(ROOT, "pkg");

const args = process.argv.slice(2);
const preview = args.includes("--preview");
const out = args.find((a) => !a.startsWith("--"));
if (!out) fail("usage: node scripts/pack-npm.mjs [--preview] OUT.tgz");

function fail(message) {
  console.error(`pack-npm: ${message}`);
  process.exit(1);
}

if (!fs.existsSync(path.join(PKG, "sunto.js"))) fail("pkg/sunto.js is missing: run bash scripts/build.sh first");

// The package.json wasm-pack wrote must describe a usable package.
const manifest = JSON.parse(fs.readFileSync(path.join(PKG, "package.json"), "utf8"));
const problems = [];
for (const field of ["name", "version", "license", "description", "main", "types"]) {
  if (!manifest[field]) problems.push(`package.json has no "${field}"`);
}
if (manifest.type !== "module") problems.push('package.json: "type" is not "module"');
for (const file of ["sunto.js", "sunto_bg.wasm", "sunto.d.ts"]) {
  if (!manifest.files?.includes(file)) problems.push(`package.json "files" lacks ${file}`);
  if (!fs.existsSync(path.join(PKG, file))) problems.push(`pkg/${file} is missing`);
}
if (problems.length) fail(problems.join("; "));

let dir = PKG;
let stage = null;
if (preview) {
  stage = fs.mkdtempSync(path.join(os.tmpdir(), "sunto-pack-"));
  fs.cpSync(PKG, stage, { recursive: true });
  fs.copyFileSync(path.join(ROOT, "www", "npm-README.md"), path.join(stage, "README.md"));
  const dts = path.join(stage, "sunto.d.ts");
  fs.writeFileSync(dts, previewTypes(fs.readFileSync(dts, "utf8")));
  dir = stage;
  console.log("pack-npm: PREVIEW: README and precise types patched into a copy of pkg/");
}

try {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sunto-tgz-"));
  const [{ filename }] = JSON.parse(
    execFileSync("npm", ["pack", dir, "--pack-destination", tmp, "--json", "--loglevel=error"], { encoding: "utf8" }),
  );
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.copyFileSync(path.join(tmp, path.basename(filename)), out);
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`pack-npm: ${manifest.name}@${manifest.version} → ${path.relative(process.cwd(), path.resolve(out))}`);
} finally {
  if (stage) fs.rmSync(stage, { recursive: true, force: true });
}

/**
 * sunto.d.ts as it will read once src/wasm.rs includes types/sunto-extra.d.ts
 * (typescript_custom_section) and names those types in its signatures (typescript_type).
 */
function previewTypes(text) {
  if (/\binterface Summary\b/.test(text)) return text; // the real thing is already there
  const signatures = [
    [/constructor\(options: any\);/, "constructor(options?: SummarizerOptions | null);"],
    [/summarize\(text: string, options: any\): any;/, "summarize(text: string, options?: SummarizeCallOptions | null): Summary;"],
    [/summarizeMany\(docs: any\): any;/, "summarizeMany(docs: ManyDocument[]): ManySummary;"],
    [/sentences\(text: string\): any;/, "sentences(text: string): TextSentence[];"],
    [/decode\(bytes: ([^)]*)\): any;/, "decode(bytes: $1): Decoded;"],
  ];
  for (const [from, to] of signatures) text = text.replace(from, to);
  const extra = fs.readFileSync(path.join(ROOT, "types", "sunto-extra.d.ts"), "utf8");
  return text.replace("/* eslint-disable */\n", `/* eslint-disable */\n${extra}\n`);
}
