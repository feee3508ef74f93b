// Browser end-to-end test of www/ with the real wasm build in pkg/.
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
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..", "..");
const ROOT = path.resolve(process.env.SUNTO_ROOT || REPO);
const FIXTURES = path.join(REPO, "tests", "fixtures");
const ARTIFACTS = path.join(HERE, "artifacts");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const TIMEOUT_MS = 20_000;

const PKG = path.join(ROOT, "pkg", "sunto.js");
let skip = false;
if (!fs.existsSync(PKG)) {
  const why = `${PKG} does not exist: build the wasm package first (wasm-pack build --target web)`;
  if (process.env.SUNTO_E2E_REQUIRE) throw new Error(why);
  skip = `browser tests skipped: ${why}`;
  console.log(`# ${skip}`);
}

// ---------------------------------------------------------------------------------------------
// Test texts. Each has well over ten sentences so every length on the slider can be met.

const ITALIAN = `La città ha presentato ieri il nuovo piano per la mobilità sostenibile.
Il progetto prevede quaranta chilometri di piste ciclabili entro il 2028.
Secondo l'assessore ai trasporti, le nuove corsie collegheranno le periferie al centro storico.
I lavori partiranno in primavera dai quartieri a nord della stazione.
Il costo complessivo del piano è stimato in diciotto milioni di euro.
Una parte dei fondi arriverà dal programma europeo per le città verdi.
Le associazioni dei ciclisti hanno accolto la notizia con entusiasmo.
I commercianti del centro chiedono invece più parcheggi per i clienti.
Il sindaco ha promesso un confronto pubblico prima dell'approvazione definitiva.
Nelle prossime settimane saranno organizzati incontri in ogni quartiere.
Gli studenti dell'università hanno proposto nuove rastrelliere vicino alle facoltà.
Anche il trasporto pubblico sarà potenziato con autobus elettrici più frequenti.
Il piano sarà discusso in consiglio comunale alla fine del mese.
`;

const ENGLISH = `The observatory on the hill reopened to the public after three years of repairs.
Engineers replaced the dome motors and rebuilt the old wooden floor.
The main telescope, built in 1911, was cleaned and realigned by volunteers.
Visitors can now book evening sessions to look at the moon and the planets.
The director said that school groups will be admitted free of charge.
A small museum on the ground floor tells the story of the founding astronomers.
Local businesses donated most of the money needed for the restoration.
The town council covered the remaining cost of the new access road.
During the first weekend more than two thousand people climbed the hill.
Many of them waited in line for over an hour to see Saturn's rings.
The observatory plans to add a second telescope for solar observations next year.
Volunteers are still needed to guide visitors on busy nights.
`;

/** An Italian text whose every sentence has an "è", written in windows-1252 (not UTF-8). */
const WINDOWS_1252 = Buffer.from(
  [
    "Il caffè è pronto e la città è sveglia.",
    "Perché il tè è freddo, la nonna è arrabbiata.",
    "La metà del paese è andata al mercato, che è aperto.",
    "Il cielo è sereno e il mare è calmo.",
  ].join("\n"),
  "latin1",
);

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

// ---------------------------------------------------------------------------------------------
// A tiny static file server for the root.

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

function startServer(root) {
  const server = http.createServer(async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { "cache-control": "no-store", ...headers });
      res.end(body);
    };
    try {
      if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed");
      const url = new URL(req.url, "http://localhost");
      const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
      if (file !== root && !file.startsWith(root + path.sep)) return send(403, "forbidden");
      let target = file;
      let stat = await fs.promises.stat(target).catch(() => null);
      if (stat?.isDirectory()) {
        if (!url.pathname.endsWith("/")) return send(301, "", { location: `${url.pathname}/` });
        target = path.join(target, "index.html");
        stat = await fs.promises.stat(target).catch(() => null);
      }
      if (!stat?.isFile()) return send(404, "not found");
      const body = await fs.promises.readFile(target);
      const type = MIME[path.extname(target).toLowerCase()] ?? "application/octet-stream";
      send(200, req.method === "HEAD" ? undefined : body, { "content-type": type });
    } catch (e) {
      send(500, String(e));
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Fixtures: any two readable .txt/.md files from tests/fixtures/, else the texts above.

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
  let profile;
  const problems = []; // console errors, page errors, dialogs, failed or foreign requests

  before(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, origin } = await startServer(ROOT));
    profile = fs.mkdtempSync(path.join(os.tmpdir(), "sunto-e2e-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1000, height: 900 },
    });
  });

  after(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  /** Opens the page on `base`, records every problem into `sink`, waits for the engine. */
  async function openPage({ base = origin, sink = problems, engine = "ready", viewport } = {}) {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    if (viewport) await page.setViewportSize(viewport);
    const where = () => page.url();
    page.on("console", (message) => {
      if (message.type() === "error") sink.push(`console error on ${where()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => sink.push(`page error on ${where()}: ${error.message}`));
    page.on("dialog", (dialog) => {
      sink.push(`unexpected dialog: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(`${base}/`) && !/^(data|blob):/.test(url)) sink.push(`foreign request: ${url}`);
    });
    page.on("requestfailed", (request) => {
      sink.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    await page.goto(`${base}/www/`);
    await page.waitForFunction(
      (state) => document.documentElement.dataset.engine === state,
      engine,
    );
    return page;
  }

  /** Runs `body` with a fresh page and saves a screenshot whether it passes or not. */
  async function withPage(name, body, options) {
    const page = await openPage(options);
    try {
      await body(page);
    } finally {
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true }).catch(() => {});
      await page.close();
    }
  }

  /** Waits until there are `count` cards and none of them is still working. */
  async function settled(page, count) {
    await page.waitForFunction((n) => {
      const cards = [...document.querySelectorAll("[data-testid=doc]")];
      return cards.length === n && cards.every((c) => c.dataset.state === "done" || c.dataset.state === "error");
    }, count);
    return page.locator("[data-testid=doc]");
  }

  async function summarizePasted(page, text) {
    await page.getByLabel("Paste an article").fill(text);
    await page.locator("[data-testid=summarize-button]").click();
  }

  async function assertSummarized(card, label) {
    assert.equal(await card.getAttribute("data-state"), "done", `${label}: state`);
    const sentences = await card.locator("[data-testid=summary-sentence]").count();
    const keywords = await card.locator("[data-testid=keyword]").count();
    assert.ok(sentences >= 1, `${label}: expected at least one summary sentence, got ${sentences}`);
    assert.ok(keywords >= 1, `${label}: expected at least one key phrase, got ${keywords}`);
    assert.ok(keywords <= 10, `${label}: at most ten key phrases are shown, got ${keywords}`);
    const title = (await card.locator("[data-testid=doc-title]").textContent()).trim();
    assert.ok(title.length > 0, `${label}: the card has a title`);
  }

  /** Builds a DataTransfer holding `files` ({ name, text } or { name, size }) inside the page. */
  function dataTransfer(page, files) {
    return page.evaluateHandle((specs) => {
      const transfer = new DataTransfer();
      for (const spec of specs) {
        const parts = spec.size != null ? [new Uint8Array(spec.size).fill(0x61)] : [spec.text];
        transfer.items.add(new File(parts, spec.name, { type: "text/plain" }));
      }
      return transfer;
    }, files);
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

      // A file over 10 MB is refused by name, before it is read.
      const big = await dataTransfer(page, [{ name: "huge.txt", size: 10 * 1024 * 1024 + 1 }]);
      await page.dispatchEvent("[data-testid=drop-zone]", "drop", { dataTransfer: big });
      await settled(page, 5);
      const tooBig = await card("huge.txt").locator("[data-testid=doc-error]").textContent();
      assert.ok(tooBig.includes("huge.txt") && tooBig.includes("10 MB"), tooBig);
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
      await new Promise((resolve) => other.server.close(resolve));
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });

  it("logged no console errors, page errors or foreign requests", () => {
    assert.deepEqual(problems, []);
  });
});
