// Reading dropped or chosen files as text, on the page side.
//
// A file becomes either `{ ok: true, text, encoding }` or `{ ok: false, reason, kind }`.
// `reason` is a code ("too-large" | "empty" | "binary" | "unreadable"); the page turns it into
// words, so this module holds no user-facing text.

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

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
];

/**
 * Reads a `File` (or any Blob with a name) and decides whether it is text.
 * Never throws: a failure to read becomes `{ ok: false, reason: "unreadable" }`.
 */
export async function readTextFile(file) {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: "too-large", kind: null };
  if (file.size === 0) return { ok: false, reason: "empty", kind: null };
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, reason: "unreadable", kind: null };
  }
  return decodeBytes(bytes);
}

/** Classifies and decodes bytes already in memory. Exported for tests. */
export function decodeBytes(bytes) {
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    return withText(text, utf16);
  }
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, reason: "binary", kind };
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

function withText(text, encoding) {
  if (text.trim() === "") return { ok: false, reason: "empty", kind: null };
  return { ok: true, text, encoding };
}

/** "utf-16le" / "utf-16be" when the bytes open with that byte-order mark, else null. */
function utf16Encoding(bytes) {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** The kind of a non-text file ("png", …, or "binary" for NUL bytes), or null for text. */
function binaryKind(bytes) {
  for (const { kind, bytes: magic } of SIGNATURES) {
    if (magic.every((b, i) => bytes[i] === b)) return kind;
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  return head.includes(0) ? "binary" : null;
}
