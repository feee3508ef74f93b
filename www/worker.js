// The module worker that owns the wasm. Protocol (DESIGN.md, "Worker messages"):
//   page → worker: { id, type: "summarize", text, name, options }
//                  { id, type: "summarizeMany", docs: [{ text, name }], options }
//                  { id, type: "decode", bytes }            (bytes: an ArrayBuffer, transferred)
//   worker → page: { id, ok: true, result } | { id, ok: false, error }
//   once:          { type: "ready", capabilities: { summarizeMany, decode } } | { type: "fatal", error }
// An error reply also carries `crashed: true` when the wasm trapped (a Rust panic): the instance
// may be left inconsistent, so the page should start a fresh worker for what follows.
//
// The glue is imported dynamically so that a missing or broken pkg/ becomes a "fatal" message
// instead of a worker that dies before it can say anything. The work itself is in engine.js.

import { createEngine, errorMessage } from "./engine.js";

let started = null;

/** Loads the glue and the wasm once; every caller shares the same promise. */
function start() {
  started ??= (async () => {
    const glue = await import("../pkg/sunto.js");
    await glue.default();
    return createEngine(glue);
  })();
  return started;
}

async function handle(data) {
  const id = data?.id;
  try {
    const engine = await start();
    self.postMessage({ id, ok: true, result: engine.run(data) });
  } catch (e) {
    const crashed = e instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, ok: false, error: errorMessage(e), ...(crashed && { crashed }) });
  }
}

self.addEventListener("message", (event) => {
  handle(event.data);
});

start().then(
  (engine) => self.postMessage({ type: "ready", capabilities: engine.capabilities }),
  (e) => self.postMessage({ type: "fatal", error: errorMessage(e) }),
);
