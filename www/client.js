// A small promise API around worker.js. The page never talks to the worker directly.
//
//   const client = new SummarizerClient();
//   const result = await client.summarize(text, "a.md", { sentences: 3 }, { signal });
//
// Replies are matched to requests by id. An aborted request rejects at once with an AbortError
// and its late reply is dropped (summaries are quick, so the worker is not killed for it).
// When the wasm cannot load, every request rejects with that error. When the wasm traps, the
// worker is replaced and the requests still waiting are sent again to the new one.

export class SummarizerClient {
  #worker = null;
  #nextId = 1;
  #pending = new Map(); // id → { message, resolve, reject, cleanup }
  #fatal = null; // Error once the wasm is known not to load
  #readyWaiters = [];
  #isReady = false;

  /** Resolves once the wasm is loaded, rejects if it cannot be. */
  ready() {
    if (this.#fatal) return Promise.reject(this.#fatal);
    if (this.#isReady) return Promise.resolve();
    this.#ensureWorker();
    return new Promise((resolve, reject) => this.#readyWaiters.push({ resolve, reject }));
  }

  /** Summarizes `text`; `name` (a file name or null) helps the core guess the format. */
  summarize(text, name, options, { signal } = {}) {
    if (this.#fatal) return Promise.reject(this.#fatal);
    if (signal?.aborted) return Promise.reject(abortError(signal));
    const id = this.#nextId++;
    const message = { id, type: "summarize", text, name: name ?? null, options: options ?? {} };
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.#pending.delete(id);
        reject(abortError(signal));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      const cleanup = () => signal?.removeEventListener("abort", onAbort);
      this.#pending.set(id, { message, resolve, reject, cleanup });
      this.#ensureWorker().postMessage(message);
    });
  }

  /** Stops the worker; requests still waiting reject. */
  terminate() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll(new Error("the summarizer was stopped"));
  }

  #ensureWorker() {
    if (this.#worker) return this.#worker;
    const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event) => this.#onMessage(event.data));
    worker.addEventListener("error", (event) => {
      // Before "ready" this means the worker script itself did not load. After it, an uncaught
      // exception: the worker lives on, and the browser reports the error in the console.
      if (!this.#isReady) this.#onFatal(event.message || "the summarizer worker failed to start");
    });
    worker.addEventListener("messageerror", () => this.#onFatal("a worker message could not be read"));
    this.#worker = worker;
    return worker;
  }

  #onMessage(data) {
    if (data?.type === "ready") {
      this.#isReady = true;
      for (const waiter of this.#readyWaiters.splice(0)) waiter.resolve();
      return;
    }
    if (data?.type === "fatal") {
      this.#onFatal(data.error);
      return;
    }
    const request = this.#pending.get(data?.id);
    if (!request) return; // aborted, or not ours
    this.#pending.delete(data.id);
    request.cleanup();
    if (data.ok) request.resolve(data.result);
    else request.reject(new Error(data.crashed ? `the summarizer crashed (${data.error})` : data.error));
    if (data.crashed) this.#restart();
  }

  /** Replaces a worker whose wasm trapped and resends what it had not answered. */
  #restart() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#isReady = false;
    const worker = this.#ensureWorker();
    for (const { message } of this.#pending.values()) worker.postMessage(message);
  }

  #onFatal(error) {
    this.#fatal = new Error(String(error));
    this.#worker?.terminate();
    this.#worker = null;
    this.#failAll(this.#fatal);
  }

  #failAll(error) {
    for (const waiter of this.#readyWaiters.splice(0)) waiter.reject(error);
    for (const request of this.#pending.values()) {
      request.cleanup();
      request.reject(error);
    }
    this.#pending.clear();
  }
}

function abortError(signal) {
  return signal?.reason instanceof Error
    ? signal.reason
    : new DOMException("the request was aborted", "AbortError");
}
