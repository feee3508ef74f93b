// Every user-facing string of the page, in one table: one row per string, one column per
// interface language. A row is either plain text or a function; functions receive `x`, the
// formatting helpers of their language (numbers, plurals, lists, language names), first.
//
//   const t = localize("it");
//   t.summarize            // "Riassumi"
//   t.words(1200)          // "1.200 parole"
//
// To add a language: add its code to LOCALES and a column to every row (the page's test checks
// that no row lacks one).

/** Interface languages, with their names as their speakers write them (for the switcher). */
export const LOCALES = { en: "English", it: "Italiano" };

/** Languages the core can summarize (the language override), besides "auto". */
export const TEXT_LANGUAGES = ["it", "en", "fr", "es", "de", "pt"];

export const TABLE = {
  // --- the page around the results -------------------------------------------------------------
  pageTitle: { en: "sunto — article summaries", it: "sunto — riassunti di articoli" },
  tagline: {
    en: "Summaries and key phrases for articles. Everything runs in your browser: nothing is uploaded, and it keeps working offline.",
    it: "Riassunti e frasi chiave per articoli. Tutto avviene nel tuo browser: non viene caricato nulla e funziona anche senza connessione.",
  },
  uiLanguageLabel: { en: "Interface language", it: "Lingua dell'interfaccia" },
  inputHeading: { en: "Article", it: "Articolo" },
  pasteLabel: { en: "Paste an article", it: "Incolla un articolo" },
  pasteHint: {
    en: "Plain text, Markdown, or a web page copied from the browser. Ctrl+Enter summarizes. The text stays in this browser so that it survives a reload.",
    it: "Testo semplice, Markdown o una pagina web copiata dal browser. Ctrl+Invio riassume. Il testo resta in questo browser, così sopravvive a un ricaricamento.",
  },
  summarize: { en: "Summarize", it: "Riassumi" },
  clearText: { en: "Clear text", it: "Cancella il testo" },
  dropText: {
    en: "Drop text, Markdown or HTML files anywhere on the page, or",
    it: "Trascina file di testo, Markdown o HTML in qualsiasi punto della pagina, oppure",
  },
  chooseFiles: { en: "Choose files", it: "Scegli i file" },
  optionsHeading: { en: "Summary options", it: "Opzioni del riassunto" },
  lengthLabel: { en: "Length", it: "Lunghezza" },
  unitLabel: { en: "Measure length in", it: "Misura la lunghezza in" },
  unitSentences: { en: "sentences", it: "frasi" },
  unitPercent: { en: "% of the text", it: "% del testo" },
  styleLabel: { en: "Style", it: "Stile" },
  styleSentences: { en: "Sentences", it: "Frasi" },
  styleBullets: { en: "Bullet points", it: "Elenco puntato" },
  styleHeadline: { en: "Headline", it: "Titolo" },
  textLanguageLabel: { en: "Language of the text", it: "Lingua del testo" },
  textLanguageAuto: { en: "Detect automatically", it: "Rileva automaticamente" },
  working: {
    en: (x, name) => `Working on ${name}…`,
    it: (x, name) => `Elaborazione di ${name}…`,
  },
  workingMany: {
    en: (x, n) => `Working on ${x.num(n)} documents…`,
    it: (x, n) => `Elaborazione di ${x.num(n)} documenti…`,
  },
  cancel: { en: "Cancel", it: "Annulla" },
  resultsHeading: { en: "Summaries", it: "Riassunti" },
  exportLabel: { en: "Copy or save every summary", it: "Copia o salva tutti i riassunti" },
  copyText: { en: "Copy text", it: "Copia testo" },
  copyMarkdown: { en: "Copy Markdown", it: "Copia Markdown" },
  downloadTxt: { en: "Save .txt", it: "Salva .txt" },
  downloadMd: { en: "Save .md", it: "Salva .md" },
  downloadJson: { en: "Save .json", it: "Salva .json" },
  clear: { en: "Clear all", it: "Cancella tutto" },

  // --- the digest of all documents --------------------------------------------------------------
  digestHeading: { en: "All documents", it: "Tutti i documenti" },
  digestIntro: {
    en: (x, n) => `What the ${x.num(n)} documents say, grouped by subject. Each sentence names the document it comes from.`,
    it: (x, n) => `Cosa dicono i ${x.num(n)} documenti, raggruppati per argomento. Ogni frase indica il documento da cui proviene.`,
  },
  digestWorking: { en: "Combining the documents…", it: "Unione dei documenti…" },
  digestFailed: {
    en: (x, error) => `The documents could not be combined: ${error}`,
    it: (x, error) => `Non è stato possibile unire i documenti: ${error}`,
  },
  digestGroupKeywords: { en: "Key phrases:", it: "Frasi chiave:" },
  fromDocument: { en: (x, name) => `from ${name}`, it: (x, name) => `da ${name}` },

  // --- cards ----------------------------------------------------------------------------------------
  pastedTitle: { en: "Pasted text", it: "Testo incollato" },
  reading: { en: "Reading the file…", it: "Lettura del file…" },
  summarizing: { en: "Summarizing…", it: "Riassunto in corso…" },
  summaryHeading: { en: "Summary", it: "Riassunto" },
  headlineHeading: { en: "Headline", it: "Titolo" },
  keywordsHeading: { en: "Key phrases", it: "Frasi chiave" },
  noSentences: { en: "No sentences to summarize were found.", it: "Non sono state trovate frasi da riassumere." },
  noKeywords: { en: "No key phrases were found.", it: "Non sono state trovate frasi chiave." },
  remove: { en: "Remove", it: "Rimuovi" },
  removeNamed: { en: (x, title) => `Remove ${title}`, it: (x, title) => `Rimuovi ${title}` },
  retry: { en: "Try again", it: "Riprova" },
  copy: { en: "Copy", it: "Copia" },
  copyNamed: { en: (x, title) => `Copy the summary of ${title}`, it: (x, title) => `Copia il riassunto di ${title}` },
  showOriginal: { en: "Show in original", it: "Mostra nell'originale" },
  originalLabel: { en: (x, title) => `Original text of ${title}`, it: (x, title) => `Testo originale di ${title}` },
  originalLegend: {
    en: "Summary sentences are highlighted; key phrases are underlined.",
    it: "Le frasi del riassunto sono evidenziate; le frasi chiave sono sottolineate.",
  },
  originalHtmlLegend: {
    en: "This is the HTML that was read. Summary sentences are highlighted; key phrases are underlined.",
    it: "Questo è l'HTML letto. Le frasi del riassunto sono evidenziate; le frasi chiave sono sottolineate.",
  },
  sentenceLinkHint: {
    en: "Select a sentence to find it in the original.",
    it: "Seleziona una frase per trovarla nell'originale.",
  },
  why: { en: "Why this sentence?", it: "Perché questa frase?" },
  whyCaption: {
    en: "Score = sum of feature × weight",
    it: "Punteggio = somma di caratteristica × peso",
  },
  whyFeature: { en: "Feature", it: "Caratteristica" },
  whyValue: { en: "Value", it: "Valore" },
  whyWeight: { en: "Weight", it: "Peso" },
  whyContribution: { en: "Contribution", it: "Contributo" },
  whyTotal: { en: "Score", it: "Punteggio" },
  whyKeywords: { en: "Key phrases in it:", it: "Frasi chiave presenti:" },
  whyNoKeywords: { en: "It contains none of the key phrases.", it: "Non contiene frasi chiave." },
  featureCentrality: {
    en: "Centrality: shares the main words of the text",
    it: "Centralità: condivide le parole principali del testo",
  },
  featureCoverage: { en: "Key-phrase coverage", it: "Copertura delle frasi chiave" },
  featurePosition: { en: "Position: early in the text or a section", it: "Posizione: all'inizio del testo o di una sezione" },
  featureLength: { en: "Length: neither too short nor too long", it: "Lunghezza: né troppo corta né troppo lunga" },
  featureTitle: { en: "Similarity to the title", it: "Somiglianza con il titolo" },

  // --- the meta lines of a card ------------------------------------------------------------------
  languageName: {
    en: (x, code) => (!code || code === "und" ? "Language unknown" : x.languageName(code)),
    it: (x, code) => (!code || code === "und" ? "Lingua sconosciuta" : x.languageName(code)),
  },
  words: {
    en: (x, n) => `${x.num(n)} ${x.plural(n, "word", "words")}`,
    it: (x, n) => `${x.num(n)} ${x.plural(n, "parola", "parole")}`,
  },
  sentencesOf: {
    en: (x, shown, total) => `${x.num(shown)} of ${x.num(total)} ${x.plural(total, "sentence", "sentences")}`,
    it: (x, shown, total) => `${x.num(shown)} ${x.plural(shown, "frase", "frasi")} su ${x.num(total)}`,
  },
  readAs: { en: (x, encoding) => `read as ${encoding}`, it: (x, encoding) => `letto come ${encoding}` },
  readAsHtml: { en: "read as a web page", it: "letto come pagina web" },
  readingTime: {
    en: (x, before, after) => `Reading time: ${x.duration(before)} → ${x.duration(after)}`,
    it: (x, before, after) => `Tempo di lettura: ${x.duration(before)} → ${x.duration(after)}`,
  },
  minutes: { en: (x, n) => `${x.num(n)} min`, it: (x, n) => `${x.num(n)} min` },
  seconds: { en: (x, n) => `${x.num(n)} s`, it: (x, n) => `${x.num(n)} s` },
  lengthValue: {
    en: (x, n) => `${x.num(n)} ${x.plural(n, "sentence", "sentences")}`,
    it: (x, n) => `${x.num(n)} ${x.plural(n, "frase", "frasi")}`,
  },
  percentValue: { en: (x, n) => `${x.num(n)}% of the text`, it: (x, n) => `${x.num(n)}% del testo` },

  // --- problems, always naming the file or document --------------------------------------------
  tooLarge: {
    en: (x, name, mb) => `${name} is larger than ${x.num(mb)} MB and was skipped.`,
    it: (x, name, mb) => `${name} supera i ${x.num(mb)} MB ed è stato saltato.`,
  },
  empty: { en: (x, name) => `${name} has no text.`, it: (x, name) => `${name} non contiene testo.` },
  binary: {
    en: (x, name, kind) => `${name} is not a text file: it is ${kind}.`,
    it: (x, name, kind) => `${name} non è un file di testo: è ${kind}.`,
  },
  notText: {
    en: (x, name, detail) => `${name} could not be read as text: ${detail}.`,
    it: (x, name, detail) => `${name} non può essere letto come testo: ${detail}.`,
  },
  unreadable: { en: (x, name) => `${name} could not be read.`, it: (x, name) => `Non è stato possibile leggere ${name}.` },
  summaryFailed: {
    en: (x, name, error) => `Could not summarize ${name}: ${error}`,
    it: (x, name, error) => `Non è stato possibile riassumere ${name}: ${error}`,
  },
  timedOut: {
    en: (x, name, s) => `${name} took longer than ${x.num(s)} seconds, so sunto stopped and restarted its engine. A shorter text will work.`,
    it: (x, name, s) => `${name} ha richiesto più di ${x.num(s)} secondi: sunto si è fermato e ha riavviato il motore. Un testo più breve funzionerà.`,
  },
  cancelled: {
    en: (x, name) => `The summary of ${name} was cancelled.`,
    it: (x, name) => `Il riassunto di ${name} è stato annullato.`,
  },
  kinds: {
    en: {
      png: "a PNG image",
      jpeg: "a JPEG image",
      gif: "a GIF image",
      webp: "a WebP image",
      pdf: "a PDF document",
      zip: "a ZIP archive (Word, OpenDocument and EPUB files are ZIP archives)",
      gzip: "a gzip archive",
      binary: "binary data",
    },
    it: {
      png: "un'immagine PNG",
      jpeg: "un'immagine JPEG",
      gif: "un'immagine GIF",
      webp: "un'immagine WebP",
      pdf: "un documento PDF",
      zip: "un archivio ZIP (i file Word, OpenDocument ed EPUB sono archivi ZIP)",
      gzip: "un archivio gzip",
      binary: "dati binari",
    },
  },
  engineFailed: {
    en: (x, error) => `The summarizer could not start: ${error}`,
    it: (x, error) => `Non è stato possibile avviare il riassuntore: ${error}`,
  },

  // --- the live region -----------------------------------------------------------------------------
  pasteFirst: { en: "Paste an article first.", it: "Prima incolla un articolo." },
  announceBatch: {
    en: (x, done, failed) =>
      [
        done.length > 0 ? `${x.plural(done.length, "Summary", "Summaries")} ready: ${x.list(done)}.` : "",
        failed.length > 0 ? `Not summarized: ${x.list(failed)}.` : "",
      ].filter(Boolean).join(" "),
    it: (x, done, failed) =>
      [
        done.length > 0 ? `${x.plural(done.length, "Riassunto pronto", "Riassunti pronti")}: ${x.list(done)}.` : "",
        failed.length > 0 ? `Non riassunti: ${x.list(failed)}.` : "",
      ].filter(Boolean).join(" "),
  },
  announceLength: {
    en: (x, value, count) => `Showing ${value} for ${x.num(count)} ${x.plural(count, "document", "documents")}.`,
    it: (x, value, count) => `Lunghezza ${value} per ${x.num(count)} ${x.plural(count, "documento", "documenti")}.`,
  },
  cleared: { en: "All summaries removed.", it: "Tutti i riassunti sono stati rimossi." },
  textCleared: { en: "The text box is empty.", it: "La casella di testo è vuota." },
  restored: { en: "Your last text was restored.", it: "Il tuo ultimo testo è stato ripristinato." },
  copied: { en: "Summary copied.", it: "Riassunto copiato." },
  copiedMarkdown: { en: "Summary copied as Markdown.", it: "Riassunto copiato in Markdown." },
  copyFailed: {
    en: "The browser did not allow copying. Select the text and copy it by hand.",
    it: "Il browser non ha permesso la copia. Seleziona il testo e copialo a mano.",
  },
  saved: { en: (x, file) => `Saved ${file}.`, it: (x, file) => `Salvato ${file}.` },
  cancelledAll: {
    en: "Cancelled. The summarizer was restarted; your text and files are still here.",
    it: "Annullato. Il riassuntore è stato riavviato; testo e file sono ancora qui.",
  },
  uiLanguageChanged: { en: "The interface is now in English.", it: "L'interfaccia ora è in italiano." },

  // --- what is copied and saved -----------------------------------------------------------------------
  exportFrom: { en: "Source", it: "Fonte" },
  exportKeywords: { en: "Key phrases", it: "Frasi chiave" },
  exportDigest: { en: "All documents", it: "Tutti i documenti" },
};

/** The interface language for a browser language tag: Italian for it-*, else English. */
export function detectLocale(tag) {
  const head = String(tag ?? "").toLowerCase().split(/[-_]/)[0];
  return Object.hasOwn(LOCALES, head) ? head : "en";
}

/** The strings of one language, with every function row bound to that language's helpers. */
export function localize(locale) {
  const lang = Object.hasOwn(LOCALES, locale) ? locale : "en";
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const plurals = new Intl.PluralRules(lang);
  const lists = new Intl.ListFormat(lang, { type: "conjunction" });
  let names = null;
  try {
    names = new Intl.DisplayNames([lang], { type: "language", fallback: "none" });
  } catch {
    names = null;
  }
  const x = {
    num: (n) => numbers.format(n),
    plural: (n, one, other) => (plurals.select(n) === "one" ? one : other),
    list: (items) => lists.format(items),
    languageName: (code) => {
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    duration: (seconds) => {
      const s = Math.max(1, Math.round(seconds));
      return s < 60 ? t.seconds(s) : t.minutes(Math.round(s / 60));
    },
  };
  const t = { locale: lang };
  for (const [key, row] of Object.entries(TABLE)) {
    const cell = row[lang] ?? row.en;
    t[key] = typeof cell === "function" ? (...args) => cell(x, ...args) : cell;
  }
  t.languageOf = x.languageName;
  return t;
}
