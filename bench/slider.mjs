// The page's length slider in Chromium: a 50 KB article in one card, then the slider moved from
// one position to another, first with the card as it opens (the summary) and then with the
// original text shown (the whole article, its summary sentences marked). Every move checks that
// the card shows exactly the number of sentences asked for (and as many marks in the original),
// so a fast wrong answer fails.
//
// Chromium delivers the "input" events of a dragged slider at the start of a frame, so each move
// dispatches its event inside a requestAnimationFrame callback and reports:
//   work     from the event to the card showing the new summary with its layout done (the page's
//            answer to the event, the summarizer, the card's re-render, style and layout; layout is
//            forced when the card first shows the new number of sentences). Once the page's own
//            copy of the wasm has analysed the text (www/local-engine.js, when the page is first
//            idle), the summarizer runs inside the input event; before that, in the worker;
//   frames   how many frames after the event's own frame the first one that can show the update
//            comes: 1 means the update was ready before the next frame began, i.e. within one
//            frame (16.7 ms at 60 Hz). Frame times are the requestAnimationFrame timestamps; a
//            frame that begins late because the page was still busy counts as the one after;
//   at once  whether the card showed the new summary when the event's dispatch returned (answered
//            on the page's thread, not by the worker);
// and, for comparison with earlier figures, moves with the event dispatched at a random moment:
//   old      from the event to the first requestAnimationFrame after the card shows the update.
//            This includes a wait for the next frame of up to one frame (uniform over 0–16.7 ms)
//            that no page work can remove.
// Median and 90th percentile of 20 moves each (a first round of 10 warms the page's code; more
// rounds follow, for up to 10 s, until one ends with a move answered at once, so that the figures
// are of the page as it answers once settled).
//
//   node bench/slider.mjs [FILE]     (default: the samples of ../shared/samples made into
//                                     50 KB, as bench/wasm_speed.mjs builds it; else the fixtures)
//
// Needs pkg/ (bash scripts/build.sh) and Chromium (bash scripts/setup.sh).
import { readFileSync } from "node:fs";
import { articleFiles, openPage } from "./inputs.mjs";

const TARGET = 50_000;
const POSITIONS = [5, 2, 8, 3, 10, 1, 6, 4, 9, 7];
const ROUNDS = 3; // the first warms up

function article() {
  if (process.argv[2]) return readFileSync(process.argv[2], "utf8");
  const files = articleFiles([]);
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

/**
 * One move of the slider to `n`, timed in the page. `aligned`: dispatch the event at the start of
 * a frame (in a requestAnimationFrame callback) rather than whenever this script gets to it.
 * Resolves to { work, old, frames } in milliseconds and frames (frames is null when not aligned).
 */
function move(page, n, aligned, frameMs) {
  return page.evaluate(
    ({ n, aligned, frameMs }) =>
      new Promise((resolve, reject) => {
        const card = document.querySelector("[data-testid=doc]");
        const slider = document.querySelector("[data-testid=length-input]");
        const withOriginal = card.querySelector("[data-testid=original]") != null;
        const count = (testid) => card.querySelectorAll(`[data-testid=${testid}]`).length;
        const shown = () =>
          card.dataset.state === "done" &&
          count("summary-sentence") === n &&
          (!withOriginal || (count("original") === 1 && count("original-mark") === n));
        if (shown()) return reject(new Error(`already ${n}`));
        const start = (frameTime) => {
          const t0 = performance.now();
          const timer = setTimeout(() => reject(new Error(`no ${n}-sentence summary after 10 s`)), 10_000);
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            clearTimeout(timer);
            card.getBoundingClientRect(); // style and layout, now rather than in the next frame
            const ready = performance.now();
            requestAnimationFrame((nextFrameTime) =>
              resolve({
                atOnce,
                work: ready - t0,
                old: performance.now() - t0,
                // The first frame that begins after the update is ready: a frame whose start the
                // page's work delayed (Chromium keeps its time) counts as the one after it.
                frames:
                  frameTime == null
                    ? null
                    : Math.max(Math.round((nextFrameTime - frameTime) / frameMs), Math.ceil((ready - frameTime) / frameMs)),
              }),
            );
          });
          observer.observe(card, { subtree: true, childList: true, attributes: true, characterData: true });
          slider.value = String(n);
          slider.dispatchEvent(new Event("input", { bubbles: true }));
          atOnce = shown();
        };
        let atOnce = false;
        if (aligned) requestAnimationFrame(start);
        else start(null);
      }),
    { n, aligned, frameMs },
  );
}

/** The slider moved through POSITIONS, ROUNDS times; the moves after the first round. */
async function moves(page, aligned, frameMs) {
  const kept = [];
  const until = Date.now() + 10_000;
  for (let round = 0; round < ROUNDS; round++) {
    for (const n of POSITIONS) {
      const m = await move(page, n, aligned, frameMs);
      if (round > 0) kept.push(m);
    }
    // More rounds, not kept, until one ends with a move answered at once.
    while (round === 0 && Date.now() < until) {
      let atOnce = false;
      for (const n of POSITIONS) atOnce = (await move(page, n, aligned, frameMs)).atOnce;
      if (atOnce) break;
    }
  }
  return kept;
}

const quantile = (xs, q) => {
  const sorted = xs.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
};
const ms = (xs) => `median ${quantile(xs, 0.5).toFixed(1)} ms, 90th percentile ${quantile(xs, 0.9).toFixed(1)} ms`;

function report(label, alignedMoves, randomMoves) {
  const frames = alignedMoves.map((m) => m.frames);
  const next = frames.filter((f) => f <= 1).length;
  console.log(`  ${label}:`);
  console.log(`    work, input → card updated and laid out: ${ms(alignedMoves.map((m) => m.work))}`);
  console.log(`    answered within the input event: ${alignedMoves.filter((m) => m.atOnce).length} of ${alignedMoves.length} moves`);
  console.log(
    `    shown in the next frame: ${next} of ${frames.length} moves ` +
      `(frames after the input's: median ${quantile(frames, 0.5)}, 90th percentile ${quantile(frames, 0.9)}, ` +
      `most ${Math.max(...frames)})`,
  );
  console.log(`    old figure, input at a random moment → next frame after the update: ${ms(randomMoves.map((m) => m.old))}`);
}

const text = article();
const { page, close } = await openPage();
try {
  await page.locator("[data-testid=file-input]").setInputFiles([
    { name: "article.txt", mimeType: "text/plain", buffer: Buffer.from(text, "utf8") },
  ]);
  await page.waitForFunction(() => {
    const card = document.querySelector("[data-testid=doc]");
    return card && card.dataset.state === "done";
  });
  // The frame interval, from 30 frames of requestAnimationFrame.
  const frameMs = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const times = [];
        const tick = (time) => {
          times.push(time);
          if (times.length < 31) return requestAnimationFrame(tick);
          const gaps = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
          resolve(gaps[gaps.length >> 1]);
        };
        requestAnimationFrame(tick);
      }),
  );
  console.log(
    `slider in Chromium, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB article ` +
      `(${POSITIONS.length * (ROUNDS - 1)} moves per figure; one frame is ${frameMs.toFixed(1)} ms):`,
  );
  report("summary", await moves(page, true, frameMs), await moves(page, false, frameMs));

  await page.locator("[data-testid=original-toggle]").click();
  await page.locator("[data-testid=original-mark]").first().waitFor();
  report("summary and the original text shown", await moves(page, true, frameMs), await moves(page, false, frameMs));
} finally {
  await close();
}
