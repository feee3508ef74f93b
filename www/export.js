// What "copy" and "save" produce: plain text, Markdown and JSON versions of the summaries.
// Pure functions of the data, so they are the same for one card or for all of them.
//
// An entry is `{ title, name, result }` (name: the file, or null for pasted text); `style` is
// "sentences" | "bullets" | "headline"; `digest` is null or `{ groups: [{ label, sentences:
// [{ text, source }], keywords, year }] }` with each sentence's source document already named.

/** The headline of a result: the core's, else the title, else its best sentence. */
export function headlineOf(result) {
  if (typeof result?.headline === "string" && result.headline.trim()) return result.headline.trim();
  if (typeof result?.title === "string" && result.title.trim()) return result.title.trim();
  const sentences = Array.isArray(result?.sentences) ? result.sentences : [];
  const best = sentences.reduce((a, b) => (b.score > (a?.score ?? -Infinity) ? b : a), null);
  return best ? clean(best.text) : "";
}

/** Sentence text on one line (the core keeps line breaks of hard-wrapped input). */
export function clean(text) {
  return String(text ?? "").replace(/\s+/g, " ").trim();
}

export function keywordTexts(result, max) {
  return (Array.isArray(result?.keywords) ? result.keywords : []).slice(0, max).map((k) => clean(k.text));
}

function summaryLines(result, style) {
  if (style === "headline") return [headlineOf(result)].filter(Boolean);
  return (Array.isArray(result?.sentences) ? result.sentences : []).map((s) => clean(s.text));
}

/** Plain text: title, source, the summary (numbered, bulleted or a headline), key phrases. */
export function toPlainText(entries, { style, digest, t, maxKeywords }) {
  const blocks = entries.map(({ title, name, result }) => {
    const lines = [title];
    if (name && name !== title) lines.push(`${t.exportFrom}: ${name}`);
    lines.push("");
    summaryLines(result, style).forEach((line, i) => {
      lines.push(style === "bullets" ? `• ${line}` : style === "headline" ? line : `${i + 1}. ${line}`);
    });
    const keywords = keywordTexts(result, maxKeywords);
    if (keywords.length > 0) lines.push("", `${t.exportKeywords}: ${keywords.join(", ")}`);
    return lines.join("\n");
  });
  if (digest?.groups?.length) {
    const lines = [t.exportDigest];
    for (const group of digest.groups) {
      lines.push("", group.year ? `${group.label} (${group.year})` : group.label);
      for (const s of group.sentences) lines.push(`• ${clean(s.text)} (${t.fromDocument(s.source)})`);
    }
    blocks.push(lines.join("\n"));
  }
  return `${blocks.join("\n\n\n")}\n`;
}

/** Markdown: one second-level heading per document. */
export function toMarkdown(entries, { style, digest, t, maxKeywords }) {
  const blocks = entries.map(({ title, name, result }) => {
    const lines = [`## ${md(title)}`, ""];
    if (name && name !== title) lines.push(`*${md(t.exportFrom)}: ${md(name)}*`, "");
    summaryLines(result, style).forEach((line, i) => {
      lines.push(style === "bullets" ? `- ${md(line)}` : style === "headline" ? `**${md(line)}**` : `${i + 1}. ${md(line)}`);
    });
    const keywords = keywordTexts(result, maxKeywords);
    if (keywords.length > 0) lines.push("", `**${md(t.exportKeywords)}:** ${keywords.map(md).join(", ")}`);
    return lines.join("\n");
  });
  if (digest?.groups?.length) {
    const lines = [`## ${md(t.exportDigest)}`];
    for (const group of digest.groups) {
      lines.push("", `### ${md(group.label)}${group.year ? ` (${group.year})` : ""}`, "");
      for (const s of group.sentences) lines.push(`- ${md(clean(s.text))} *(${md(t.fromDocument(s.source))})*`);
    }
    blocks.push(lines.join("\n"));
  }
  return `${blocks.join("\n\n")}\n`;
}

/** JSON: the core's results as they came, with the file names and the options used. */
export function toJson(entries, { options, style, digest }) {
  const value = {
    generator: "sunto",
    options,
    style,
    documents: entries.map(({ title, name, result }) => ({ name: name ?? null, title, result })),
    ...(digest && { digest }),
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Escapes what Markdown would read as formatting or HTML. */
function md(text) {
  return String(text ?? "").replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

/** Saves `content` as a file through a temporary object URL and an <a download>. */
export function download(content, fileName, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name from a title: letters, digits and dashes, at most 60 characters. */
export function fileStem(title) {
  const stem = String(title ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/\.(txt|md|markdown|html?)$/i, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, "");
  return stem || "summary";
}
