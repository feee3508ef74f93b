// Reading dropped or chosen files as text.
//
// A file becomes either `{ ok: true, text, encoding }` or `{ ok: false, reason, kind, detail }`.
// `reason` is a code ("too-large" | "empty" | "binary" | "not-text" | "unreadable"); the page turns
// it into words, so this module holds no user-facing text. `detail` is the core's own message.
//
// The core's decoder (wasm `decode`, run in the worker) is preferred: it is the one the command
// line uses (charsets declared by HTML pages, UTF-16, Windows-1252). `decodeBytes` below is the
// fallback for a build without it, and names common binary formats for the page's messages.

/** Files larger than this are refused before they are read: the core's own limit. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** Inputs longer than this (UTF-16 units or bytes) show a progress bar and a Cancel button at once. */
export const LARGE_INPUT = 200 * 1024;

/** How much of the start of a file is searched for NUL bytes. */
const SNIFF_BYTES = 8 * 1024;

/** Magic numbers of common non-text files, checked before anything else. */
const SIGNATURES = [
  { kind: "png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: "zip", bytes: [0x50, 0x4b, 0x03, 0x04] }, // also .docx, .odt, .epub
  { kind: "zip", bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty archive
  { kind: "gif", bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8(7|9)a
  { kind: "jpeg", bytes: [0xff, 0xd8, 0xff] },
  { kind: "gzip", bytes: [0x1f, 0x8b] },
  { kind: "webp", bytes: [0x52, 0x49, 0x46, 0x46], at8: [0x57, 0x45, 0x42, 0x50] }, // RIFF….WEBP
];

/** English messages of the fallback decoder, worded like the core's. */
const FALLBACK_MESSAGES = {
  empty: "the file has no text",
  binary: (kind) => `this is ${kind === "binary" ? "binary data" : `a ${kind.toUpperCase()} file`}, not text`,
};

/**
 * Reads a `File` (or any Blob with a name) and decides whether it is text. `decode(arrayBuffer)`
 * is the core's decoder (resolves `{ text, encoding }`, rejects with an Error saying what the bytes
 * are); without it the bytes are decoded here. The buffer is handed over to `decode` (it may be
 * transferred to a worker), so nothing here reads it afterwards.
 *
 * Never throws for a bad file; rejects only when `decode` is aborted or times out (errors named
 * "AbortError" or "TimeoutError"), which the caller reports as such.
 */
export async function readTextFile(file, decode = null) {
  if (file.size > MAX_FILE_BYTES) return problem("too-large");
  if (file.size === 0) return problem("empty");
  let buffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return problem("unreadable");
  }
  const head = new Uint8Array(buffer.slice(0, SNIFF_BYTES));
  const kind = binaryKind(head);
  if (!decode) return decodeBytes(new Uint8Array(buffer));
  try {
    const { text, encoding } = await decode(buffer);
    return withText(text, encoding);
  } catch (e) {
    if (e?.name === "AbortError" || e?.name === "TimeoutError") throw e;
    const detail = String(e?.message ?? e);
    if (kind) return { ...problem("binary"), kind, detail };
    if (/no text|empty/i.test(detail)) return { ...problem("empty"), detail };
    if (/too large/i.test(detail)) return { ...problem("too-large"), detail };
    return { ...problem("not-text"), detail };
  }
}

/** Classifies and decodes bytes already in memory: the fallback decoder. */
export function decodeBytes(bytes) {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    return withText(text, utf16);
  }
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, reason: "binary", kind, detail: FALLBACK_MESSAGES.binary(kind) };
  let text;
  let encoding = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    encoding = "windows-1252";
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return withText(text, encoding);
}

/** `decodeBytes` with the core's calling convention: `{ text, encoding }` or a thrown Error. */
export function decodeOrThrow(bytes) {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new Error(`the file is too large (the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`);
  }
  const read = decodeBytes(bytes);
  if (read.ok) return { text: read.text, encoding: read.encoding };
  throw new Error(read.detail ?? FALLBACK_MESSAGES.empty);
}

function problem(reason) {
  return { ok: false, reason, kind: null, detail: null };
}

function withText(text, encoding) {
  if (typeof text !== "string" || text.trim() === "") return { ...problem("empty"), detail: FALLBACK_MESSAGES.empty };
  return { ok: true, text, encoding: encoding ?? "utf-8" };
}

/** "utf-16le" / "utf-16be" when the bytes open with that byte-order mark, else null. */
function utf16Encoding(bytes) {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** The kind of a non-text file ("png", …, or "binary" for NUL bytes), or null for text. */
export function binaryKind(bytes) {
  if (utf16Encoding(bytes)) return null; // UTF-16 text is full of NUL bytes
  for (const { kind, bytes: magic, at8 } of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b) && (!at8 || at8.every((b, i) => bytes[8 + i] === b))) return kind;
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  return head.includes(0) ? "binary" : null;
}
