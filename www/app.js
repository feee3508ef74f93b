// The page: wires the text box, files, drop zone and controls to the summarizer and renders one
// card per document, plus a digest of all of them. User-facing text lives in strings.js.
//
//   startApp(new SummarizerClient());   // www/main.js: the wasm in a module worker
//   startApp(new InlineClient(bytes));  // www/main-inline.js: the single-file build
//
// The client is anything with the API of client.js: ready(), capabilities, summarize(),
// summarizeMany(), decode(), cancel(), timeoutMs; and, if it has them, prepare() and summarizeNow()
// (the same text again at another length, answered at once).

import "./drop-zone.js";
import { download, fileStem, toJson, toMarkdown, toPlainText } from "./export.js";
import { decodeOrThrow, LARGE_INPUT, MAX_FILE_BYTES, readTextFile } from "./files.js";
import { MAX_KEYWORDS, fillWhy, namedGroups, renderDigest, renderDoc, titleOf } from "./render.js";
import { detectLocale, LOCALES, localize, TEXT_LANGUAGES } from "./strings.js";

/** localStorage keys. */
const STORAGE = { text: "sunto.text", locale: "sunto.locale" };
/** Longest text kept for the next visit: writing storage blocks the page, and browsers give a
 *  site about 5 MB of it. A longer text is not kept (the text box still holds it). */
const MAX_SAVED_CHARS = 1_000_000;

/** The slider in each unit; `value` is the default. */
const LENGTHS = {
  sentences: { min: 1, max: 10, step: 1, value: 3 },
  percent: { min: 5, max: 50, step: 5, value: 20 },
};

/** Work that takes longer than this shows the progress bar (large input shows it at once). */
const SHOW_PROGRESS_AFTER_MS = 700;

/**
 * A card being summarised again (a slider move, an edit) shows its busy state only after this long:
 * most answers come sooner, and marking the card at once would restyle it, original text and all,
 * in the very frame that should show the new summary.
 */
const SHOW_BUSY_AFTER_MS = 100;

/** How long typing may pause before the text box is saved. */
const SAVE_AFTER_MS = 300;

export function startApp(client) {
  const $ = (id) => document.getElementById(id);
  const root = document.documentElement;
  const ui = {
    uiLanguage: $("ui-language"),
    article: $("article"),
    summarize: $("summarize"),
    clearText: $("clear-text"),
    length: $("length"),
    lengthValue: $("length-value"),
    unit: $("length-unit"),
    style: $("style"),
    textLanguage: $("text-language"),
    files: $("files"),
    dropZone: $("drop-zone"),
    busy: $("busy"),
    busyText: $("busy-text"),
    cancel: $("cancel"),
    status: $("status"),
    toolbar: $("toolbar"),
    digest: $("digest"),
    results: $("results"),
    clear: $("clear"),
    engineError: $("engine-error"),
  };

  let t = localize(initialLocale());
  /**
   * The documents on the page, in display order: { id, name, file, text, format, encoding,
   * result, version, error, retryable, busy, phase, card, controller, run, stale, showOriginal,
   * openWhy }. A document keeps its text so that the controls can summarize it again.
   */
  const docs = [];
  let nextId = 1;
  let pasted = null; // the document made from the text box, reused on each Summarize
  let pastedHtml = null; // { html, text } while the text box shows what a rich paste put there
  let engineFailed = false;
  const lengthValues = Object.fromEntries(Object.entries(LENGTHS).map(([unit, l]) => [unit, l.value]));

  // ---- strings ------------------------------------------------------------------------------

  function initialLocale() {
    const saved = readStorage(STORAGE.locale);
    return saved && Object.hasOwn(LOCALES, saved) ? saved : detectLocale(navigator.language);
  }

  function applyStrings() {
    root.lang = t.locale;
    document.title = t.pageTitle;
    ui.uiLanguage.value = t.locale;
    for (const element of document.querySelectorAll("[data-i18n]")) {
      const text = t[element.dataset.i18n];
      if (typeof text === "string") element.textContent = text;
    }
    for (const element of document.querySelectorAll("[data-i18n-label]")) {
      const text = t[element.dataset.i18nLabel];
      if (typeof text === "string") element.setAttribute("aria-label", text);
    }
    const selected = ui.textLanguage.value || "auto";
    const options = [new Option(t.textLanguageAuto, "auto")];
    for (const code of TEXT_LANGUAGES) options.push(new Option(t.languageOf(code), code));
    ui.textLanguage.replaceChildren(...options);
    ui.textLanguage.value = selected;
    updateLengthLabel();
    updateBusy();
  }

  function setLocale(locale) {
    t = localize(locale);
    writeStorage(STORAGE.locale, t.locale);
    applyStrings();
    renderAll();
    announce(t.uiLanguageChanged);
  }

  // ---- options ------------------------------------------------------------------------------

  function options(doc) {
    const n = Number(ui.length.value);
    const result = ui.unit.value === "percent" ? { ratio: n / 100 } : { sentences: n };
    if (ui.textLanguage.value && ui.textLanguage.value !== "auto") result.language = ui.textLanguage.value;
    if (doc?.format) result.format = doc.format;
    return result;
  }

  function view() {
    return { style: ui.style.value };
  }

  function lengthText() {
    const n = Number(ui.length.value);
    return ui.unit.value === "percent" ? t.percentValue(n) : t.lengthValue(n);
  }

  function updateLengthLabel() {
    ui.lengthValue.textContent = lengthText();
    ui.length.setAttribute("aria-valuetext", lengthText());
  }

  // ---- progress and cancelling ---------------------------------------------------------------

  const jobs = new Set();

  /** Shows the progress bar for `promise` at once when the input is large, else after a while. */
  function track(promise, label, size) {
    const job = { label, visible: size > LARGE_INPUT, timer: 0 };
    if (!job.visible) {
      job.timer = setTimeout(() => {
        job.visible = true;
        updateBusy();
      }, SHOW_PROGRESS_AFTER_MS);
    }
    jobs.add(job);
    updateBusy();
    const done = () => {
      clearTimeout(job.timer);
      jobs.delete(job);
      updateBusy();
    };
    promise.then(done, done);
    return promise;
  }

  function updateBusy() {
    const visible = [...jobs].filter((job) => job.visible);
    root.dataset.busy = String(jobs.size > 0);
    if (visible.length === 0) {
      if (ui.busy.contains(document.activeElement)) ui.article.focus();
      ui.busy.hidden = true;
      return;
    }
    ui.busyText.textContent = visible.length === 1 ? t.working(visible[0].label) : t.workingMany(visible.length);
    ui.busy.hidden = false;
  }

  function cancelAll() {
    client.cancel();
    announce(t.cancelledAll);
  }

  // ---- documents ----------------------------------------------------------------------------

  function announce(text) {
    ui.status.textContent = text;
  }

  function label(doc) {
    return doc.name ?? t.pastedTitle;
  }

  function render(doc) {
    renderDoc(doc, t, view());
  }

  function renderAll() {
    for (const doc of docs) render(doc);
    renderDigestNow();
  }

  function addDoc(name) {
    const card = document.createElement("article");
    const doc = {
      id: nextId++,
      name,
      file: null,
      text: null,
      format: null,
      encoding: null,
      result: null,
      version: 0,
      error: null,
      retryable: false,
      busy: true,
      phase: "summarizing",
      card,
      controller: new AbortController(),
      run: null,
      stale: false,
      showOriginal: false,
      openWhy: new Set(),
    };
    card.className = "doc";
    card.id = `doc-${doc.id}`;
    card.tabIndex = -1; // the digest's links move the focus here
    card.dataset.testid = "doc";
    if (name) card.dataset.name = name;
    card.addEventListener("click", (event) => onCardClick(doc, event));
    card.addEventListener(
      "toggle",
      (event) => {
        const details = event.target;
        if (!(details instanceof HTMLDetailsElement) || details.dataset.whyKey == null) return;
        const key = Number(details.dataset.whyKey);
        if (details.open) doc.openWhy.add(key);
        else doc.openWhy.delete(key);
        if (details.open) fillWhy(doc.card, details); // opened otherwise than by its toggle
      },
      true, // "toggle" does not bubble
    );
    docs.push(doc);
    ui.results.append(card);
    updateToolbar();
    render(doc);
    return doc;
  }

  function removeDoc(doc) {
    doc.controller.abort();
    const index = docs.indexOf(doc);
    docs.splice(index, 1);
    const focusNext = doc.card.contains(document.activeElement);
    doc.card.remove();
    if (doc === pasted) pasted = null;
    updateToolbar();
    scheduleDigest();
    if (focusNext) (docs[index] ?? docs[index - 1])?.card.focus();
    if (focusNext && docs.length === 0) ui.article.focus();
  }

  function updateToolbar() {
    ui.toolbar.hidden = docs.length === 0;
  }

  function onCardClick(doc, event) {
    const target = event.target.closest?.("[data-action]");
    switch (target?.dataset.action) {
      case "remove":
        removeDoc(doc);
        break;
      case "retry":
        retry(doc);
        break;
      case "original":
        doc.showOriginal = !doc.showOriginal;
        render(doc);
        break;
      case "copy":
        copy([doc], "text", false);
        break;
      case "goto":
        event.preventDefault();
        goToSentence(doc, Number(target.dataset.sentence));
        break;
      case "why":
        fillWhy(doc.card, target.parentElement); // before the toggle opens it, so it opens whole
        break;
    }
  }

  /** Opens the original text and scrolls to the sentence, which takes the focus. */
  function goToSentence(doc, i) {
    if (!doc.showOriginal) {
      doc.showOriginal = true;
      render(doc);
    }
    const mark = document.getElementById(`doc-${doc.id}-s${i}`);
    if (!mark) return;
    const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
    mark.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
    mark.focus({ preventScroll: true });
    mark.classList.remove("flash");
    void mark.offsetWidth; // restarts the animation
    mark.classList.add("flash");
    // Renders keep the mark when it does not change: leave it as a render would have made it.
    mark.addEventListener("animationend", () => mark.classList.remove("flash"), { once: true });
  }

  function fail(doc, message, retryable = false) {
    doc.error = message;
    doc.retryable = retryable;
    doc.busy = false;
    render(doc);
  }

  /** The message for a failed request about `doc`. */
  function problemFor(doc, error) {
    if (error?.name === "TimeoutError") return t.timedOut(label(doc), Math.round(client.timeoutMs / 1000));
    if (error?.name === "AbortError") return t.cancelled(label(doc));
    return t.summaryFailed(label(doc), String(error?.message ?? error));
  }

  const isRetryable = (error) => error?.name === "TimeoutError" || error?.name === "AbortError";

  /**
   * Brings a document's summary up to date with the current options. At most one request per
   * document is in flight: moving the slider while it runs only marks the document stale, and the
   * loop then asks once more with the latest options. Resolves when the document is up to date.
   */
  function refresh(doc) {
    if (doc.text == null || doc.controller.signal.aborted) return Promise.resolve();
    if (!doc.run && answerNow(doc)) {
      scheduleDigest();
      return Promise.resolve();
    }
    doc.stale = true;
    doc.run ??= runUntilFresh(doc);
    return doc.run;
  }

  /**
   * Summarizes the document at once when the client can (summarizeNow: the same text at another
   * length, analysed on this thread already), so the card changes in the frame that moved the
   * slider; false when it cannot, and nothing changed.
   */
  function answerNow(doc) {
    const now = client.summarizeNow?.(doc.text, doc.name, options(doc)) ?? null;
    if (!now) return false;
    accept(doc, now);
    doc.busy = false;
    render(doc);
    return true;
  }

  /** A new summary of the document, from the worker or at once. */
  function accept(doc, result) {
    doc.result = result;
    doc.version++;
    doc.error = null;
    doc.retryable = false;
  }

  async function runUntilFresh(doc) {
    let showBusy = 0;
    try {
      while (doc.stale && !doc.controller.signal.aborted) {
        doc.stale = false;
        if (answerNow(doc)) continue;
        doc.busy = true;
        doc.phase = "summarizing";
        showBusy = setTimeout(() => {
          if (!doc.busy) return;
          doc.card.dataset.state = "loading";
          doc.card.setAttribute("aria-busy", "true");
        }, SHOW_BUSY_AFTER_MS);
        try {
          const request = client.summarize(doc.text, doc.name, options(doc), { signal: doc.controller.signal });
          accept(doc, await track(request, label(doc), doc.text.length));
          // One document: the slider will ask for this text again, so have it ready for
          // summarizeNow (the page's thread holds one text's analysis; several would evict each other).
          if (docs.filter((d) => d.text != null).length === 1) client.prepare?.(doc.text, doc.name, options(doc));
        } catch (e) {
          if (doc.controller.signal.aborted) return;
          doc.result = null;
          doc.error = problemFor(doc, e);
          doc.retryable = isRetryable(e);
          if (doc.retryable) {
            doc.stale = false; // cancelled or too slow: wait for "Try again", do not loop
            announce(doc.error);
          }
        }
        clearTimeout(showBusy);
        doc.busy = doc.stale;
        render(doc);
      }
    } finally {
      clearTimeout(showBusy);
      doc.run = null; // in the same turn as the last look at doc.stale, so no request is lost
      scheduleDigest();
    }
  }

  function retry(doc) {
    doc.error = null;
    doc.retryable = false;
    doc.busy = true;
    render(doc);
    const done = doc.text == null && doc.file ? loadFile(doc) : refresh(doc);
    done.then(() => {
      if (docs.includes(doc)) announceBatch([doc]);
    });
  }

  /** Announces what became of a batch; a cancelled or timed-out document says so in its own words. */
  function announceBatch(batch) {
    const done = batch.filter((d) => !d.error && d.result).map((d) => titleOf(d, t));
    const failed = batch.filter((d) => d.error && !d.retryable).map((d) => label(d));
    const stopped = batch.filter((d) => d.error && d.retryable).map((d) => d.error);
    announce([t.announceBatch(done, failed), ...stopped].filter(Boolean).join(" "));
  }

  async function summarizePasted() {
    const value = ui.article.value;
    if (value.trim() === "") {
      announce(t.pasteFirst);
      ui.article.focus();
      return;
    }
    saveText();
    const html = pastedHtml?.text === value ? pastedHtml.html : null;
    pasted ??= addDoc(null);
    const doc = pasted;
    doc.text = html ?? value;
    doc.format = html ? "html" : null;
    doc.error = null;
    await refresh(doc);
    if (docs.includes(doc)) announceBatch([doc]);
  }

  function problemMessage(name, problem) {
    switch (problem.reason) {
      case "too-large":
        return t.tooLarge(name, MAX_FILE_BYTES / 1024 / 1024);
      case "empty":
        return t.empty(name);
      case "binary":
        return t.binary(name, t.kinds[problem.kind] ?? t.kinds.binary);
      case "not-text":
        return t.notText(name, problem.detail);
      default:
        return t.unreadable(name);
    }
  }

  /** The core's decoder through the client; the page's own when the engine could not start. */
  function decoderFor(doc) {
    return async (buffer) => {
      if (engineFailed) return decodeOrThrow(new Uint8Array(buffer));
      const request = client.decode(buffer, { signal: doc.controller.signal });
      return track(request, label(doc), buffer.byteLength).catch((e) => {
        if (engineFailed && buffer.byteLength > 0) return decodeOrThrow(new Uint8Array(buffer));
        throw e;
      });
    };
  }

  /** Reads the document's file, then summarizes it. */
  async function loadFile(doc) {
    doc.phase = "reading";
    doc.busy = true;
    render(doc);
    let read;
    try {
      read = await readTextFile(doc.file, decoderFor(doc));
    } catch (e) {
      if (!doc.controller.signal.aborted) fail(doc, problemFor(doc, e), isRetryable(e));
      return;
    }
    if (doc.controller.signal.aborted) return;
    if (!read.ok) {
      fail(doc, problemMessage(doc.name, read));
      return;
    }
    doc.file = null; // the text is kept; the File is not needed any more
    doc.text = read.text;
    doc.encoding = read.encoding;
    await refresh(doc);
  }

  /** Files from the file input, a drop or a paste: one card each, all processed independently. */
  async function addFiles(files) {
    const batch = files.map((file) => {
      const doc = addDoc(file.name || "untitled");
      doc.file = file;
      return doc;
    });
    await Promise.all(batch.map(loadFile));
    const still = batch.filter((doc) => docs.includes(doc));
    if (still.length > 0) announceBatch(still);
  }

  let lengthRound = 0;
  async function refreshAll() {
    const round = ++lengthRound;
    const withText = docs.filter((doc) => doc.text != null && !doc.retryable);
    await Promise.all(withText.map(refresh));
    // Announce once the controls have settled, not on every step.
    if (round === lengthRound && withText.length > 0) announce(t.announceLength(lengthText(), withText.length));
  }

  function onLengthInput() {
    lengthValues[ui.unit.value] = Number(ui.length.value);
    updateLengthLabel();
    refreshAll();
  }

  function onUnitChange() {
    const spec = LENGTHS[ui.unit.value] ?? LENGTHS.sentences;
    ui.length.min = String(spec.min);
    ui.length.max = String(spec.max);
    ui.length.step = String(spec.step);
    ui.length.value = String(lengthValues[ui.unit.value] ?? spec.value);
    updateLengthLabel();
    refreshAll();
  }

  function clearAll() {
    for (const doc of [...docs]) removeDoc(doc);
    clearText(false);
    announce(t.cleared);
    ui.article.focus();
  }

  // ---- the digest of all documents ------------------------------------------------------------

  let digest = null; // { key, docs, result, error, controller }
  let digestTimer = 0;

  function scheduleDigest() {
    clearTimeout(digestTimer);
    digestTimer = setTimeout(refreshDigest, 0);
  }

  function digestInput(doc) {
    if (doc.name) return { text: doc.text, name: doc.name };
    return doc.format === "html" ? { text: doc.text, name: "clipboard.html" } : { text: doc.text };
  }

  function refreshDigest() {
    const ready = docs.filter((d) => d.result && !d.error && d.text != null);
    if (ready.length < 2 || !client.capabilities?.summarizeMany) {
      digest?.controller.abort();
      digest = null;
      renderDigestNow();
      return;
    }
    if (docs.some((d) => d.busy)) return; // called again when the last one settles
    const key = JSON.stringify([ready.map((d) => `${d.id}.${d.version}`), options()]);
    if (digest?.key === key && !digest.error) return;
    digest?.controller.abort();
    const current = { key, docs: ready, result: null, error: null, controller: new AbortController() };
    digest = current;
    renderDigestNow();
    const size = ready.reduce((n, d) => n + d.text.length, 0);
    const request = client.summarizeMany(ready.map(digestInput), options(), { signal: current.controller.signal });
    track(request, t.digestHeading, size).then(
      (result) => {
        if (digest !== current) return;
        current.result = result;
        renderDigestNow();
      },
      (e) => {
        if (digest !== current || current.controller.signal.aborted) return;
        current.error = e?.name === "TimeoutError" || e?.name === "AbortError"
          ? problemFor({ name: t.digestHeading }, e)
          : t.digestFailed(String(e?.message ?? e));
        renderDigestNow();
      },
    );
  }

  function renderDigestNow() {
    renderDigest(ui.digest, digest, t);
  }

  // ---- copy and save ------------------------------------------------------------------------

  function exportData(list, withDigest) {
    const entries = list
      .filter((d) => d.result && !d.error)
      .map((d) => ({ title: titleOf(d, t), name: d.name, result: d.result }));
    const groups = withDigest && digest?.result ? namedGroups(digest, t) : null;
    const exportDigest = groups?.length
      ? { groups: groups.map((g) => ({ label: g.label, year: g.year, keywords: g.keywords, sentences: g.sentences.map(({ text, source }) => ({ text, source })) })) }
      : null;
    return { entries, settings: { style: ui.style.value, digest: exportDigest, t, maxKeywords: MAX_KEYWORDS, options: options() } };
  }

  async function copy(list, format, withDigest) {
    const { entries, settings } = exportData(list, withDigest);
    if (entries.length === 0) return;
    const text = format === "markdown" ? toMarkdown(entries, settings) : toPlainText(entries, settings);
    try {
      await navigator.clipboard.writeText(text);
      announce(format === "markdown" ? t.copiedMarkdown : t.copied);
    } catch {
      announce(t.copyFailed);
    }
  }

  function save(extension) {
    const { entries, settings } = exportData(docs, true);
    if (entries.length === 0) return;
    const stem = entries.length === 1 ? `${fileStem(entries[0].name ?? entries[0].title)}-summary` : "summaries";
    const fileName = `${stem}.${extension}`;
    const [content, type] =
      extension === "md"
        ? [toMarkdown(entries, settings), "text/markdown;charset=utf-8"]
        : extension === "json"
          ? [toJson(entries, settings), "application/json"]
          : [toPlainText(entries, settings), "text/plain;charset=utf-8"];
    download(content, fileName, type);
    announce(t.saved(fileName));
  }

  // ---- the text box: pasting, keeping and restoring -------------------------------------------

  function readStorage(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null; // storage disabled
    }
  }

  function writeStorage(key, value) {
    try {
      if (value == null || value === "") localStorage.removeItem(key);
      else localStorage.setItem(key, value);
      return true;
    } catch {
      return false; // full or disabled: the text box still holds the text
    }
  }

  let saveTimer = 0;
  function saveText() {
    clearTimeout(saveTimer);
    const text = ui.article.value;
    if (text === "" || text.length > MAX_SAVED_CHARS) {
      writeStorage(STORAGE.text, null);
      return;
    }
    const html = pastedHtml?.text === text ? pastedHtml.html : null;
    if (!writeStorage(STORAGE.text, JSON.stringify({ text, html })) && html) {
      writeStorage(STORAGE.text, JSON.stringify({ text, html: null }));
    }
  }

  function restoreText() {
    let saved = null;
    try {
      saved = JSON.parse(readStorage(STORAGE.text) ?? "null");
    } catch {
      saved = null;
    }
    if (typeof saved?.text !== "string" || saved.text === "" || ui.article.value !== "") return;
    ui.article.value = saved.text;
    if (typeof saved.html === "string" && saved.html) pastedHtml = { html: saved.html, text: saved.text };
    announce(t.restored);
  }

  function clearText(speak = true) {
    ui.article.value = "";
    pastedHtml = null;
    saveText();
    if (speak) {
      announce(t.textCleared);
      ui.article.focus();
    }
  }

  /**
   * A paste into the text box. HTML on the clipboard (a web page copied from the browser) is kept
   * for the summarizer, which removes menus and other boilerplate; the box shows its plain text.
   * When the paste fills the whole box, it is summarized at once.
   */
  function onPaste(event) {
    const data = event.clipboardData;
    if (!data || data.files?.length > 0) return; // files: the drop zone takes them
    const box = ui.article;
    const fillsBox = box.selectionStart === 0 && box.selectionEnd === box.value.length;
    const html = data.getData("text/html");
    if (html.trim() !== "") {
      event.preventDefault();
      insertText(box, data.getData("text/plain") || textOfHtml(html));
      pastedHtml = fillsBox ? { html, text: box.value } : null;
    } else {
      pastedHtml = null;
    }
    if (fillsBox) setTimeout(summarizePasted, 0); // after the browser has inserted plain text
  }

  function onArticleInput() {
    if (pastedHtml && pastedHtml.text !== ui.article.value) pastedHtml = null;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveText, SAVE_AFTER_MS);
  }

  // ---- start --------------------------------------------------------------------------------

  function main() {
    applyStrings();
    restoreText();

    ui.uiLanguage.addEventListener("change", () => setLocale(ui.uiLanguage.value));
    ui.summarize.addEventListener("click", summarizePasted);
    ui.clearText.addEventListener("click", () => clearText());
    ui.article.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        summarizePasted();
      }
    });
    ui.article.addEventListener("paste", onPaste);
    ui.article.addEventListener("input", onArticleInput);
    addEventListener("pagehide", saveText);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") saveText();
    });
    ui.files.addEventListener("change", () => {
      const files = [...ui.files.files];
      ui.files.value = ""; // choosing the same file again fires "change" again
      if (files.length > 0) addFiles(files);
    });
    ui.dropZone.addEventListener("files", (event) => addFiles(event.detail.files));
    ui.dropZone.addEventListener("text", (event) => {
      ui.article.value = event.detail.text;
      pastedHtml = null;
      summarizePasted();
    });
    ui.length.addEventListener("input", onLengthInput);
    ui.unit.addEventListener("change", onUnitChange);
    ui.textLanguage.addEventListener("change", refreshAll);
    ui.style.addEventListener("change", renderAll);
    ui.cancel.addEventListener("click", cancelAll);
    ui.clear.addEventListener("click", clearAll);
    ui.toolbar.addEventListener("click", (event) => {
      const action = event.target.closest?.("[data-export]")?.dataset.export;
      if (action === "copy-text") copy(docs, "text", true);
      else if (action === "copy-markdown") copy(docs, "markdown", true);
      else if (action) save(action);
    });
    ui.digest.addEventListener("click", (event) => {
      const link = event.target.closest?.("[data-action=goto-doc]");
      if (!link) return;
      event.preventDefault();
      const card = document.getElementById(link.getAttribute("href").slice(1));
      card?.scrollIntoView({ block: "start" });
      card?.focus({ preventScroll: true });
    });

    // Start the engine now, so the first summary does not wait for it.
    // <html data-engine="loading|ready|failed"> lets styles and tests follow the engine's state.
    root.dataset.engine = "loading";
    client.ready().then(
      () => {
        root.dataset.engine = "ready";
        performance.mark("sunto-ready");
        scheduleDigest();
      },
      (error) => {
        engineFailed = true;
        root.dataset.engine = "failed";
        ui.engineError.textContent = t.engineFailed(String(error?.message ?? error));
        ui.engineError.hidden = false;
      },
    );
  }

  main();
}

/** Inserts text at the caret as typing would (so Undo works), or by hand if that is refused. */
function insertText(box, text) {
  box.focus();
  let inserted = false;
  try {
    inserted = document.execCommand("insertText", false, text);
  } catch {
    inserted = false;
  }
  if (!inserted) {
    box.setRangeText(text, box.selectionStart, box.selectionEnd, "end");
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }
}

/** The text of an HTML fragment, read in an inert document (no scripts run, nothing loads). */
function textOfHtml(html) {
  const parsed = new DOMParser().parseFromString(html, "text/html");
  return (parsed.body?.innerText ?? parsed.body?.textContent ?? "").trim();
}
