// What the worker does with a message, apart from the messaging: shared by worker.js and by the
// single-file build (dist/sunto.html), which runs the same code on the page's thread.
//
//   const engine = createEngine(glue);          // glue: the module pkg/sunto.js, initialised
//   engine.capabilities                         // { summarizeMany: bool, decode: bool }
//   engine.run({ type: "summarize", text, name, options })      // → result, or throws
//   engine.run({ type: "summarizeMany", docs, options })         // → { groups }
//   engine.run({ type: "decode", bytes })                        // → { text, encoding }
//   engine.quick(text, name, options)     // → the result at once if `text` was the last one
//                                         //   summarised, read the same way; else null
//
// Message shapes: DESIGN.md, "Worker messages". A glue without `summarizeMany` or `decode` (an
// older build) still works: `capabilities` says what is missing, and `decode` falls back to the
// decoder in files.js.

import { decodeOrThrow } from "./files.js";

/** A few sentences in Italian and English, summarised once when the engine starts. */
const WARM_UP =
  "Il consiglio comunale ha approvato ieri il nuovo piano dei trasporti. Le linee di autobus " +
  "saranno tre. The council approved the new transport plan yesterday. There will be three bus " +
  "lines, and the work starts in spring.";

/** At most this many Summarizers (one per distinct options) are kept alive. */
const MAX_SUMMARIZERS = 16;

/**
 * Longest text quick() answers for (UTF-16 units): the core keeps the analysis of texts up to
 * 1 MiB of UTF-8, and again at 200,000 characters costs about 3 ms on a slow machine.
 */
export const QUICK_MAX_CHARS = 200_000;

/**
 * quick() calls slower than this, SLOW_QUICK_CALLS of them in a row, mean the core does not reuse
 * its analysis after all (a core that keys its reuse differently): quick() then answers null
 * from then on. One slow call alone may be the machine being busy.
 */
const QUICK_MAX_MS = 16;
const SLOW_QUICK_CALLS = 3;

/**
 * What decides how the core reads a text, apart from the text itself: its analysis is reused for
 * another length only when these are the same (the name gives the format by its extension).
 */
function readingOf(name, options) {
  return JSON.stringify([name ?? null, options?.format ?? null, options?.language ?? null, options?.keywords ?? null]);
}

export function createEngine(glue) {
  const summarizers = new Map(); // options JSON → Summarizer, oldest first
  // The text the core analysed last and how it read it: the core keeps that analysis, so the
  // same text again at another length costs only a ranking and a selection.
  let last = null; // { text, reading }
  let slowCalls = 0; // quick() calls slower than QUICK_MAX_MS in a row

  function summarizerFor(options) {
    const key = JSON.stringify(options ?? {});
    let summarizer = summarizers.get(key);
    if (summarizer) {
      summarizers.delete(key); // re-inserted below: most recently used last
    } else {
      summarizer = new glue.Summarizer(options ?? {});
      if (summarizers.size >= MAX_SUMMARIZERS) {
        const [oldestKey, oldest] = summarizers.entries().next().value;
        summarizers.delete(oldestKey);
        oldest.free?.();
      }
    }
    summarizers.set(key, summarizer);
    return summarizer;
  }

  const capabilities = {
    summarizeMany: typeof glue.Summarizer?.prototype?.summarizeMany === "function",
    decode: typeof glue.decode === "function",
  };

  function run(data) {
    switch (data?.type) {
      case "summarize": {
        if (typeof data.text !== "string") throw new Error("text must be a string");
        const summarizer = summarizerFor(data.options);
        last = null;
        const result = plain(summarizer.summarize(data.text, data.name ? { name: data.name } : {}));
        last = { text: data.text, reading: readingOf(data.name, data.options) };
        return result;
      }
      case "summarizeMany": {
        last = null; // the core's reuse entry may hold another text now
        if (!Array.isArray(data.docs)) throw new Error("docs must be an array");
        if (!capabilities.summarizeMany) throw new Error("this build of sunto has no summarizeMany");
        const docs = data.docs.map((d) => (d.name ? { text: String(d.text), name: d.name } : { text: String(d.text) }));
        return plain(summarizerFor(data.options).summarizeMany(docs));
      }
      case "decode": {
        const bytes = data.bytes instanceof Uint8Array ? data.bytes : new Uint8Array(data.bytes);
        return plain(capabilities.decode ? glue.decode(bytes) : decodeOrThrow(bytes));
      }
      default:
        throw new Error(`unknown message type: ${data?.type}`);
    }
  }

  /**
   * The summary of `text` at once when that is cheap: `text` is the last text summarised, read the
   * same way (name, format, language, key phrases), so only the ranking and the selection run.
   * Else null, and nothing runs.
   */
  function quick(text, name, options) {
    if (last === null || slowCalls >= SLOW_QUICK_CALLS || text.length > QUICK_MAX_CHARS) return null;
    if (last.text !== text || last.reading !== readingOf(name, options)) return null;
    const start = performance.now();
    const result = run({ type: "summarize", text, name, options });
    slowCalls = performance.now() - start > QUICK_MAX_MS ? slowCalls + 1 : 0;
    return result;
  }

  // One short summary right after loading: WebAssembly compiles in tiers, and the first real
  // request would otherwise pay for the warm-up (the first drop took about three times the next).
  try {
    summarizerFor({}).summarize(WARM_UP, {});
  } catch {
    // a warm-up that fails changes nothing: the real request reports its own error
  }

  return { capabilities, run, quick };
}

/** The result as a plain, cloneable object whatever the glue returned. */
function plain(result) {
  if (typeof result === "string") return JSON.parse(result);
  if (result && typeof result.toJSON === "function") return result.toJSON();
  return result;
}

/** An error's message, for the page. */
export function errorMessage(e) {
  return String((e && e.message) || e);
}
