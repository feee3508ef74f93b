// The original text with the summary's sentences and key phrases marked, built as DOM nodes: the
// text only ever enters the page as text nodes, whatever it contains (HTML source included).
//
//   highlight(panel, text, result, { idPrefix: "doc-3" });   // fills the panel; again on a change
//
// Offsets come from the result (UTF-16 code units, half-open, in the text the core was given).
// Each summary sentence becomes one <mark id="doc-3-s{i}">, i its position in result.sentences,
// so its text is exactly text.slice(start, end). Key phrase occurrences become <span class="kp">,
// clipped at sentence edges; overlapping occurrences ("ponte", "ponte sul torrente") are merged.
//
// The panel holds the text in parts: one <div> per PART_CHARS characters or so, each ending at a
// line break that is not inside a marked sentence or key phrase, so with `white-space: pre-wrap`
// the text lays out as it would in one block. Called again on the same panel with the same text,
// highlight rebuilds only the parts whose marks changed and renumbers the marks of the others:
// with a 50 KB article, a move of the length slider lays out a few parts, not the whole text.
// A part rebuilt over the same stretch of text keeps its element: the stylesheet lays out only
// the parts near the panel's visible area (content-visibility), and one out of view keeps the
// height it had when last shown.

import { keyed, patchChildren } from "./patch.js";

/** Characters per part of the panel, at least (a part ends at the next line break). */
const PART_CHARS = 1000;

/** What each panel shows: { text, parts: Map(signature → part), ranges: Map("from-to" → part) }. */
const panels = new WeakMap();

/**
 * Makes `panel`'s content the text with `result` marked. `keywordCount` limits the key phrases
 * marked to the first (best) ones, as many as the card shows. Ranges out of bounds or overlapping
 * an earlier sentence are ignored.
 */
export function highlight(panel, text, result, { idPrefix, keywordCount = Infinity } = {}) {
  const sentences = sentenceRanges(text.length, result?.sentences);
  const phrases = phraseRanges(text.length, result?.keywords, keywordCount);
  const last = panels.get(panel);
  const before = last?.text === text ? last.parts : new Map();
  const beforeRanges = last?.text === text ? last.ranges : new Map();
  const parts = new Map();
  const ranges = new Map();
  let s = 0; // the first sentence, and the first key phrase, not in an earlier part
  let p = 0;
  for (const [from, to] of partRanges(text, [...sentences, ...phrases])) {
    const s0 = s;
    const p0 = p;
    while (s < sentences.length && sentences[s].end <= to) s++;
    while (p < phrases.length && phrases[p].end <= to) p++;
    const marks = sentences.slice(s0, s);
    const underlined = phrases.slice(p0, p);
    const range = `${from}-${to}`;
    const signature = [range, ...marks.map((r) => `s${r.start}-${r.end}`), ...underlined.map((r) => `k${r.start}-${r.end}`)]
      .join(" "); // what the part shows, apart from the marks' numbers
    let part = before.get(signature);
    if (part?.parentNode === panel) {
      renumber(part, marks, idPrefix);
    } else {
      const content = fillPart(document.createDocumentFragment(), text, from, to, marks, underlined, idPrefix);
      part = beforeRanges.get(range);
      if (part?.parentNode !== panel) part = document.createElement("div");
      part.replaceChildren(content);
      keyed(part, signature);
    }
    parts.set(signature, part);
    ranges.set(range, part);
  }
  panels.set(panel, { text, parts, ranges });
  patchChildren(panel, [...parts.values()]);
}

/**
 * Where the parts start and end: `[[from, to]]`, covering the text. A part ends after a line break
 * at least PART_CHARS characters in, never inside one of the `blocked` ranges.
 */
function partRanges(text, blocked) {
  blocked.sort((a, b) => a.start - b.start);
  const ranges = [];
  let b = 0;
  for (let from = 0; from < text.length; ) {
    let cut = text.indexOf("\n", from + PART_CHARS - 1) + 1; // 0: no line break left
    while (cut > 0) {
      while (b < blocked.length && blocked[b].end <= cut) b++; // over for this cut and the later ones
      let inside = null;
      for (let k = b; k < blocked.length && blocked[k].start < cut; k++) {
        if (cut < blocked[k].end) inside = blocked[k];
      }
      if (!inside) break;
      cut = text.indexOf("\n", inside.end - 1) + 1;
    }
    const to = cut > 0 ? cut : text.length;
    ranges.push([from, to]);
    from = to;
  }
  return ranges;
}

/** Appends to `part` text[from, to) with the sentences in it marked and the key phrases underlined. */
function fillPart(part, text, from, to, sentences, phrases, idPrefix) {
  let at = from;
  for (const { start, end, i } of sentences) {
    appendWithPhrases(part, text, at, start, phrases);
    const mark = document.createElement("mark");
    mark.className = "sentence-mark";
    if (idPrefix) mark.id = `${idPrefix}-s${i}`;
    mark.dataset.sentence = String(i);
    mark.dataset.testid = "original-mark";
    mark.tabIndex = -1; // focusable from the summary's links, not a tab stop
    appendWithPhrases(mark, text, start, end, phrases);
    part.append(mark);
    at = end;
  }
  appendWithPhrases(part, text, at, to, phrases);
  return part;
}

/** Gives a kept part's marks the numbers of this summary (a sentence earlier in the text moves them). */
function renumber(part, sentences, idPrefix) {
  const marks = part.querySelectorAll(":scope > mark");
  sentences.forEach(({ i }, k) => {
    const mark = marks[k];
    if (!idPrefix) mark.removeAttribute("id");
    else if (mark.id !== `${idPrefix}-s${i}`) mark.id = `${idPrefix}-s${i}`;
    if (mark.dataset.sentence !== String(i)) mark.dataset.sentence = String(i);
  });
}

/** Summary sentence ranges, sorted, in bounds and without overlaps: `[{ start, end, i }]`. */
function sentenceRanges(length, sentences) {
  const ranges = (Array.isArray(sentences) ? sentences : [])
    .map((s, i) => ({ start: Number(s?.start), end: Number(s?.end), i }))
    .filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start < r.end && r.end <= length)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = [];
  for (const r of ranges) if (kept.length === 0 || r.start >= kept.at(-1).end) kept.push(r);
  return kept;
}

/** Key phrase occurrences, merged where they overlap: sorted `[{ start, end }]`. */
function phraseRanges(length, keywords, count) {
  const ranges = [];
  for (const keyword of (Array.isArray(keywords) ? keywords : []).slice(0, count)) {
    for (const o of Array.isArray(keyword?.occurrences) ? keyword.occurrences : []) {
      const start = Number(o?.start);
      const end = Number(o?.end);
      if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= length) {
        ranges.push({ start, end });
      }
    }
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Appends text[from, to) to `parent`, wrapping the key phrase parts in spans. */
function appendWithPhrases(parent, text, from, to, phrases) {
  if (from >= to) return;
  let at = from;
  for (let k = firstEndingAfter(phrases, from); k < phrases.length && phrases[k].start < to; k++) {
    const start = Math.max(phrases[k].start, from);
    const end = Math.min(phrases[k].end, to);
    if (start > at) parent.append(document.createTextNode(text.slice(at, start)));
    const span = document.createElement("span");
    span.className = "kp";
    span.dataset.testid = "original-keyphrase";
    span.textContent = text.slice(start, end);
    parent.append(span);
    at = end;
  }
  if (at < to) parent.append(document.createTextNode(text.slice(at, to)));
}

/** Index of the first range whose end is after `offset` (binary search; ranges are disjoint). */
function firstEndingAfter(ranges, offset) {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
