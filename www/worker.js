// The module worker that owns the wasm. Protocol (DESIGN.md, "Worker messages"):
//   page → worker: { id, type: "summarize", text, name, options }
//   worker → page: { id, ok: true, result } | { id, ok: false, error }
//   once:          { type: "ready" } | { type: "fatal", error }
// An error reply also carries `crashed: true` when the wasm trapped (a Rust panic): the instance
// may be left inconsistent, so the page should start a fresh worker for what follows.
//
// The glue is imported dynamically so that a missing or broken pkg/ becomes a "fatal" message
// instead of a worker that dies before it can say anything.

/** At most this many Summarizers (one per distinct options) are kept alive. */
const MAX_SUMMARIZERS = 16;

let started = null;
const summarizers = new Map(); // options JSON → Summarizer, oldest first

/** Loads the glue and the wasm once; every caller shares the same promise. */
function start() {
  started ??= (async () => {
    const glue = await import("../pkg/sunto.js");
    await glue.default();
    return glue;
  })();
  return started;
}

function message(e) {
  return String((e && e.message) || e);
}

function summarizerFor(glue, options) {
  const key = JSON.stringify(options ?? {});
  let summarizer = summarizers.get(key);
  if (summarizer) {
    summarizers.delete(key); // re-insert below: most recently used last
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

/** The result as a plain, cloneable object whatever the glue returned. */
function plain(result) {
  if (typeof result === "string") return JSON.parse(result);
  if (result && typeof result.toJSON === "function") return result.toJSON();
  return result;
}

async function handle(data) {
  const id = data?.id;
  try {
    if (data?.type !== "summarize") throw new Error(`unknown message type: ${data?.type}`);
    if (typeof data.text !== "string") throw new Error("text must be a string");
    const glue = await start();
    const summarizer = summarizerFor(glue, data.options);
    const result = plain(summarizer.summarize(data.text, data.name ? { name: data.name } : {}));
    self.postMessage({ id, ok: true, result });
  } catch (e) {
    const crashed = e instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, ok: false, error: message(e), ...(crashed && { crashed }) });
  }
}

self.addEventListener("message", (event) => {
  handle(event.data);
});

start().then(
  () => self.postMessage({ type: "ready" }),
  (e) => self.postMessage({ type: "fatal", error: message(e) }),
);
