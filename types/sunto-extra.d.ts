// The shapes of sunto's options and results, for pkg/sunto.d.ts. They follow DESIGN.md ("WASM")
// and src/wire.rs. src/wasm.rs includes this file with
//   #[wasm_bindgen(typescript_custom_section)]
//   const TYPES: &str = include_str!("../types/sunto-extra.d.ts");
// and names these types in its signatures (typescript_type), so this file holds declarations
// only: no imports, no top-level code.
//
// Offsets (`start`, `end`) are UTF-16 code units of the string that was summarized, half-open:
// `text.slice(start, end)`.

/** An ISO 639-1 code of a language sunto has stopwords and a stemmer for. */
export type LanguageCode = "it" | "en" | "fr" | "es" | "de" | "pt";

/**
 * The `language` option: `"auto"` (the default) detects it; a code or a tag that starts with one
 * (`"it-IT"`, `"en_GB"`) fixes it. An unknown language is an error.
 */
export type LanguageOption = "auto" | LanguageCode | `${LanguageCode}-${string}` | `${LanguageCode}_${string}`;

/**
 * How to read the input: `"auto"` (the default) guesses; `"text"`, `"markdown"` or `"html"` say.
 * `"txt"` and `"plain"` mean `"text"`, `"md"` means `"markdown"`, `"htm"` means `"html"`.
 */
export type InputFormat = "auto" | "text" | "txt" | "plain" | "markdown" | "md" | "html" | "htm";

/** How the input was read, in a result. */
export type ReadFormat = "text" | "markdown" | "html";

/**
 * The summary's length: at most one of `sentences` (how many, a whole number ≥ 1), `ratio` (that
 * share of the text's sentences, rounded up, 0 < ratio ≤ 1) and `words` (the best sentences until
 * they have at least that many words, counted as `wc -w` counts them, each ideograph or kana one
 * word in Chinese and Japanese; a sentence is never cut). With none of them, three sentences.
 */
export type SummaryLength =
  | { sentences: number; ratio?: undefined; words?: undefined }
  | { ratio: number; sentences?: undefined; words?: undefined }
  | { words: number; sentences?: undefined; ratio?: undefined }
  | { sentences?: undefined; ratio?: undefined; words?: undefined };

/** The options of `new Summarizer(options)`. Unknown keys and invalid values throw an `Error`. */
export type SummarizerOptions = SummaryLength & {
  /** The article's language. Default `"auto"`. */
  language?: LanguageOption;
  /** How many key phrases to return, a whole number ≥ 0. Default 10. */
  keywords?: number;
  /** How to read every input unless `summarize` says otherwise. Default `"auto"`. */
  format?: InputFormat;
};

/** The optional second argument of `summarize`. Unknown keys throw an `Error`. */
export interface SummarizeCallOptions {
  /** A file name: its extension (`.txt`, `.md`, `.html`…) tells the format. */
  name?: string | null;
  /** The format, which wins over `name`. */
  format?: InputFormat | null;
}

/** A half-open range of UTF-16 code units in the summarized text. */
export interface Span {
  start: number;
  end: number;
}

/** The parts of a sentence's score, each in [0, 1]. */
export interface Features {
  /** Cosine similarity to the document's centroid, blended with TextRank degree. */
  centrality: number;
  /** How much of the document's key-phrase weight the sentence covers. */
  coverage: number;
  /** The position prior: highest for the first sentences. */
  position: number;
  /** The length prior: 1 for a sentence of ordinary length, less for very short or long ones. */
  length: number;
  /** Cosine similarity to the title, over the best in the text (0 when there is no title). */
  title: number;
}

/** The weight of each feature in this summary's scores: `score = Σ weight × feature`. */
export interface Weights {
  centrality: number;
  coverage: number;
  position: number;
  length: number;
  title: number;
}

/** A sentence of the summary. */
export interface SummarySentence extends Span {
  /** The sentence as read (markup removed, whitespace tidied). */
  text: string;
  /** The sentence's score, rounded to six decimals. */
  score: number;
  /** The sentence's position among all sentences of the document, from 0. */
  index: number;
  /** The parts of `score`. */
  features: Features;
  /** Indices into the summary's `keywords` of the key phrases this sentence contains. */
  keywords: number[];
}

/** A key phrase. */
export interface Keyword {
  /** The phrase as written in the text (its usual form there). */
  text: string;
  /** Its score, rounded to six decimals; keywords come best first. */
  score: number;
  /** Every place the phrase occurs in the input, in order. */
  occurrences: Span[];
}

/**
 * Counts over the document and the summary. Words are counted as `wc -w` counts them (runs
 * between spaces; in Chinese and Japanese each ideograph or kana), the unit of a `words` budget.
 */
export interface Stats {
  /** Words in the document. */
  words: number;
  /** Sentences in the document. */
  sentences: number;
  /** Words in the summary's sentences. */
  summaryWords: number;
}

/** The result of `summarize`. */
export interface Summary {
  /** ISO 639-1 code of the detected (or given) language, or `"und"` when unknown. */
  language: LanguageCode | "und";
  /** How the input was read. */
  format: ReadFormat;
  /** One line: the title when there is one, else the best short sentence ("" for empty input). */
  headline: string;
  /** The document's title, when it has one. */
  title: string | null;
  /** The author line, when one was found. */
  byline: string | null;
  /** The publication date as written, when one was found. */
  date: string | null;
  /** The summary's sentences, in document order. */
  sentences: SummarySentence[];
  /** Key phrases, best first. */
  keywords: Keyword[];
  /** The weights that combined each sentence's features into its score. */
  weights: Weights;
  stats: Stats;
}

/** A document given to `summarizeMany`. */
export interface ManyDocument {
  text: string;
  /** A file name: its extension tells the format. */
  name?: string | null;
  /** The format, which wins over `name`. */
  format?: InputFormat | null;
}

/** A sentence of a group in `summarizeMany`'s result. */
export interface GroupSentence extends Span {
  text: string;
  /** Index into the documents given to `summarizeMany`; `start`/`end` are offsets into it. */
  document: number;
  score: number;
}

/** A key phrase of a group. */
export interface GroupKeyword {
  text: string;
  score: number;
}

/** Documents about the same event, with one summary for all of them. */
export interface DocumentGroup {
  /** The group's best key phrases, for a heading. */
  label: string;
  /** Indices into the documents given to `summarizeMany`. */
  documents: number[];
  /** The year the group's documents are about, when they say. */
  year: number | null;
  /** Near-duplicates across documents appear once (the first document keeps it). */
  sentences: GroupSentence[];
  keywords: GroupKeyword[];
}

/** The result of `summarizeMany`. */
export interface ManySummary {
  groups: DocumentGroup[];
}

/** The result of `decode`. */
export interface Decoded {
  text: string;
  /** The encoding the bytes were read as. */
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "iso-8859-15";
}

