// The page: wires the text box, files, drop zone and length slider to the summarizer worker and
// renders one card per document. All user-facing text is in STRINGS below.

import { SummarizerClient } from "./client.js";
import "./drop-zone.js";
import { MAX_FILE_BYTES, readTextFile } from "./files.js";
import { renderDoc, titleOf } from "./render.js";

const LOCALE = "en";
const numbers = new Intl.NumberFormat(LOCALE);
const languages = new Intl.DisplayNames([LOCALE], { type: "language", fallback: "none" });
const plural = (n, one, other) => (new Intl.PluralRules(LOCALE).select(n) === "one" ? one : other);

/** Every user-facing string, in one place so translations can be added later. */
const STRINGS = {
  // static page text, applied to [data-i18n] elements
  tagline: "Summaries and key phrases for articles. Everything runs in your browser: nothing is uploaded.",
  inputHeading: "Article",
  pasteLabel: "Paste an article",
  pasteHint: "Plain text or Markdown. Ctrl+Enter summarizes.",
  summarize: "Summarize",
  lengthLabel: "Length",
  dropText: "Drop text, Markdown or HTML files anywhere on the page, or",
  chooseFiles: "Choose files",
  resultsHeading: "Summaries",
  clear: "Clear all",
  // cards
  pastedTitle: "Pasted text",
  summarizing: "Summarizing…",
  summaryHeading: "Summary",
  keywordsHeading: "Key phrases",
  noSentences: "No sentences to summarize were found.",
  noKeywords: "No key phrases were found.",
  remove: "Remove",
  removeNamed: (title) => `Remove ${title}`,
  languageName: (code) =>
    !code || code === "und" ? "Language unknown" : safeLanguageName(code) ?? code,
  words: (n) => `${numbers.format(n)} ${plural(n, "word", "words")}`,
  sentencesOf: (shown, total) => `${numbers.format(shown)} of ${numbers.format(total)} ${plural(total, "sentence", "sentences")}`,
  readAs: (encoding) => `read as ${encoding}`,
  lengthValue: (n) => `${numbers.format(n)} ${plural(n, "sentence", "sentences")}`,
  // problems, always naming the file
  tooLarge: (name) => `${name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB and was skipped.`,
  empty: (name) => `${name} is empty.`,
  binary: (name, kind) => `${name} is not a text file: it looks like ${STRINGS.kinds[kind] ?? STRINGS.kinds.binary}.`,
  unreadable: (name) => `${name} could not be read.`,
  summaryFailed: (name, error) => `Could not summarize ${name}: ${error}`,
  kinds: {
    png: "a PNG image",
    jpeg: "a JPEG image",
    gif: "a GIF image",
    pdf: "a PDF document",
    zip: "a ZIP archive (Word, OpenDocument and EPUB files are ZIP archives)",
    binary: "binary data",
  },
  engineFailed: (error) => `The summarizer could not start: ${error}`,
  // live region
  pasteFirst: "Paste an article first.",
  announceBatch: (done, failed) => {
    const parts = [];
    if (done.length > 0) parts.push(`${plural(done.length, "Summary", "Summaries")} ready: ${done.join(", ")}.`);
    if (failed.length > 0) parts.push(`Not summarized: ${failed.join(", ")}.`);
    return parts.join(" ");
  },
  announceLength: (n, count) => `Showing ${STRINGS.lengthValue(n)} for ${numbers.format(count)} ${plural(count, "document", "documents")}.`,
  cleared: "All summaries removed.",
};

function safeLanguageName(code) {
  try {
    return languages.of(code);
  } catch {
    return null;
  }
}

const $ = (id) => document.getElementById(id);
const ui = {
  article: $("article"),
  summarize: $("summarize"),
  length: $("length"),
  lengthValue: $("length-value"),
  files: $("files"),
  dropZone: $("drop-zone"),
  status: $("status"),
  results: $("results"),
  clear: $("clear"),
  engineError: $("engine-error"),
};

const client = new SummarizerClient();

/**
 * The documents on the page, in display order. A document keeps its text so the slider can
 * summarize it again: { name, text, encoding, result, error, busy, card, controller, run, stale }.
 */
const docs = [];
let pasted = null; // the document made from the text box, reused on each Summarize

function applyStaticStrings() {
  for (const element of document.querySelectorAll("[data-i18n]")) {
    const text = STRINGS[element.dataset.i18n];
    if (typeof text === "string") element.textContent = text;
  }
}

function options() {
  return { sentences: Number(ui.length.value) };
}

function announce(text) {
  ui.status.textContent = text;
}

function addDoc(name) {
  const card = document.createElement("article");
  card.className = "doc";
  card.dataset.testid = "doc";
  if (name) card.dataset.name = name;
  const doc = {
    name,
    text: null,
    encoding: null,
    result: null,
    error: null,
    busy: true,
    card,
    controller: new AbortController(),
    run: null,
    stale: false,
  };
  card.addEventListener("click", (event) => {
    if (event.target.closest?.("[data-action=remove]")) removeDoc(doc);
  });
  docs.push(doc);
  ui.results.append(card);
  ui.clear.hidden = false;
  renderDoc(doc, STRINGS);
  return doc;
}

function removeDoc(doc) {
  doc.controller.abort();
  doc.card.remove();
  docs.splice(docs.indexOf(doc), 1);
  if (doc === pasted) pasted = null;
  ui.clear.hidden = docs.length === 0;
}

function fail(doc, message) {
  doc.error = message;
  doc.busy = false;
  renderDoc(doc, STRINGS);
}

/**
 * Brings a document's summary up to date with the current options. At most one request per
 * document is in flight: moving the slider while it runs only marks the document stale, and the
 * loop then asks once more with the latest options. Resolves when the document is up to date.
 */
function refresh(doc) {
  if (doc.text == null || doc.controller.signal.aborted) return Promise.resolve();
  doc.stale = true;
  doc.run ??= runUntilFresh(doc);
  return doc.run;
}

async function runUntilFresh(doc) {
  try {
    while (doc.stale && !doc.controller.signal.aborted) {
      doc.stale = false;
      doc.busy = true;
      doc.card.dataset.state = "loading";
      doc.card.setAttribute("aria-busy", "true");
      try {
        doc.result = await client.summarize(doc.text, doc.name, options(), {
          signal: doc.controller.signal,
        });
        doc.error = null;
      } catch (e) {
        if (e?.name === "AbortError") return;
        doc.result = null;
        doc.error = STRINGS.summaryFailed(doc.name ?? STRINGS.pastedTitle, String(e?.message ?? e));
      }
      doc.busy = doc.stale;
      renderDoc(doc, STRINGS);
    }
  } finally {
    doc.run = null; // in the same turn as the last look at doc.stale, so no request is lost
  }
}

function announceBatch(batch) {
  const done = batch.filter((d) => !d.error && d.result).map((d) => titleOf(d, STRINGS));
  const failed = batch.filter((d) => d.error).map((d) => d.name ?? STRINGS.pastedTitle);
  announce(STRINGS.announceBatch(done, failed));
}

async function summarizePasted() {
  const text = ui.article.value;
  if (text.trim() === "") {
    announce(STRINGS.pasteFirst);
    ui.article.focus();
    return;
  }
  pasted ??= addDoc(null);
  pasted.text = text;
  pasted.error = null;
  const doc = pasted;
  await refresh(doc);
  if (docs.includes(doc)) announceBatch([doc]);
}

function problemMessage(name, problem) {
  switch (problem.reason) {
    case "too-large":
      return STRINGS.tooLarge(name);
    case "empty":
      return STRINGS.empty(name);
    case "binary":
      return STRINGS.binary(name, problem.kind);
    default:
      return STRINGS.unreadable(name);
  }
}

/** Files from the file input, a drop or a paste: one card each, all processed independently. */
async function addFiles(files) {
  const batch = files.map((file) => ({ file, doc: addDoc(file.name || "untitled") }));
  await Promise.all(
    batch.map(async ({ file, doc }) => {
      const read = await readTextFile(file);
      if (doc.controller.signal.aborted) return;
      if (!read.ok) {
        fail(doc, problemMessage(doc.name, read));
        return;
      }
      doc.text = read.text;
      doc.encoding = read.encoding;
      await refresh(doc);
    }),
  );
  const still = batch.map(({ doc }) => doc).filter((doc) => docs.includes(doc));
  if (still.length > 0) announceBatch(still);
}

let lengthRound = 0;
async function onLengthInput() {
  const n = Number(ui.length.value);
  ui.lengthValue.textContent = STRINGS.lengthValue(n);
  ui.length.setAttribute("aria-valuetext", STRINGS.lengthValue(n));
  const round = ++lengthRound;
  const withText = docs.filter((doc) => doc.text != null);
  await Promise.all(withText.map(refresh));
  // Announce once the slider has settled, not on every step.
  if (round === lengthRound && withText.length > 0) announce(STRINGS.announceLength(n, withText.length));
}

function clearAll() {
  for (const doc of [...docs]) removeDoc(doc);
  announce(STRINGS.cleared);
  ui.article.focus();
}

function showEngineError(error) {
  ui.engineError.textContent = STRINGS.engineFailed(String(error?.message ?? error));
  ui.engineError.hidden = false;
}

function main() {
  applyStaticStrings();
  ui.lengthValue.textContent = STRINGS.lengthValue(Number(ui.length.value));
  ui.length.setAttribute("aria-valuetext", STRINGS.lengthValue(Number(ui.length.value)));

  ui.summarize.addEventListener("click", summarizePasted);
  ui.article.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      summarizePasted();
    }
  });
  ui.files.addEventListener("change", () => {
    const files = [...ui.files.files];
    ui.files.value = ""; // choosing the same file again fires "change" again
    if (files.length > 0) addFiles(files);
  });
  ui.dropZone.addEventListener("files", (event) => addFiles(event.detail.files));
  ui.dropZone.addEventListener("text", (event) => {
    ui.article.value = event.detail.text;
    summarizePasted();
  });
  ui.length.addEventListener("input", onLengthInput);
  ui.clear.addEventListener("click", clearAll);

  // Start the worker and the wasm now, so the first summary does not wait for them.
  // <html data-engine="loading|ready|failed"> lets styles and tests follow the engine's state.
  const root = document.documentElement;
  root.dataset.engine = "loading";
  client.ready().then(
    () => {
      root.dataset.engine = "ready";
    },
    (error) => {
      root.dataset.engine = "failed";
      showEngineError(error);
    },
  );
}

main();
