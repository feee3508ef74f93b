// Builds the card of one document and the digest of all of them. Every piece of text that came
// from the user or the summarizer goes in through textContent, text nodes or attributes, never
// through HTML parsing.

import { clean, headlineOf } from "./export.js";
import { highlight } from "./highlight.js";
import { keyed, patchAttributes, patchChildren, reuse } from "./patch.js";

/** Key phrases shown per document. */
export const MAX_KEYWORDS = 10;

/** Key phrases shown per group of the digest (its label already names the best ones). */
const DIGEST_KEYWORDS = 6;

/** Reading speed for the reading-time estimates. */
export const WORDS_PER_MINUTE = 230;

const FEATURES = ["centrality", "coverage", "position", "length", "title"];
const FEATURE_LABELS = {
  centrality: "featureCentrality",
  coverage: "featureCoverage",
  position: "featurePosition",
  length: "featureLength",
  title: "featureTitle",
};

/**
 * Fills `doc.card` (an <article class="doc">) from the document's state, changing only what
 * differs from the card's last render (patch.js; the original text through highlight.js):
 *   doc.id         a number, unique on the page (element ids derive from it)
 *   doc.name       file name or null for pasted text
 *   doc.text       the text the core was given (HTML source for a web page), or null
 *   doc.encoding   "utf-8", "windows-1252", … (null before the file is read)
 *   doc.result     the summarizer's result, or null
 *   doc.error      a message for the user, or null; doc.retryable: offer "Try again"
 *   doc.phase      "reading" | "summarizing" while busy
 *   doc.busy       true while a summary is being computed
 *   doc.showOriginal, doc.openWhy (Set of sentence indices whose "why" is open)
 * `t` is the page's strings, `view` is `{ style: "sentences" | "bullets" | "headline" }`.
 * Keeps the focus (the element itself, or one with the same data-key) and the original panel
 * with its scroll position across renders.
 */
export function renderDoc(doc, t, view) {
  const card = doc.card;
  const result = doc.result;
  const state = doc.error ? "error" : doc.busy ? "loading" : "done";
  const focusKey = card.contains(document.activeElement) ? document.activeElement.dataset.key : null;

  card.dataset.state = state;
  card.setAttribute("aria-busy", String(state === "loading"));
  card.classList.toggle("has-error", state === "error");

  const title = titleOf(doc, t);
  const heading = el("h2", "doc-title", title, "doc-title");
  heading.id = `doc-${doc.id}-title`;
  card.setAttribute("aria-labelledby", heading.id);
  const header = el("header", "doc-header");
  header.append(heading, el("p", "doc-meta", metaOf(doc, t), "doc-meta"));
  if (result && !doc.error) header.append(el("p", "doc-reading", readingOf(result, t, view), "doc-reading"));
  const remove = button(t.remove, "button subtle doc-remove", "remove", "doc-remove");
  remove.setAttribute("aria-label", t.removeNamed(title));
  header.append(remove);

  const parts = [header];
  if (doc.error) {
    parts.push(el("p", "doc-status error", doc.error, "doc-error"));
    if (doc.retryable) parts.push(button(t.retry, "button", "retry", "doc-retry"));
  } else if (!result) {
    parts.push(el("p", "doc-status", doc.phase === "reading" ? t.reading : t.summarizing, "doc-status"));
  }
  if (result && !doc.error) {
    parts.push(summarySection(doc, t, view), keywordSection(result, t), actions(doc, t));
    if (doc.showOriginal) parts.push(...originalPanel(doc, t));
  }
  patchChildren(card, parts);

  if (focusKey && !card.contains(document.activeElement)) {
    card.querySelector(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
  }
}

export function titleOf(doc, t) {
  const title = typeof doc.result?.title === "string" ? clean(doc.result.title) : "";
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
  if (result?.format === "html" && !doc.error) parts.push(t.readAsHtml);
  return parts.join(" · ");
}

/** "Reading time: 6 min → 40 s", at WORDS_PER_MINUTE, for the text and for what is shown. */
function readingOf(result, t, view) {
  const words = Number(result.stats?.words) || 0;
  let shown;
  if (view.style === "headline") shown = countWords(headlineOf(result));
  else if (Number.isFinite(result.stats?.summaryWords)) shown = result.stats.summaryWords;
  else shown = (result.sentences ?? []).reduce((n, s) => n + countWords(s.text), 0);
  const seconds = (n) => (n / WORDS_PER_MINUTE) * 60;
  return t.readingTime(seconds(words), seconds(shown));
}

/** Words as the core counts them (`reader_words`): runs between spaces, and in Chinese and
 * Japanese each ideograph or kana and each stretch of other characters between them. */
function countWords(text) {
  return (String(text ?? "").match(READER_WORD) ?? []).length;
}
const CJK = "\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2fa1f}";
const READER_WORD = new RegExp(`[${CJK}]|[^\\s${CJK}]+`, "gu");

function summarySection(doc, t, view) {
  const result = doc.result;
  const section = el("section", "doc-summary-section");
  const sentences = Array.isArray(result.sentences) ? result.sentences : [];
  if (view.style === "headline") {
    section.append(el("h3", null, t.headlineHeading));
    const headline = el("p", "headline", headlineOf(result), "doc-headline");
    setLang(headline, result.language);
    section.append(headline);
    return section;
  }
  section.append(el("h3", null, t.summaryHeading));
  if (sentences.length === 0) {
    section.append(el("p", "doc-empty", t.noSentences, "doc-no-sentences"));
    return section;
  }
  const list = el(view.style === "bullets" ? "ul" : "ol", `summary ${view.style}`, null, "doc-summary");
  list.setAttribute("aria-describedby", `doc-${doc.id}-links-hint`);
  setLang(list, result.language);
  const shown = new Map();
  whyContents.set(doc.card, new Map());
  sentences.forEach((sentence, i) => {
    const item = keyed(el("li", null, null, "summary-sentence"), `s-${sentence.index ?? i}`);
    const link = el("a", "sentence-link", clean(sentence.text), "sentence-text");
    link.href = `#doc-${doc.id}-s${i}`;
    link.dataset.action = "goto";
    link.dataset.sentence = String(i);
    link.dataset.key = `s-${sentence.index ?? i}`;
    item.append(link, why(doc, sentence, i, t, shown));
    list.append(item);
  });
  whys.set(doc.card, shown);
  const hint = el("p", "visually-hidden", t.sentenceLinkHint);
  hint.id = `doc-${doc.id}-links-hint`;
  section.append(list, hint);
  return section;
}

/** Each card's "why" elements from its last render: Map(key → { signature, details }). */
const whys = new WeakMap();

/** Each card's builders of the contents of its "why" elements, for those built closed: Map(key → () => nodes). */
const whyContents = new WeakMap();

/**
 * The "why" of a sentence: its features, the weights, their products and the key phrases in it.
 * The same as in the card's last render (the slider moved, the sentence stayed): that element.
 * A closed one holds only its toggle until it opens (fillWhy): the weights change with the
 * summary's length, so every slider move would otherwise rebuild every sentence's table.
 */
function why(doc, sentence, i, t, shown) {
  const result = doc.result;
  const key = sentence.index ?? i;
  const open = doc.openWhy?.has(key) ?? false;
  const phrases = (Array.isArray(sentence.keywords) ? sentence.keywords : []).map((k) => result.keywords?.[k]?.text);
  const content = () => whyContent(result, sentence, phrases, t);
  whyContents.get(doc.card)?.set(key, content);
  const signature = JSON.stringify([t.locale, sentence.features, sentence.score, phrases, result.weights, result.language]);
  const before = whys.get(doc.card)?.get(key);
  if (before?.signature === signature && before.details.open === open && doc.card.contains(before.details)) {
    shown.set(key, before);
    return reuse(before.details);
  }
  const details = el("details", "why", null, "why");
  shown.set(key, { signature, details });
  details.dataset.whyKey = String(key);
  details.open = open;
  const summary = el("summary", null, t.why, "why-toggle");
  summary.dataset.key = `why-${key}`;
  summary.dataset.action = "why";
  details.append(summary);
  if (open) details.append(...content());
  return details;
}

/**
 * Builds the contents of a "why" of `card` that is about to open (its toggle was clicked) or has
 * just opened, if they are not there yet.
 */
export function fillWhy(card, details) {
  if (!(details instanceof HTMLDetailsElement) || details.querySelector(":scope > table")) return;
  const content = whyContents.get(card)?.get(Number(details.dataset.whyKey));
  if (content) details.append(...content());
}

/** The table of a sentence's features, weights and contributions, and its key phrases. */
function whyContent(result, sentence, phrases, t) {
  const nodes = [];
  const features = sentence.features ?? {};
  const weights = result.weights ?? {};
  const table = el("table", "why-table", null, "why-table");
  table.append(el("caption", null, t.whyCaption));
  const head = el("thead");
  head.append(row("th", [t.whyFeature, t.whyValue, t.whyWeight, t.whyContribution], "col"));
  const body = el("tbody");
  for (const name of FEATURES) {
    const value = Number(features[name]);
    const weight = Number(weights[name]);
    const product = value * weight;
    const tr = row("td", [t[FEATURE_LABELS[name]], fmt(value), fmt(weight), fmt(product)]);
    tr.firstChild.replaceWith(withScope(el("th", null, t[FEATURE_LABELS[name]]), "row"));
    body.append(tr);
  }
  const foot = el("tfoot");
  const total = row("td", [t.whyTotal, "", "", fmt(Number(sentence.score))]);
  total.firstChild.replaceWith(withScope(el("th", null, t.whyTotal), "row"));
  foot.append(total);
  table.append(head, body, foot);
  nodes.push(table);

  const names = phrases.filter((text) => typeof text === "string").map(clean);
  if (names.length === 0) {
    nodes.push(el("p", "why-keywords", t.whyNoKeywords));
  } else {
    const p = el("p", "why-keywords", `${t.whyKeywords} `);
    const list = el("span", null, names.join(", "), "why-keywords");
    setLang(list, result.language);
    p.append(list);
    nodes.push(p);
  }
  return nodes;
}

function fmt(n) {
  return Number.isFinite(n) ? n.toFixed(3) : "–";
}

function row(cellTag, cells, scope) {
  const tr = el("tr");
  for (const text of cells) {
    const cell = el(cellTag, null, text);
    if (scope) cell.scope = scope;
    tr.append(cell);
  }
  return tr;
}

function withScope(cell, scope) {
  cell.scope = scope;
  return cell;
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
  for (const keyword of keywords) list.append(el("li", "chip", clean(keyword.text), "keyword"));
  section.append(list);
  return section;
}

function actions(doc, t) {
  const bar = el("div", "doc-actions");
  const toggle = button(t.showOriginal, "button subtle", "original", "original-toggle");
  toggle.setAttribute("aria-expanded", String(Boolean(doc.showOriginal)));
  toggle.setAttribute("aria-controls", `doc-${doc.id}-original`);
  const copy = button(t.copy, "button subtle", "copy", "doc-copy");
  copy.setAttribute("aria-label", t.copyNamed(titleOf(doc, t)));
  bar.append(toggle, copy);
  return bar;
}

/** The legend and the panel of the original text; the card's panel is kept and updated. */
function originalPanel(doc, t) {
  const legend = el("p", "original-legend", doc.result.format === "html" ? t.originalHtmlLegend : t.originalLegend);
  let panel = el("div", "original", null, "original");
  panel.id = `doc-${doc.id}-original`;
  panel.setAttribute("role", "region");
  panel.setAttribute("aria-label", t.originalLabel(titleOf(doc, t)));
  panel.tabIndex = 0; // scrollable with the keyboard
  if (doc.result.format !== "html") setLang(panel, doc.result.language);
  const shown = doc.card.querySelector(":scope > .original");
  if (shown) panel = patchAttributes(shown, panel);
  highlight(panel, doc.text ?? "", doc.result, { idPrefix: `doc-${doc.id}`, keywordCount: MAX_KEYWORDS });
  return [legend, panel];
}

/**
 * Fills the digest section from `digest`: null (hidden), `{ busy }`, `{ error }`, or `{ result,
 * docs }` where docs[i] is the page's document for the core's document index i.
 */
export function renderDigest(section, digest, t) {
  section.hidden = !digest;
  if (!digest) {
    section.replaceChildren();
    return;
  }
  section.setAttribute("aria-busy", String(Boolean(digest.busy)));
  const heading = el("h2", null, t.digestHeading);
  heading.id = "digest-heading";
  section.setAttribute("aria-labelledby", heading.id);
  const parts = [heading];
  if (digest.error) {
    parts.push(el("p", "doc-status error", digest.error, "digest-error"));
  } else if (!digest.result) {
    parts.push(el("p", "doc-status", t.digestWorking, "digest-status"));
  } else {
    parts.push(el("p", "hint", t.digestIntro(digest.docs.length)));
    for (const group of namedGroups(digest, t)) {
      const box = el("section", "digest-group", null, "digest-group");
      const label = el("h3", "digest-label", group.year ? `${group.label} · ${group.year}` : group.label, "digest-label");
      box.append(label);
      const list = el("ul", "digest-sentences");
      for (const s of group.sentences) {
        const item = el("li", null, null, "digest-sentence");
        const text = el("span", "digest-text", s.text, "digest-text");
        setLang(text, s.language);
        const source = el("a", "digest-source", t.fromDocument(s.source), "digest-source");
        source.href = `#doc-${s.docId}`;
        source.dataset.action = "goto-doc";
        item.append(text, " ", source);
        list.append(item);
      }
      box.append(list);
      if (group.keywords.length > 0) {
        box.append(el("p", "digest-keywords", `${t.digestGroupKeywords} ${group.keywords.join(", ")}`));
      }
      parts.push(box);
    }
  }
  section.replaceChildren(...parts);
}

/** The digest's groups with each sentence's document named: what is shown and exported. */
export function namedGroups(digest, t) {
  const groups = Array.isArray(digest?.result?.groups) ? digest.result.groups : [];
  return groups.map((group) => ({
    label: clean(group.label) || "—",
    year: Number.isInteger(group.year) ? group.year : null,
    keywords: (Array.isArray(group.keywords) ? group.keywords : [])
      .map((k) => clean(k?.text ?? k))
      .filter(Boolean)
      .slice(0, DIGEST_KEYWORDS),
    sentences: (Array.isArray(group.sentences) ? group.sentences : [])
      .filter((s) => digest.docs[s.document])
      .map((s) => {
        const doc = digest.docs[s.document];
        return { text: clean(s.text), source: titleOf(doc, t), docId: doc.id, language: doc.result?.language };
      }),
  }));
}

/** Marks text in a known language so screen readers pronounce it right. */
function setLang(element, language) {
  if (typeof language === "string" && language !== "und" && /^[a-z]{2,3}$/.test(language)) {
    element.lang = language;
  }
}

function button(text, className, action, testId) {
  const b = el("button", className, text, testId);
  b.type = "button";
  b.dataset.action = action;
  b.dataset.key = action;
  return b;
}

function el(tag, className, text, testId) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text != null) element.textContent = text;
  if (testId) element.dataset.testid = testId;
  return element;
}
