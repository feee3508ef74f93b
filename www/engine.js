// What the worker does with a message, apart from the messaging: shared by worker.js and by the
// single-file build (dist/sunto.html), which runs the same code on the page's thread.
//
//   const engine = createEngine(glue);          // glue: the module pkg/sunto.js, initialised
//   engine.capabilities                         // { summarizeMany: bool, decode: bool }
//   engine.run({ type: "summarize", text, name, options })      // → result, or throws
//   engine.run({ type: "summarizeMany", docs, options })         // → { groups }
//   engine.run({ type: "decode", bytes })                        // → { text, encoding }
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

export function createEngine(glue) {
  const summarizers = new Map(); // options JSON → Summarizer, oldest first

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
        return plain(summarizer.summarize(data.text, data.name ? { name: data.name } : {}));
      }
      case "summarizeMany": {
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

  // One short summary right after loading: WebAssembly compiles in tiers, and the first real
  // request would otherwise pay for the warm-up (the first drop took about three times the next).
  try {
    summarizerFor({}).summarize(WARM_UP, {});
  } catch {
    // a warm-up that fails changes nothing: the real request reports its own error
  }

  return { capabilities, run };
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
