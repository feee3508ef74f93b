// Browser end-to-end test of www/ with the real wasm build in pkg/: the basic paths.
// More of the page is tested in page-*.test.mjs; what they share is in page-support.mjs.
//
//   npm run test:e2e                      # serves the repository root
//   SUNTO_ROOT=/some/root npm run test:e2e # serves another root (with www/ and pkg/ in it)
//   CHROMIUM=/path/to/chrome npm run test:e2e
//   SUNTO_E2E_REQUIRE=1 npm run test:e2e  # fail instead of skipping when pkg/sunto.js is missing
//
// Screenshots go to tests/e2e/artifacts/ (ignored by git).

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  ARTIFACTS,
  ENGLISH,
  FIXTURES,
  ITALIAN,
  PNG_HEADER,
  ROOT,
  WINDOWS_1252,
  assertSummarized,
  closePage,
  dataTransfer,
  launch,
  openPage as open,
  screenshot,
  settled,
  skip,
  startServer,
  stopServer,
  summarizePasted,
} from "./page-support.mjs";

// ---------------------------------------------------------------------------------------------
// Fixtures: any two readable .txt/.md files from tests/fixtures/, else two of the test texts.

function fixtureFiles() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(txt|md)$/i.test(entry.name)) found.push(full);
    }
  };
  if (fs.existsSync(FIXTURES)) walk(FIXTURES);
  const usable = found.sort().filter((file) => {
    const bytes = fs.readFileSync(file);
    if (bytes.length < 200 || bytes.length > 1_000_000 || bytes.includes(0)) return false;
    const text = bytes.toString("utf8");
    return !text.includes("\uFFFD") && (text.match(/[.!?](\s|$)/g) ?? []).length >= 3;
  });
  if (usable.length >= 2) {
    return usable.slice(0, 2).map((file) => ({
      name: path.basename(file),
      mimeType: file.endsWith(".md") ? "text/markdown" : "text/plain",
      buffer: fs.readFileSync(file),
    }));
  }
  return [
    { name: "piste-ciclabili.txt", mimeType: "text/plain", buffer: Buffer.from(ITALIAN) },
    { name: "observatory.md", mimeType: "text/markdown", buffer: Buffer.from(`# The observatory\n\n${ENGLISH}`) },
  ];
}

// ---------------------------------------------------------------------------------------------

describe("sunto page in Chromium", { skip }, () => {
  let server;
  let origin;
  let context;
  const problems = []; // console errors, page errors, dialogs, failed or foreign requests

  let browser;

  before(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, origin } = await startServer(ROOT));
    browser = await launch();
    context = browser.context;
  });

  after(async () => {
    await browser?.close();
    await stopServer(server);
  });

  /** Opens the page on `base`, records every problem into `sink`, waits for the engine. */
  function openPage({ base = origin, sink = problems, engine = "ready", viewport } = {}) {
    return open(context, { base, sink, engine, viewport });
  }

  /** Runs `body` with a fresh page and saves a screenshot whether it passes or not. */
  async function withPage(name, body, options) {
    const page = await openPage(options);
    try {
      await body(page);
    } finally {
      await screenshot(page, name);
      await closePage(page);
    }
  }

  it("summarizes pasted text into a card with sentences and key phrases", async () => {
    await withPage("01-paste", async (page) => {
      await summarizePasted(page, ITALIAN);
      const cards = await settled(page, 1);
      await assertSummarized(cards.first(), "pasted text");
      const status = await page.locator("[data-testid=status]").textContent();
      assert.ok(status.trim().length > 0, "the live region announces the result");
      assert.equal(await page.locator("[data-testid=status]").getAttribute("role"), "status");
    });
  });

  it("summarizes a stack of files given at once (SUNTO_DOCS=dir to use another folder)", async () => {
    const dir = process.env.SUNTO_DOCS || FIXTURES;
    const files = fs
      .readdirSync(dir)
      .filter((f) => /\.(txt|md)$/i.test(f))
      .sort()
      .map((f) => ({ name: f, mimeType: "text/plain", buffer: fs.readFileSync(path.join(dir, f)) }));
    assert.ok(files.length >= 5, `at least five files in ${dir}`);
    await withPage("02-stack", async (page) => {
      await page.locator("[data-testid=file-input]").setInputFiles(files);
      const cards = await settled(page, files.length);
      for (let i = 0; i < files.length; i++) {
        const card = cards.nth(i);
        await assertSummarized(card, files[i].name);
        const n = await card.locator("[data-testid=summary-sentence]").count();
        assert.equal(n, 3, `${files[i].name}: three sentences by default`);
      }
    });
  });

  it("summarizes two files chosen with the file input", async () => {
    await withPage("02-two-files", async (page) => {
      const files = fixtureFiles();
      await page.locator("[data-testid=file-input]").setInputFiles(files);
      const cards = await settled(page, 2);
      for (let i = 0; i < 2; i++) {
        const card = cards.nth(i);
        assert.equal(await card.getAttribute("data-name"), files[i].name, "cards follow the file order");
        await assertSummarized(card, files[i].name);
        const meta = await card.locator("[data-testid=doc-meta]").textContent();
        assert.ok(meta.includes(files[i].name), `the meta line names ${files[i].name}: ${meta}`);
      }
    });
  });

  it("accepts a file dropped anywhere on the page", async () => {
    await withPage("03-drop", async (page) => {
      const transfer = await dataTransfer(page, [{ name: "x.txt", text: ENGLISH }]);
      const zone = page.locator("[data-testid=drop-zone]");
      await page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
      assert.ok(await zone.evaluate((el) => el.classList.contains("drag-over")), "drag-over shown");
      await page.dispatchEvent("h1", "drop", { dataTransfer: transfer });
      const cards = await settled(page, 1);
      assert.ok(!(await zone.evaluate((el) => el.classList.contains("drag-over"))), "drag-over cleared");
      assert.equal(await cards.first().getAttribute("data-name"), "x.txt");
      await assertSummarized(cards.first(), "x.txt");

      // The same through the visible drop zone itself.
      const second = await dataTransfer(page, [{ name: "y.txt", text: ITALIAN }]);
      await zone.dispatchEvent("drop", { dataTransfer: second });
      await settled(page, 2);
    });
  });

  it("re-summarizes every document when the length slider moves", async () => {
    await withPage("04-slider", async (page) => {
      await summarizePasted(page, ITALIAN);
      await settled(page, 1);
      await page.locator("[data-testid=file-input]").setInputFiles([
        { name: "observatory.txt", mimeType: "text/plain", buffer: Buffer.from(ENGLISH) },
      ]);
      const cards = await settled(page, 2);
      const slider = page.locator("[data-testid=length-input]");
      const expectLength = async (n) => {
        await page.waitForFunction((want) => {
          const cards = [...document.querySelectorAll("[data-testid=doc]")];
          return cards.every(
            (c) => c.dataset.state === "done" && c.querySelectorAll("[data-testid=summary-sentence]").length === want,
          );
        }, n);
        const label = await page.locator("[data-testid=length-value]").textContent();
        assert.ok(label.includes(String(n)), `the label shows ${n}: ${label}`);
        assert.equal(await slider.inputValue(), String(n));
        for (let i = 0; i < 2; i++) {
          assert.equal(await cards.nth(i).locator("[data-testid=summary-sentence]").count(), n);
        }
      };
      await slider.focus();
      await page.keyboard.press("Home"); // 1
      await page.keyboard.press("ArrowRight"); // 2
      await expectLength(2);
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight"); // 4
      await expectLength(4);
      await page.waitForFunction(() => /4/.test(document.querySelector("[data-testid=status]").textContent));
    });
  });

  it("names unusable files in their messages while good files in the batch succeed", async () => {
    await withPage("05-bad-files", async (page) => {
      await page.locator("[data-testid=file-input]").setInputFiles([
        { name: "photo.png", mimeType: "image/png", buffer: Buffer.concat([PNG_HEADER, Buffer.alloc(64, 1)]) },
        { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
        { name: "good.txt", mimeType: "text/plain", buffer: Buffer.from(ITALIAN) },
        { name: "vecchio.txt", mimeType: "text/plain", buffer: WINDOWS_1252 },
      ]);
      const cards = await settled(page, 4);
      const card = (name) => cards.and(page.locator(`[data-name="${name}"]`));

      for (const name of ["photo.png", "empty.txt"]) {
        assert.equal(await card(name).getAttribute("data-state"), "error", `${name} is an error`);
        const message = await card(name).locator("[data-testid=doc-error]").textContent();
        assert.ok(message.includes(name), `the message names ${name}: ${message}`);
        assert.equal(await card(name).locator("[data-testid=summary-sentence]").count(), 0);
      }
      assert.match(await card("photo.png").locator("[data-testid=doc-error]").textContent(), /PNG/);
      await assertSummarized(card("good.txt"), "good.txt");

      // Not UTF-8: read as windows-1252, so the accented letters survive.
      await assertSummarized(card("vecchio.txt"), "vecchio.txt");
      assert.match(await card("vecchio.txt").locator("[data-testid=doc-meta]").textContent(), /windows-1252/);
      const sentence = await card("vecchio.txt").locator("[data-testid=summary-sentence]").first().textContent();
      assert.ok(sentence.includes("è"), `decoded as windows-1252: ${sentence}`);

      const status = await page.locator("[data-testid=status]").textContent();
      assert.ok(status.includes("photo.png") && status.includes("empty.txt"), `announced: ${status}`);

      // A file over 32 MB (the core's limit) is refused by name, before it is read.
      const big = await dataTransfer(page, [{ name: "huge.txt", size: 32 * 1024 * 1024 + 1 }]);
      await page.dispatchEvent("[data-testid=drop-zone]", "drop", { dataTransfer: big });
      await settled(page, 5);
      const tooBig = await card("huge.txt").locator("[data-testid=doc-error]").textContent();
      assert.ok(tooBig.includes("huge.txt") && tooBig.includes("32 MB"), tooBig);
    });
  });

  it("shows names and text from the input as text, never as markup", async () => {
    await withPage("06-markup", async (page) => {
      const name = '<img src=x onerror="window.__pwned=1">.txt';
      const text = `<script>window.__pwned = 2</script> <b>Bold claims</b> are made here.\n${ENGLISH}`;
      await page.locator("[data-testid=file-input]").setInputFiles([
        { name, mimeType: "text/plain", buffer: Buffer.from(text) },
      ]);
      const cards = await settled(page, 1);
      assert.equal(await page.locator("[data-testid=results] img, [data-testid=results] script, [data-testid=results] b").count(), 0);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.ok((await cards.first().locator("[data-testid=doc-meta]").textContent()).includes(name));
    });
  });

  it("fits a 375 px wide screen, in light and dark", async () => {
    await withPage(
      "07-narrow",
      async (page) => {
        await summarizePasted(page, ITALIAN);
        await settled(page, 1);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `no horizontal scrolling at 375 px (overflow ${overflow}px)`);
        await page.emulateMedia({ colorScheme: "dark" });
        await page.screenshot({ path: path.join(ARTIFACTS, "07-narrow-dark.png"), fullPage: true });
      },
      { viewport: { width: 375, height: 812 } },
    );
  });

  it("says so when the wasm cannot load", async () => {
    // A root with www/ but no pkg/: the worker must report a fatal error, not die silently.
    const bare = fs.mkdtempSync(path.join(os.tmpdir(), "sunto-e2e-bare-"));
    fs.symlinkSync(path.join(ROOT, "www"), path.join(bare, "www"));
    const other = await startServer(bare);
    const expected = []; // the missing module is logged as an error: expected here
    try {
      await withPage(
        "08-no-wasm",
        async (page) => {
          const banner = page.locator("[data-testid=engine-error]");
          await banner.waitFor({ state: "visible" });
          assert.ok((await banner.textContent()).trim().length > 0);
          await summarizePasted(page, ENGLISH);
          const cards = await settled(page, 1);
          assert.equal(await cards.first().getAttribute("data-state"), "error");
        },
        { base: other.origin, sink: expected, engine: "failed" },
      );
    } finally {
      await stopServer(other.server);
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });

  it("logged no console errors, page errors or foreign requests", () => {
    assert.deepEqual(problems, []);
  });
});
