#!/usr/bin/env node
// Writes dist/sunto.html: the whole page in one file that works when opened from disk (file://),
// with no server and no network. Node only, no dependencies.
//
//   node scripts/build-dist.mjs                 # after pkg/ is built (scripts/build.sh runs it)
//   node scripts/build-dist.mjs --out some.html
//
// What goes in:
//   - www/index.html, with the stylesheet inlined as a <style> element;
//   - the page's modules from www/main-inline.js down, and the wasm glue pkg/sunto.js, joined
//     into one inline module script (each module wrapped in a function, see `bundle` below);
//   - pkg/sunto_bg.wasm as base64 in a data block (<script type="application/octet-stream">,
//     which browsers never run), compiled by the page and instantiated with the glue's initSync.
// There is no worker file in a single file, so the wasm runs on the page's thread there
// (www/inline-client.js). The file has its own Content-Security-Policy: scripts and styles are
// allowed by the sha256 of the exact inline text, computed here; no 'unsafe-inline', no
// 'unsafe-eval', and no source that could reach the network.

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WWW = path.join(REPO, "www");
const ENTRY = path.join(WWW, "main-inline.js");
const WASM = path.join(REPO, "pkg", "sunto_bg.wasm");

function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf("--out");
  const out = outIndex >= 0 ? path.resolve(args[outIndex + 1]) : path.join(REPO, "dist", "sunto.html");
  for (const file of [ENTRY, WASM, path.join(REPO, "pkg", "sunto.js")]) {
    if (!fs.existsSync(file)) fail(`${path.relative(REPO, file)} is missing (build pkg/ first: bash scripts/build.sh)`);
  }

  const script = escapeEnd(bundle(ENTRY), "script");
  const style = escapeEnd(fs.readFileSync(path.join(WWW, "style.css"), "utf8"), "style");
  const wasm = fs.readFileSync(WASM).toString("base64");
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(script)}' 'wasm-unsafe-eval'`,
    `style-src '${sha256(style)}'`,
    "img-src data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

  let html = fs.readFileSync(path.join(WWW, "index.html"), "utf8");
  html = replaceOnce(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*">/, () =>
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
  );
  html = replaceOnce(html, /<link rel="stylesheet" href="style\.css">/, () => `<style>${style}</style>`);
  html = replaceOnce(html, /<script type="module" src="main\.js"><\/script>/, () => `<script type="module">${script}</script>`);
  html = replaceOnce(html, /<\/body>/, () =>
    `<script type="application/octet-stream" id="sunto-wasm">${wasm}</script>\n</body>`,
  );
  html = replaceOnce(html, /<html([^>]*)>/, (_, attrs) =>
    `<html${attrs}>\n<!-- sunto, single-file build: made by scripts/build-dist.mjs from www/ and pkg/; do not edit. -->`,
  );

  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, html);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`dist: ${path.relative(process.cwd(), out) || out} (${kb(Buffer.byteLength(html))}; script ${kb(Buffer.byteLength(script))}, wasm ${kb(wasm.length)} as base64)`);
}

// ---------------------------------------------------------------------------------------------
// A small bundler for our own ES modules and the wasm-bindgen glue. Each module becomes
//
//   const __m3 = (() => { …its code, imports turned into reads of earlier modules…; return { exports }; })();
//
// in dependency order. It understands the forms these files use: `import x from`, `import * as
// ns from`, `import { a, b as c } from`, `import "…"` with relative paths; `export function`,
// `export class`, `export const|let|var name`, `export { a, b as c }`. Anything else (dynamic
// import, `export default <expression>`, re-exports, import cycles) stops the build with a
// message instead of producing a broken page.

function bundle(entry) {
  const order = [];
  const ids = new Map(); // file → module variable
  const visiting = new Set();
  const visit = (file) => {
    if (ids.has(file)) return;
    if (visiting.has(file)) fail(`import cycle through ${path.relative(REPO, file)}`);
    visiting.add(file);
    const source = fs.readFileSync(file, "utf8");
    for (const { specifier } of imports(source, file)) visit(resolve(file, specifier));
    visiting.delete(file);
    ids.set(file, `__m${ids.size}`);
    order.push({ file, source });
  };
  visit(entry);

  const parts = ["// sunto: www/ and pkg/sunto.js, bundled by scripts/build-dist.mjs", '"use strict";'];
  for (const { file, source } of order) {
    const name = path.relative(REPO, file);
    let body = source;
    for (const statement of imports(source, file)) {
      const from = ids.get(resolve(file, statement.specifier));
      body = body.replace(statement.text, () => bindings(statement, from));
    }
    const { code, exported } = stripExports(body, name);
    if (/^\s*import[\s{*"']/m.test(code) || /\bimport\s*\(/.test(code)) fail(`${name}: an import form the bundler does not know`);
    const members = exported.map(([local, as]) => (local === as ? local : `${JSON.stringify(as)}: ${local}`));
    parts.push(`// ---- ${name}`, `const ${ids.get(file)} = (() => {\n${code}\nreturn { ${members.join(", ")} };\n})();`);
  }
  return `${parts.join("\n")}\n`;
}

const IMPORT_RE = /^import\s+(?:([\w$]+)\s*(?:,\s*)?)?(?:\*\s*as\s+([\w$]+)|\{([^}]*)\})?\s*(?:from\s*)?["']([^"']+)["'];?/gm;

function imports(source, file) {
  const found = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    const [text, defaultName, namespace, names, specifier] = m;
    if (!specifier.startsWith(".")) fail(`${path.relative(REPO, file)}: only relative imports can be bundled (${specifier})`);
    found.push({ text, defaultName, namespace, names, specifier });
  }
  return found;
}

function bindings({ defaultName, namespace, names }, from) {
  const lines = [];
  if (defaultName) lines.push(`const ${defaultName} = ${from}.default;`);
  if (namespace) lines.push(`const ${namespace} = ${from};`);
  if (names && names.trim()) {
    const list = names
      .split(",")
      .map((n) => n.trim())
      .filter(Boolean)
      .map((n) => {
        const [imported, local] = n.split(/\s+as\s+/);
        return local ? `${imported}: ${local}` : imported;
      });
    lines.push(`const { ${list.join(", ")} } = ${from};`);
  }
  return lines.join(" ");
}

function stripExports(source, name) {
  const exported = [];
  let code = source.replace(/^export\s*\{([^}]*)\}\s*;?/gm, (_, list) => {
    for (const item of list.split(",").map((s) => s.trim()).filter(Boolean)) {
      const [local, as] = item.split(/\s+as\s+/);
      exported.push([local, as ?? local]);
    }
    return "";
  });
  code = code.replace(/^export\s+((?:async\s+)?function\s*\*?\s*([\w$]+)|class\s+([\w$]+)|(?:const|let|var)\s+([\w$]+))/gm, (_, declaration, fn, cls, variable) => {
    const local = fn ?? cls ?? variable;
    exported.push([local, local]);
    return declaration;
  });
  if (/^export\b/m.test(code)) fail(`${name}: an export form the bundler does not know`);
  return { code, exported };
}

function resolve(from, specifier) {
  const file = path.resolve(path.dirname(from), specifier);
  if (!fs.existsSync(file)) fail(`${path.relative(REPO, from)} imports ${specifier}, which does not exist`);
  return file;
}

// ---------------------------------------------------------------------------------------------

/** Makes text safe inside <script> or <style>: "</script" would end the element early. */
function escapeEnd(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, "gi"), "<\\/$1");
}

function sha256(text) {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

function replaceOnce(text, pattern, replacement) {
  if (!pattern.test(text)) fail(`www/index.html no longer has ${pattern}`);
  return text.replace(pattern, replacement);
}

function fail(message) {
  console.error(`build-dist: ${message}`);
  process.exit(1);
}

main();
