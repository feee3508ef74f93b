// Browser test of the single-file build, dist/sunto.html (scripts/build-dist.mjs): opened from
// disk (file://) with no server, it summarizes pasted text and dropped files, under its own CSP
// (inline script and style allowed by hash only), and asks for nothing over the network.
// The file is built afresh from the current www/ and pkg/ into a temporary folder.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  ENGLISH,
  ITALIAN,
  PNG_HEADER,
  REPO,
  assertSummarized,
  card,
  drop,
  launch,
  recordCspViolations,
  screenshot,
  settled,
  skip,
  squash,
  summarizePasted,
  TIMEOUT_MS,
} from "./page-support.mjs";

describe("sunto single file (dist/sunto.html) from file://", { skip }, () => {
  let dir;
  let file;
  let browser;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sunto-dist-"));
    file = path.join(dir, "sunto.html");
    execFileSync(process.execPath, [path.join(REPO, "scripts", "build-dist.mjs"), "--out", file], { stdio: "pipe" });
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is one self-contained file with a strict CSP of its own", () => {
    const html = fs.readFileSync(file, "utf8");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(csp, "a CSP meta tag");
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
    assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/=]+'/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+rel="stylesheet"/, "no external script or stylesheet");
    assert.equal((html.match(/<script type="module">/g) ?? []).length, 1, "one inline module script");
  });

  it("summarizes pasted text and dropped files with no server and no network", async () => {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    const problems = [];
    const requests = [];
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("request", (r) => requests.push(r.url()));
    await recordCspViolations(page);
    try {
      await page.goto(pathToFileURL(file).href);
      await page.waitForFunction(() => document.documentElement.dataset.engine !== "loading");
      assert.equal(await page.evaluate(() => document.documentElement.dataset.engine), "ready", problems.join("\n"));

      await summarizePasted(page, ITALIAN);
      const cards = await settled(page, 1);
      await assertSummarized(cards.first(), "pasted text from file://");
      assert.equal(await cards.first().locator("[data-testid=summary-sentence]").count(), 3);

      // The same code as the served page: highlight, files (decoded by the wasm), errors, digest.
      await cards.first().locator("[data-testid=original-toggle]").click();
      const marks = (await cards.first().locator("[data-testid=original-mark]").allTextContents()).map(squash);
      const sentences = (await cards.first().locator("[data-testid=sentence-text]").allTextContents()).map(squash);
      assert.deepEqual(marks, sentences);
      await drop(page, [
        { name: "observatory.txt", text: ENGLISH },
        { name: "photo.png", base64: Buffer.concat([PNG_HEADER, Buffer.alloc(32, 1)]).toString("base64"), type: "image/png" },
      ]);
      await settled(page, 3);
      await assertSummarized(card(page, "observatory.txt"), "observatory.txt");
      assert.match(await card(page, "photo.png").locator("[data-testid=doc-error]").textContent(), /photo\.png.*PNG/);
      await page.locator("[data-testid=length-input]").fill("2");
      await page.waitForFunction(() => document.querySelectorAll("[data-testid=summary-sentence]").length === 4);
      await screenshot(page, "40-dist-file");

      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], "nothing broke the CSP");
      assert.deepEqual(problems, []);
      const elsewhere = requests.filter((url) => !/^(file|data|blob):/.test(url));
      assert.deepEqual(elsewhere, [], "no request over the network");
    } finally {
      await page.close();
    }
  });
});
