// Builds the card of one document. Every piece of text that came from the user or the summarizer
// goes in through textContent (or an attribute), never through HTML parsing.

/** Key phrases shown per document. */
export const MAX_KEYWORDS = 10;

/**
 * Fills `doc.card` (an <article class="doc">) from the document's state:
 *   doc.name      file name or null for pasted text
 *   doc.encoding  "utf-8", "windows-1252", … (null before the file is read)
 *   doc.result    the summarizer's result, or null
 *   doc.error     a message for the user, or null
 *   doc.busy      true while a summary is being computed
 * `t` is the page's strings object.
 */
export function renderDoc(doc, t) {
  const card = doc.card;
  const result = doc.result;
  const state = doc.error ? "error" : doc.busy ? "loading" : "done";
  card.dataset.state = state;
  card.setAttribute("aria-busy", String(state === "loading"));
  card.classList.toggle("has-error", state === "error");

  const title = el("h2", "doc-title", titleOf(doc, t), "doc-title");
  const header = el("header", "doc-header");
  header.append(title, el("p", "doc-meta", metaOf(doc, t), "doc-meta"));

  const remove = el("button", "button subtle doc-remove", t.remove, "doc-remove");
  remove.type = "button";
  remove.setAttribute("aria-label", t.removeNamed(titleOf(doc, t)));
  remove.dataset.action = "remove";
  header.append(remove);

  const parts = [header];
  if (doc.error) {
    parts.push(el("p", "doc-status error", doc.error, "doc-error"));
  } else if (!result) {
    parts.push(el("p", "doc-status", t.summarizing, "doc-status"));
  }
  if (result && !doc.error) parts.push(summarySection(result, t), keywordSection(result, t));
  card.replaceChildren(...parts);
}

export function titleOf(doc, t) {
  const title = typeof doc.result?.title === "string" ? doc.result.title.trim() : "";
  return title || doc.name || t.pastedTitle;
}

function metaOf(doc, t) {
  const parts = [];
  const result = doc.result;
  if (result && !doc.error) {
    parts.push(t.languageName(result.language));
    const stats = result.stats ?? {};
    if (Number.isFinite(stats.words)) parts.push(t.words(stats.words));
    if (Number.isFinite(stats.sentences)) {
      parts.push(t.sentencesOf(result.sentences?.length ?? 0, stats.sentences));
    }
  }
  if (doc.name) parts.push(doc.name);
  if (doc.encoding && doc.encoding !== "utf-8") parts.push(t.readAs(doc.encoding));
  return parts.join(" · ");
}

function summarySection(result, t) {
  const section = el("section", "doc-summary-section");
  section.append(el("h3", null, t.summaryHeading));
  const sentences = Array.isArray(result.sentences) ? result.sentences : [];
  if (sentences.length === 0) {
    section.append(el("p", "doc-empty", t.noSentences, "doc-no-sentences"));
    return section;
  }
  const list = el("ol", "summary", null, "doc-summary");
  setLang(list, result.language);
  for (const sentence of sentences) {
    list.append(el("li", null, String(sentence.text ?? "").trim(), "summary-sentence"));
  }
  section.append(list);
  return section;
}

function keywordSection(result, t) {
  const section = el("section", "doc-keywords-section");
  section.append(el("h3", null, t.keywordsHeading));
  const keywords = (Array.isArray(result.keywords) ? result.keywords : []).slice(0, MAX_KEYWORDS);
  if (keywords.length === 0) {
    section.append(el("p", "doc-empty", t.noKeywords, "doc-no-keywords"));
    return section;
  }
  const list = el("ul", "chips", null, "doc-keywords");
  setLang(list, result.language);
  for (const keyword of keywords) list.append(el("li", "chip", String(keyword.text ?? ""), "keyword"));
  section.append(list);
  return section;
}

/** Marks text in a known language so screen readers pronounce it right. */
function setLang(element, language) {
  if (typeof language === "string" && language !== "und" && /^[a-z]{2,3}$/.test(language)) {
    element.lang = language;
  }
}

function el(tag, className, text, testId) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text != null) element.textContent = text;
  if (testId) element.dataset.testid = testId;
  return element;
}
