// Browser test of <sunto-summary> (www/sunto-summary.js) embedded in a page on another origin
// than the library's files, under a strict Content Security Policy, and of www/embed.html.
//
//   node --test tests/e2e/embed.test.mjs
//   SUNTO_E2E_REQUIRE=1 …   fail instead of skipping when pkg/sunto.js is missing
//   CHROMIUM=/path/to/chrome …
//
// Two servers: the library (the repository root, with Access-Control-Allow-Origin: *) and a host
// on another port whose pages this file generates.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { launch, serve, watch } from "./static-server.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, "..", "..");
const FIXTURES = path.join(REPO, "tests", "fixtures");
const ARTIFACTS = path.join(HERE, "artifacts");
const TIMEOUT_MS = 20_000;

/** The strict policy of the issue; a host on another origin adds the library's needs to it. */
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const hostCsp = (lib) =>
  `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${lib}; connect-src 'self' ${lib}; worker-src 'self' blob:`;
/** The same without the library in connect-src: the wasm cannot be fetched. */
const noConnectCsp = (lib) => `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${lib}; worker-src 'self' blob:`;
/** The same without worker-src: blob: workers are refused, the element falls back to the main thread. */
const noBlobCsp = (lib) => `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${lib}; connect-src 'self' ${lib}`;

let skip = false;
if (!fs.existsSync(path.join(REPO, "pkg", "sunto.js"))) {
  const why = "pkg/sunto.js does not exist: build the wasm package first (bash scripts/build.sh)";
  if (process.env.SUNTO_E2E_REQUIRE) throw new Error(why);
  skip = `embedding tests skipped: ${why}`;
}

const ENGLISH = [
  "The observatory on the hill reopened to the public after three years of repairs.",
  "Engineers replaced the dome motors and rebuilt the old wooden floor.",
  "The main telescope, built in 1911, was cleaned and realigned by volunteers.",
  "Visitors can now book evening sessions to look at the moon and the planets.",
  "The director said that school groups will be admitted free of charge.",
  "A small museum on the ground floor tells the story of the founding astronomers.",
  "Local businesses donated most of the money needed for the restoration.",
  "The town council covered the remaining cost of the new access road.",
  "During the first weekend more than two thousand people climbed the hill.",
  "Many of them waited in line for over an hour to see the rings of Saturn.",
  "The observatory plans to add a second telescope for solar observations next year.",
  "Volunteers are still needed to guide visitors on busy nights.",
];

const ITALIAN = [
  "La città ha presentato ieri il nuovo piano per la mobilità sostenibile.",
  "Il progetto prevede quaranta chilometri di piste ciclabili entro il 2028.",
  "Secondo l'assessore ai trasporti, le nuove corsie collegheranno le periferie al centro storico.",
  "I lavori partiranno in primavera dai quartieri a nord della stazione.",
  "Il costo complessivo del piano è stimato in diciotto milioni di euro.",
  "Una parte dei fondi arriverà dal programma europeo per le città verdi.",
  "Le associazioni dei ciclisti hanno accolto la notizia con entusiasmo.",
  "I commercianti del centro chiedono invece più parcheggi per i clienti.",
  "Il sindaco ha promesso un confronto pubblico prima dell'approvazione definitiva.",
  "Nelle prossime settimane saranno organizzati incontri in ogni quartiere.",
  "Gli studenti dell'università hanno proposto nuove rastrelliere vicino alle facoltà.",
  "Il piano sarà discusso in consiglio comunale alla fine del mese.",
];

const MARKDOWN = fs.readFileSync(path.join(FIXTURES, "en_markdown.md"), "utf8");
const MARKDOWN_TITLE = JSON.parse(fs.readFileSync(path.join(FIXTURES, "en_markdown.expect.json"), "utf8")).title;

const escapeHtml = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const paragraphs = (sentences, per = 4) => {
  const out = [];
  for (let i = 0; i < sentences.length; i += per) out.push(`<p>${escapeHtml(sentences.slice(i, i + per).join(" "))}</p>`);
  return out.join("\n");
};

/** A host page: the strict policy plus `csp`'s additions, the library's module, `body`. */
function hostPage(lib, csp, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>A host page</title>
<link rel="icon" href="/favicon.svg">
<link rel="stylesheet" href="/host.css">
<script type="module" src="${lib}/www/sunto-summary.js"></script>
</head>
<body>
<h1>A host page on another origin</h1>
${body}
</body>
</html>`;
}

const MAIN_BODY = `
<sunto-summary id="inline" sentences="2" keywords="4">
${paragraphs(ENGLISH)}
</sunto-summary>

<sunto-summary id="src" src="/articles/en_markdown.md"></sunto-summary>
<sunto-summary id="src-headline" src="/articles/en_markdown.md" format="headline" keywords="0"></sunto-summary>

<article id="story" lang="it">
<h2>Piste ciclabili</h2>
${paragraphs(ITALIAN)}
</article>
<sunto-summary id="for" for="story" format="bullets" lang="it"></sunto-summary>

<label for="notes">Notes</label>
<textarea id="notes">${escapeHtml(ENGLISH.join("\n"))}</textarea>
<sunto-summary id="typed" for="notes" sentences="1" keywords="2"></sunto-summary>

<sunto-summary id="markup">&lt;img src=x onerror="window.__pwned=1"&gt; &lt;b&gt;Bold claims&lt;/b&gt; are made here. ${escapeHtml(ENGLISH.slice(0, 6).join(" "))}</sunto-summary>
`;

const ERRORS_BODY = `
<sunto-summary id="no-target" for="nowhere"></sunto-summary>
<sunto-summary id="not-found" src="/articles/missing.md"></sunto-summary>
<sunto-summary id="bad-sentences" sentences="many">${escapeHtml(ENGLISH.join(" "))}</sunto-summary>
<sunto-summary id="bad-format" format="poem">${escapeHtml(ENGLISH.join(" "))}</sunto-summary>
<sunto-summary id="empty"></sunto-summary>
`;

const HOST_CSS = `
#inline {
  --sunto-font: monospace;
  --sunto-chip-bg: rgb(1, 2, 3);
  --sunto-accent: rgb(200, 0, 100);
}
#inline::part(keyword) { text-transform: uppercase; }
#inline::part(sentence) { color: rgb(4, 5, 6); }
`;

describe("<sunto-summary> on another origin under a strict CSP", { skip }, () => {
  let lib;
  let host;
  let browser;
  const problems = []; // console errors, CSP violations, page errors, failed requests

  before(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    lib = await serve(REPO, { headers: { "access-control-allow-origin": "*" } });
    const page = (csp, body) => () => ({ type: "text/html; charset=utf-8", body: hostPage(lib.origin, csp, body) });
    host = await serve(path.join(HERE, "no-such-directory"), {
      routes: {
        "/": page(hostCsp(lib.origin), MAIN_BODY),
        "/errors.html": page(hostCsp(lib.origin), ERRORS_BODY),
        "/no-blob.html": page(noBlobCsp(lib.origin), MAIN_BODY),
        "/no-connect.html": page(noConnectCsp(lib.origin), ERRORS_BODY),
        "/articles/en_markdown.md": { type: "text/markdown; charset=utf-8", body: MARKDOWN },
        "/host.css": { type: "text/css; charset=utf-8", body: HOST_CSS },
        "/favicon.svg": { type: "image/svg+xml", body: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
      },
    });
    assert.notEqual(new URL(lib.origin).port, new URL(host.origin).port);
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await lib?.close();
    await host?.close();
  });

  async function open(url, sink = problems) {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await watch(page, sink);
    await page.goto(url);
    return page;
  }

  async function withPage(name, url, body, sink) {
    const page = await open(url, sink);
    try {
      await body(page);
    } finally {
      await page.screenshot({ path: path.join(ARTIFACTS, `embed-${name}.png`), fullPage: true }).catch(() => {});
      await page.close();
    }
  }

  /** Waits until every element named by `ids` has `state`. */
  async function settled(page, ids, state = "done") {
    await page.waitForFunction(
      ([ids, state]) => ids.every((id) => document.getElementById(id)?.state === state),
      [ids, state],
    );
  }

  const parts = (page, id, part) => page.locator(`#${id}`).locator(`[part~="${part}"]`);

  it("summarizes its text content, a src file and a for target", async () => {
    await withPage("main", `${host.origin}/`, async (page) => {
      await settled(page, ["inline", "src", "src-headline", "for", "markup"]);

      // text content: two sentences, at most four key phrases, all from the English text
      assert.equal(await parts(page, "inline", "sentence").count(), 2);
      const keywords = await parts(page, "inline", "keyword").count();
      assert.ok(keywords >= 1 && keywords <= 4, `1 to 4 key phrases, got ${keywords}`);
      for (const sentence of await parts(page, "inline", "sentence").allTextContents()) {
        assert.ok(ENGLISH.includes(sentence), `an input sentence: ${sentence}`);
      }
      assert.equal(await page.evaluate(() => document.getElementById("inline").result.language), "en");

      // src: a Markdown file read as Markdown (no markup left), three sentences by default
      assert.equal(await parts(page, "src", "sentence").count(), 3);
      const srcText = (await parts(page, "src", "summary").textContent()).trim();
      assert.ok(!/\*\*|\]\(|^#/.test(srcText), `Markdown markup removed: ${srcText}`);
      assert.equal((await parts(page, "src-headline", "headline").textContent()).trim(), MARKDOWN_TITLE);
      assert.equal(await parts(page, "src-headline", "keyword").count(), 0, "keywords=0 shows none");

      // for: bullets of the Italian article
      assert.equal(await page.locator("#for").locator('li[part~="sentence"]').count(), 3);
      for (const sentence of await parts(page, "for", "sentence").allTextContents()) {
        assert.ok(ITALIAN.includes(sentence), `a sentence of the story: ${sentence}`);
      }
      assert.equal(await page.evaluate(() => document.getElementById("for").result.language), "it");

      // input markup stays text
      const markup = await page.evaluate(() => {
        const root = document.getElementById("markup").shadowRoot;
        return { tags: [...root.querySelectorAll("*")].map((e) => e.localName), text: root.textContent };
      });
      assert.ok(markup.tags.every((t) => ["div", "p", "span", "ul", "li"].includes(t)), markup.tags.join());
      assert.equal(await page.evaluate(() => window.__pwned), undefined);

      // one worker for all the elements, started from a blob: URL of the host's origin
      const workers = page.workers().map((w) => w.url());
      assert.equal(workers.length, 1, `one shared worker: ${workers}`);
      assert.ok(workers[0].startsWith(`blob:${host.origin}/`), workers[0]);
    });
  });

  it("re-renders when sentences, format or keywords change", async () => {
    await withPage("attributes", `${host.origin}/`, async (page) => {
      await settled(page, ["inline", "for"]);
      const count = (id, n) =>
        page.waitForFunction(
          ([id, n]) => {
            const el = document.getElementById(id);
            return el.state === "done" && el.shadowRoot.querySelectorAll('[part~="sentence"]').length === n;
          },
          [id, n],
        );
      const set = (id, name, value) =>
        page.evaluate(([id, name, value]) => document.getElementById(id).setAttribute(name, value), [id, name, value]);

      const fetched = [];
      page.on("request", (request) => request.url().endsWith("/en_markdown.md") && fetched.push(request.url()));
      await settled(page, ["src"]);
      await set("src", "sentences", "1");
      await count("src", 1);
      assert.deepEqual(fetched, [], "the src file is not fetched again for a new length");

      await set("inline", "sentences", "2");
      await count("inline", 2);
      await set("inline", "sentences", "4");
      await count("inline", 4);
      assert.equal(await parts(page, "inline", "sentence").count(), 4);
      await set("inline", "sentences", "2");
      await count("inline", 2);

      await set("for", "sentences", "4");
      await count("for", 4);

      await set("inline", "format", "bullets");
      await page.locator("#inline").locator('li[part~="sentence"]').nth(1).waitFor();
      await set("inline", "format", "headline");
      await parts(page, "inline", "headline").waitFor();
      assert.equal(await parts(page, "inline", "sentence").count(), 0);

      await set("inline", "keywords", "2");
      await page.waitForFunction(
        () => document.getElementById("inline").shadowRoot.querySelectorAll('[part~="keyword"]').length === 2,
      );

      await set("inline", "ratio", "0.5");
      await page.evaluate(() => document.getElementById("inline").removeAttribute("sentences"));
      await set("inline", "format", "sentences");
      await count("inline", ENGLISH.length / 2);
    });
  });

  it("follows changes to its own text and to the for target", async () => {
    await withPage("content", `${host.origin}/`, async (page) => {
      await settled(page, ["inline", "for"]);
      const languageBecomes = (id, code) =>
        page.waitForFunction(([id, code]) => document.getElementById(id).result?.language === code, [id, code]);

      // its own text: English → Italian
      await page.evaluate((text) => {
        document.getElementById("inline").textContent = text;
      }, ITALIAN.join("\n"));
      await languageBecomes("inline", "it");
      for (const sentence of await parts(page, "inline", "sentence").allTextContents()) {
        assert.ok(ITALIAN.includes(sentence), `a sentence of the new text: ${sentence}`);
      }

      // the for target: paragraphs replaced by English ones
      await page.evaluate(() => document.getElementById("for").removeAttribute("lang"));
      await page.evaluate((html) => {
        document.getElementById("story").innerHTML = html;
      }, paragraphs(ENGLISH));
      await languageBecomes("for", "en");
      for (const sentence of await parts(page, "for", "sentence").allTextContents()) {
        assert.ok(ENGLISH.includes(sentence), `a sentence of the new story: ${sentence}`);
      }

      // a textarea: its value, as the user types
      await settled(page, ["typed"]);
      assert.equal(await page.evaluate(() => document.getElementById("typed").result.language), "en");
      await page.locator("#notes").fill("");
      await page.locator("#notes").pressSequentially(ITALIAN.slice(0, 6).join(" "), { delay: 0 });
      await languageBecomes("typed", "it");
      const typed = await parts(page, "typed", "sentence").allTextContents();
      assert.equal(typed.length, 1);
      assert.ok(ITALIAN.includes(typed[0]), typed[0]);

      // an element added later, pointing at an existing target
      await page.evaluate(() => {
        const el = document.createElement("sunto-summary");
        el.id = "late";
        el.setAttribute("for", "story");
        el.setAttribute("sentences", "1");
        document.body.append(el);
      });
      await settled(page, ["late"]);
      assert.equal(await parts(page, "late", "sentence").count(), 1);
      assert.equal(page.workers().length, 1, "still one worker");
    });
  });

  it("is styled through custom properties and ::part", async () => {
    await withPage("styling", `${host.origin}/`, async (page) => {
      await settled(page, ["inline"]);
      const style = await page.evaluate(() => {
        const root = document.getElementById("inline").shadowRoot;
        const keyword = getComputedStyle(root.querySelector('[part~="keyword"]'));
        const sentence = getComputedStyle(root.querySelector('[part~="sentence"]'));
        const container = getComputedStyle(root.querySelector(".container"));
        return {
          chipBg: keyword.backgroundColor,
          transform: keyword.textTransform,
          sentenceColor: sentence.color,
          font: sentence.fontFamily,
          accent: container.borderInlineStartColor,
        };
      });
      assert.deepEqual(style, {
        chipBg: "rgb(1, 2, 3)",
        transform: "uppercase",
        sentenceColor: "rgb(4, 5, 6)",
        font: "monospace",
        accent: "rgb(200, 0, 100)",
      });
      assert.ok(await page.evaluate(() => document.getElementById("inline").matches(":state(done)")));
    });
  });

  it("shows clear messages in part=error", async () => {
    const expected = []; // the missing file's 404 is logged by the browser: expected here
    await withPage(
      "errors",
      `${host.origin}/errors.html`,
      async (page) => {
        const ids = ["no-target", "not-found", "bad-sentences", "bad-format", "empty"];
        await settled(page, ids, "error");
        const message = async (id) => {
          const error = parts(page, id, "error");
          assert.ok(await error.isVisible(), `${id}: the error is visible`);
          assert.equal(await error.getAttribute("role"), "alert");
          assert.equal(await parts(page, id, "sentence").count(), 0);
          return (await error.textContent()).trim();
        };
        assert.match(await message("no-target"), /No element with id "nowhere"/);
        assert.match(await message("not-found"), /Could not load \/articles\/missing\.md: 404/);
        assert.match(await message("bad-sentences"), /sentences attribute must be a whole number.*"many"/);
        assert.match(await message("bad-format"), /format attribute must be one of sentences, bullets, headline/);
        assert.match(await message("empty"), /Nothing to summarize/);

        // fixing the attribute clears the error
        await page.evaluate(() => document.getElementById("bad-sentences").setAttribute("sentences", "2"));
        await settled(page, ["bad-sentences"]);
        assert.equal(await parts(page, "bad-sentences", "sentence").count(), 2);
        assert.ok(!(await parts(page, "bad-sentences", "error").isVisible()));
      },
      expected,
    );
    assert.ok(expected.every((p) => /missing\.md|404/.test(p)), expected.join("\n"));
  });

  it("falls back to the main thread when the host's CSP refuses blob: workers", async () => {
    const expected = []; // the refused worker is reported: expected here, and nothing else
    await withPage(
      "no-blob",
      `${host.origin}/no-blob.html`,
      async (page) => {
        await settled(page, ["inline", "src", "for"]);
        assert.equal(await parts(page, "inline", "sentence").count(), 2);
        assert.equal(await parts(page, "for", "sentence").count(), 3);
      },
      expected,
    );
    assert.ok(expected.length > 0, "the refused worker is reported");
    assert.ok(expected.every((p) => /worker-src|worker from 'blob:/i.test(p)), expected.join("\n"));
  });

  it("names what the host's CSP blocked when the wasm cannot load", async () => {
    const expected = [];
    await withPage(
      "no-connect",
      `${host.origin}/no-connect.html`,
      async (page) => {
        await settled(page, ["bad-format"], "error");
        const message = (await parts(page, "bad-format", "error").textContent()).trim();
        assert.match(message, /format attribute/);
        await page.evaluate(() => document.getElementById("bad-format").removeAttribute("format"));
        await page.waitForFunction(() => {
          const el = document.getElementById("bad-format");
          return el.state === "error" && /Could not summarize/.test(el.shadowRoot.textContent);
        });
        const blocked = (await parts(page, "bad-format", "error").textContent()).trim();
        assert.match(blocked, /^Could not summarize: .*Content-Security-Policy blocked .*sunto_bg\.wasm \(connect-src\)/);
      },
      expected,
    );
    assert.ok(expected.some((p) => /sunto_bg\.wasm \(connect-src\)/.test(p)), expected.join("\n"));
  });

  it("documents every way to embed in www/embed.html, under the strict CSP", async () => {
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: lib.origin });
    await withPage("docs", `${lib.origin}/www/embed.html`, async (page) => {
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      assert.equal(csp, STRICT_CSP);
      assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");
      const ids = await page.locator("sunto-summary").evaluateAll((els) => els.map((e) => e.id));
      assert.ok(ids.length >= 4);
      await settled(page, ids);
      for (const id of ids) assert.ok((await parts(page, id, "summary").or(parts(page, id, "headline")).count()) >= 1, id);

      // same origin: client.js's module worker, not a blob
      const workers = page.workers().map((w) => w.url());
      assert.deepEqual(workers, [`${lib.origin}/www/worker.js`]);

      // every snippet has a Copy button that copies it
      const buttons = page.locator("button.copy");
      assert.equal(await buttons.count(), await page.locator("pre > code").count());
      const button = page.locator('button.copy[data-copy="snippet-csp-cross"]');
      await button.click();
      await page.waitForFunction(() => document.getElementById("copy-status").textContent.includes("Copied"));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, await page.locator("#snippet-csp-cross").textContent());
      assert.match(copied, /worker-src 'self' blob:/);
    });
  });

  it("logged no console errors, CSP violations, page errors or failed requests", () => {
    assert.deepEqual(problems, []);
  });
});
