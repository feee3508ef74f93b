// The wasm in Chromium, as the page runs it: each article summarised through the page's own worker
// (www/client.js and www/worker.js, the wasm loaded as the page loads it), and pasted into the page
// and summarised, from the click on "Summarize" to the card showing the summary; and, to compare
// with Node (bench/wasm_speed.mjs), the wasm package called directly on the page's thread.
//
//   alone    one Summarizer.summarize() call, as bench/wasm_speed.mjs times it in Node;
//   worker   one request through the page's SummarizerClient: the message to the worker, the
//            summary there, the result cloned back. The articles are asked for in turn, so no
//            request finds its text already analysed (the wasm keeps only the last text's
//            analysis). Chromium rounds performance.now() to 0.1 ms on a page that is not
//            cross-origin isolated, so each figure (here and for "alone") is a batch of 20 requests
//            divided by 20; the median of 9 batches, after 20 rounds that let V8 optimise the wasm;
//   pasted   the article pasted into the page's text box, then a click on "Summarize", to the card
//            showing the summary (state "done", its sentences in place): the worker, the page's
//            rendering and its layout. Median of 9, the articles again in turn.
// Every answer is checked (sentences asked for, the language found), so a fast wrong answer fails.
//
//   node bench/page_speed.mjs [FILE...]      (default: ../shared/samples/*.txt, else tests/fixtures)
//
// Needs pkg/ (bash scripts/build.sh) and Chromium (bash scripts/setup.sh).
import { readFileSync } from "node:fs";
import { articleFiles, openPage } from "./inputs.mjs";

const files = articleFiles();
if (files.length < 2) throw new Error("give at least two articles: they are asked for in turn");
const texts = files.map((f) => readFileSync(f, "utf8"));
const SENTENCES = 3; // the page's default length

const { page, close } = await openPage();
try {
  // In the page, for both "alone" and "worker": `ask(i)` summarises article i and checks the answer.
  // After 20 rounds of every article, each article's time: the median of 9 batches of 20 requests,
  // each request for it following one for another article, so that none finds its text analysed.
  await page.evaluate(() => {
    window.timeInTurn = async (count, ask) => {
      for (let round = 0; round < 20; round++) for (let i = 0; i < count; i++) await ask(i);
      const BATCH = 20;
      const figures = [];
      for (let i = 0; i < count; i++) {
        const batches = [];
        for (let b = 0; b < 9; b++) {
          let spent = 0;
          for (let k = 0; k < BATCH; k++) {
            await ask((i + 1) % count);
            const t0 = performance.now();
            await ask(i);
            spent += performance.now() - t0;
          }
          batches.push(spent / BATCH);
        }
        batches.sort((a, b) => a - b);
        figures.push(batches[4]);
      }
      return figures;
    };
  });

  const alone = await page.evaluate(
    async ({ texts, sentences }) => {
      const glue = await import("../pkg/sunto.js");
      await glue.default();
      const summarizer = new glue.Summarizer({ sentences });
      // synchronous: awaiting it adds only a microtask to the time of each call
      const figures = await window.timeInTurn(texts.length, (i) => {
        const summary = summarizer.summarize(texts[i]);
        if (summary.sentences.length !== sentences || !summary.language) {
          throw new Error(`article ${i}: no ${sentences}-sentence summary`);
        }
      });
      summarizer.free();
      return figures;
    },
    { texts, sentences: SENTENCES },
  );

  const worker = await page.evaluate(
    async ({ texts, sentences }) => {
      const { SummarizerClient } = await import("./client.js");
      const client = new SummarizerClient();
      await client.ready();
      const figures = await window.timeInTurn(texts.length, async (i) => {
        const result = await client.summarize(texts[i], `article-${i}.txt`, { sentences });
        const summary = result?.summary ?? result;
        if (summary?.sentences?.length !== sentences || !summary.language) {
          throw new Error(`article ${i}: no ${sentences}-sentence summary (${JSON.stringify(result).slice(0, 200)})`);
        }
      });
      client.terminate();
      return figures;
    },
    { texts, sentences: SENTENCES },
  );

  const pasted = [];
  for (let i = 0; i < texts.length; i++) pasted.push([]);
  for (let round = 0; round < 10; round++) {
    for (let i = 0; i < texts.length; i++) {
      await page.locator("[data-testid=paste-input]").fill(texts[i]);
      const ms = await page.evaluate(
        ({ sentences, text }) =>
          new Promise((resolve, reject) => {
            // the card shows this article's summary: as many sentences as asked, each from it
            const flat = (s) => s.replace(/\s+/g, " ").trim();
            const article = flat(text);
            const shown = () => {
              const card = document.querySelector("[data-testid=doc]");
              const got = card ? [...card.querySelectorAll("[data-testid=summary-sentence]")] : [];
              return (
                card?.dataset.state === "done" &&
                got.length === sentences &&
                got.every((s) => article.includes(flat(s.textContent).slice(0, 40)))
              );
            };
            if (shown()) return reject(new Error("the card already shows this article"));
            const timer = setTimeout(() => reject(new Error("no summary after 20 s")), 20_000);
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              const ms = performance.now() - t0;
              observer.disconnect();
              clearTimeout(timer);
              resolve(ms);
            });
            observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
            const t0 = performance.now();
            document.querySelector("[data-testid=summarize-button]").click();
          }),
        { sentences: SENTENCES, text: texts[i] },
      );
      if (round > 0) pasted[i].push(ms); // the first round warms the page up
    }
  }
  const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  console.log(`the wasm in Chromium (${SENTENCES}-sentence summaries; medians):`);
  files.forEach((f, i) => {
    const kb = (Buffer.byteLength(texts[i]) / 1024).toFixed(1);
    console.log(
      `article ${f.split("/").pop()} (${kb} KB): through the page's worker ${worker[i].toFixed(3)} ms, ` +
        `pasted to shown ${median(pasted[i]).toFixed(1)} ms; the wasm alone on the page's thread ${alone[i].toFixed(3)} ms`,
    );
  });
} finally {
  await close();
}
