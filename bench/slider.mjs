// The page's length slider in Chromium: a 50 KB article in one card, then the slider moved from
// one position to another. Each move is timed inside the page, from the "input" event to the
// first frame after the card shows the new number of summary sentences (the worker's answer,
// the card re-rendered with its highlights, and the paint). Checks that every move shows the
// number of sentences asked for, so a fast wrong answer fails.
//
//   node bench/slider.mjs [FILE]     (default: the samples of ../shared/samples made into
//                                     50 KB, as bench/wasm_speed.mjs builds it; else the fixtures)
//
// Needs pkg/ (bash scripts/build.sh) and Chromium (bash scripts/setup.sh).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, launch } from "../tests/e2e/static-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET = 50_000;

function article() {
  if (process.argv[2]) return readFileSync(process.argv[2], "utf8");
  const samples = join(root, "..", "shared", "samples");
  const files = existsSync(samples)
    ? readdirSync(samples).filter((f) => f.endsWith(".txt")).sort().map((f) => join(samples, f))
    : ["it_plain.txt", "it_pasted_web.txt", "en_pasted_web.txt"].map((f) => join(root, "tests", "fixtures", f));
  const base = files.map((f) => readFileSync(f, "utf8")).join("\n\n");
  // distinct copies: each sentence of copy i starts with a made-up word of its own
  const parts = [base];
  for (let i = 1; parts.join("\n\n").length < TARGET; i++) {
    const w = `Zq${"bcdfglmnprstvz"[i % 14]}${"aeiou"[i % 5]}`;
    parts.push(base.replace(/(^|(?<=[.!?] ))(?=\S)/gm, `${w} `));
  }
  const text = parts.join("\n\n");
  return text.slice(0, text.indexOf("\n\n", TARGET) + 1 || text.length);
}

const text = article();
const server = await serve(root);
const browser = await launch();
try {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${server.origin}/www/`);
  await page.waitForFunction(() => document.documentElement.dataset.engine === "ready");
  await page.locator("[data-testid=file-input]").setInputFiles([
    { name: "article.txt", mimeType: "text/plain", buffer: Buffer.from(text, "utf8") },
  ]);
  await page.waitForFunction(() => {
    const card = document.querySelector("[data-testid=doc]");
    return card && card.dataset.state === "done";
  });
  const positions = [5, 2, 8, 3, 10, 1, 6, 4, 9, 7];
  const moves = [];
  for (let round = 0; round < 3; round++) {
    for (const n of positions) {
      const ms = await page.evaluate(
        (n) =>
          new Promise((resolve, reject) => {
            const card = document.querySelector("[data-testid=doc]");
            const slider = document.querySelector("[data-testid=length-input]");
            const shown = () =>
              card.dataset.state === "done" && card.querySelectorAll("[data-testid=summary-sentence]").length === n;
            if (shown()) return reject(new Error(`already ${n}`));
            const t0 = performance.now();
            const timer = setTimeout(() => reject(new Error(`no ${n}-sentence summary after 10 s`)), 10_000);
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              observer.disconnect();
              clearTimeout(timer);
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(card, { subtree: true, childList: true, attributes: true });
            slider.value = String(n);
            slider.dispatchEvent(new Event("input", { bubbles: true }));
          }),
        n,
      );
      if (round > 0) moves.push(ms); // the first round warms the page's code
    }
  }
  moves.sort((a, b) => a - b);
  const median = moves[moves.length >> 1];
  const p90 = moves[Math.floor(moves.length * 0.9)];
  console.log(
    `slider in Chromium, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB article: ` +
      `median ${median.toFixed(1)} ms, 90th percentile ${p90.toFixed(1)} ms, fastest ${moves[0].toFixed(1)} ms ` +
      `(${moves.length} moves; one frame is 16.7 ms)`,
  );
} finally {
  await browser.close();
  await server.close();
}
