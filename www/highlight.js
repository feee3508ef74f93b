// The original text with the summary's sentences and key phrases marked, built as DOM nodes: the
// text only ever enters the page as text nodes, whatever it contains (HTML source included).
//
//   panel.replaceChildren(highlighted(text, result, { idPrefix: "doc-3" }));
//
// Offsets come from the result (UTF-16 code units, half-open, in the text the core was given).
// Each summary sentence becomes one <mark id="doc-3-s{i}">, i its position in result.sentences,
// so its text is exactly text.slice(start, end). Key phrase occurrences become <span class="kp">,
// clipped at sentence edges; overlapping occurrences ("ponte", "ponte sul torrente") are merged.

/**
 * `keywordCount` limits the key phrases marked to the first (best) ones, as many as the card
 * shows. Ranges out of bounds or overlapping an earlier sentence are ignored.
 */
export function highlighted(text, result, { idPrefix, keywordCount = Infinity } = {}) {
  const fragment = document.createDocumentFragment();
  const sentences = sentenceRanges(text.length, result?.sentences);
  const phrases = phraseRanges(text.length, result?.keywords, keywordCount);
  const emit = (parent, from, to) => appendWithPhrases(parent, text, from, to, phrases);

  let at = 0;
  for (const { start, end, i } of sentences) {
    emit(fragment, at, start);
    const mark = document.createElement("mark");
    mark.className = "sentence-mark";
    if (idPrefix) mark.id = `${idPrefix}-s${i}`;
    mark.dataset.sentence = String(i);
    mark.dataset.testid = "original-mark";
    mark.tabIndex = -1; // focusable from the summary's links, not a tab stop
    emit(mark, start, end);
    fragment.append(mark);
    at = end;
  }
  emit(fragment, at, text.length);
  return fragment;
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
