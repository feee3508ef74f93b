// Browser tests of the page for everyone (issue #7): axe-core in the main states, keyboard-only
// use with a visible focus, the interface in Italian and English, phone-sized screens in light
// and dark; its safety (CSP, no request to another host); and its speed, MEASURED and printed:
// time to interactive, bytes transferred, and drop-to-summary time for a 7 KB article.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { LOCALES, TABLE } from "../../www/strings.js";
import {
  ARTIFACTS,
  ENGLISH,
  ITALIAN,
  REPO,
  ROOT,
  articleOf,
  fixture,
  launch,
  recordCspViolations,
  screenshot,
  settled,
  skip,
  startServer,
  stopServer,
  summarizePasted,
  watch,
  pageRunner,
} from "./page-support.mjs";

const AXE = fs.readFileSync(path.join(REPO, "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * Runs axe-core in the page. The page's CSP refuses inline scripts, so the axe source is not
 * added as a <script>: page.evaluate runs it through the DevTools protocol, which the CSP does
 * not govern, leaving the page's own policy in force for everything else.
 */
async function axe(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(`${AXE}\n;void 0`);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  });
  for (const v of violations) console.log(`axe (${label}): ${v.impact} ${v.id}: ${v.help} — ${v.nodes.join(", ")}`);
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(serious, [], `${label}: no serious or critical axe-core violations`);
  return violations;
}

/** Drops two fixture files and summarizes pasted text: three cards and a digest. */
async function fillWithResults(page) {
  await summarizePasted(page, ENGLISH);
  await settled(page, 1);
  await page.locator("[data-testid=file-input]").setInputFiles(
    ["it_plain.txt", "en_news_page.html"].map((name) => ({ name, mimeType: "text/plain", buffer: fixture(name) })),
  );
  await settled(page, 3);
  const first = page.locator("[data-testid=doc]").first();
  await first.locator("[data-testid=original-toggle]").click();
  await first.locator("[data-testid=why-toggle]").first().click();
  // The digest of the three (when the wasm has summarizeMany).
  await page.locator("[data-testid=digest-group]").first().waitFor({ timeout: 5000 }).catch(() => {});
}

describe("sunto page: for everyone, safe, fast", { skip }, () => {
  let server;
  let origin;
  let sent;
  let browser;
  const problems = [];

  before(async () => {
    ({ server, origin, sent } = await startServer(ROOT));
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await stopServer(server);
  });

  const withPage = pageRunner(() => ({ context: browser.context, origin, problems }));

  it("has no serious or critical axe-core violations, empty and full, light and dark", async () => {
    await withPage("30-axe", async (page) => {
      await axe(page, "empty page");
      await fillWithResults(page);
      await axe(page, "three documents, original and why open");
      await page.emulateMedia({ colorScheme: "dark" });
      await axe(page, "dark");
      await screenshot(page, "30-axe-dark");
      await page.locator("[data-testid=style]").selectOption("headline");
      await axe(page, "headline style");
    });
  });

  it("works with the keyboard alone, with a visible focus at every stop", async () => {
    await withPage("31-keyboard", async (page) => {
      /** Where the focus is, and whether it shows (a visually hidden file input shows on its label). */
      const focus = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          const shown = el.matches("input[type=file]") ? el.labels[0] : el;
          const style = getComputedStyle(shown);
          const visible = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
          return { id: el.id, testid: el.dataset.testid ?? null, tag: el.tagName.toLowerCase(), visible, text: el.textContent.trim().slice(0, 40) };
        });
      const stops = [];
      for (let i = 0; i < 9; i++) {
        await page.keyboard.press("Tab");
        stops.push(await focus());
      }
      assert.deepEqual(
        stops.map((s) => s.id),
        ["ui-language", "article", "summarize", "clear-text", "files", "length", "length-unit", "style", "text-language"],
      );
      for (const stop of stops) assert.ok(stop.visible, `the focus shows on #${stop.id}`);

      // Type, summarize with Ctrl+Enter, then reach the first summary sentence with Tab.
      await page.locator("#article").focus();
      await page.keyboard.insertText(ENGLISH);
      await page.keyboard.press("Control+Enter");
      await settled(page, 1);
      let stop = await focus();
      for (let i = 0; i < 30 && stop.testid !== "sentence-text"; i++) {
        await page.keyboard.press("Tab");
        stop = await focus();
        assert.ok(stop.visible, `the focus shows on ${stop.tag} ${stop.testid ?? stop.id} "${stop.text}"`);
      }
      assert.equal(stop.testid, "sentence-text", "the summary's sentences are reachable");
      await page.keyboard.press("Enter"); // opens the original at that sentence
      await page.waitForFunction(() => document.activeElement?.dataset.testid === "original-mark");
      assert.ok((await focus()).visible, "the sentence in the original shows the focus");

      // The "why" of the first sentence opens with the keyboard.
      await page.locator("[data-testid=why-toggle]").first().focus();
      await page.keyboard.press("Enter");
      assert.equal(await page.locator("[data-testid=why]").first().evaluate((d) => d.open), true);

      // The slider with arrow keys, the style with the keyboard.
      await page.locator("[data-testid=length-input]").focus();
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => document.querySelectorAll("[data-testid=summary-sentence]").length === 4);
      await page.locator("[data-testid=style]").focus();
      await page.keyboard.press("ArrowDown"); // bullets
      await page.waitForFunction(() => document.querySelector("ul[data-testid=doc-summary]"));

      // Remove the card with the keyboard: the focus does not get lost.
      await page.locator("[data-testid=doc-remove]").focus();
      await page.keyboard.press("Enter");
      await settled(page, 0);
      assert.equal(await page.evaluate(() => document.activeElement?.id), "article");
    });
  });

  it("has every string in both interface languages", () => {
    const locales = Object.keys(LOCALES);
    assert.deepEqual(locales, ["en", "it"]);
    for (const [key, row] of Object.entries(TABLE)) {
      for (const locale of locales) {
        assert.ok(row[locale] != null, `${key} has ${locale}`);
        assert.equal(typeof row[locale], typeof row.en, `${key}: same kind in ${locale}`);
        if (typeof row.en === "function") assert.equal(row[locale].length, row.en.length, `${key}: same arguments in ${locale}`);
        if (typeof row.en === "object") assert.deepEqual(Object.keys(row[locale]), Object.keys(row.en), `${key}: same entries`);
      }
    }
    // No user-facing text outside the table: the page's modules set text only from `t`.
    for (const file of ["app.js", "render.js", "export.js"]) {
      const source = fs.readFileSync(path.join(REPO, "www", file), "utf8");
      const literals = [...source.matchAll(/textContent = "([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(literals, [], `${file} sets no literal text`);
    }
  });

  it("switches the interface to Italian and back, and remembers the choice", async () => {
    await withPage("32-italian", async (page) => {
      await summarizePasted(page, ITALIAN);
      await settled(page, 1);
      await page.locator("[data-testid=ui-language]").selectOption("it");
      assert.equal(await page.locator("[data-testid=summarize-button]").textContent(), "Riassumi");
      assert.equal(await page.getByLabel("Incolla un articolo").count(), 1);
      assert.equal(await page.evaluate(() => document.documentElement.lang), "it");
      assert.equal(await page.title(), "sunto — riassunti di articoli");
      assert.equal(await page.locator("#results-heading").textContent(), "Riassunti");
      const card = page.locator("[data-testid=doc]").first();
      assert.match(await card.textContent(), /Frasi chiave/);
      assert.match(await card.locator("[data-testid=doc-meta]").textContent(), /italiano · \d+ parole · 3 frasi su \d+/);
      assert.match(await card.locator("[data-testid=doc-reading]").textContent(), /^Tempo di lettura/);
      assert.match(await page.locator("[data-testid=length-value]").textContent(), /3 frasi/);
      assert.equal(await page.locator("[data-testid=status]").textContent(), "L'interfaccia ora è in italiano.");
      await axe(page, "Italian");

      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.engine === "ready");
      assert.equal(await page.locator("[data-testid=summarize-button]").textContent(), "Riassumi", "remembered");
      await page.locator("[data-testid=ui-language]").selectOption("en");
      assert.equal(await page.locator("[data-testid=summarize-button]").textContent(), "Summarize");
    });
  });

  it("starts in Italian when the browser's language is Italian", async () => {
    const italian = await launch({ locale: "it-IT" });
    try {
      await withPage(
        "33-italian-browser",
        async (page) => {
          assert.equal(await page.evaluate(() => navigator.language), "it-IT");
          assert.equal(await page.locator("[data-testid=summarize-button]").textContent(), "Riassumi");
          assert.equal(await page.locator("[data-testid=ui-language]").inputValue(), "it");
          await page.locator("[data-testid=file-input]").setInputFiles([
            { name: "vuoto.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
          ]);
          await settled(page, 1);
          assert.equal(await page.locator("[data-testid=doc-error]").textContent(), "vuoto.txt non contiene testo.");
        },
        { context: italian.context },
      );
    } finally {
      await italian.close();
    }
  });

  it("fits a phone-sized screen with everything open, in light and dark", async () => {
    await withPage(
      "34-phone",
      async (page) => {
        await fillWithResults(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (overflow ${overflow}px)`);
        await axe(page, "phone");
        await page.emulateMedia({ colorScheme: "dark" });
        await screenshot(page, "34-phone-dark");
      },
      { viewport: { width: 360, height: 740 } },
    );
  });

  it("keeps a strict Content-Security-Policy that nothing the page does violates", async () => {
    await withPage(
      "35-csp",
      async (page) => {
        const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
        assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
        assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
        assert.match(csp, /style-src 'self'/);
        await fillWithResults(page);
        await page.locator("[data-testid=style]").selectOption("bullets");
        const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=download-json]").click()]);
        assert.match(download.suggestedFilename(), /\.json$/);
        assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
        assert.equal(await page.locator("[style]").count(), 0, "no inline style attributes");
      },
      { setup: recordCspViolations },
    );
  });

  it("MEASURES: time to interactive, bytes transferred, drop-to-summary time; no other host is asked", async () => {
    // A fresh profile: nothing cached.
    const cold = await launch();
    const requests = [];
    try {
      const before = sent.length;
      const page = await cold.context.newPage();
      page.on("request", (request) => requests.push(request.url()));
      const foreign = [];
      watch(page, foreign, origin);
      await page.goto(`${origin}/www/`);
      await page.waitForFunction(() => document.documentElement.dataset.engine === "ready");
      const timing = await page.evaluate(() => {
        const ready = performance.getEntriesByName("sunto-ready")[0].startTime;
        const nav = performance.getEntriesByType("navigation")[0];
        return { ready, domContentLoaded: nav.domContentLoadedEventEnd };
      });
      const loaded = sent.slice(before);
      const bytes = loaded.reduce((n, r) => n + r.bytes, 0);
      const gzipped = loaded.reduce((n, r) => {
        const file = path.join(ROOT, decodeURIComponent(new URL(r.path, origin).pathname).replace(/\/$/, "/index.html"));
        return n + (fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : 0);
      }, 0);

      // Drop a 7 KB article on the page, from the drop event to the summary in the DOM and painted.
      const article = articleOf(7 * 1024);
      const runs = [];
      for (let i = 0; i < 5; i++) {
        runs.push(
          await page.evaluate(async ({ text, name }) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([text], name, { type: "text/plain" }));
            const results = document.querySelector("[data-testid=results]");
            const shown = new Promise((resolve) => {
              const check = () => {
                if (results.querySelector("[data-testid=doc][data-state=done] [data-testid=summary-sentence]")) {
                  observer.disconnect();
                  resolve(performance.now());
                }
              };
              const observer = new MutationObserver(check);
              observer.observe(results, { subtree: true, childList: true, attributes: true });
            });
            const start = performance.now();
            document.querySelector("h1").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
            const inDom = await shown;
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
            const painted = performance.now();
            document.querySelector("[data-testid=doc-remove]").click();
            return { inDom: inDom - start, painted: painted - start };
          }, { text: article, name: `article-7kb-${i}.txt` }),
        );
      }
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const figures = {
        timeToInteractiveMs: Math.round(timing.ready),
        domContentLoadedMs: Math.round(timing.domContentLoaded),
        bytesTransferred: bytes,
        bytesGzipped: gzipped,
        requests: loaded.map((r) => `${r.path} ${r.bytes}`),
        articleBytes: Buffer.byteLength(article),
        dropToSummaryFirstMs: Math.round(runs[0].painted),
        dropToSummaryMedianMs: Math.round(median(runs.map((r) => r.painted))),
        dropToSummaryInDomMedianMs: Math.round(median(runs.map((r) => r.inDom))),
      };
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      fs.writeFileSync(path.join(ARTIFACTS, "measurements.json"), `${JSON.stringify(figures, null, 2)}\n`);
      console.log(`MEASURED time to interactive (navigation → engine ready): ${figures.timeToInteractiveMs} ms (DOMContentLoaded ${figures.domContentLoadedMs} ms)`);
      console.log(`MEASURED bytes transferred on first load: ${bytes} bytes in ${loaded.length} responses (${gzipped} gzipped)`);
      console.log(`MEASURED drop → visible summary, ${figures.articleBytes} B article: first ${figures.dropToSummaryFirstMs} ms, median of 5 ${figures.dropToSummaryMedianMs} ms (in the DOM: ${figures.dropToSummaryInDomMedianMs} ms)`);
      for (const r of figures.requests) console.log(`  ${r}`);

      assert.deepEqual(foreign, [], "no console errors and no request to another host");
      assert.ok(requests.every((url) => url.startsWith(`${origin}/`) || /^(data|blob):/.test(url)), requests.join("\n"));
      assert.ok(timing.ready < 5000, `ready within 5 s (${timing.ready} ms)`);
      assert.ok(figures.dropToSummaryMedianMs < 2000, `a 7 KB article within 2 s (${figures.dropToSummaryMedianMs} ms)`);
      assert.ok(bytes < 1_500_000, `under 1.5 MB (${bytes})`);
      await page.close();
    } finally {
      await cold.close();
    }
  });

  it("logged no console errors, page errors or foreign requests", () => {
    assert.deepEqual(problems, []);
  });
});
