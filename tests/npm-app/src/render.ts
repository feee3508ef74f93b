import type { Keyword, Summary, SummarySentence } from "sunto";

/** Fills `root` with the summary, as text only. */
export function render(root: HTMLElement, summary: Summary, source: string): void {
  const heading = document.createElement("h2");
  heading.dataset.testid = "headline";
  heading.textContent = summary.headline || summary.title || "Summary";

  const list = document.createElement("ol");
  list.lang = summary.language === "und" ? "" : summary.language;
  for (const sentence of summary.sentences) list.append(sentenceItem(sentence, source));

  const keywords = document.createElement("p");
  keywords.dataset.testid = "keywords";
  keywords.textContent = summary.keywords.map((k: Keyword) => k.text).join(" · ");

  const stats = document.createElement("p");
  stats.dataset.testid = "stats";
  stats.textContent = `${summary.stats.summaryWords} of ${summary.stats.words} words, language ${summary.language}`;

  root.append(heading, list, keywords, stats);
}

function sentenceItem(sentence: SummarySentence, source: string): HTMLLIElement {
  const item = document.createElement("li");
  item.dataset.testid = "sentence";
  item.textContent = sentence.text;
  // Offsets are UTF-16 code units into the input: the span reads back the original.
  item.dataset.original = source.slice(sentence.start, sentence.end);
  item.title = `score ${sentence.score.toFixed(3)} (centrality ${sentence.features.centrality.toFixed(2)})`;
  return item;
}
