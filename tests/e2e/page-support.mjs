// What the page's browser tests share: a static server for the repository, Chromium through
// playwright-core, test texts, and helpers that drive the page. Not a test file itself.
//
//   SUNTO_ROOT=/some/root   serve another root (with www/ and pkg/ in it)
//   CHROMIUM=/path/to/chrome
//   SUNTO_E2E_REQUIRE=1     fail instead of skipping when pkg/sunto.js is missing

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { serve } from "./static-server.mjs";

export { CHROMIUM, CHROMIUM_ARGS, launch } from "./static-server.mjs";

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(HERE, "..", "..");
export const ROOT = path.resolve(process.env.SUNTO_ROOT || REPO);
export const FIXTURES = path.join(REPO, "tests", "fixtures");
export const ARTIFACTS = path.join(HERE, "artifacts");
export const TIMEOUT_MS = 20_000;

/** false, or why the browser tests are skipped (no wasm build). */
export const skip = (() => {
  const pkg = path.join(ROOT, "pkg", "sunto.js");
  if (fs.existsSync(pkg)) return false;
  const why = `${pkg} does not exist: build the wasm package first (bash scripts/build.sh)`;
  if (process.env.SUNTO_E2E_REQUIRE) throw new Error(why);
  console.log(`# browser tests skipped: ${why}`);
  return `browser tests skipped: ${why}`;
})();

// ---------------------------------------------------------------------------------------------
// Test texts. Each has well over ten sentences so every length on the slider can be met.

export const ITALIAN = `La città ha presentato ieri il nuovo piano per la mobilità sostenibile.
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

export const ENGLISH = `The observatory on the hill reopened to the public after three years of repairs.
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
export const WINDOWS_1252 = Buffer.from(
  [
    "Il caffè è pronto e la città è sveglia.",
    "Perché il tè è freddo, la nonna è arrabbiata.",
    "La metà del paese è andata al mercato, che è aperto.",
    "Il cielo è sereno e il mare è calmo.",
  ].join("\n"),
  "latin1",
);

export const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

export function fixture(name) {
  return fs.readFileSync(path.join(FIXTURES, name));
}

/** Fixture files as setInputFiles wants them. */
export function fixtureFile(name) {
  const type = /\.html?$/.test(name) ? "text/html" : name.endsWith(".md") ? "text/markdown" : "text/plain";
  return { name, mimeType: type, buffer: fixture(name) };
}

/** Whitespace runs as one space, trimmed: sentence text compares with the text it came from. */
export const squash = (s) => String(s).replace(/\s+/g, " ").trim();

// ---------------------------------------------------------------------------------------------
// The server (static-server.mjs), counting what it sends for the byte measurements.

/** Serves `root`: resolves `{ server, origin, sent }`, `sent` being a list of `{ path, bytes }`. */
export async function startServer(root) {
  const sent = [];
  const server = await serve(root, { onSend: (r) => sent.push(r) });
  return { server, origin: server.origin, sent };
}

export function stopServer(server) {
  return server ? server.close() : Promise.resolve();
}

/**
 * Records every problem of `page` into `sink`: console errors, page errors, dialogs, failed
 * requests, and requests to anything but `base` (data: and blob: URLs are local).
 */
export function watch(page, sink, base) {
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
    const error = request.failure()?.errorText;
    // closing the page at a test's end aborts what it was still loading (the page's own copy of
    // the wasm loads when the page is idle): the test's doing, not the page's
    if (closing.has(page) && error === "net::ERR_ABORTED") return;
    sink.push(`request failed: ${request.url()} (${error})`);
  });
}

/** Pages being closed by the tests: see `watch`. */
const closing = new WeakSet();

/** Closes `page`, which a test has finished with. */
export async function closePage(page) {
  closing.add(page);
  await page.close();
}

/**
 * Opens the page on `base`, records every problem into `sink`, waits for the engine's state.
 * `setup(page)` runs before the page loads (to route requests, add init scripts).
 */
export async function openPage(context, { base, sink, engine = "ready", viewport, path: where = "/www/", setup }) {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  if (viewport) await page.setViewportSize(viewport);
  watch(page, sink, base);
  await setup?.(page);
  await page.goto(`${base}${where}`);
  await page.waitForFunction((state) => document.documentElement.dataset.engine === state, engine);
  return page;
}

/** Saves a screenshot of `page` as `name`.png in the artifacts folder (never fails). */
/**
 * `withPage(name, body, options)` for a suite: opens the page (in `options.context` or the suite's
 * browser), runs `body(page)`, then saves a screenshot and leaves the text box and storage empty
 * for the next test (pagehide saves the box, so it is emptied first). `state()` gives the suite's
 * `{ context, origin, problems }`, read when each test runs.
 */
export function pageRunner(state) {
  return async function withPage(name, body, options = {}) {
    const { context, origin, problems } = state();
    const page = await openPage(options.context ?? context, { base: origin, sink: problems, ...options });
    try {
      await body(page);
    } finally {
      await screenshot(page, name);
      await page
        .evaluate(() => {
          document.querySelector("[data-testid=paste-input]").value = "";
          localStorage.clear();
        })
        .catch(() => {});
      await closePage(page);
    }
  };
}

export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true }).catch(() => {});
}

/** Waits until there are `count` cards and none of them is still working. */
export async function settled(page, count) {
  await page.waitForFunction((n) => {
    const cards = [...document.querySelectorAll("[data-testid=doc]")];
    return cards.length === n && cards.every((c) => c.dataset.state === "done" || c.dataset.state === "error");
  }, count);
  return page.locator("[data-testid=doc]");
}

export async function summarizePasted(page, text) {
  await page.locator("[data-testid=paste-input]").fill(text);
  await page.locator("[data-testid=summarize-button]").click();
}

export async function assertSummarized(card, label) {
  assert.equal(await card.getAttribute("data-state"), "done", `${label}: state`);
  const sentences = await card.locator("[data-testid=summary-sentence]").count();
  const keywords = await card.locator("[data-testid=keyword]").count();
  assert.ok(sentences >= 1, `${label}: expected at least one summary sentence, got ${sentences}`);
  assert.ok(keywords >= 1, `${label}: expected at least one key phrase, got ${keywords}`);
  assert.ok(keywords <= 10, `${label}: at most ten key phrases are shown, got ${keywords}`);
  const title = (await card.locator("[data-testid=doc-title]").textContent()).trim();
  assert.ok(title.length > 0, `${label}: the card has a title`);
}

/**
 * Builds a DataTransfer inside the page holding `files`: `{ name, text }`, `{ name, size }`
 * (that many "a" bytes) or `{ name, base64, type }`.
 */
export function dataTransfer(page, files) {
  return page.evaluateHandle((specs) => {
    const transfer = new DataTransfer();
    for (const spec of specs) {
      let parts;
      if (spec.size != null) parts = [new Uint8Array(spec.size).fill(0x61)];
      else if (spec.base64 != null) parts = [Uint8Array.from(atob(spec.base64), (c) => c.charCodeAt(0))];
      else parts = [spec.text];
      transfer.items.add(new File(parts, spec.name, { type: spec.type ?? "text/plain" }));
    }
    return transfer;
  }, files);
}

/** Drops `files` (as for dataTransfer) on the page's heading, as a person dropping anywhere. */
export async function drop(page, files, target = "h1") {
  const transfer = await dataTransfer(page, files);
  await page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
  await page.dispatchEvent(target, "drop", { dataTransfer: transfer });
}

/** Records Content-Security-Policy violations in `window.__cspViolations` from the first script on. */
export async function recordCspViolations(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"}`);
    });
  });
}

/** A plain-text article of about `bytes` bytes of UTF-8, cut after a sentence. */
export function articleOf(bytes) {
  const source = [fixture("it_plain.txt"), fixture("it_pasted_web.txt")].map(String).join("\n\n");
  let text = "";
  while (Buffer.byteLength(text) < bytes) text += `${source}\n\n`;
  const cut = Buffer.from(text).subarray(0, bytes).toString("utf8");
  return cut.slice(0, cut.lastIndexOf(".") + 1);
}

/** The wasm package in this process, for expected values: `new Summarizer(options).summarize(…)`. */
export async function nodeSummarizer(options) {
  const glue = await import(pathToFileURL(path.join(ROOT, "pkg", "sunto.js")).href);
  glue.initSync({ module: fs.readFileSync(path.join(ROOT, "pkg", "sunto_bg.wasm")) });
  return new glue.Summarizer(options);
}

/** The card of the file `name`. */
export function card(page, name) {
  return page.locator(`[data-testid=doc][data-name="${name}"]`);
}
