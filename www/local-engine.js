// A second copy of the summarizer on the page's own thread, for the one request that costs little
// there: the text it analysed last, again at another length (the length slider). Answering that
// at once, inside the input event, lets the card change in the very frame that moves the slider,
// with no round trip to the worker and no second frame. Everything else, and the first, heavy
// analysis of every text, stays in the worker.
//
//   const local = new LocalEngine(() => client.module());   // the worker's compiled wasm, when asked
//   local.prepare(text, name, options);  // this text will be asked for again: analyse it here
//                                        // when the page is idle (texts up to QUICK_MAX_CHARS)
//   local.summarize(text, name, options);   // → the result at once, or null: ask the worker
//
// The wasm module comes compiled from the worker (worker.js, "module"), so this instance costs no
// download and no compiling (the browser shares the compiled code between the two). Whatever fails
// here (no module, no glue, a trap) only turns this copy off, or leaves it for the next prepare()
// when loading was interrupted (the worker replaced meanwhile): the worker answers as before.

import { createEngine, QUICK_MAX_CHARS } from "./engine.js";

/** How long the browser may keep the idle-time analysis waiting. */
const IDLE_TIMEOUT_MS = 1000;

/** Loading fails this many times (the worker cancelled or replaced each time), then it is given up. */
const MAX_LOAD_FAILURES = 3;

export class LocalEngine {
  #loadModule;
  #engine = null;
  #loading = null; // the promise of #engine
  #failed = false;
  #loadFailures = 0;
  #wanted = null; // { text, name, options } to analyse here when idle
  #scheduled = false;

  /** `loadModule()` resolves to the compiled WebAssembly.Module of pkg/sunto_bg.wasm. */
  constructor(loadModule) {
    this.#loadModule = loadModule;
  }

  /**
   * The summary of `text` at once, when this copy analysed that text last (read the same way):
   * only the ranking and the selection run, about a millisecond for a 50 KB article. Else null.
   */
  summarize(text, name, options) {
    if (!this.#engine) return null;
    try {
      return this.#engine.quick(text, name, options);
    } catch {
      this.#turnOff(); // a trap may leave the instance inconsistent
      return null;
    }
  }

  /** Analyses `text` here when the page is next idle, so that summarize() can answer for it. */
  prepare(text, name, options) {
    if (this.#failed || typeof text !== "string" || text.length > QUICK_MAX_CHARS) return;
    this.#wanted = { text, name, options };
    if (this.#scheduled) return;
    this.#scheduled = true;
    whenIdle(() => this.#analyse());
  }

  async #analyse() {
    try {
      let engine;
      try {
        engine = await this.#load();
      } catch {
        this.#loading = null; // another prepare() tries again
        if (++this.#loadFailures >= MAX_LOAD_FAILURES) this.#turnOff();
        return;
      }
      await new Promise((resolve) => whenIdle(resolve)); // loading took a while: idle again?
      const wanted = this.#wanted;
      this.#wanted = null;
      if (!wanted || this.#engine !== engine) return;
      if (engine.quick(wanted.text, wanted.name, wanted.options)) return; // analysed already
      engine.run({ type: "summarize", text: wanted.text, name: wanted.name, options: wanted.options });
    } catch {
      this.#turnOff();
    } finally {
      this.#scheduled = false;
      if (this.#wanted && !this.#failed) this.prepare(this.#wanted.text, this.#wanted.name, this.#wanted.options);
    }
  }

  #load() {
    this.#loading ??= (async () => {
      const [glue, module] = await Promise.all([import("../pkg/sunto.js"), this.#loadModule()]);
      await glue.default({ module_or_path: module });
      this.#engine = createEngine(glue);
      return this.#engine;
    })();
    return this.#loading;
  }

  #turnOff() {
    this.#failed = true;
    this.#engine = null;
    this.#wanted = null;
  }
}

/** Runs `callback` when the page is idle (soon, where requestIdleCallback does not exist). */
function whenIdle(callback) {
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => callback(), { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(callback, 50);
}
