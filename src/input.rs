//! Reading bytes as text: encodings, binary files, size limit.

use crate::error::{Error, ErrorKind};

/// The largest input accepted, in bytes (32 MiB).
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// Text decoded from bytes, and the encoding it was read in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `"utf-8"`, `"utf-16le"`, `"utf-16be"`, `"windows-1252"` or `"iso-8859-15"`.
    pub encoding: &'static str,
}

/// Signatures of common binary formats, with their names for messages.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"\0asm", "a WebAssembly module"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"OggS", "an audio file"),
    (b"ID3", "an MP3 file"),
];

/// Decodes `bytes` as text: UTF-8 (with or without BOM), UTF-16 with a BOM; bytes that are not
/// UTF-8 follow the charset an HTML page declares (`<meta charset>`: a page declaring UTF-8 is read
/// as UTF-8 with its bad bytes replaced; ISO-8859-15), else Windows-1252 (a superset of
/// ISO-8859-1 for text). Fails on binary data, on input over
/// [`MAX_INPUT_BYTES`], and on input with no text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Error> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Error::new(
            ErrorKind::TooLarge,
            format!(
                "the file is too large ({} MB; the limit is {} MB)",
                bytes.len() / (1024 * 1024),
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
        ));
    }
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Err(Error::new(ErrorKind::Binary, format!("this is {what}, not text")));
    }
    let decoded = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        Decoded { text: String::from_utf8_lossy(rest).into_owned(), encoding: "utf-8" }
    } else if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        Decoded { text: utf16(rest, u16::from_le_bytes), encoding: "utf-16le" }
    } else if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        Decoded { text: utf16(rest, u16::from_be_bytes), encoding: "utf-16be" }
    } else {
        let head = bytes.get(..bytes.len().min(8192)).unwrap_or(bytes);
        if head.contains(&0) {
            return Err(Error::new(ErrorKind::Binary, "this is binary data, not text"));
        }
        match (std::str::from_utf8(bytes), declared_charset(bytes).as_deref()) {
            (Ok(s), _) => Decoded { text: s.to_string(), encoding: "utf-8" },
            (Err(_), Some("utf-8" | "utf8")) => {
                Decoded { text: String::from_utf8_lossy(bytes).into_owned(), encoding: "utf-8" }
            }
            (Err(_), Some("iso-8859-15" | "latin9" | "latin-9")) => {
                Decoded { text: bytes.iter().map(|&b| iso_8859_15(b)).collect(), encoding: "iso-8859-15" }
            }
            (Err(_), _) => Decoded { text: bytes.iter().map(|&b| windows_1252(b)).collect(), encoding: "windows-1252" },
        }
    };
    if decoded.text.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty, "the file has no text"));
    }
    let controls = decoded.text.chars().take(8192).filter(|c| c.is_control() && !c.is_whitespace()).count();
    if controls * 10 > decoded.text.chars().take(8192).count() {
        return Err(Error::new(ErrorKind::Binary, "this is binary data, not text"));
    }
    Ok(decoded)
}

/// The charset an HTML page declares in its first 2 KB (`<meta charset="…">` or
/// `content="text/html; charset=…"`), lowercased.
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..bytes.len().min(2048)).unwrap_or(bytes);
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let value: String = lower
        .get(at..)?
        .iter()
        .skip_while(|&&b| b == b'"' || b == b'\'' || b == b' ')
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        .map(|&b| b as char)
        .collect();
    (!value.is_empty()).then_some(value)
}

/// The character of an ISO-8859-15 byte (Latin-1 with eight changes, the euro sign among them).
fn iso_8859_15(b: u8) -> char {
    match b {
        0xa4 => '€',
        0xa6 => 'Š',
        0xa8 => 'š',
        0xb4 => 'Ž',
        0xb8 => 'ž',
        0xbc => 'Œ',
        0xbd => 'œ',
        0xbe => 'Ÿ',
        _ => b as char,
    }
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| read([p.first().copied().unwrap_or(0), p.get(1).copied().unwrap_or(0)]));
    char::decode_utf16(units).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

/// The character of a Windows-1252 byte.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH.get((b - 0x80) as usize).copied().unwrap_or('\u{fffd}'),
        _ => b as char,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        let cases: &[(&[u8], &str, &str)] = &[
            (b"perch\xc3\xa9 s\xc3\xac", "perché sì", "utf-8"),
            (b"\xef\xbb\xbfciao", "ciao", "utf-8"),
            (b"perch\xe9 la citt\xe0 \x93bella\x94", "perché la città “bella”", "windows-1252"),
            (b"\xff\xfec\x00i\x00a\x00o\x00", "ciao", "utf-16le"),
            (b"\xfe\xff\x00c\x00i\x00a\x00o", "ciao", "utf-16be"),
            (
                b"<meta charset=\"iso-8859-15\"><p>costa 5 \xa4, perch\xe9</p>",
                "<meta charset=\"iso-8859-15\"><p>costa 5 €, perché</p>",
                "iso-8859-15",
            ),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>citt\xe0</p>",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>città</p>",
                "windows-1252",
            ),
            (b"<meta charset=utf-8><p>rotto \xff qui</p>", "<meta charset=utf-8><p>rotto \u{fffd} qui</p>", "utf-8"),
        ];
        for (bytes, text, enc) in cases {
            let d = decode(bytes);
            assert_eq!(d, Ok(Decoded { text: text.to_string(), encoding: enc }), "{text}");
        }
    }

    #[test]
    fn refusals() {
        let kind = |b: &[u8]| decode(b).err().map(|e| e.kind());
        assert_eq!(kind(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(ErrorKind::Binary));
        assert_eq!(kind(b"%PDF-1.7\n"), Some(ErrorKind::Binary));
        assert_eq!(kind(b"PK\x03\x04\x14\0"), Some(ErrorKind::Binary));
        assert_eq!(kind(b"abc\0def"), Some(ErrorKind::Binary));
        assert_eq!(kind(b""), Some(ErrorKind::Empty));
        assert_eq!(kind(b"  \n\t "), Some(ErrorKind::Empty));
        assert!(decode(b"%PDF-").unwrap_err().to_string().contains("PDF"));
    }
}
