// Compile-time checks that the package's declarations are precise: each @ts-expect-error line
// must be an error. With `any` in the declarations they are not, and tsc fails on the unused
// directives. Never run, only type-checked.
import { Summarizer, decode } from "sunto";
import type { Decoded, DocumentGroup, ManySummary, Summary, SummarizerOptions } from "sunto";

export function checks(summarizer: Summarizer, summary: Summary): unknown[] {
  const ok: SummarizerOptions[] = [{}, { sentences: 3 }, { ratio: 0.2, language: "it-IT" }, { words: 120, keywords: 0, format: "markdown" }];

  // @ts-expect-error only one of sentences, ratio and words
  const both: SummarizerOptions = { sentences: 3, ratio: 0.2 };
  // @ts-expect-error counts are numbers
  const text: SummarizerOptions = { sentences: "3" };
  // @ts-expect-error an unknown language
  const klingon: SummarizerOptions = { language: "tlh" };
  // @ts-expect-error an unknown option
  const typo: SummarizerOptions = { sentence: 3 };
  // @ts-expect-error an unknown input format
  summarizer.summarize("text", { format: "pdf" });

  const first = summary.sentences[0];
  const numbers: number[] = [first.start, first.end, first.score, first.index, first.features.coverage, summary.weights.position, summary.stats.summaryWords];
  const strings: string[] = [first.text, summary.headline, summary.keywords[0].text];
  const title: string | null = summary.title;
  // @ts-expect-error title may be null
  const notNull: string = summary.title;
  // @ts-expect-error no such field
  const typo2 = first.txt;
  // @ts-expect-error a language code, not any string
  const lang: "xx" = summary.language;
  const occurrence: { start: number; end: number } = summary.keywords[0].occurrences[0];

  const many: ManySummary = summarizer.summarizeMany([{ text: "a", name: "a.txt" }, { text: "b" }]);
  const group: DocumentGroup = many.groups[0];
  const indices: number[] = [...group.documents, group.sentences[0].document];
  const decoded: Decoded = decode(new Uint8Array([104, 105]));
  // @ts-expect-error the encoding is one of a few names
  const latin: "latin-1" = decoded.encoding;

  return [ok, both, text, klingon, typo, numbers, strings, title, notNull, typo2, lang, occurrence, indices, latin];
}
