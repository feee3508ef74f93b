// A small promise API around worker.js. The page never talks to the worker directly.
//
//   const client = new SummarizerClient();          // or new SummarizerClient({ timeoutMs: 15000 })
//   await client.ready();                           // the wasm is loaded
//   const result = await client.summarize(text, "a.md", { sentences: 3 }, { signal });
//   const many = await client.summarizeMany([{ text, name }], { sentences: 3 }, { signal });
//   const { text, encoding } = await client.decode(arrayBuffer, { signal });   // transfers it
//   client.capabilities                             // { summarizeMany, decode, module } once ready
//   client.cancel();                                // stop everything, start a fresh worker
//   client.prepare(text, "a.md", options);          // this text will come again at other lengths
//   client.summarizeNow(text, "a.md", options);     // → the result at once, or null
//
// Requests go to the worker one at a time, in order, so the time limit measures the request the
// worker is really working on. A request the worker does not answer within `timeoutMs` rejects
// with an Error named "TimeoutError", and the worker is replaced (its wasm may be stuck in a loop);
// the requests after it go to the new one. An aborted request rejects at once with an AbortError;
// if the worker has been on it for a while, the worker is replaced rather than waited for.
// When the wasm cannot load, every request rejects with that error. When the wasm traps, that
// request rejects and the worker is replaced for the ones after it.
//
// `prepare` and `summarizeNow` are for a length slider: after `prepare(text, …)` a second copy of
// the wasm on the page's thread (local-engine.js) analyses the text when the page is idle, and
// from then on `summarizeNow` gives that text's summary at another length synchronously, in about
// a millisecond. For any other text, or before that, it answers null: ask `summarize`.

import { LocalEngine } from "./local-engine.js";

/** How long a request may take before the worker is given up on. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** An aborted request that has run longer than this replaces the worker instead of waiting. */
const ABANDON_AFTER_MS = 500;

export class SummarizerClient {
  #worker = null;
  #timeoutMs;
  #nextId = 1;
  #queue = []; // requests not sent yet, oldest first
  #current = null; // the request the worker is working on
  #fatal = null; // Error once the wasm is known not to load
  #readyWaiters = [];
  #isReady = false;
  #capabilities = null;
  #local = new LocalEngine(() => this.#request({ type: "module" }, [], undefined));

  constructor({ timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
    this.#timeoutMs = timeoutMs;
  }

  /** Resolves once the wasm is loaded, rejects if it cannot be. */
  ready() {
    if (this.#fatal) return Promise.reject(this.#fatal);
    if (this.#isReady) return Promise.resolve();
    this.#ensureWorker();
    return new Promise((resolve, reject) => this.#readyWaiters.push({ resolve, reject }));
  }

  /** What the loaded wasm offers (`{ summarizeMany, decode }`), or null before it is ready. */
  get capabilities() {
    return this.#capabilities;
  }

  /** The time limit per request, in milliseconds. */
  get timeoutMs() {
    return this.#timeoutMs;
  }

  /**
   * `text` will be asked for again at other lengths: have it analysed on the page's thread when
   * the page is idle, so that summarizeNow() can answer for it (texts up to 200,000 characters).
   */
  prepare(text, name, options) {
    if (this.#capabilities?.module) this.#local.prepare(text, name ?? null, options ?? {});
  }

  /**
   * The summary of `text` at once, on the page's thread, when that is cheap: the text was the
   * last one prepared and analysed there, read the same way (name, format, language). Else null.
   */
  summarizeNow(text, name, options) {
    return this.#local.summarize(text, name ?? null, options ?? {});
  }

  /** Summarizes `text`; `name` (a file name or null) helps the core guess the format. */
  summarize(text, name, options, { signal } = {}) {
    return this.#request({ type: "summarize", text, name: name ?? null, options: options ?? {} }, [], signal);
  }

  /** One digest of several documents, `[{ text, name }]`: `{ groups }` (DESIGN.md). */
  summarizeMany(docs, options, { signal } = {}) {
    return this.#request({ type: "summarizeMany", docs, options: options ?? {} }, [], signal);
  }

  /**
   * Reads a file's bytes as text with the core's decoder: `{ text, encoding }`, or rejects with
   * an Error saying what the bytes are. An ArrayBuffer is transferred to the worker (it is empty
   * here afterwards); a typed array is copied.
   */
  decode(bytes, { signal } = {}) {
    const buffer = bytes instanceof ArrayBuffer ? bytes : new Uint8Array(bytes).buffer; // a copy
    return this.#request({ type: "decode", bytes: buffer }, [buffer], signal);
  }

  /** Stops whatever is running or waiting (each rejects with an AbortError) and starts afresh. */
  cancel() {
    const error = new DOMException("cancelled", "AbortError");
    const requests = [...(this.#current ? [this.#current] : []), ...this.#queue.splice(0)];
    this.#current = null;
    for (const request of requests) this.#settle(request, error);
    if (!this.#fatal) this.#replaceWorker();
  }

  /** Stops the worker; requests still waiting reject. */
  terminate() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#isReady = false;
    this.#failAll(new Error("the summarizer was stopped"));
  }

  #request(message, transfer, signal) {
    if (this.#fatal) return Promise.reject(this.#fatal);
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const request = { id, message: { id, ...message }, transfer, resolve, reject, signal, onAbort: null, timer: 0, sentAt: 0, done: false };
      request.onAbort = () => this.#abort(request);
      signal?.addEventListener("abort", request.onAbort, { once: true });
      this.#queue.push(request);
      this.#pump();
    });
  }

  /** Sends the next request when the worker is free. */
  #pump() {
    if (this.#current || this.#fatal) return;
    const request = this.#queue.shift();
    if (!request) return;
    this.#current = request;
    request.sentAt = performance.now();
    request.timer = setTimeout(() => this.#onTimeout(request), this.#timeoutMs);
    this.#ensureWorker().postMessage(request.message, request.transfer);
  }

  #abort(request) {
    if (request.done) return;
    const queued = this.#queue.indexOf(request);
    if (queued >= 0) this.#queue.splice(queued, 1);
    this.#settle(request, abortError(request.signal));
    // The worker is still on it: wait for its (ignored) answer if it is quick, else start afresh.
    if (request === this.#current && performance.now() - request.sentAt > ABANDON_AFTER_MS) {
      this.#current = null;
      this.#replaceWorker();
      this.#pump();
    }
  }

  #onTimeout(request) {
    if (request !== this.#current) return;
    this.#current = null;
    const seconds = Math.round(this.#timeoutMs / 1000);
    const error = new Error(`the summarizer did not answer within ${seconds} s`);
    error.name = "TimeoutError";
    this.#settle(request, error);
    this.#replaceWorker();
    this.#pump();
  }

  /** Resolves or rejects a request once; `outcome` is an Error to reject with, else a result. */
  #settle(request, outcome, ok = false) {
    clearTimeout(request.timer);
    if (request.done) return;
    request.done = true;
    request.signal?.removeEventListener("abort", request.onAbort);
    if (ok) request.resolve(outcome);
    else request.reject(outcome);
  }

  #ensureWorker() {
    if (this.#worker) return this.#worker;
    // Written out in full so that bundlers (Vite) recognise and bundle the worker.
    const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event) => {
      if (worker === this.#worker) this.#onMessage(event.data);
    });
    worker.addEventListener("error", (event) => {
      // Before "ready" this means the worker script itself did not load. After it, an uncaught
      // exception: the worker lives on, and the browser reports the error in the console.
      if (worker === this.#worker && !this.#isReady) {
        this.#onFatal(event.message || "the summarizer worker failed to start");
      }
    });
    worker.addEventListener("messageerror", () => {
      if (worker === this.#worker) this.#onFatal("a worker message could not be read");
    });
    this.#worker = worker;
    return worker;
  }

  #onMessage(data) {
    if (data?.type === "ready") {
      this.#isReady = true;
      this.#capabilities = { summarizeMany: false, decode: false, ...data.capabilities };
      for (const waiter of this.#readyWaiters.splice(0)) waiter.resolve();
      return;
    }
    if (data?.type === "fatal") {
      this.#onFatal(data.error);
      return;
    }
    const request = this.#current;
    if (!request || request.id !== data?.id) return; // not ours, or given up on
    this.#current = null;
    if (data.ok) this.#settle(request, data.result, true);
    else this.#settle(request, new Error(data.crashed ? `the summarizer crashed (${data.error})` : data.error));
    if (data.crashed) this.#replaceWorker();
    this.#pump();
  }

  /** Replaces the worker (stuck, trapped or cancelled) with a fresh one that loads the wasm again. */
  #replaceWorker() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#isReady = false;
    this.#ensureWorker();
  }

  #onFatal(error) {
    this.#fatal = new Error(String(error));
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll(this.#fatal);
  }

  #failAll(error) {
    for (const waiter of this.#readyWaiters.splice(0)) waiter.reject(error);
    const requests = [...(this.#current ? [this.#current] : []), ...this.#queue.splice(0)];
    this.#current = null;
    for (const request of requests) this.#settle(request, error);
  }
}

function abortError(signal) {
  return signal?.reason instanceof Error
    ? signal.reason
    : new DOMException("the request was aborted", "AbortError");
}
