//! Boilerplate recognised in pasted web text: one table of patterns, compiled once.
//!
//! Each pattern classifies a whole paragraph of pasted text (usually one line). Patterns are
//! case-insensitive and written for Italian and English web pages; they only apply to short
//! paragraphs (the limit is per kind), so an article paragraph that merely mentions a newsletter
//! or copyright is kept.

use std::sync::OnceLock;

use crate::bytes::{ByteSet, ASCII_ALPHANUMERIC};
use regex_lite::Regex;

/// What a boilerplate paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Boiler {
    /// `Home News Politica …`
    Breadcrumb,
    /// `Share`, `Condividi`, `Facebook Twitter WhatsApp`
    Social,
    /// `Written by`, `Scritto da`: the author's name follows on the next line.
    BylineMarker,
    /// `By Jane Doe`, `di Mario Rossi`, `[di Mario Rossi]`
    Byline,
    /// `— Name (@handle) March 3, 2022`: the attribution line of an embedded post.
    PostAttribution,
    /// A paragraph carrying a `pic.twitter.com` or `t.co` link: an embedded post's text.
    PostText,
    /// Copyright, company, VAT and registration lines.
    Legal,
    /// "This blog is not a newspaper…", "not financial advice…"
    Disclaimer,
    /// E-mail and contact lines.
    Contact,
    /// Newsletter, subscription and cookie notices.
    Notice,
    /// "Leggi anche", "Read more", "Related"…
    ReadAlso,
    /// "Foto: …", "(Getty Images)", "Credit: …"
    Caption,
    /// "<Site> è un magazine che …", "<Site> is a website …"
    SiteDescription,
    /// "Sono un appassionato…", "I am a writer…": an author's self-description.
    AuthorBio,
    /// `Published 4 March 2026`, `Aggiornato il …`: a date line.
    DateLine,
    /// `Tags: …`, `Argomenti: …`
    Tags,
}

struct Rule {
    kind: Boiler,
    /// Longest paragraph, in words, the rule applies to.
    max_words: usize,
    /// Lowercase literals, one of which every match contains (or, for a rule anchored at the
    /// start, starts with): the regex runs only when one is present (regex-lite has no literal
    /// optimisations of its own). Empty: always run.
    needles: Needles,
    /// The pattern, when the needle alone does not decide.
    pattern: Option<&'static str>,
    /// For a pattern anchored at the start that can only match a short prefix: the bytes it
    /// reads at most, so that a 200-word paragraph costs no more than its opening words
    /// (regex-lite's PikeVM reads the whole text even when the pattern is anchored).
    window: Option<usize>,
    /// The first bytes of the prefix needles: a paragraph whose first byte is not one of them
    /// skips the needles (most paragraphs meet a dozen prefix rules).
    first_bytes: ByteSet,
    /// `pattern`, compiled the first time a paragraph reaches it: most rules never meet their
    /// needle in a given text, and compiling all of them up front was a quarter of a one-article
    /// run of the command-line tool.
    re: OnceLock<Option<Regex>>,
}

impl Rule {
    fn new(kind: Boiler, max_words: usize, needles: Needles, pattern: Option<&'static str>) -> Rule {
        let firsts: Vec<u8> = match needles {
            Needles::Prefix(n) => n.iter().filter_map(|x| x.as_bytes().first().copied()).collect(),
            Needles::Contains(_) => Vec::new(),
        };
        Rule { kind, max_words, needles, pattern, window: None, first_bytes: ByteSet::of(&firsts), re: OnceLock::new() }
    }

    /// Whether `para` matches the pattern (a rule without one matches once its needle did).
    /// A pattern that does not compile matches nothing; a test checks that every one compiles.
    fn matches(&self, para: &str) -> bool {
        let Some(pattern) = self.pattern else { return true };
        let text = match self.window {
            Some(w) => para.get(..floor_char_boundary(para, w)).unwrap_or(para),
            None => para,
        };
        self.re.get_or_init(|| compile(pattern)).as_ref().is_some_and(|re| re.is_match(text))
    }
}

/// The largest char boundary of `s` at or before `i`.
fn floor_char_boundary(s: &str, i: usize) -> usize {
    (0..=i.min(s.len())).rev().find(|&k| s.is_char_boundary(k)).unwrap_or(0)
}

/// The bytes an anchored pattern of `kind` reads at most (see [`Rule::window`]): theirs are
/// alternatives of a few words at the very start, well inside 64 bytes.
fn window(kind: Boiler) -> Option<usize> {
    matches!(kind, Boiler::AuthorBio | Boiler::Disclaimer | Boiler::Tags | Boiler::ReadAlso | Boiler::Contact)
        .then_some(64)
}

fn compile(pattern: &str) -> Option<Regex> {
    Regex::new(&format!("(?i){pattern}")).ok()
}

#[derive(Clone, Copy)]
enum Needles {
    Contains(&'static [&'static str]),
    Prefix(&'static [&'static str]),
}

impl Needles {
    /// Whether a prefix needle starts `lower` (`Contains` needles are found for all rules at
    /// once, by [`contained_needles`]).
    fn starts(self, lower: &str) -> bool {
        matches!(self, Needles::Prefix(n) if n.iter().any(|x| lower.starts_with(x)))
    }
}

/// The needles of each kind (see [`Rule::needles`]).
fn needles(kind: Boiler) -> Needles {
    use Needles::{Contains, Prefix};
    match kind {
        Boiler::Breadcrumb => Prefix(&["home"]),
        Boiler::Social => Prefix(&[
            "share",
            "condivi",
            "tweet",
            "twitta",
            "facebook",
            "twitter",
            "whatsapp",
            "linkedin",
            "telegram",
            "pinterest",
            "reddit",
            "email",
            "e-mail",
            "mail",
            "print",
            "stampa",
            "cop",
            "link",
            "x",
            "comment",
        ]),
        Boiler::BylineMarker => Prefix(&[
            "written",
            "scritto",
            "autore",
            "author",
            "about the",
            "l'autore",
            "l’autore",
            "chi sono",
            "posted",
            "pubblicato",
        ]),
        Boiler::Byline => Prefix(&[
            "by ",
            "di ",
            "da ",
            "written",
            "scritto",
            "a cura",
            "testo di",
            "posted",
            "pubblicato",
            "autore",
            "author",
            "[",
            "(",
        ]),
        Boiler::AuthorBio => Prefix(&["sono ", "mi chiamo", "io sono", "i am ", "i'm ", "i’m ", "my name"]),
        Boiler::Tags => Prefix(&["tag", "argomenti", "categorie", "categories", "topics", "temi"]),
        Boiler::ReadAlso => Prefix(&[
            "leggi",
            "potrebbe",
            "ti potrebbe",
            "articoli",
            "notizie",
            "read",
            "related",
            "see also",
            "more from",
            "recommended",
            "you may",
            "guarda",
            "vedi",
            "continua",
            "approfondisci",
        ]),
        Boiler::DateLine => {
            Prefix(&["published", "updated", "last updated", "posted", "pubblicato", "aggiornato", "data"])
        }
        Boiler::Disclaimer => Prefix(&["disclaimer"]),
        Boiler::Contact => Prefix(&["contatt", "contact", "scrivici", "write to us", "info", "per informazioni"]),
        Boiler::Caption => Prefix(&[
            "foto",
            "photo",
            "immagine",
            "image",
            "credit",
            "fonte",
            "video",
            "ansa",
            "getty",
            "reuters",
            "afp",
            "shutterstock",
        ]),
        Boiler::PostAttribution => Contains(&["(@"]),
        // the other kinds have no anchored pattern
        _ => Prefix(&[]),
    }
}

/// The rules, compiled once. Anchored rules have one pattern behind a few prefix needles;
/// unanchored ones are split into small patterns, each behind its own needles, so that a
/// paragraph that only contains a needle meets one small automaton rather than every
/// alternative of its kind (regex-lite's PikeVM costs its states times the text's length).
fn rules() -> &'static [Rule] {
    use Needles::Contains;
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        let anchored: &[(Boiler, usize, &'static str)] = &[
            (Boiler::Breadcrumb, 25, r"^(home|homepage)(\s*[>›»/|]\s*|\s+)\S"),
            (
                Boiler::Social,
                8,
                r"^((share|shares|condividi|condivisioni|tweet|twitta|facebook|twitter|whatsapp|linkedin|telegram|pinterest|reddit|email|e-mail|mail|print|stampa|copy link|copia link|copia|link|x|commenta|comments?|commenti)[\s|·•,/:]*)+$",
            ),
            (Boiler::BylineMarker, 4, r"^(written by|scritto da|autore|author|about the author|l'autore|l’autore|chi sono|posted by|pubblicato da)\s*:?$"),
            (
                Boiler::Byline,
                7,
                r"^\[?\(?(by|di|da|written by|scritto da|a cura di|testo di|posted by|pubblicato da|autore:?|author:?)\s+[A-ZÀ-ÖØ-Ý][\w’'.-]*(\s+(e|and|&|de|di|da|del|della|van|von|la|le)?\s*[A-ZÀ-ÖØ-Ý][\w’'.-]*){0,4}\s*\]?\)?$",
            ),
            (Boiler::PostAttribution, 30, r"^(—|–|-|&mdash;)+\s*.{1,80}\(@\w+\)"),
            (Boiler::Disclaimer, 120, r"^disclaimer\b"),
            (
                Boiler::Contact,
                30,
                r"^(contatti|contacts?|contact us|contattaci|scrivici|write to us|info\s*(&|e)\s*comunicati|per informazioni)\b",
            ),
            (
                Boiler::ReadAlso,
                30,
                r"^(leggi anche|leggi pure|potrebbe interessarti|ti potrebbe interessare|articoli correlati|notizie correlate|read more|read also|related( articles| stories)?|see also|more from|recommended|you may also like|guarda anche|vedi anche|continua a leggere|approfondisci)\b",
            ),
            (
                Boiler::Caption,
                30,
                r"^(foto|photo|photograph|immagine|image|credit|credits|crediti|fonte immagine|video)\s*(:|©|\(|di\b|by\b)|^(ansa|getty images|reuters|afp|shutterstock)(\s*/\s*\w+)*$",
            ),
            (
                Boiler::AuthorBio,
                200,
                r"^(sono (un|una|uno)\b|mi chiamo\b|io sono\b|i am an? |i'm an? |i’m an? |my name is\b)",
            ),
            (
                Boiler::DateLine,
                10,
                r"^(published|updated|last updated|posted|pubblicato( il)?|aggiornato( il| alle)?|data)\s*:?\s*(on\s+)?\d",
            ),
            (Boiler::Tags, 40, r"^(tags?|argomenti|categorie|categories|topics|temi)\s*:"),
        ];
        // (kind, longest paragraph in words, needles, pattern or None when a needle decides)
        let unanchored: &[(Boiler, usize, &'static [&'static str], Option<&'static str>)] = &[
            (Boiler::PostText, 120, &["pic.twitter.com/"], None),
            (Boiler::PostText, 120, &["t.co/"], Some(r"https?://t\.co/")),
            (
                Boiler::Legal,
                45,
                &[
                    "©",
                    "copyright",
                    "all rights reserved",
                    "tutti i diritti riservati",
                    "riproduzione riservata",
                    "p.iva",
                    "p. iva",
                    "partita iva",
                    "company number",
                    "registered in",
                    "registered office",
                    "codice fiscale",
                    "s.r.l.",
                    "s.p.a. -",
                    "registrazione presso il tribunale",
                    "registrazione del tribunale",
                ],
                None,
            ),
            (Boiler::Legal, 45, &["(c)"], Some(r"\(c\)\s*\d{4}")),
            (Boiler::Legal, 45, &["vat"], Some(r"\bvat\b")),
            (Boiler::Legal, 45, &["c.f."], Some(r"\bc\.f\.")),
            (Boiler::Legal, 45, &["srl"], Some(r"\bsrls?\b")),
            (Boiler::Legal, 45, &["reg."], Some(r"reg\.\s*trib")),
            (
                Boiler::Disclaimer,
                120,
                &[
                    "testata giornalistica",
                    "prodotto editoriale",
                    "senza alcuna periodicità",
                    "not financial advice",
                    "not investment advice",
                    "not legal advice",
                ],
                None,
            ),
            (Boiler::Disclaimer, 120, &["legge n"], Some(r"legge n\.?\s*62")),
            (
                Boiler::Disclaimer,
                120,
                &["non costituisce", "does not constitute"],
                Some(r"non costituisce (consulenza|sollecitazione|offerta)|does not constitute (financial|investment|legal)"),
            ),
            (Boiler::Contact, 30, &["@"], Some(r"[\w.+-]+@[\w-]+\.[a-z]{2,}")),
            (
                Boiler::Notice,
                25,
                &["newsletter"],
                Some(r"(iscriviti|iscrivetevi|sign up|signing up|subscribe|abbonati|ricevi|get|suscr[ií]b\w*) .{0,40}newsletter|newsletter.{0,40}(iscriviti|sign up|subscribe|gratis|free)|^newsletter$"),
            ),
            // a paywall's message in place of the rest of the article
            (
                Boiler::Notice,
                25,
                &["full story", "full article", "already a subscriber", "già abbonato"],
                Some(r"subscri\w*.{0,60}full (story|article)|full (story|article).{0,60}subscri|already a subscriber|già abbonato"),
            ),
            // an invitation to install the site's app
            (
                Boiler::Notice,
                25,
                &["download", "to your phone", "scarica"],
                Some(r"(download|scarica) .{0,60}\bapps?\b.{0,30}(ios|android|iphone)|to your phone with .{0,40}\bapp\b"),
            ),
            // an invitation to follow the site elsewhere
            (
                Boiler::Notice,
                30,
                &["follow", "siguenos", "síguenos", "seguici", "suivez"],
                Some(r"^(follow|s[ií]guenos|seguici|suivez)(\s+\S+){0,6}\s+(on|en|su|sur)\s+(twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin)\b"),
            ),
            (
                Boiler::Notice,
                25,
                &["cookie"],
                Some(r"cookie (policy|settings)|(utilizziamo|usiamo|we use|this (site|website) uses) (i )?cookie|accetta (i |tutti i )?cookie|accept (all )?cookies"),
            ),
            (
                Boiler::Caption,
                30,
                &["(ansa", "(getty", "(reuters", "(afp", "(ap", "(lapresse", "(imagoeconomica", "(shutterstock"],
                Some(r"\((ansa|getty images|reuters|afp|ap( photo)?|lapresse|imagoeconomica|shutterstock)[^)]*\)$"),
            ),
            (
                Boiler::SiteDescription,
                120,
                // every match names the kind of site: rarer in prose than `è un`
                &["magazine", "blog", "sito", "portale", "rivista", "quotidiano online", "giornale online", "webzine"],
                Some(r"(^|\s)(è|e'|e’) (un|una|uno) (magazine|blog|sito|portale|rivista|quotidiano online|giornale online|webzine)\b"),
            ),
            (
                Boiler::SiteDescription,
                120,
                &["magazine", "blog", "site", "website", "newspaper", "publication"],
                Some(r"\bis an? (online )?(magazine|blog|website|site|newspaper|publication)\b"),
            ),
        ];
        let mut rules: Vec<Rule> = anchored
            .iter()
            .map(|&(kind, max_words, pattern)| Rule {
                window: window(kind),
                ..Rule::new(kind, max_words, needles(kind), Some(pattern))
            })
            .collect();
        for &(kind, max_words, needles, pattern) in unanchored {
            rules.push(Rule::new(kind, max_words, Contains(needles), pattern));
        }
        // the order of kinds decides between two that match (as before the split)
        rules.sort_by_key(|r| r.kind as u8);
        rules
    })
}

/// The kind of boilerplate `para` is, if any. `words` is its word count.
pub(crate) fn classify(para: &str, words: usize) -> Option<Boiler> {
    if rules().iter().all(|r| words > r.max_words) {
        return None;
    }
    let para = para.trim();
    let lower = lowercase(para);
    let contained = contained_needles(&lower, words);
    rules()
        .iter()
        .enumerate()
        .filter(|(_, r)| words <= r.max_words)
        .filter(|&(k, r)| match r.needles {
            Needles::Contains(_) => contained & (1 << k) != 0,
            prefix => lower.bytes().next().is_some_and(|b| r.first_bytes.has(b)) && prefix.starts(&lower),
        })
        .find(|(_, r)| r.matches(para))
        .map(|(_, r)| r.kind)
}

/// The length of a news agency's dateline opening `para` (`(CNN) -- `, `LONDON, England (CNN) --
/// `, `WASHINGTON (Reuters) - `, `(ANSA) - ROMA, 4 FEB - `, `( CNN ) ` in tokenized text), or 0.
/// A summary sentence should start with its news, not with the wire that carried it. Only the
/// agency in brackets decides: a place and a date alone (`Pechino, 4 febbraio 2026 –`) are part of
/// the sentence. Nothing is removed when nothing would be left.
pub(crate) fn dateline_len(para: &str) -> usize {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    // the agency comes within the first few words: look no further for its bracket
    let head = para.get(..floor_char_boundary(para, 64)).unwrap_or("");
    if !head.contains('(') && !head.contains("-LRB-") && !head.contains("-lrb-") {
        return 0;
    }
    let re = RE.get_or_init(|| {
        // regex-lite's `\s` is ASCII only: pasted pages space datelines with no-break spaces too
        let sp = "[\\s\u{a0}\u{202f}]";
        let dash = "(?:--|—|–|-|&mdash;|&ndash;)";
        Regex::new(&format!(
            // a place in capitals, and its country or state in capitalised words: `LONDON, England `
            "^(?:[A-ZÀ-Ý][A-ZÀ-Ý.'’ -]{{1,30}}(?:,{sp}*[A-ZÀ-Ý][A-Za-zÀ-ÿ.']*(?:[ -][A-ZÀ-Ý][A-Za-zÀ-ÿ.']*){{0,3}})?{sp}+)?\
             (?:\\(|-LRB-|-lrb-){sp}*\
             (?i:cnn|ap|afp|reuters|ansa|efe|dpa|adnkronos|lapresse|xinhua|agi|italpress|askanews|dire|upi|europa press|tass|interfax|kyodo|yonhap|aap|pti|ians)\
             {sp}*(?:\\)|-RRB-|-rrb-){sp}*(?:{dash}|:)?{sp}*\
             (?:[A-ZÀ-Ý][A-ZÀ-Ý' ]{{1,30}},{sp}*\\d{{1,2}}{sp}+[A-Za-z]{{3,9}}\\.?{sp}*{dash}{sp}*)?"
        ))
        .ok()
    });
    match re.as_ref().and_then(|re| re.find(para)) {
        // something of the sentence is left, and it is not punctuation alone
        Some(m) if para.get(m.end()..).is_some_and(|rest| rest.chars().any(char::is_alphanumeric)) => m.end(),
        _ => 0,
    }
}

/// `s.to_lowercase()`, the quick way for text whose non-ASCII letters are already lowercase (the
/// accented letters of running text): the ASCII bytes are lowered in one pass, and only the
/// non-ASCII characters are decoded, to check that none of them changes.
fn lowercase(s: &str) -> String {
    let out = s.to_ascii_lowercase();
    let bytes = s.as_bytes();
    let unchanged = bytes.iter().enumerate().filter(|(_, &b)| b >= 0xC0).all(|(i, _)| {
        s.get(i..).and_then(|r| r.chars().next()).is_some_and(|c| {
            let mut l = c.to_lowercase();
            l.next() == Some(c) && l.next().is_none()
        })
    });
    if unchanged {
        out
    } else {
        s.to_lowercase()
    }
}

/// The rules (bit `k` for `rules()[k]`) one of whose `Contains` needles occurs in `lower`, found
/// in one pass over its bytes. Needles are indexed by their first two bytes: at each position a
/// table lookup on the pair that starts there rules out nearly every needle, where a list per
/// first byte had to be walked at every common letter (`c`, `p`, `r`, `s` start several).
///
/// A needle that starts with an ASCII letter or digit is looked for at the start of a word only
/// (`vat` is not in `private`, `registered in` not in `unregistered in`): inside a word, about
/// four bytes in five, the lookup is skipped. A needle meant to be found inside a word is listed
/// whole (`website` beside `site`).
fn contained_needles(lower: &str, words: usize) -> u64 {
    let table = NEEDLES.get_or_init(NeedleTable::new);
    if words > table.longest {
        return 0;
    }
    let bytes = lower.as_bytes();
    let mut mask = 0u64;
    for &(b, rules) in &table.single {
        if bytes.contains(&b) {
            mask |= rules;
        }
    }
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let at = i;
        i += 1;
        if ASCII_ALPHANUMERIC.has(b) {
            // no needle that starts with a letter or digit starts inside this word: skip it
            let rest = bytes.get(i..).unwrap_or(&[]);
            i += rest.iter().position(|&x| !ASCII_ALPHANUMERIC.has(x)).unwrap_or(rest.len());
        }
        let Some(&next) = bytes.get(at + 1) else { break };
        let slot = table.by_pair.get(usize::from(b) << 8 | usize::from(next)).copied().unwrap_or(0);
        if slot == 0 {
            continue;
        }
        let rest = bytes.get(at..).unwrap_or(&[]);
        let head = prefix(rest);
        for n in table.lists.get(usize::from(slot) - 1).into_iter().flatten() {
            // the first four bytes compared at once rule out nearly every needle (`re` starts
            // `reg.` and countless words) before a comparison of the whole
            if head & n.mask == n.head && rest.starts_with(n.text.as_bytes()) {
                mask |= 1 << n.rule;
            }
        }
    }
    mask
}

/// The first four bytes of `s` as one number (zeros past its end).
fn prefix(s: &[u8]) -> u32 {
    let mut word = [0u8; 4];
    for (w, &b) in word.iter_mut().zip(s) {
        *w = b;
    }
    u32::from_le_bytes(word)
}

/// A `Contains` needle of rule `rule`, with its first four bytes (fewer for a shorter needle:
/// `mask` keeps those it has) for a quick test.
struct Needle {
    text: &'static str,
    rule: u8,
    head: u32,
    mask: u32,
}

/// The `Contains` needles of [`rules`], for [`contained_needles`].
struct NeedleTable {
    /// Per pair of bytes `(a << 8) | b`: 1 + the index in `lists` of the needles starting with
    /// it, or 0.
    by_pair: Vec<u8>,
    /// Needles sharing their first two bytes.
    lists: Vec<Vec<Needle>>,
    /// The one-byte needles (`@`), each with its rules: looked for on their own, by `memchr`.
    single: Vec<(u8, u64)>,
    /// The longest paragraph, in words, any of these rules applies to.
    longest: usize,
}

static NEEDLES: OnceLock<NeedleTable> = OnceLock::new();

impl NeedleTable {
    fn new() -> NeedleTable {
        let mut t = NeedleTable { by_pair: vec![0; 1 << 16], lists: Vec::new(), single: Vec::new(), longest: 0 };
        for (k, r) in rules().iter().enumerate().take(64) {
            let Needles::Contains(needles) = r.needles else { continue };
            t.longest = t.longest.max(r.max_words);
            for &n in needles {
                match *n.as_bytes() {
                    [] => {}
                    [b] => match t.single.iter_mut().find(|(x, _)| *x == b) {
                        Some((_, m)) => *m |= 1 << k,
                        None => t.single.push((b, 1 << k)),
                    },
                    [a, b, ..] => {
                        let pair = usize::from(a) << 8 | usize::from(b);
                        let slot = match t.by_pair.get(pair).copied() {
                            Some(0) | None => {
                                t.lists.push(Vec::new());
                                let slot = u8::try_from(t.lists.len()).unwrap_or(u8::MAX);
                                if let Some(s) = t.by_pair.get_mut(pair) {
                                    *s = slot;
                                }
                                slot
                            }
                            Some(slot) => slot,
                        };
                        if let Some(list) = t.lists.get_mut(usize::from(slot) - 1) {
                            let mask = prefix([0xFF; 4].get(..n.len().min(4)).unwrap_or(&[]));
                            list.push(Needle { text: n, rule: k as u8, head: prefix(n.as_bytes()) & mask, mask });
                        }
                    }
                }
            }
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agency_datelines_are_measured() {
        // (paragraph, what is left after the dateline); the texts are written for this test
        let cases: &[(&str, &str)] = &[
            ("(CNN) The council met on Monday.", "The council met on Monday."),
            ("(CNN) -- The council met on Monday.", "The council met on Monday."),
            ("( CNN ) The council met on Monday .", "The council met on Monday ."),
            ("-LRB- CNN -RRB- The council met on Monday .", "The council met on Monday ."),
            ("( cnn ) the council met on monday .", "the council met on monday ."),
            ("LONDON, England (CNN) -- The council met on Monday.", "The council met on Monday."),
            ("WASHINGTON (Reuters) - The council met on Monday.", "The council met on Monday."),
            ("NEW YORK (AP) — The council met on Monday.", "The council met on Monday."),
            ("(ANSA) - ROMA, 4 FEB - Il consiglio si è riunito lunedì.", "Il consiglio si è riunito lunedì."),
            ("MILANO (Adnkronos) - Il consiglio si è riunito lunedì.", "Il consiglio si è riunito lunedì."),
            ("(LaPresse) Il consiglio si è riunito lunedì.", "Il consiglio si è riunito lunedì."),
            // a place and a date without an agency belong to the sentence
            (
                "Pechino, 4 febbraio 2026 – Il presidente ha parlato.",
                "Pechino, 4 febbraio 2026 – Il presidente ha parlato.",
            ),
            // brackets that name no agency, or not at the start
            ("(Updated) The council met on Monday.", "(Updated) The council met on Monday."),
            ("The council (CNN reported) met on Monday.", "The council (CNN reported) met on Monday."),
            ("Il sindaco (ANSA) ha parlato.", "Il sindaco (ANSA) ha parlato."),
            // no-break spaces, a dash written as an entity, a month written out
            ("(Reuters)\u{a0}- The council met on Monday.", "The council met on Monday."),
            ("WASHINGTON\u{a0}(Reuters) - The council met on Monday.", "The council met on Monday."),
            ("(CNN) &mdash; The council met on Monday.", "The council met on Monday."),
            ("(ANSA) - ROMA, 4 FEBBRAIO - Il consiglio si è riunito.", "Il consiglio si è riunito."),
            // a lowercase clause before the bracket is the sentence's own
            ("OK, said the president (AP) — yes he did.", "OK, said the president (AP) — yes he did."),
            // nothing is left: nothing is removed
            ("(CNN) — .", "(CNN) — ."),
            ("(CNN)", "(CNN)"),
            ("(Reuters) -  ", "(Reuters) -  "),
            ("", ""),
        ];
        for &(para, rest) in cases {
            let at = dateline_len(para);
            assert_eq!(para.get(at..), Some(rest), "{para:?}");
        }
    }

    #[test]
    fn every_pattern_compiles() {
        // 12 anchored patterns and 20 unanchored entries, compiled lazily: each must compile
        assert_eq!(rules().len(), 32);
        for r in rules() {
            if let Some(p) = r.pattern {
                assert!(compile(p).is_some(), "{p}");
            }
        }
    }

    #[test]
    fn needles_are_found_as_a_plain_search_finds_them() {
        let table = NEEDLES.get_or_init(NeedleTable::new);
        assert!(table.lists.len() < 255);
        let texts = [
            "© 2026 example srl, p.iva 01234567890 - tutti i diritti riservati",
            "scrivi a redazione@example.it per la newsletter",
            "pic.twitter.com/abc e t.co/xyz",
            "nessun ago qui, solo testo qualunque con parole comuni come sito e blog",
            "senza alcuna periodicità, non costituisce offerta",
            "",
            "@",
            "c",
            "private copyright-free registered inside the unregistered in area",
            "websites are not sites: cookie,newsletter;(ansa)",
        ];
        // a plain search, at word starts for the needles that start with a letter or digit
        let found = |text: &str, needle: &str| {
            text.match_indices(needle).any(|(at, _)| {
                let starts_word = needle.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric);
                !starts_word || !text.as_bytes().get(at.wrapping_sub(1)).is_some_and(u8::is_ascii_alphanumeric)
            })
        };
        for text in texts {
            let mut want = 0u64;
            for (k, r) in rules().iter().enumerate() {
                if let Needles::Contains(needles) = r.needles {
                    if needles.iter().any(|n| found(text, n)) {
                        want |= 1 << k;
                    }
                }
            }
            assert_eq!(contained_needles(text, 1), want, "{text}");
        }
    }

    #[test]
    fn needles_that_start_with_a_letter_start_a_word() {
        let legal = |text: &str| classify(text, 12) == Some(Boiler::Legal);
        assert!(legal("Registered in England, company number 0123"));
        assert!(!legal("The firm had stayed unregistered in the old ledger"));
        assert!(legal("Foto e testi ©2026 Editore"));
        assert!(legal("Testi(c) 2026 Editore"));
        assert!(classify("Example Daily is a website about local food", 9) == Some(Boiler::SiteDescription));
    }

    #[test]
    fn lowercase_is_the_standard_one() {
        for s in ["", "Già PERCHÉ Così", "ΣΟΦΙΑ Σ", "İstanbul ǅ", "ABC déf ẞ", "perché «così» è l’ultima", "ÀÈ"]
        {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, Option<Boiler>)] = &[
            ("Home Cronaca Lo sciopero dei tram", Some(Boiler::Breadcrumb)),
            ("Home > World > Europe", Some(Boiler::Breadcrumb)),
            ("Share", Some(Boiler::Social)),
            ("Condividi su Facebook", None),
            ("Facebook Twitter WhatsApp", Some(Boiler::Social)),
            ("Written by", Some(Boiler::BylineMarker)),
            ("Scritto da:", Some(Boiler::BylineMarker)),
            ("By Jane Doe", Some(Boiler::Byline)),
            ("[di Giulia Neri]", Some(Boiler::Byline)),
            ("di Anna Maria De Luca", Some(Boiler::Byline)),
            ("di notte la città dorme.", None),
            ("— Some Name (@some_handle) March 3, 2022", Some(Boiler::PostAttribution)),
            ("Big news today pic.twitter.com/AbC123", Some(Boiler::PostText)),
            ("© 2026 Esempio Srl - Via Roma 1 - P.IVA 01234567890", Some(Boiler::Legal)),
            ("Company number 01234567, VAT GB123456789", Some(Boiler::Legal)),
            ("Riproduzione riservata", Some(Boiler::Legal)),
            ("Questo sito non è una testata giornalistica e non ha periodicità.", Some(Boiler::Disclaimer)),
            ("Per info scrivere a redazione@example.it", Some(Boiler::Contact)),
            ("Info & Comunicati", Some(Boiler::Contact)),
            ("Sign up for our newsletter", Some(Boiler::Notice)),
            ("We use cookies to improve your experience.", Some(Boiler::Notice)),
            ("Don't miss a thing by signing up to our weekly newsletter!", Some(Boiler::Notice)),
            ("To read the full article, please subscribe to the Valley Post.", Some(Boiler::Notice)),
            ("Already a subscriber? Log in to keep reading.", Some(Boiler::Notice)),
            ("Sei già abbonato? Accedi per continuare.", Some(Boiler::Notice)),
            ("For breaking news, download the Valley Post app for iPhone and Android.", Some(Boiler::Notice)),
            ("Follow the Valley Post on Facebook and Instagram for more stories.", Some(Boiler::Notice)),
            ("Seguici su Telegram per le ultime notizie.", Some(Boiler::Notice)),
            ("The mayor asked residents to follow the new rules on parking from Monday.", None),
            ("The full story of the strike, the union said, will come out at the inquiry.", None),
            ("Leggi anche: il piano casa", Some(Boiler::ReadAlso)),
            ("Read more: what the vote means", Some(Boiler::ReadAlso)),
            ("Foto: Mario Bianchi", Some(Boiler::Caption)),
            ("(Getty Images)", Some(Boiler::Caption)),
            ("Vivere Bene è un magazine che parla di salute.", Some(Boiler::SiteDescription)),
            ("Sono un appassionato di montagna e scrivo di ambiente.", Some(Boiler::AuthorBio)),
            ("Published 4 March 2026", Some(Boiler::DateLine)),
            ("Tags: politica, economia", Some(Boiler::Tags)),
            ("Il governo ha approvato la riforma del lavoro dopo un lungo confronto con i sindacati.", None),
            ("The council said the newsletter of the union had reported the strike last week, after a long vote in which members argued about pay and hours and the future of the depot.", None),
        ];
        for (text, want) in cases {
            let words = text.split_whitespace().count();
            assert_eq!(classify(text, words), *want, "{text}");
        }
    }
}
