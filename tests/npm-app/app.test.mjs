// The installed npm package, as its users get it: the Vite build of this app and the plain ES
// modules page render a summary in Chromium under a strict CSP, Node runs it, and the package
// carries its README and metadata. Run by scripts/npm-app-test.sh after it installs and builds.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch, serve, watch } from "../e2e/static-server.mjs";

const APP = path.dirname(fileURLToPath(import.meta.url));
const PACKAGE = path.join(APP, "node_modules", "sunto");
const DIST = path.join(APP, "dist");
const ARTIFACTS = path.join(APP, "..", "e2e", "artifacts");
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

for (const [what, where] of [["the installed package", PACKAGE], ["the Vite build", DIST]]) {
  if (!fs.existsSync(where)) throw new Error(`${what} is missing (${where}): run bash scripts/npm-app-test.sh`);
}

describe("the sunto npm package", () => {
  it("is a complete package: metadata, README with examples, types", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(PACKAGE, "package.json"), "utf8"));
    assert.equal(manifest.name, "sunto");
    assert.match(manifest.version, /^\d+\.\d+\.\d+/);
    assert.equal(manifest.license, "MIT");
    assert.ok(manifest.description.length > 20);
    assert.equal(manifest.types, "sunto.d.ts");
    for (const file of ["sunto.js", "sunto_bg.wasm", "sunto.d.ts", "LICENSE", "README.md"]) {
      assert.ok(fs.existsSync(path.join(PACKAGE, file)), `${file} is in the package`);
    }
    const readme = fs.readFileSync(path.join(PACKAGE, "README.md"), "utf8");
    assert.match(readme, /## With Vite/, "the README shows a bundler");
    assert.match(readme, /## With plain ES modules/, "the README shows plain ES modules");
    const types = fs.readFileSync(path.join(PACKAGE, "sunto.d.ts"), "utf8");
    for (const name of ["SummarizerOptions", "SummarizeCallOptions", "Summary", "SummarySentence", "Keyword", "Span", "Features", "Weights", "Stats", "ManySummary", "DocumentGroup", "Decoded"]) {
      assert.match(types, new RegExp(`export (interface|type) ${name}\\b`), `sunto.d.ts declares ${name}`);
    }
    const api = types.slice(types.indexOf("export class Summarizer"), types.indexOf("export type InitInput"));
    assert.doesNotMatch(api, /\bany\b/, "the public API has no `any`");
  });

  it("runs in Node", async () => {
    const require = createRequire(path.join(APP, "package.json"));
    const { initSync, Summarizer } = await import("sunto");
    initSync({ module: fs.readFileSync(require.resolve("sunto/sunto_bg.wasm")) });
    const text = fs.readFileSync(path.join(APP, "src", "article.ts"), "utf8").split("`")[1];
    const summary = new Summarizer({ sentences: 2 }).summarize(text, { name: "observatory.md" });
    assert.equal(summary.sentences.length, 2);
    assert.equal(summary.language, "en");
    for (const s of summary.sentences) assert.ok(text.slice(s.start, s.end).includes(s.text.split(" ")[0]));
  });

  describe("in Chromium", () => {
    let browser;
    let vite;
    let plain;
    const problems = [];

    before(async () => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      vite = await serve(DIST);
      plain = await serve(APP);
      browser = await launch();
    });

    after(async () => {
      await browser?.close();
      await vite?.close();
      await plain?.close();
    });

    async function rendered(url, name) {
      const page = await browser.context.newPage();
      page.setDefaultTimeout(20_000);
      await watch(page, problems);
      await page.goto(url);
      try {
        await page.waitForFunction(() => document.getElementById("app").dataset.state !== "loading");
        const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
        assert.equal(csp, STRICT_CSP);
        assert.equal(await page.locator("#app").getAttribute("data-state"), "done", await page.locator("#app").textContent());
        return page;
      } catch (e) {
        await page.screenshot({ path: path.join(ARTIFACTS, `npm-app-${name}.png`), fullPage: true }).catch(() => {});
        await page.close();
        throw e;
      }
    }

    it("renders a summary from the Vite build", async () => {
      const page = await rendered(`${vite.origin}/`, "vite");
      const sentences = await page.locator("[data-testid=sentence]").allTextContents();
      assert.equal(sentences.length, 2);
      for (const item of await page.locator("[data-testid=sentence]").all()) {
        assert.equal((await item.getAttribute("data-original")).replace(/\s+/g, " "), await item.textContent(), "offsets read back the sentence");
      }
      assert.ok((await page.locator("[data-testid=keywords]").textContent()).length > 0);
      assert.match(await page.locator("[data-testid=stats]").textContent(), /language en/);
      // the wasm was bundled as an asset, not inlined
      assert.ok(fs.readdirSync(path.join(DIST, "assets")).some((f) => f.endsWith(".wasm")));
      await page.screenshot({ path: path.join(ARTIFACTS, "npm-app-vite.png"), fullPage: true });
      await page.close();
    });

    it("renders a summary in Vite's dev server (vite.config.js as the README says)", async () => {
      const { createServer } = await import("vite");
      const server = await createServer({ root: APP, logLevel: "silent", server: { host: "127.0.0.1", port: 0 } });
      await server.listen();
      try {
        const origin = server.resolvedUrls.local[0].replace(/\/$/, "");
        const page = await rendered(`${origin}/`, "vite-dev");
        assert.equal(await page.locator("[data-testid=sentence]").count(), 2);
        await page.close();
      } finally {
        await server.close();
      }
    });

    it("renders a summary with plain ES modules", async () => {
      const page = await rendered(`${plain.origin}/plain.html`, "plain");
      assert.equal(await page.locator("[data-testid=sentence]").count(), 2);
      assert.equal(await page.locator("#app").getAttribute("data-language"), "it");
      await page.close();
    });

    it("logged no console errors, CSP violations or failed requests", () => {
      assert.deepEqual(problems, []);
    });
  });
});
