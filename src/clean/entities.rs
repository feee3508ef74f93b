//! HTML character references: `&amp;`, `&eacute;`, `&#8217;`, `&#x2019;`, decoded the way the
//! WHATWG tokenizer does, from a table that is a subset of the standard's.
//!
//! The standard names 2,231 references. Shipping them all would cost 21.6 KB of the gzipped wasm
//! (measured: 54 KB of names and code points before compression), for names that articles do not
//! use: in the 384 pages of the extraction benchmarks (`../shared/data/ext_*`), every named
//! reference outside scripts is one of the HTML 4 set. The table here holds 378 names and costs
//! 3.1 KB gzipped (6.3 KB before compression):
//! - the 106 *legacy* names, which the standard also reads without the final `;` (`&amp`,
//!   `&nbsp`, `&copy2026`): the Latin-1 letters and signs, `quot`, `amp`, `lt`, `gt` and the
//!   upper-case `QUOT`, `AMP`, `LT`, `GT`, `COPY`, `REG`;
//! - the rest of HTML 4 (Greek letters, arrows, mathematical operators, typographic punctuation,
//!   `OElig`, `Scaron`…) and `apos`;
//! - HTML 5 names for what articles print: quotes and dashes by other names (`lsquor`, `hyphen`,
//!   `horbar`, `mldr`), spaces (`hairsp`, `numsp`, `ZeroWidthSpace`…), ASCII punctuation
//!   (`period`, `comma`, `lpar`…, which some editors write for every sign), the vulgar fractions,
//!   marks (`check`, `star`, `phone`…), and common aliases of arrows, operators and Greek variants.
//!
//! Letters of Latin Extended-A (`&lstrok;`, `&scedil;`), the mathematical alphabets and the
//! references to two code points are left out: a name outside the table stays as written. The
//! standard's longest-prefix rule, applied to a subset, would read `&timesb;` (⊠, not here) as
//! `×b;`, because `times` is a legacy name; here a name followed by `;` is read whole or not at
//! all, so a reference this table lacks is never decoded as a different character (the price:
//! a misspelt `&timesx;` stays as written where browsers show `×x;`). The code points were
//! checked against the standard's table when this one was written.
//!
//! Numeric references follow the standard: `&#0;`, surrogates and values past U+10FFFF give
//! U+FFFD, and 128–159 are read as Windows-1252 (`&#150;` is `–`), as browsers do.

/// Where a reference is read: in an attribute value a legacy name without `;` that runs on into
/// a letter, digit or `=` is text (`href="?a=1&copy=2"` keeps its `&copy`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Context {
    Text,
    Attribute,
}

/// Decodes the character reference at the start of `s`, which starts with `&`: the character and
/// the reference's length in bytes, or `None` when no reference starts there (the `&` is text).
pub(crate) fn decode(s: &str, context: Context) -> Option<(char, usize)> {
    let bytes = s.as_bytes();
    if bytes.first() != Some(&b'&') {
        return None;
    }
    if bytes.get(1) == Some(&b'#') {
        return numeric(bytes);
    }
    let run = bytes.iter().skip(1).take(MAX_NAME + 1).take_while(|b| b.is_ascii_alphanumeric()).count();
    let name = s.get(1..1 + run)?;
    if run == 0 {
        return None;
    }
    if bytes.get(1 + run) == Some(&b';') {
        // read whole or not at all (see the module's documentation)
        return lookup(LEGACY, name).or_else(|| lookup(NAMED, name)).map(|c| (c, run + 2));
    }
    // a legacy name without `;`, the longest that prefixes the run
    (2..=run.min(MAX_LEGACY)).rev().find_map(|len| {
        let c = lookup(LEGACY, name.get(..len)?)?;
        let next = bytes.get(1 + len).copied().unwrap_or(b' ');
        if context == Context::Attribute && (next == b'=' || next.is_ascii_alphanumeric()) {
            return None;
        }
        Some((c, 1 + len))
    })
}

/// `&#…` and `&#x…`, with or without the final `;`.
fn numeric(bytes: &[u8]) -> Option<(char, usize)> {
    let (radix, digits_at) = match bytes.get(2) {
        Some(b'x' | b'X') => (16, 3),
        _ => (10, 2),
    };
    let mut value: u32 = 0;
    let mut i = digits_at;
    while let Some(d) = bytes.get(i).and_then(|&b| char::from(b).to_digit(radix)) {
        // past U+10FFFF the value only needs to stay past it
        value = value.saturating_mul(radix).saturating_add(d).min(0x11_0000);
        i += 1;
    }
    if i == digits_at {
        return None;
    }
    if bytes.get(i) == Some(&b';') {
        i += 1;
    }
    let c = match value {
        0 => char::REPLACEMENT_CHARACTER,
        0x80..=0x9f => WINDOWS_1252.get((value - 0x80) as usize).copied().unwrap_or(char::REPLACEMENT_CHARACTER),
        _ => char::from_u32(value).unwrap_or(char::REPLACEMENT_CHARACTER),
    };
    Some((c, i))
}

fn lookup(table: &[(&str, char)], name: &str) -> Option<char> {
    table.binary_search_by(|(n, _)| n.cmp(&name)).ok().and_then(|i| table.get(i)).map(|&(_, c)| c)
}

/// Longest name in the standard's table (`CounterClockwiseContourIntegral`, 31): an alphanumeric
/// run longer than this is no name.
const MAX_NAME: usize = 32;
/// Longest legacy name (`plusmn`, `frac34`…).
const MAX_LEGACY: usize = 6;

/// Code points 128–159 of numeric references, read as Windows-1252; the five it leaves undefined
/// stay themselves.
const WINDOWS_1252: [char; 32] = [
    '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{2c6}', '\u{2030}',
    '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}', '\u{8f}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}',
    '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}',
    '\u{17e}', '\u{178}',
];

/// The legacy names, read with or without `;`. Sorted by name (byte order) for binary search.
#[rustfmt::skip]
const LEGACY: &[(&str, char)] = &[
    ("AElig", '\u{c6}'), ("AMP", '\u{26}'), ("Aacute", '\u{c1}'), ("Acirc", '\u{c2}'), ("Agrave", '\u{c0}'),
    ("Aring", '\u{c5}'), ("Atilde", '\u{c3}'), ("Auml", '\u{c4}'), ("COPY", '\u{a9}'), ("Ccedil", '\u{c7}'),
    ("ETH", '\u{d0}'), ("Eacute", '\u{c9}'), ("Ecirc", '\u{ca}'), ("Egrave", '\u{c8}'), ("Euml", '\u{cb}'),
    ("GT", '\u{3e}'), ("Iacute", '\u{cd}'), ("Icirc", '\u{ce}'), ("Igrave", '\u{cc}'), ("Iuml", '\u{cf}'),
    ("LT", '\u{3c}'), ("Ntilde", '\u{d1}'), ("Oacute", '\u{d3}'), ("Ocirc", '\u{d4}'), ("Ograve", '\u{d2}'),
    ("Oslash", '\u{d8}'), ("Otilde", '\u{d5}'), ("Ouml", '\u{d6}'), ("QUOT", '\u{22}'), ("REG", '\u{ae}'),
    ("THORN", '\u{de}'), ("Uacute", '\u{da}'), ("Ucirc", '\u{db}'), ("Ugrave", '\u{d9}'), ("Uuml", '\u{dc}'),
    ("Yacute", '\u{dd}'), ("aacute", '\u{e1}'), ("acirc", '\u{e2}'), ("acute", '\u{b4}'), ("aelig", '\u{e6}'),
    ("agrave", '\u{e0}'), ("amp", '\u{26}'), ("aring", '\u{e5}'), ("atilde", '\u{e3}'), ("auml", '\u{e4}'),
    ("brvbar", '\u{a6}'), ("ccedil", '\u{e7}'), ("cedil", '\u{b8}'), ("cent", '\u{a2}'), ("copy", '\u{a9}'),
    ("curren", '\u{a4}'), ("deg", '\u{b0}'), ("divide", '\u{f7}'), ("eacute", '\u{e9}'), ("ecirc", '\u{ea}'),
    ("egrave", '\u{e8}'), ("eth", '\u{f0}'), ("euml", '\u{eb}'), ("frac12", '\u{bd}'), ("frac14", '\u{bc}'),
    ("frac34", '\u{be}'), ("gt", '\u{3e}'), ("iacute", '\u{ed}'), ("icirc", '\u{ee}'), ("iexcl", '\u{a1}'),
    ("igrave", '\u{ec}'), ("iquest", '\u{bf}'), ("iuml", '\u{ef}'), ("laquo", '\u{ab}'), ("lt", '\u{3c}'),
    ("macr", '\u{af}'), ("micro", '\u{b5}'), ("middot", '\u{b7}'), ("nbsp", '\u{a0}'), ("not", '\u{ac}'),
    ("ntilde", '\u{f1}'), ("oacute", '\u{f3}'), ("ocirc", '\u{f4}'), ("ograve", '\u{f2}'), ("ordf", '\u{aa}'),
    ("ordm", '\u{ba}'), ("oslash", '\u{f8}'), ("otilde", '\u{f5}'), ("ouml", '\u{f6}'), ("para", '\u{b6}'),
    ("plusmn", '\u{b1}'), ("pound", '\u{a3}'), ("quot", '\u{22}'), ("raquo", '\u{bb}'), ("reg", '\u{ae}'),
    ("sect", '\u{a7}'), ("shy", '\u{ad}'), ("sup1", '\u{b9}'), ("sup2", '\u{b2}'), ("sup3", '\u{b3}'),
    ("szlig", '\u{df}'), ("thorn", '\u{fe}'), ("times", '\u{d7}'), ("uacute", '\u{fa}'), ("ucirc", '\u{fb}'),
    ("ugrave", '\u{f9}'), ("uml", '\u{a8}'), ("uuml", '\u{fc}'), ("yacute", '\u{fd}'), ("yen", '\u{a5}'),
    ("yuml", '\u{ff}'),
];

/// The other names, read only with `;`. Sorted by name (byte order) for binary search.
#[rustfmt::skip]
const NAMED: &[(&str, char)] = &[
    ("Alpha", '\u{391}'), ("Beta", '\u{392}'), ("Chi", '\u{3a7}'), ("CloseCurlyDoubleQuote", '\u{201d}'),
    ("CloseCurlyQuote", '\u{2019}'), ("Dagger", '\u{2021}'), ("Delta", '\u{394}'), ("Epsilon", '\u{395}'),
    ("Eta", '\u{397}'), ("Gamma", '\u{393}'), ("Iota", '\u{399}'), ("Kappa", '\u{39a}'), ("Lambda", '\u{39b}'),
    ("Leftarrow", '\u{21d0}'), ("Leftrightarrow", '\u{21d4}'), ("MediumSpace", '\u{205f}'), ("Mu", '\u{39c}'),
    ("NewLine", '\u{a}'), ("NoBreak", '\u{2060}'), ("NonBreakingSpace", '\u{a0}'), ("Nu", '\u{39d}'),
    ("OElig", '\u{152}'), ("Omega", '\u{3a9}'), ("Omicron", '\u{39f}'), ("OpenCurlyDoubleQuote", '\u{201c}'),
    ("OpenCurlyQuote", '\u{2018}'), ("Phi", '\u{3a6}'), ("Pi", '\u{3a0}'), ("Prime", '\u{2033}'), ("Psi", '\u{3a8}'),
    ("Rho", '\u{3a1}'), ("Rightarrow", '\u{21d2}'), ("Scaron", '\u{160}'), ("Sigma", '\u{3a3}'),
    ("TRADE", '\u{2122}'), ("Tab", '\u{9}'), ("Tau", '\u{3a4}'), ("Theta", '\u{398}'), ("Upsilon", '\u{3a5}'),
    ("Xi", '\u{39e}'), ("Yuml", '\u{178}'), ("ZeroWidthSpace", '\u{200b}'), ("Zeta", '\u{396}'),
    ("alefsym", '\u{2135}'), ("alpha", '\u{3b1}'), ("and", '\u{2227}'), ("ang", '\u{2220}'), ("angst", '\u{c5}'),
    ("apos", '\u{27}'), ("approx", '\u{2248}'), ("ast", '\u{2a}'), ("asymp", '\u{2248}'), ("bdquo", '\u{201e}'),
    ("because", '\u{2235}'), ("beta", '\u{3b2}'), ("bsol", '\u{5c}'), ("bull", '\u{2022}'), ("bullet", '\u{2022}'),
    ("cap", '\u{2229}'), ("centerdot", '\u{b7}'), ("check", '\u{2713}'), ("checkmark", '\u{2713}'),
    ("chi", '\u{3c7}'), ("circ", '\u{2c6}'), ("circledR", '\u{ae}'), ("clubs", '\u{2663}'), ("colon", '\u{3a}'),
    ("comma", '\u{2c}'), ("commat", '\u{40}'), ("compfn", '\u{2218}'), ("cong", '\u{2245}'), ("copysr", '\u{2117}'),
    ("crarr", '\u{21b5}'), ("cross", '\u{2717}'), ("cup", '\u{222a}'), ("dArr", '\u{21d3}'), ("dagger", '\u{2020}'),
    ("darr", '\u{2193}'), ("dash", '\u{2010}'), ("ddagger", '\u{2021}'), ("delta", '\u{3b4}'), ("diams", '\u{2666}'),
    ("div", '\u{f7}'), ("dollar", '\u{24}'), ("downarrow", '\u{2193}'), ("empty", '\u{2205}'),
    ("emptyset", '\u{2205}'), ("emsp", '\u{2003}'), ("emsp13", '\u{2004}'), ("emsp14", '\u{2005}'),
    ("ensp", '\u{2002}'), ("epsilon", '\u{3b5}'), ("epsiv", '\u{3f5}'), ("equals", '\u{3d}'), ("equiv", '\u{2261}'),
    ("eta", '\u{3b7}'), ("euro", '\u{20ac}'), ("excl", '\u{21}'), ("exist", '\u{2203}'), ("female", '\u{2640}'),
    ("flat", '\u{266d}'), ("fnof", '\u{192}'), ("forall", '\u{2200}'), ("frac13", '\u{2153}'),
    ("frac15", '\u{2155}'), ("frac16", '\u{2159}'), ("frac18", '\u{215b}'), ("frac23", '\u{2154}'),
    ("frac25", '\u{2156}'), ("frac35", '\u{2157}'), ("frac38", '\u{215c}'), ("frac45", '\u{2158}'),
    ("frac56", '\u{215a}'), ("frac58", '\u{215d}'), ("frac78", '\u{215e}'), ("frasl", '\u{2044}'),
    ("gamma", '\u{3b3}'), ("ge", '\u{2265}'), ("geq", '\u{2265}'), ("gg", '\u{226b}'), ("grave", '\u{60}'),
    ("hArr", '\u{21d4}'), ("hairsp", '\u{200a}'), ("half", '\u{bd}'), ("harr", '\u{2194}'), ("hearts", '\u{2665}'),
    ("hellip", '\u{2026}'), ("horbar", '\u{2015}'), ("hyphen", '\u{2010}'), ("image", '\u{2111}'),
    ("in", '\u{2208}'), ("incare", '\u{2105}'), ("infin", '\u{221e}'), ("int", '\u{222b}'), ("iota", '\u{3b9}'),
    ("isin", '\u{2208}'), ("kappa", '\u{3ba}'), ("lArr", '\u{21d0}'), ("lambda", '\u{3bb}'), ("lang", '\u{27e8}'),
    ("larr", '\u{2190}'), ("lceil", '\u{2308}'), ("lcub", '\u{7b}'), ("ldquo", '\u{201c}'), ("ldquor", '\u{201e}'),
    ("le", '\u{2264}'), ("leftarrow", '\u{2190}'), ("leftrightarrow", '\u{2194}'), ("leq", '\u{2264}'),
    ("lfloor", '\u{230a}'), ("ll", '\u{226a}'), ("lowast", '\u{2217}'), ("lowbar", '\u{5f}'), ("loz", '\u{25ca}'),
    ("lpar", '\u{28}'), ("lrm", '\u{200e}'), ("lsaquo", '\u{2039}'), ("lsqb", '\u{5b}'), ("lsquo", '\u{2018}'),
    ("lsquor", '\u{201a}'), ("male", '\u{2642}'), ("mdash", '\u{2014}'), ("mid", '\u{2223}'), ("minus", '\u{2212}'),
    ("mldr", '\u{2026}'), ("mp", '\u{2213}'), ("mu", '\u{3bc}'), ("nabla", '\u{2207}'), ("ndash", '\u{2013}'),
    ("ne", '\u{2260}'), ("nearr", '\u{2197}'), ("ni", '\u{220b}'), ("nldr", '\u{2025}'), ("notin", '\u{2209}'),
    ("nsub", '\u{2284}'), ("nu", '\u{3bd}'), ("num", '\u{23}'), ("numsp", '\u{2007}'), ("nwarr", '\u{2196}'),
    ("oelig", '\u{153}'), ("ohm", '\u{3a9}'), ("oline", '\u{203e}'), ("omega", '\u{3c9}'), ("omicron", '\u{3bf}'),
    ("oplus", '\u{2295}'), ("or", '\u{2228}'), ("otimes", '\u{2297}'), ("parallel", '\u{2225}'),
    ("part", '\u{2202}'), ("percnt", '\u{25}'), ("period", '\u{2e}'), ("permil", '\u{2030}'), ("perp", '\u{22a5}'),
    ("pertenk", '\u{2031}'), ("phi", '\u{3c6}'), ("phiv", '\u{3d5}'), ("phone", '\u{260e}'), ("pi", '\u{3c0}'),
    ("piv", '\u{3d6}'), ("plus", '\u{2b}'), ("pm", '\u{b1}'), ("prime", '\u{2032}'), ("prod", '\u{220f}'),
    ("prop", '\u{221d}'), ("psi", '\u{3c8}'), ("puncsp", '\u{2008}'), ("quest", '\u{3f}'), ("rArr", '\u{21d2}'),
    ("radic", '\u{221a}'), ("rang", '\u{27e9}'), ("rarr", '\u{2192}'), ("rceil", '\u{2309}'), ("rcub", '\u{7d}'),
    ("rdquo", '\u{201d}'), ("rdquor", '\u{201d}'), ("real", '\u{211c}'), ("rfloor", '\u{230b}'), ("rho", '\u{3c1}'),
    ("rightarrow", '\u{2192}'), ("rlm", '\u{200f}'), ("rpar", '\u{29}'), ("rsaquo", '\u{203a}'), ("rsqb", '\u{5d}'),
    ("rsquo", '\u{2019}'), ("rsquor", '\u{2019}'), ("sbquo", '\u{201a}'), ("scaron", '\u{161}'),
    ("sdot", '\u{22c5}'), ("searr", '\u{2198}'), ("semi", '\u{3b}'), ("setminus", '\u{2216}'), ("sharp", '\u{266f}'),
    ("sigma", '\u{3c3}'), ("sigmaf", '\u{3c2}'), ("sigmav", '\u{3c2}'), ("sim", '\u{223c}'), ("sol", '\u{2f}'),
    ("spades", '\u{2660}'), ("star", '\u{2606}'), ("starf", '\u{2605}'), ("sub", '\u{2282}'), ("sube", '\u{2286}'),
    ("subseteq", '\u{2286}'), ("sum", '\u{2211}'), ("sup", '\u{2283}'), ("supe", '\u{2287}'),
    ("supseteq", '\u{2287}'), ("swarr", '\u{2199}'), ("tau", '\u{3c4}'), ("there4", '\u{2234}'),
    ("therefore", '\u{2234}'), ("theta", '\u{3b8}'), ("thetasym", '\u{3d1}'), ("thetav", '\u{3d1}'),
    ("thinsp", '\u{2009}'), ("tilde", '\u{2dc}'), ("trade", '\u{2122}'), ("uArr", '\u{21d1}'), ("uarr", '\u{2191}'),
    ("uparrow", '\u{2191}'), ("upsih", '\u{3d2}'), ("upsilon", '\u{3c5}'), ("varepsilon", '\u{3f5}'),
    ("varphi", '\u{3d5}'), ("varsigma", '\u{3c2}'), ("vartheta", '\u{3d1}'), ("verbar", '\u{7c}'),
    ("weierp", '\u{2118}'), ("xi", '\u{3be}'), ("zeta", '\u{3b6}'), ("zwj", '\u{200d}'), ("zwnj", '\u{200c}'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_disjoint() {
        for table in [LEGACY, NAMED] {
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0), "not sorted");
        }
        assert_eq!(LEGACY.len(), 106);
        assert!(LEGACY.iter().all(|(n, _)| n.len() <= MAX_LEGACY && lookup(NAMED, n).is_none()));
        assert!(NAMED.iter().all(|(n, _)| n.len() <= MAX_NAME && n.bytes().all(|b| b.is_ascii_alphanumeric())));
    }

    #[test]
    fn references() {
        use Context::{Attribute, Text};
        // (input, context, decoded character and length, or None when the `&` is text)
        type Case = (&'static str, Context, Option<(char, usize)>);
        let cases: &[Case] = &[
            ("&amp;", Text, Some(('&', 5))),
            ("&amp", Text, Some(('&', 4))),
            ("&ampere", Text, Some(('&', 4))),
            ("&AMP;", Text, Some(('&', 5))),
            ("&nbsp;x", Text, Some(('\u{a0}', 6))),
            ("&nbspx", Text, Some(('\u{a0}', 5))),
            ("&copy2026", Text, Some(('©', 5))),
            ("&eacute;", Text, Some(('é', 8))),
            ("&Eacute", Text, Some(('É', 7))),
            ("&hellip;", Text, Some(('…', 8))),
            ("&hellip", Text, None),
            ("&rsquo;", Text, Some(('’', 7))),
            ("&mdash;", Text, Some(('—', 7))),
            ("&euro;", Text, Some(('€', 6))),
            ("&trade;", Text, Some(('™', 7))),
            ("&alpha;", Text, Some(('α', 7))),
            ("&Omega;", Text, Some(('Ω', 7))),
            ("&rarr;", Text, Some(('→', 6))),
            ("&ne;", Text, Some(('≠', 4))),
            ("&frac12;", Text, Some(('½', 8))),
            ("&frac13;", Text, Some(('⅓', 8))),
            ("&period;", Text, Some(('.', 8))),
            ("&lang;", Text, Some(('\u{27e8}', 6))),
            ("&notin;", Text, Some(('∉', 7))),
            ("&not", Text, Some(('¬', 4))),
            // unknown names stay as written, even behind a legacy prefix when `;` ends them
            ("&foo;", Text, None),
            ("&lstrok;", Text, None),
            ("&notit;", Text, None),
            ("&timesb;", Text, None),
            ("& amp;", Text, None),
            ("&", Text, None),
            ("&;", Text, None),
            // the run is bounded: a long one is no name, a legacy prefix still counts
            ("&ampxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;", Text, Some(('&', 4))),
            // numeric
            ("&#8217;", Text, Some(('’', 7))),
            ("&#8217", Text, Some(('’', 6))),
            ("&#x2019;", Text, Some(('’', 8))),
            ("&#X2019;", Text, Some(('’', 8))),
            ("&#xE9", Text, Some(('é', 5))),
            ("&#0065;", Text, Some(('A', 7))),
            ("&#0;", Text, Some(('\u{fffd}', 4))),
            ("&#xD800;", Text, Some(('\u{fffd}', 8))),
            ("&#x110000;", Text, Some(('\u{fffd}', 10))),
            ("&#99999999999999999999;", Text, Some(('\u{fffd}', 23))),
            ("&#150;", Text, Some(('–', 6))),
            ("&#128;", Text, Some(('€', 6))),
            ("&#129;", Text, Some(('\u{81}', 6))),
            ("&#;", Text, None),
            ("&#x;", Text, None),
            ("&#xg;", Text, None),
            ("&#", Text, None),
            // attributes: a legacy name without `;` before a letter, digit or `=` is text
            ("&copy=2", Attribute, None),
            ("&copy2", Attribute, None),
            ("&copy;2", Attribute, Some(('©', 6))),
            ("&copy 2", Attribute, Some(('©', 5))),
            ("&amp", Attribute, Some(('&', 4))),
            ("&#38x", Attribute, Some(('&', 4))),
        ];
        for &(input, context, want) in cases {
            assert_eq!(decode(input, context), want, "{input} in {context:?}");
        }
    }
}
