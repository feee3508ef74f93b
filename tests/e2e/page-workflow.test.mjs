// Browser tests of the page's workflow (issue #7): a stack of files, bad files, hostile HTML,
// the controls, copy and save, restoring the text, the original text with the summary marked,
// the "why" view, headlines, rich paste, large input with Cancel, and the time limit.
// Screenshots of each state go to tests/e2e/artifacts/.

import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import {
  ARTIFACTS,
  ENGLISH,
  ITALIAN,
  PNG_HEADER,
  ROOT,
  articleOf,
  assertSummarized,
  card,
  drop,
  fixture,
  launch,
  nodeSummarizer,
  screenshot,
  settled,
  skip,
  squash,
  startServer,
  stopServer,
  summarizePasted,
  pageRunner,
} from "./page-support.mjs";

const FIVE = ["it_plain.txt", "en_markdown.md", "it_news_page.html", "en_pasted_web.txt", "it_markdown_tweet.md"];

describe("sunto page: the workflow", { skip }, () => {
  let server;
  let origin;
  let browser;
  const problems = [];

  before(async () => {
    ({ server, origin } = await startServer(ROOT));
    browser = await launch();
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  });

  after(async () => {
    await browser?.close();
    await stopServer(server);
  });

  const withPage = pageRunner(() => ({ context: browser.context, origin, problems }));

  const sentencesOf = async (locator) => (await locator.locator("[data-testid=sentence-text]").allTextContents()).map(squash);

  it("summarizes five files dropped at once, each on its own card, with a digest naming the sources", async () => {
    await withPage("10-five-files", async (page) => {
      await drop(page, FIVE.map((name) => ({ name, text: fixture(name).toString("utf8") })));
      const cards = await settled(page, 5);
      for (let i = 0; i < FIVE.length; i++) {
        assert.equal(await cards.nth(i).getAttribute("data-name"), FIVE[i], "cards follow the order of the files");
        await assertSummarized(cards.nth(i), FIVE[i]);
        const reading = await cards.nth(i).locator("[data-testid=doc-reading]").textContent();
        assert.match(reading, /Reading time: \d+ (s|min) → \d+ (s|min)/, reading);
      }
      const status = await page.locator("[data-testid=status]").textContent();
      assert.match(status, /Summaries ready/, status);

      const hasMany = typeof (await nodeSummarizer({ sentences: 3 })).summarizeMany === "function";
      const digest = page.locator("[data-testid=digest]");
      if (!hasMany) {
        console.log("pkg/ has no summarizeMany: the digest stays hidden");
        assert.ok(await digest.isHidden());
        return;
      }
      await page.locator("[data-testid=digest-group]").first().waitFor();
      const titles = await page.locator("[data-testid=doc-title]").allTextContents();
      const sources = await page.locator("[data-testid=digest-source]").allTextContents();
      assert.ok(sources.length >= 3, `the digest has sentences: ${sources.length}`);
      for (const source of sources) {
        assert.ok(titles.some((title) => source === `from ${title}`), `"${source}" names one of the documents`);
      }
      assert.ok((await page.locator("[data-testid=digest-label]").first().textContent()).trim().length > 0, "groups have a label");
      // Following a source link moves to that document's card.
      const link = page.locator("[data-testid=digest-source]").first();
      const target = (await link.getAttribute("href")).slice(1);
      await link.click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), target);
    });
  });

  it("names a PNG, a PDF, a ZIP and an empty file in their messages while the rest succeed", async () => {
    await withPage("11-bad-files", async (page) => {
      await drop(page, [
        { name: "photo.png", base64: Buffer.concat([PNG_HEADER, Buffer.alloc(64, 1)]).toString("base64"), type: "image/png" },
        { name: "good.txt", text: ENGLISH },
        { name: "empty.txt", text: "" },
        { name: "report.pdf", base64: Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "latin1").toString("base64"), type: "application/pdf" },
        { name: "letter.docx", base64: Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0]).toString("base64") },
        { name: "blank.md", text: "   \n\n  \n" },
        { name: "buona.md", text: `# Piste ciclabili\n\n${ITALIAN}` },
      ]);
      await settled(page, 7);
      for (const name of ["photo.png", "empty.txt", "report.pdf", "letter.docx", "blank.md"]) {
        assert.equal(await card(page, name).getAttribute("data-state"), "error", `${name} is refused`);
        const message = await card(page, name).locator("[data-testid=doc-error]").textContent();
        assert.ok(message.includes(name), `the message names ${name}: ${message}`);
      }
      assert.match(await card(page, "photo.png").locator("[data-testid=doc-error]").textContent(), /PNG image/);
      assert.match(await card(page, "report.pdf").locator("[data-testid=doc-error]").textContent(), /PDF/);
      assert.match(await card(page, "letter.docx").locator("[data-testid=doc-error]").textContent(), /ZIP/);
      assert.match(await card(page, "empty.txt").locator("[data-testid=doc-error]").textContent(), /no text/);
      assert.match(await card(page, "blank.md").locator("[data-testid=doc-error]").textContent(), /no text/);
      await assertSummarized(card(page, "good.txt"), "good.txt");
      await assertSummarized(card(page, "buona.md"), "buona.md");
      const status = await page.locator("[data-testid=status]").textContent();
      for (const name of ["photo.png", "empty.txt", "report.pdf"]) assert.ok(status.includes(name), `announced: ${status}`);
    });
  });

  it("never runs the scripts or handlers of a dropped HTML page, and summarizes its article", async () => {
    await withPage("12-hostile-html", async (page) => {
      const names = ["it_news_page.html", "en_news_page.html"];
      await drop(page, names.map((name) => ({ name, text: fixture(name).toString("utf8"), type: "text/html" })));
      await settled(page, 2);
      for (const name of names) {
        await assertSummarized(card(page, name), name);
        assert.match(await card(page, name).locator("[data-testid=doc-meta]").textContent(), /read as a web page/);
        // The HTML source, with its <script> and onerror, shown as text in the original panel.
        await card(page, name).locator("[data-testid=original-toggle]").click();
        await card(page, name).locator("[data-testid=original-mark]").first().waitFor();
      }
      const enSource = await card(page, "en_news_page.html").locator("[data-testid=original]").textContent();
      assert.ok(enSource.includes('onerror="window.__pwned=1"'), "the source is shown as text");
      assert.equal(await page.locator("[data-testid=results] :is(img, script, iframe, style, b, a[href^=http])").count(), 0);
      await page.waitForTimeout(300); // give an image error or a script every chance to run
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      const title = await card(page, "it_news_page.html").locator("[data-testid=doc-title]").textContent();
      assert.match(title, /Ponte sull.Arvena/, title);
    });
  });

  it("changes the number of sentences with the slider, in sentences or in percent, live", async () => {
    await withPage("13-slider", async (page) => {
      await page.locator("[data-testid=file-input]").setInputFiles([
        { name: "it_pasted_web.txt", mimeType: "text/plain", buffer: fixture("it_pasted_web.txt") },
      ]);
      const cards = await settled(page, 1);
      const count = () => cards.first().locator("[data-testid=summary-sentence]").count();
      assert.equal(await count(), 3);
      const slider = page.locator("[data-testid=length-input]");
      await slider.fill("6"); // one "input" event, as dragging the thumb gives
      await page.waitForFunction(() => document.querySelectorAll("[data-testid=summary-sentence]").length === 6);
      assert.match(await page.locator("[data-testid=length-value]").textContent(), /6 sentences/);
      await slider.fill("1");
      await page.waitForFunction(() => document.querySelectorAll("[data-testid=summary-sentence]").length === 1);

      await page.locator("[data-testid=length-unit]").selectOption("percent");
      assert.match(await page.locator("[data-testid=length-value]").textContent(), /20% of the text/);
      await settled(page, 1);
      const stats = await cards.first().locator("[data-testid=doc-meta]").textContent();
      const total = Number(/of (\d+) sentences/.exec(stats)[1]);
      const atTwenty = await count();
      await slider.fill("50");
      await page.waitForFunction((n) => document.querySelectorAll("[data-testid=summary-sentence]").length > n, atTwenty);
      const atFifty = await count();
      assert.ok(atFifty > atTwenty && atFifty <= total, `50% (${atFifty}) is more than 20% (${atTwenty}) of ${total}`);
    });
  });

  it("answers the slider on the page's thread once the text is analysed there, as the worker would", async () => {
    await withPage("13-slider-now", async (page) => {
      const text = articleOf(50 * 1024);
      const name = "long.txt";
      await page.locator("[data-testid=file-input]").setInputFiles([
        { name, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") },
      ]);
      const cards = await settled(page, 1);
      await cards.first().locator("[data-testid=original-toggle]").click();
      // One move: the summary and its marks in the original, counted straight after the input
      // event (answered at once) or once the worker has answered.
      const move = (n) =>
        page.evaluate(async (n) => {
          const card = document.querySelector("[data-testid=doc]");
          const slider = document.querySelector("[data-testid=length-input]");
          const shown = () =>
            card.dataset.state === "done" &&
            card.querySelectorAll("[data-testid=summary-sentence]").length === n &&
            card.querySelectorAll("[data-testid=original-mark]").length === n;
          slider.value = String(n);
          slider.dispatchEvent(new Event("input", { bubbles: true }));
          const atOnce = shown();
          while (!shown()) await new Promise((resolve) => setTimeout(resolve, 10));
          const sentences = [...card.querySelectorAll("[data-testid=sentence-text]")].map((a) => a.textContent);
          const marks = [...card.querySelectorAll("[data-testid=original-mark]")].map((m) => m.textContent);
          return { atOnce, sentences, marks };
        }, n);
      // The page's copy of the wasm analyses the text when the page is idle: then moves are answered at once.
      let atOnce = false;
      for (let i = 0; i < 100 && !atOnce; i++) {
        ({ atOnce } = await move(i % 2 === 0 ? 4 : 3));
        if (!atOnce) await page.waitForTimeout(100);
      }
      assert.ok(atOnce, "a slider move is answered within its input event");
      for (const n of [7, 1, 10, 2]) {
        const got = await move(n);
        assert.ok(got.atOnce, `${n} sentences at once`);
        const expected = (await nodeSummarizer({ sentences: n })).summarize(text, { name }).sentences;
        assert.deepEqual(got.sentences.map(squash), expected.map((s) => squash(s.text)), `${n} sentences, as the wasm gives them`);
        assert.deepEqual(got.marks, expected.map((s) => text.slice(s.start, s.end)), `${n} marks in the original`);
      }

      // A second document: both cards follow the slider, and stay right.
      await page.locator("[data-testid=file-input]").setInputFiles([
        { name: "it_plain.txt", mimeType: "text/plain", buffer: fixture("it_plain.txt") },
      ]);
      await settled(page, 2);
      await page.locator("[data-testid=length-input]").fill("5");
      await page.waitForFunction(() =>
        [...document.querySelectorAll("[data-testid=doc]")].every(
          (c) => c.dataset.state === "done" && c.querySelectorAll("[data-testid=summary-sentence]").length === 5,
        ),
      );
      const long = (await nodeSummarizer({ sentences: 5 })).summarize(text, { name }).sentences.map((s) => squash(s.text));
      assert.deepEqual((await sentencesOf(card(page, name))).map(squash), long);
      const plain = (await nodeSummarizer({ sentences: 5 }))
        .summarize(String(fixture("it_plain.txt")), { name: "it_plain.txt" })
        .sentences.map((s) => squash(s.text));
      assert.deepEqual((await sentencesOf(card(page, "it_plain.txt"))).map(squash), plain);
    });
  });

  it("reads the text in the language chosen instead of the detected one", async () => {
    await withPage("13-language", async (page) => {
      await summarizePasted(page, ENGLISH);
      const cards = await settled(page, 1);
      const meta = () => cards.first().locator("[data-testid=doc-meta]").textContent();
      assert.match(await meta(), /^English ·/);
      const choices = await page.locator("[data-testid=text-language] option").evaluateAll((os) => os.map((o) => o.value));
      assert.deepEqual(choices, ["auto", "it", "en", "fr", "es", "de", "pt"]);
      await page.locator("[data-testid=text-language]").selectOption("fr");
      await page.waitForFunction(() => /^French ·/.test(document.querySelector("[data-testid=doc-meta]").textContent));
      await page.locator("[data-testid=text-language]").selectOption("auto");
      await page.waitForFunction(() => /^English ·/.test(document.querySelector("[data-testid=doc-meta]").textContent));
    });
  });

  it("copies the summaries as text and Markdown, and saves them as .txt, .md and .json", async () => {
    await withPage("14-copy-save", async (page) => {
      await summarizePasted(page, ENGLISH);
      const cards = await settled(page, 1);
      const sentences = await sentencesOf(cards.first());
      const title = (await cards.first().locator("[data-testid=doc-title]").textContent()).trim();

      await page.locator("[data-testid=copy-text]").click();
      await page.waitForFunction(() => /copied/i.test(document.querySelector("[data-testid=status]").textContent));
      const text = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(text.startsWith(title), text);
      sentences.forEach((s, i) => assert.ok(text.includes(`${i + 1}. ${s}`), `plain text has sentence ${i + 1}`));

      await page.locator("[data-testid=copy-markdown]").click();
      await page.waitForFunction(() => /Markdown/.test(document.querySelector("[data-testid=status]").textContent));
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(markdown.startsWith(`## ${title}`), markdown);
      assert.match(markdown, /\*\*Key phrases:\*\* /);

      await page.evaluate(() => navigator.clipboard.writeText(""));
      await cards.first().locator("[data-testid=doc-copy]").click();
      await page.waitForFunction(async () => (await navigator.clipboard.readText()).length > 0);

      const save = async (testId) => {
        const [download] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-testid=${testId}]`).click()]);
        return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), "utf8") };
      };
      const txt = await save("download-txt");
      assert.match(txt.name, /\.txt$/);
      assert.ok(sentences.every((s) => txt.text.includes(s)));
      const md = await save("download-md");
      assert.match(md.name, /\.md$/);
      assert.ok(md.text.startsWith("## "));
      const json = await save("download-json");
      assert.match(json.name, /\.json$/);
      const data = JSON.parse(json.text);
      assert.equal(data.documents.length, 1);
      assert.deepEqual(data.documents[0].result.sentences.map((s) => squash(s.text)), sentences);
      assert.deepEqual(data.options, { sentences: 3 });
      assert.match(await page.locator("[data-testid=status]").textContent(), /Saved .*\.json/);
    });
  });

  it("keeps the text box across a reload until it is cleared", async () => {
    await withPage("15-restore", async (page) => {
      await page.locator("[data-testid=paste-input]").fill(ITALIAN);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.engine === "ready");
      assert.equal(await page.locator("[data-testid=paste-input]").inputValue(), ITALIAN);
      assert.match(await page.locator("[data-testid=status]").textContent(), /restored/);

      await page.locator("[data-testid=clear-text-button]").click();
      assert.equal(await page.locator("[data-testid=paste-input]").inputValue(), "");
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.engine === "ready");
      assert.equal(await page.locator("[data-testid=paste-input]").inputValue(), "");
    });
  });

  it("marks the summary in the original text, scrolls to a sentence, and explains its score", async () => {
    await withPage("16-original", async (page) => {
      const text = [fixture("en_pasted_web.txt"), ENGLISH, fixture("en_markdown.md")].map(String).join("\n\n");
      await summarizePasted(page, text);
      const cards = await settled(page, 1);
      const doc = cards.first();
      await page.locator("[data-testid=length-input]").fill("5");
      await page.waitForFunction(() => document.querySelectorAll("[data-testid=summary-sentence]").length === 5);
      await settled(page, 1);
      const sentences = await sentencesOf(doc);

      const toggle = doc.locator("[data-testid=original-toggle]");
      assert.equal(await toggle.getAttribute("aria-expanded"), "false");
      await toggle.click();
      assert.equal(await toggle.getAttribute("aria-expanded"), "true");
      const marks = doc.locator("[data-testid=original-mark]");
      assert.deepEqual((await marks.allTextContents()).map(squash), sentences, "one <mark> per summary sentence, same text");
      assert.equal(await doc.locator("mark").count(), sentences.length);
      assert.ok((await doc.locator("[data-testid=original-keyphrase]").count()) > 0, "key phrases are marked too");
      const panelText = await doc.locator("[data-testid=original]").textContent();
      assert.equal(panelText, text, "the panel holds exactly the original text");
      await screenshot(page, "16-original-open");

      // Clicking the last summary sentence scrolls the panel to its mark and focuses it.
      const last = sentences.length - 1;
      await doc.locator("[data-testid=sentence-text]").nth(last).click();
      await page.waitForFunction((i) => document.activeElement?.dataset.sentence === String(i), last);
      await page.waitForFunction(() => {
        const mark = document.activeElement;
        const panel = mark.closest("[data-testid=original]");
        const a = mark.getBoundingClientRect();
        const b = panel.getBoundingClientRect();
        return panel.scrollTop > 0 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
      });

      // "Why": features × weights add up to the score.
      const why = doc.locator("[data-testid=why]").first();
      await why.locator("[data-testid=why-toggle]").click();
      const rows = await why.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
      assert.equal(rows.length, 5, "five features");
      for (const [, value, weight, product] of rows) {
        assert.ok(Math.abs(Number(value) * Number(weight) - Number(product)) < 0.002, `${value} × ${weight} = ${product}`);
      }
      const total = Number(await why.locator("tfoot td").last().textContent());
      const sum = rows.reduce((n, r) => n + Number(r[3]), 0);
      assert.ok(Math.abs(sum - total) < 0.005, `contributions ${sum} add up to the score ${total}`);
      assert.match(await why.textContent(), /Key phrases in it: |none of the key phrases/);

      // The open "why" and the panel survive the slider.
      await page.locator("[data-testid=length-input]").fill("4");
      await page.waitForFunction(() => document.querySelectorAll("[data-testid=original-mark]").length === 4);
      assert.equal(await doc.locator("[data-testid=why]").first().evaluate((d) => d.open), true);
      await screenshot(page, "16-original-why");
    });
  });

  it("shows headlines in the headline style", async () => {
    await withPage("17-headline", async (page) => {
      const files = ["it_news_page.html", "it_plain.txt"];
      await page.locator("[data-testid=file-input]").setInputFiles(
        files.map((name) => ({ name, mimeType: "text/plain", buffer: fixture(name) })),
      );
      await settled(page, 2);
      await page.locator("[data-testid=style]").selectOption("headline");
      const summarizer = await nodeSummarizer({ sentences: 3 });
      for (const name of files) {
        const expected = summarizer.summarize(fixture(name).toString("utf8"), { name });
        const want = squash(expected.headline ?? expected.title ?? "");
        const shown = squash(await card(page, name).locator("[data-testid=doc-headline]").textContent());
        assert.ok(shown.length > 0, `${name} has a headline`);
        if (expected.headline != null) assert.equal(shown, want, `${name}: result.headline`);
        assert.equal(await card(page, name).locator("[data-testid=summary-sentence]").count(), 0);
      }
      await page.locator("[data-testid=copy-text]").click();
      await page.waitForFunction(() => /copied/i.test(document.querySelector("[data-testid=status]").textContent));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const headline = squash(await card(page, files[0]).locator("[data-testid=doc-headline]").textContent());
      assert.ok(copied.includes(headline), "the copy is the headline");
      await page.locator("[data-testid=style]").selectOption("bullets");
      assert.equal(await page.locator("ul[data-testid=doc-summary]").count(), 2);
    });
  });

  it("summarizes HTML pasted from the clipboard without the page's boilerplate", async () => {
    await withPage("18-html-paste", async (page) => {
      const html = fixture("en_news_page.html").toString("utf8");
      const plain = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, "").replace(/<[^>]+>/g, " ").replace(/&[a-z]+;/g, "'").replace(/[ \t]+/g, " ");
      await page.locator("[data-testid=paste-input]").focus();
      await page.evaluate(
        ({ html, plain }) => {
          const data = new DataTransfer();
          data.setData("text/html", html);
          data.setData("text/plain", plain);
          const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
          document.querySelector("[data-testid=paste-input]").dispatchEvent(event);
        },
        { html, plain },
      );
      const cards = await settled(page, 1);
      assert.equal(await page.locator("[data-testid=paste-input]").inputValue(), plain, "the box shows the plain text");
      await assertSummarized(cards.first(), "pasted HTML");
      assert.match(await cards.first().locator("[data-testid=doc-meta]").textContent(), /read as a web page/);
      const summary = (await sentencesOf(cards.first())).join(" ");
      assert.match(summary, /boil/i, summary);
      for (const boilerplate of ["cookies", "Subscribe", "newsletter", "Related stories", "Advertisement", "Accept all", "Share this"]) {
        assert.ok(!summary.includes(boilerplate), `no "${boilerplate}" in ${summary}`);
      }
      assert.match(await cards.first().locator("[data-testid=doc-title]").textContent(), /Ashcombe residents/);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);

      // After a reload the HTML is still kept for the restored text.
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.engine === "ready");
      await page.locator("[data-testid=summarize-button]").click();
      const again = await settled(page, 1);
      assert.match(await again.first().locator("[data-testid=doc-meta]").textContent(), /read as a web page/);
    });
  });

  it("shows progress for a large text, stays responsive, and cancels", async () => {
    await withPage("19-cancel", async (page) => {
      const paste = (text) =>
        page.locator("[data-testid=paste-input]").evaluate((box, value) => {
          box.value = value; // Playwright's fill is slow with a megabyte
          box.dispatchEvent(new Event("input", { bubbles: true }));
        }, text);
      const english = (bytes) => {
        const parts = [];
        for (let i = 0, n = 0; n < bytes; i++) {
          parts.push(`${ENGLISH.replaceAll(".", ` ${i}.`)}\n`);
          n += parts[parts.length - 1].length;
        }
        return parts.join("");
      };
      // Cancel: a text large enough to take seconds, cancelled as soon as the work shows.
      const big = english(10_000_000);
      await paste(big);
      await page.locator("[data-testid=summarize-button]").click();
      const busy = page.locator("[data-testid=busy]");
      await busy.waitFor({ state: "visible", timeout: 1000 });
      assert.equal(await page.locator("[data-testid=progress]").evaluate((p) => p.position), -1, "indeterminate");
      assert.match(await page.locator("[data-testid=busy-text]").textContent(), /Pasted text/);
      assert.equal(await page.locator("[data-testid=doc]").getAttribute("data-state"), "loading");
      await page.locator("[data-testid=cancel-button]").click();
      const cards = await settled(page, 1);
      assert.match(await cards.first().locator("[data-testid=doc-error]").textContent(), /Pasted text was cancelled/);
      assert.ok(await busy.isHidden());
      assert.match(await page.locator("[data-testid=status]").textContent(), /cancelled/);
      assert.ok((await page.locator("[data-testid=paste-input]").inputValue()) === big, "the text is still there");

      // A fresh worker answers at once.
      await page.locator("[data-testid=file-input]").setInputFiles([{ name: "after.txt", mimeType: "text/plain", buffer: Buffer.from(ITALIAN) }]);
      await settled(page, 2);
      await assertSummarized(card(page, "after.txt"), "after.txt");

      // Responsive: while the worker summarises 1.2 MB, the page's timers fire on time (the
      // work may end inside the window; the page must not stall either way).
      await paste(english(1_200_000));
      await page.locator("[data-testid=summarize-button]").click();
      await busy.waitFor({ state: "visible", timeout: 1000 });
      // (the picture of the progress bar, if the work is still going when it is taken)
      await busy.screenshot({ path: path.join(ARTIFACTS, "19-progress.png"), timeout: 2000 }).catch(() => {});
      const longestGap = await page.evaluate(
        () =>
          new Promise((resolve) => {
            let last = performance.now();
            let longest = 0;
            const timer = setInterval(() => {
              const now = performance.now();
              longest = Math.max(longest, now - last);
              last = now;
            }, 20);
            setTimeout(() => {
              clearInterval(timer);
              resolve(longest);
            }, 300);
          }),
      );
      assert.ok(longestGap < 250, `the page stays responsive (longest pause ${longestGap.toFixed(0)} ms)`);
      await busy.waitFor({ state: "hidden", timeout: 30_000 });
    });
  });

  it("gives up on a worker that does not answer in time, names the document, and carries on", async () => {
    const setup = async (page) => {
      // A 2 s limit instead of 15 s, and a worker that hangs on one marked text.
      await page.route("**/www/main.js", (route) =>
        route.fulfill({
          contentType: "text/javascript",
          body: 'import { startApp } from "./app.js"; import { SummarizerClient } from "./client.js"; startApp(new SummarizerClient({ timeoutMs: 2000 }));',
        }),
      );
      await page.route("**/www/worker.js", async (route) => {
        const real = await route.fetch();
        const hang = 'self.addEventListener("message", (e) => { if (String(e.data?.text ?? "").includes("SUNTO-HANG")) { for (;;) {} } });\n';
        route.fulfill({ response: real, body: hang + (await real.text()) });
      });
    };
    await withPage(
      "20-timeout",
      async (page) => {
        await page.locator("[data-testid=file-input]").setInputFiles([
          { name: "stuck.txt", mimeType: "text/plain", buffer: Buffer.from(`SUNTO-HANG ${ENGLISH}`) },
          { name: "fine.txt", mimeType: "text/plain", buffer: Buffer.from(ITALIAN) },
        ]);
        await settled(page, 2);
        const message = await card(page, "stuck.txt").locator("[data-testid=doc-error]").textContent();
        assert.match(message, /stuck\.txt took longer than 2 seconds/, message);
        assert.equal(await card(page, "stuck.txt").locator("[data-testid=doc-retry]").count(), 1);
        await assertSummarized(card(page, "fine.txt"), "fine.txt (after the worker was replaced)");
        assert.match(await page.locator("[data-testid=status]").textContent(), /stuck\.txt/);
      },
      { setup },
    );
  });

  it("logged no console errors, page errors or foreign requests", () => {
    assert.deepEqual(problems, []);
  });
});
