// The module worker that owns the wasm. Protocol (DESIGN.md, "Worker messages"):
//   page → worker: { id, type: "summarize", text, name, options }
//                  { id, type: "summarizeMany", docs: [{ text, name }], options }
//                  { id, type: "decode", bytes }            (bytes: an ArrayBuffer, transferred)
//                  { id, type: "module" }                   (result: the compiled WebAssembly.Module)
//   worker → page: { id, ok: true, result } | { id, ok: false, error }
//   once:          { type: "ready", capabilities: { summarizeMany, decode, module } } | { type: "fatal", error }
// An error reply also carries `crashed: true` when the wasm trapped (a Rust panic): the instance
// may be left inconsistent, so the page should start a fresh worker for what follows.
//
// The glue is imported dynamically so that a missing or broken pkg/ becomes a "fatal" message
// instead of a worker that dies before it can say anything. The work itself is in engine.js.
// The wasm is compiled here, not by the glue, so that the page can have the compiled module
// ("module"): a second instance on the page's thread then costs no download and no compiling,
// and the browser shares the compiled code between the two (local-engine.js).

import { createEngine, errorMessage } from "./engine.js";

let started = null;

/** Loads the glue and the wasm once; every caller shares the same promise. */
function start() {
  started ??= (async () => {
    const glue = await import("../pkg/sunto.js");
    const module = await compile(new URL("../pkg/sunto_bg.wasm", import.meta.url));
    await glue.default({ module_or_path: module });
    const engine = createEngine(glue);
    return { engine, module, capabilities: { ...engine.capabilities, module: true } };
  })();
  return started;
}

/** The wasm at `url`, compiled while it downloads when the server says what it is. */
async function compile(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`failed to fetch Wasm: ${response.status} ${response.statusText} fetching '${response.url}'`);
  const type = (response.headers.get("Content-Type") ?? "").split(";")[0].trim();
  if (type === "application/wasm" && typeof WebAssembly.compileStreaming === "function") {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

async function handle(data) {
  const id = data?.id;
  try {
    const { engine, module } = await start();
    self.postMessage({ id, ok: true, result: data?.type === "module" ? module : engine.run(data) });
  } catch (e) {
    const crashed = e instanceof WebAssembly.RuntimeError;
    self.postMessage({ id, ok: false, error: errorMessage(e), ...(crashed && { crashed }) });
  }
}

self.addEventListener("message", (event) => {
  handle(event.data);
});

start().then(
  ({ capabilities }) => self.postMessage({ type: "ready", capabilities }),
  (e) => self.postMessage({ type: "fatal", error: errorMessage(e) }),
);
