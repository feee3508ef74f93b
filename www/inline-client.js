// The same promise API as client.js, for the single-file build (dist/sunto.html): there is no
// separate worker file to start there, so the wasm runs on the page's own thread. Requests run
// one at a time, each after the browser has had a chance to paint (so the progress bar shows);
// `cancel()` drops the requests still waiting, but cannot stop one already running.
// `summarizeNow` answers at once for the text summarised last (the core reuses its analysis), as
// client.js's does; `prepare` has nothing to do here, the text was analysed on this thread.
//
//   const client = new InlineClient(wasmBytes);     // the bytes of sunto_bg.wasm
//   await client.ready();

import * as glue from "../pkg/sunto.js";
import { createEngine } from "./engine.js";

export class InlineClient {
  #engine = null;
  #started;
  #tail = Promise.resolve(); // the last request in line
  #generation = 0; // bumped by cancel(): requests from an older generation are dropped

  constructor(wasmBytes) {
    this.#started = (async () => {
      // Compiled asynchronously: Chromium refuses to compile a large module synchronously on
      // the main thread, so initSync gets a ready WebAssembly.Module.
      const module = await WebAssembly.compile(wasmBytes);
      glue.initSync({ module });
      this.#engine = createEngine(glue);
    })();
  }

  ready() {
    return this.#started;
  }

  get capabilities() {
    return this.#engine?.capabilities ?? null;
  }

  /** No time limit here: the page's own thread cannot be interrupted. */
  get timeoutMs() {
    return Infinity;
  }

  prepare() {}

  /** The summary at once when the text was the last one summarised, read the same way; else null. */
  summarizeNow(text, name, options) {
    try {
      return this.#engine?.quick(text, name ?? null, options ?? {}) ?? null;
    } catch {
      return null; // the request through summarize() reports the error
    }
  }

  summarize(text, name, options, { signal } = {}) {
    return this.#run({ type: "summarize", text, name: name ?? null, options: options ?? {} }, signal);
  }

  summarizeMany(docs, options, { signal } = {}) {
    return this.#run({ type: "summarizeMany", docs, options: options ?? {} }, signal);
  }

  decode(bytes, { signal } = {}) {
    return this.#run({ type: "decode", bytes: new Uint8Array(bytes) }, signal);
  }

  cancel() {
    this.#generation++;
  }

  terminate() {
    this.#generation++;
  }

  #run(message, signal) {
    const generation = this.#generation;
    const result = this.#tail.then(async () => {
      await this.#started;
      await nextPaint();
      if (signal?.aborted || generation !== this.#generation) {
        throw new DOMException("cancelled", "AbortError");
      }
      return this.#engine.run(message);
    });
    this.#tail = result.catch(() => {});
    return result;
  }
}

/** Resolves after the browser has painted a frame (or after 50 ms when it does not paint). */
function nextPaint() {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
