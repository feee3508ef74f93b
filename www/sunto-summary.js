// <sunto-summary>: an embeddable summary of an article. Importing this module registers the
// element; the class is exported too, for registering it under another name.
//
//   <script type="module" src="https://example.org/sunto/www/sunto-summary.js"></script>
//   <sunto-summary sentences="3" keywords="5">The article's text…</sunto-summary>
//   <sunto-summary src="article.md"></sunto-summary>        a same-origin text, Markdown or HTML file
//   <sunto-summary for="story"></sunto-summary>             the text of the element with id="story"
//                                                           (or the value of a <textarea id="story">)
//
// Attributes: sentences (default 3) or ratio (0 < r ≤ 1), lang (the article's language: "it",
// "en", … or "auto"), format (the output: "sentences", "bullets" or "headline"), keywords (how
// many key phrases to show, default 5; 0 hides them). The element re-summarizes when an attribute,
// its own text or the `for` target's text changes.
//
// Output goes in an open shadow root, built with textContent only. Style it with custom
// properties (--sunto-font, --sunto-text, --sunto-muted, --sunto-accent, --sunto-chip-bg,
// --sunto-chip-text, --sunto-chip-radius, --sunto-error, --sunto-error-bg) and ::part(headline,
// summary, sentence, keywords, keyword, status, error). The element exposes `state` ("idle",
// "working", "done", "error", also as the custom state :state(done) and so on) and `result`, and
// fires "summarized" (detail: the result) and "summaryerror" (detail: { message }).
//
// Every element on the page shares one worker. When the page is on the same origin as these
// files, that is client.js's worker. When it is not (a module worker must be same-origin with the
// page), the worker is started from a blob: URL that imports worker.js, which needs the library's
// files served with CORS and a host CSP that allows them (see embed.html, "Content Security
// Policy"). If the page's CSP forbids blob: workers, the wasm runs on the main thread instead.

import { SummarizerClient } from "./client.js";

const WORKER_URL = new URL("./worker.js", import.meta.url);
const GLUE_URL = new URL("../pkg/sunto.js", import.meta.url);

const DEFAULT_SENTENCES = 3;
const DEFAULT_KEYWORDS = 5;
const FORMATS = ["sentences", "bullets", "headline"];
/** How long a failed cross-origin worker may still report CSP violations before it is given up. */
const FATAL_GRACE_MS = 100;
/** Text edits are summarized once typing pauses for this long. */
const CONTENT_DEBOUNCE_MS = 150;

/** Every user-facing string, in one place. */
const STRINGS = {
  summarizing: "Summarizing…",
  keywordsLabel: "Key phrases",
  noSentences: "No sentences to summarize were found.",
  nothing: "Nothing to summarize: put the article's text inside <sunto-summary>, or set its src or for attribute.",
  emptyTarget: (id) => `Nothing to summarize: the element with id "${id}" has no text.`,
  emptyFile: (src) => `Nothing to summarize: ${src} is empty.`,
  noTarget: (id) => `No element with id "${id}" to summarize (for="${id}").`,
  loadFailed: (src, why) => `Could not load ${src}: ${why}.`,
  wholeNumber: (name, min, value) => `The ${name} attribute must be a whole number of at least ${min}, not "${value}".`,
  badRatio: (value) => `The ratio attribute must be a number greater than 0 and at most 1, not "${value}".`,
  badFormat: (value) => `The format attribute must be one of ${FORMATS.join(", ")}, not "${value}".`,
  failed: (why) => `Could not summarize: ${why}`,
  blocked: (list) => `the page's Content-Security-Policy blocked ${list}`,
};

// Colours use light-dark(), which follows the host page's color-scheme: a page that declares only
// light keeps light chips even when the system is dark.
const STYLE = `
:host {
  display: block;
  font-family: var(--sunto-font, inherit);
  color: var(--sunto-text, inherit);
  line-height: 1.55;
}
:host([hidden]), [hidden] { display: none !important; }
.container {
  border-inline-start: 3px solid var(--sunto-accent, light-dark(#0b5cad, #7ab4f5));
  padding-inline-start: 0.875em;
}
.headline { margin: 0 0 0.5em; font-weight: 650; font-size: 1.1em; line-height: 1.35; }
.summary { margin: 0 0 0.75em; }
ul.summary { padding-inline-start: 1.25em; }
ul.summary > li + li { margin-top: 0.25em; }
ul.summary > li::marker { color: var(--sunto-accent, light-dark(#0b5cad, #7ab4f5)); }
.keywords { display: flex; flex-wrap: wrap; gap: 0.375em; margin: 0; padding: 0; list-style: none; }
.keyword {
  padding: 0.125em 0.625em;
  border-radius: var(--sunto-chip-radius, 999px);
  background: var(--sunto-chip-bg, light-dark(#e8eef7, #263445));
  color: var(--sunto-chip-text, light-dark(#163a63, #d3e5fa));
  font-size: 0.875em;
}
.status { margin: 0; color: var(--sunto-muted, GrayText); font-style: italic; }
.error {
  margin: 0;
  padding: 0.5em 0.75em;
  border-radius: 6px;
  color: var(--sunto-error, light-dark(#b3261e, #ffb4ab));
  background: var(--sunto-error-bg, light-dark(#fdecea, #3b1d1b));
}
`;

/** One stylesheet object adopted by every shadow root (not subject to the page's style-src). */
let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// The engine shared by every element.

let engine = null;

/** The summarizer shared by all elements: `{ ready(), summarize(text, name, options, { signal }) }`. */
function sharedSummarizer() {
  engine ??= WORKER_URL.origin === self.location.origin ? new SummarizerClient() : new CrossOriginClient();
  return engine;
}

/**
 * The same promise API as client.js, for a page on another origin than the library: the worker
 * starts from a blob: URL (same-origin with the page) and imports worker.js with CORS. If the
 * worker cannot start at all (a CSP without `worker-src blob:`), the wasm runs on this thread.
 */
class CrossOriginClient {
  #worker = null;
  #nextId = 1;
  #pending = new Map(); // id → { message, resolve, reject, cleanup }
  #queue = []; // messages waiting for "ready"
  #ready = null; // { promise, resolve, reject }
  #isReady = false;
  #fatal = null;
  #fallback = null; // MainThreadEngine once the worker could not start
  #blocked = []; // "URL (directive)" for each CSP violation the worker reported

  ready() {
    if (this.#fallback) return this.#fallback.ready();
    if (this.#fatal) return Promise.reject(this.#fatal);
    this.#start();
    return this.#ready.promise;
  }

  summarize(text, name, options, { signal } = {}) {
    if (this.#fallback) return this.#fallback.summarize(text, name, options, { signal });
    if (this.#fatal) return Promise.reject(this.#fatal);
    if (signal?.aborted) return Promise.reject(abortError(signal));
    this.#start();
    const id = this.#nextId++;
    const message = { id, type: "summarize", text, name: name ?? null, options: options ?? {} };
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.#pending.delete(id);
        this.#queue = this.#queue.filter((m) => m.id !== id);
        reject(abortError(signal));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      const cleanup = () => signal?.removeEventListener("abort", onAbort);
      this.#pending.set(id, { message, resolve, reject, cleanup, signal });
      this.#send(message);
    });
  }

  #send(message) {
    if (this.#isReady) this.#worker.postMessage(message);
    else this.#queue.push(message); // worker.js listens only once it has been imported
  }

  #start() {
    if (this.#worker || this.#fallback || this.#fatal) return;
    if (!this.#ready) {
      let resolve, reject;
      const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
      promise.catch(() => {}); // callers of ready() see it; nobody else has to
      this.#ready = { promise, resolve, reject };
    }
    const source = [
      `self.addEventListener("securitypolicyviolation", (e) => self.postMessage({ type: "csp", directive: e.effectiveDirective, blocked: e.blockedURI }));`,
      `import(${JSON.stringify(WORKER_URL.href)}).catch((e) => self.postMessage({ type: "fatal", error: "could not load " + ${JSON.stringify(WORKER_URL.href)} + ": " + ((e && e.message) || e) }));`,
    ].join("\n");
    const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    let worker;
    try {
      worker = new Worker(url, { type: "module" });
    } catch (e) {
      URL.revokeObjectURL(url);
      this.#useMainThread(e);
      return;
    }
    let heard = false;
    worker.addEventListener("message", (event) => {
      heard = true;
      URL.revokeObjectURL(url);
      this.#onMessage(event.data);
    });
    worker.addEventListener("error", (event) => {
      // Before any message: the blob worker itself was refused (worker-src) or failed to start.
      if (!heard) {
        URL.revokeObjectURL(url);
        this.#useMainThread(event.message || "the worker could not start");
      } else if (!this.#isReady) {
        this.#onFatal(event.message || "the summarizer worker failed to start");
      }
    });
    worker.addEventListener("messageerror", () => this.#onFatal("a worker message could not be read"));
    this.#worker = worker;
  }

  #onMessage(data) {
    if (data?.type === "csp") {
      const what = `${data.blocked} (${data.directive})`;
      this.#blocked.push(what);
      console.error(`sunto: the page's Content-Security-Policy blocked ${what} in the summarizer worker`);
      return;
    }
    if (data?.type === "ready") {
      this.#isReady = true;
      this.#ready.resolve();
      for (const message of this.#queue.splice(0)) this.#worker.postMessage(message);
      return;
    }
    if (data?.type === "fatal") {
      // The worker's report of what the CSP blocked may come just after the failure it caused.
      setTimeout(() => this.#onFatal(data.error), FATAL_GRACE_MS);
      return;
    }
    const request = this.#pending.get(data?.id);
    if (!request) return;
    this.#pending.delete(data.id);
    request.cleanup();
    if (data.ok) request.resolve(data.result);
    else request.reject(new Error(data.crashed ? `the summarizer crashed (${data.error})` : data.error));
    if (data.crashed) this.#restart();
  }

  /** Replaces a worker whose wasm trapped; what it had not answered goes to the new one. */
  #restart() {
    this.#worker?.terminate();
    this.#worker = null;
    this.#isReady = false;
    this.#ready = null;
    this.#queue = [...this.#pending.values()].map((request) => request.message);
    this.#start();
  }

  #useMainThread(why) {
    this.#worker?.terminate();
    this.#worker = null;
    this.#fallback = new MainThreadEngine(String(why?.message ?? why));
    this.#fallback.ready().then(this.#ready.resolve, this.#ready.reject);
    const waiting = [...this.#pending.values()];
    this.#pending.clear();
    this.#queue = [];
    for (const { message, resolve, reject, cleanup, signal } of waiting) {
      cleanup();
      this.#fallback.summarize(message.text, message.name, message.options, { signal }).then(resolve, reject);
    }
  }

  #onFatal(error) {
    if (this.#fatal) return;
    const blocked = this.#blocked.length ? ` (${STRINGS.blocked(this.#blocked.join(", "))})` : "";
    this.#fatal = new Error(`${error}${blocked}`);
    this.#worker?.terminate();
    this.#worker = null;
    this.#ready?.reject(this.#fatal);
    for (const request of this.#pending.values()) {
      request.cleanup();
      request.reject(this.#fatal);
    }
    this.#pending.clear();
    this.#queue = [];
  }
}

/** The wasm on the page's own thread: the last resort when no worker may start. */
class MainThreadEngine {
  static MAX_SUMMARIZERS = 16;
  #glue = null;
  #summarizers = new Map(); // options JSON → Summarizer, oldest first
  #workerError;

  constructor(workerError) {
    this.#workerError = workerError;
  }

  ready() {
    this.#glue ??= import(GLUE_URL.href).then(
      async (glue) => {
        await glue.default();
        return glue;
      },
      (e) => {
        throw new Error(`the worker could not start (${this.#workerError}) and ${GLUE_URL.href} did not load: ${e?.message ?? e}`);
      },
    );
    return this.#glue.then(() => {});
  }

  async summarize(text, name, options, { signal } = {}) {
    if (signal?.aborted) throw abortError(signal);
    await this.ready();
    const glue = await this.#glue;
    if (signal?.aborted) throw abortError(signal);
    const key = JSON.stringify(options ?? {});
    let summarizer = this.#summarizers.get(key);
    if (summarizer) {
      this.#summarizers.delete(key);
    } else {
      summarizer = new glue.Summarizer(options ?? {});
      if (this.#summarizers.size >= MainThreadEngine.MAX_SUMMARIZERS) {
        const [oldestKey, oldest] = this.#summarizers.entries().next().value;
        this.#summarizers.delete(oldestKey);
        oldest.free?.();
      }
    }
    this.#summarizers.set(key, summarizer);
    const result = summarizer.summarize(text, name ? { name } : {});
    return typeof result === "string" ? JSON.parse(result) : result;
  }
}

function abortError(signal) {
  return signal?.reason instanceof Error ? signal.reason : new DOMException("the request was aborted", "AbortError");
}

// ---------------------------------------------------------------------------------------------
// Reading the input.

const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL".split(" "),
);
const SKIPPED = new Set(["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "SUNTO-SUMMARY"]);

/**
 * The text of `root` as its textContent, except that block elements (paragraphs, headings, list
 * items…) are separated by blank lines so that they stay separate sentences, scripts and styles
 * are left out, and every line is trimmed (indentation in the page's source is not Markdown).
 */
function textOf(root) {
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
        parts.push(child.data);
      } else if (child.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(child.tagName)) {
        const block = BLOCKS.has(child.tagName);
        if (block) parts.push("\n\n");
        walk(child);
        if (block) parts.push("\n\n");
      }
    }
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A text box whose value (not its markup) is the text: a <textarea> or a text <input>. */
function isField(element) {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}

/** The format to read a fetched file as, from its Content-Type, when its name does not say. */
function formatOfType(contentType) {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/markdown" || type === "text/x-markdown") return "markdown";
  if (type === "text/plain") return "text";
  return null;
}

function fileName(url) {
  const last = url.pathname.split("/").pop() || "";
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

class UserError extends Error {}

// ---------------------------------------------------------------------------------------------
// The element.

const OBSERVED = ["sentences", "ratio", "lang", "format", "keywords", "src", "for"];
const CONTENT = { childList: true, subtree: true, characterData: true };

export class SuntoSummary extends HTMLElement {
  static observedAttributes = OBSERVED;

  #root;
  #internals;
  #state = "idle";
  #result = null;
  #view = { container: null, status: null, error: null };
  #ownObserver = new MutationObserver(() => this.#schedule(CONTENT_DEBOUNCE_MS));
  #targetObserver = new MutationObserver(() => this.#schedule(CONTENT_DEBOUNCE_MS));
  #target = null; // the element `for` names, while observed
  #timer = 0;
  #scheduled = false;
  #generation = 0;
  #abort = null;
  #cache = { key: null, result: null };
  #file = null; // { url, input: Promise of { text, name, format } } for src
  #onInput = () => this.#schedule(CONTENT_DEBOUNCE_MS);

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    this.#root.adoptedStyleSheets = [styleSheet()];
    this.#internals = this.attachInternals?.() ?? null;
    const container = el("div", "container");
    const status = el("p", "status", STRINGS.summarizing);
    status.setAttribute("role", "status");
    const error = el("p", "error");
    error.setAttribute("role", "alert");
    error.hidden = true;
    container.append(status, error);
    this.#root.append(container);
    Object.assign(this.#view, { container, status, error });
  }

  /** "idle", "working", "done" or "error". */
  get state() {
    return this.#state;
  }

  /** The last summary shown (the summarizer's result object), or null. */
  get result() {
    return this.#result;
  }

  connectedCallback() {
    this.#ownObserver.observe(this, CONTENT);
    this.#schedule(0);
  }

  disconnectedCallback() {
    this.#ownObserver.disconnect();
    this.#watchTarget(null);
    clearTimeout(this.#timer);
    this.#scheduled = false;
    this.#abort?.abort();
    this.#generation++;
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && this.isConnected) this.#schedule(0);
  }

  /** Summarizes again now (for hosts that change the input in ways no observer sees). */
  refresh() {
    this.#file = null;
    this.#schedule(0);
  }

  #schedule(delay) {
    if (delay === 0) {
      clearTimeout(this.#timer);
      if (this.#scheduled) return;
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        if (this.isConnected) this.#update();
      });
    } else {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.isConnected && this.#update(), delay);
    }
  }

  async #update() {
    const generation = ++this.#generation;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const current = () => generation === this.#generation;
    try {
      const settings = this.#settings();
      this.#setState("working");
      const input = await this.#input();
      if (!current()) return;
      const options = { ...settings.options, ...(input.format && { format: input.format }) };
      const key = JSON.stringify([input.text, input.name, options]);
      let result = this.#cache.key === key ? this.#cache.result : null;
      if (!result) {
        result = await sharedSummarizer().summarize(input.text, input.name, options, { signal: abort.signal });
        if (!current()) return;
        this.#cache = { key, result };
      }
      this.#render(result, settings);
      this.#result = result;
      this.#setState("done");
      this.dispatchEvent(new CustomEvent("summarized", { detail: result }));
    } catch (e) {
      if (!current() || e?.name === "AbortError") return;
      const message = e instanceof UserError ? e.message : STRINGS.failed(e?.message ?? String(e));
      this.#showError(message);
      this.dispatchEvent(new CustomEvent("summaryerror", { detail: { message } }));
    }
  }

  /** The options for the core and the output format, from the attributes. */
  #settings() {
    const options = {};
    const sentences = this.getAttribute("sentences");
    const ratio = this.getAttribute("ratio");
    if (sentences !== null) {
      options.sentences = wholeNumber("sentences", sentences, 1);
    } else if (ratio !== null) {
      const r = Number(ratio.trim());
      if (!(ratio.trim() !== "" && r > 0 && r <= 1)) throw new UserError(STRINGS.badRatio(ratio));
      options.ratio = r;
    } else {
      options.sentences = DEFAULT_SENTENCES;
    }
    const lang = this.getAttribute("lang")?.trim();
    if (lang) options.language = lang;
    const keywords = this.getAttribute("keywords");
    options.keywords = keywords === null ? DEFAULT_KEYWORDS : wholeNumber("keywords", keywords, 0);
    const format = (this.getAttribute("format") ?? "").trim().toLowerCase() || FORMATS[0];
    if (!FORMATS.includes(format)) throw new UserError(STRINGS.badFormat(this.getAttribute("format")));
    return { options, format };
  }

  /** `{ text, name, format }` from src, for or the element's own content. */
  async #input() {
    const src = this.getAttribute("src");
    const id = this.getAttribute("for");
    if (src !== null && src.trim() !== "") {
      this.#watchTarget(null);
      const url = new URL(src.trim(), document.baseURI);
      if (this.#file?.url !== url.href) this.#file = { url: url.href, input: this.#fetch(url, src) };
      const file = this.#file;
      try {
        return await file.input;
      } catch (e) {
        if (this.#file === file) this.#file = null; // try again next time
        throw e;
      }
    }
    if (id !== null && id.trim() !== "") {
      const target = document.getElementById(id.trim());
      this.#watchTarget(target);
      if (!target) throw new UserError(STRINGS.noTarget(id.trim()));
      const text = isField(target) ? target.value.trim() : textOf(target);
      if (!text) throw new UserError(STRINGS.emptyTarget(id.trim()));
      return { text, name: null, format: "text" };
    }
    this.#watchTarget(null);
    const text = textOf(this);
    if (!text) throw new UserError(STRINGS.nothing);
    return { text, name: null, format: "text" };
  }

  /** `{ text, name, format }` of the file at `url` (`src` as written, for messages). */
  async #fetch(url, src) {
    let response;
    try {
      response = await fetch(url, { credentials: "same-origin" });
    } catch (e) {
      throw new UserError(STRINGS.loadFailed(src, e?.message ?? String(e)));
    }
    if (!response.ok) {
      throw new UserError(STRINGS.loadFailed(src, `${response.status} ${response.statusText}`.trim()));
    }
    const text = await response.text();
    if (!text.trim()) throw new UserError(STRINGS.emptyFile(src));
    const name = fileName(url);
    const format = /\.[a-z0-9]+$/i.test(name) ? null : formatOfType(response.headers.get("content-type"));
    return { text, name, format };
  }

  #watchTarget(target) {
    if (target === this.#target) return;
    this.#targetObserver.disconnect();
    this.#target?.removeEventListener("input", this.#onInput);
    this.#target = target;
    if (!target) return;
    this.#targetObserver.observe(target, CONTENT);
    if (isField(target)) target.addEventListener("input", this.#onInput);
  }

  #render(result, { options, format }) {
    const { container, status, error } = this.#view;
    const parts = [];
    const sentences = Array.isArray(result.sentences) ? result.sentences : [];
    if (format === "headline") {
      const text = headlineOf(result);
      if (text) parts.push(el("p", "headline", text));
      else parts.push(el("p", "summary", STRINGS.noSentences));
    } else if (sentences.length === 0) {
      parts.push(el("p", "summary", STRINGS.noSentences));
    } else if (format === "bullets") {
      const list = el("ul", "summary");
      for (const s of sentences) list.append(el("li", "sentence", clean(s.text)));
      parts.push(list);
    } else {
      const paragraph = el("p", "summary");
      sentences.forEach((s, i) => {
        if (i > 0) paragraph.append(" ");
        paragraph.append(el("span", "sentence", clean(s.text)));
      });
      parts.push(paragraph);
    }
    const keywords = Array.isArray(result.keywords) ? result.keywords : [];
    const shown = options.keywords;
    if (keywords.length > 0 && shown > 0) {
      const list = el("ul", "keywords");
      list.setAttribute("aria-label", STRINGS.keywordsLabel);
      for (const k of keywords.slice(0, shown)) list.append(el("li", "keyword", clean(k.text)));
      parts.push(list);
    }
    if (result.language && result.language !== "und") container.lang = result.language;
    else container.removeAttribute("lang");
    status.hidden = true;
    error.hidden = true;
    error.textContent = "";
    container.replaceChildren(...parts, status, error);
  }

  #showError(message) {
    const { container, status, error } = this.#view;
    error.textContent = message;
    error.hidden = false;
    status.hidden = true;
    container.replaceChildren(status, error);
    this.#result = null;
    this.#setState("error");
  }

  #setState(state) {
    this.#state = state;
    const { container, status } = this.#view;
    container.setAttribute("aria-busy", String(state === "working"));
    // The previous summary stays in place while a new one is computed; the first time, a status.
    if (state === "working" && !this.#result) {
      container.replaceChildren(status, this.#view.error);
      this.#view.error.hidden = true;
      status.hidden = false;
    }
    const states = this.#internals?.states;
    if (states) {
      for (const s of ["idle", "working", "done", "error"]) states.delete(s);
      try {
        states.add(state);
      } catch {
        // an old engine that only knows the --state syntax: the property and events suffice
      }
    }
  }
}

function wholeNumber(name, value, min) {
  const text = value.trim();
  const n = Number(text);
  if (text === "" || !Number.isInteger(n) || n < min) throw new UserError(STRINGS.wholeNumber(name, min, value));
  return n;
}

/** The headline: the core's, else the title, else the best-scoring sentence. */
function headlineOf(result) {
  for (const candidate of [result.headline, result.title]) {
    if (typeof candidate === "string" && candidate.trim()) return clean(candidate);
  }
  const sentences = Array.isArray(result.sentences) ? result.sentences : [];
  const best = sentences.reduce((a, b) => ((b.score ?? 0) > (a?.score ?? -Infinity) ? b : a), null);
  return best ? clean(best.text) : "";
}

function clean(text) {
  return String(text ?? "").replace(/\s+/g, " ").trim();
}

/** An element with a part name (also its class) and optional text. */
function el(tag, part, text) {
  const node = document.createElement(tag);
  if (part) {
    node.className = part;
    node.setAttribute("part", part);
  }
  if (text != null) node.textContent = text;
  return node;
}

if (!customElements.get("sunto-summary")) customElements.define("sunto-summary", SuntoSummary);
