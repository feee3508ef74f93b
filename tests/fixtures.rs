//! The fixture articles, natively: every expectation of every fixture, and invariants on odd input.

mod common;

#[test]
fn fixtures_meet_their_expectations() {
    let mut fails = Vec::new();
    for (name, text, expect) in common::FIXTURES {
        fails.extend(common::check(name, text, expect));
    }
    assert!(fails.is_empty(), "{} failures:\n{}", fails.len(), fails.join("\n"));
}

#[test]
fn odd_inputs_keep_the_invariants() {
    let long_word = "a".repeat(10_000);
    let cases = [
        "",
        "   \n\t  ",
        "parola",
        "Una sola frase.",
        "Senza punteggiatura e senza fine e ancora parole e parole",
        "东京是日本的首都。这是第二句。",
        "مرحبا بالعالم. هذه جملة ثانية.",
        "😀 emoji 😀. Ancora 😀 qui! E poi?",
        long_word.as_str(),
        "\u{0}\u{1}\u{2} binario",
        "[[[[[[link](((((",
    ];
    for text in cases {
        for n in [1, 3] {
            let fails = common::check_invariants(text, n);
            assert!(fails.is_empty(), "{text:?}: {fails:?}");
        }
    }
}

#[test]
fn empty_input_gives_an_empty_summary() {
    let s = sunto::summarize("");
    assert!(s.sentences.is_empty() && s.keywords.is_empty());
    assert_eq!(s.stats.words, 0);
}

#[test]
fn each_length_control() {
    let text = include_str!("fixtures/it_pasted_web.txt");
    let with =
        |length| sunto::Summarizer::new(sunto::Options { length, ..Default::default() }).map(|s| s.summarize(text));
    let five = with(sunto::Length::Sentences(5)).map(|s| s.sentences.len());
    assert_eq!(five, Ok(5));
    let all = with(sunto::Length::Ratio(1.0)).map(|s| s.sentences.len()).unwrap_or(0);
    let half = with(sunto::Length::Ratio(0.5)).map(|s| s.sentences.len()).unwrap_or(0);
    assert!(half > 0 && half * 2 >= all && half < all, "half {half} of {all}");
    let words = with(sunto::Length::Words(60)).unwrap_or_else(|_| sunto::summarize(""));
    assert!(words.stats.summary_words >= 60, "{} words", words.stats.summary_words);
    // whole sentences: dropping the last one would go under the budget
    let last = words.sentences.iter().map(|s| s.text.split_whitespace().count()).min().unwrap_or(0);
    assert!(words.stats.summary_words < 60 + last + 40);
    assert!(
        sunto::Summarizer::new(sunto::Options { length: sunto::Length::Sentences(0), ..Default::default() }).is_err()
    );
    assert!(sunto::Summarizer::new(sunto::Options { length: sunto::Length::Ratio(0.0), ..Default::default() }).is_err());
}

/// Text written for this test, tokenized as research corpora give it: punctuation, clitics and
/// brackets stand between spaces, and a reader (or `wc -w`) counts each of them as a word.
const TOKENIZED: &str = "( AP ) The harbour council 's new plan , approved on Monday , will cost $ 3 million .
The plan adds two ferries -- one of them electric -- to the morning timetable .
Residents who commute to Moldstad have asked for an earlier crossing since 2024 .
The council 's chair , Anna Berg , said the first ferry will sail in May .
Critics say the money would be better spent on repairing the old pier .
A vote on the pier is expected in the autumn , after a survey of its piles .";

#[test]
fn a_word_budget_counts_words_as_a_reader_does() {
    let summarizer = |length| sunto::Summarizer::new(sunto::Options { length, ..Default::default() });
    let Ok(words) = summarizer(sunto::Length::Words(40)) else { panic!("a valid budget") };
    let summary = words.summarize(TOKENIZED);
    let counted = |t: &str| t.split_whitespace().count();
    let got: usize = summary.sentences.iter().map(|s| counted(&s.text)).sum();
    assert_eq!(summary.stats.summary_words, got);
    assert!(got >= 40, "{got} words");
    // whole sentences, and no more than the budget needs: without its longest one it is under
    let longest = summary.sentences.iter().map(|s| counted(&s.text)).max().unwrap_or(0);
    assert!(got - longest < 40, "{got} words, longest sentence {longest}");
    // the text's count is the same measure, over the sentences the summary chose from
    let all: usize = words.sentences(TOKENIZED).iter().map(|s| counted(&s.text)).sum();
    assert_eq!(summary.stats.words, all);
    // the agency's dateline is not part of the text
    assert!(summary.sentences.iter().all(|s| !s.text.contains("AP )")), "{:?}", summary.sentences);
}

#[test]
fn near_identical_sentences_are_never_both_chosen() {
    let text = "Il consiglio comunale di Vallerana ha approvato il nuovo piano dei trasporti per la valle. \
        Il consiglio comunale di Vallerana ha approvato il nuovo piano dei trasporti per tutta la valle. \
        Il piano prevede tre nuove linee di autobus e un parcheggio vicino alla stazione. \
        Le opposizioni hanno votato contro, chiedendo più fondi per le scuole. \
        I lavori inizieranno in primavera e dureranno due anni.";
    for n in 1..=4 {
        let s = sunto::Summarizer::new(sunto::Options { length: sunto::Length::Sentences(n), ..Default::default() })
            .map(|s| s.summarize(text))
            .unwrap_or_else(|_| sunto::summarize(""));
        let both = s.sentences.iter().filter(|x| x.text.starts_with("Il consiglio comunale di Vallerana")).count();
        assert!(both <= 1, "{n}: {:?}", s.sentences.iter().map(|x| &x.text).collect::<Vec<_>>());
    }
}

#[test]
fn headline_is_the_title_or_a_short_best_sentence() {
    let with_title = sunto::summarize("Il ponte riapre dopo i lavori\n\nIl ponte sul fiume è stato riaperto ieri mattina. Le auto passano di nuovo. I lavori sono durati un anno.");
    assert_eq!(with_title.headline, "Il ponte riapre dopo i lavori");
    let text = "Il ponte sul fiume è stato riaperto ieri mattina alla presenza del sindaco. Le auto passano di nuovo. I lavori sono durati un anno intero e sono costati tre milioni.";
    let no_title = sunto::summarize(text);
    assert!(no_title.meta.title.is_none());
    assert!(!no_title.headline.is_empty() && text.contains(&no_title.headline), "{}", no_title.headline);
    assert!(no_title.headline.split_whitespace().count() <= 30);
    assert_eq!(sunto::summarize("").headline, "");
}

#[test]
fn pasted_web_text_read_as_markdown_still_loses_its_boilerplate() {
    for (name, text, boiler) in [
        ("en", include_str!("fixtures/en_pasted_web.txt"), ["Home World", "Share", "By Jane Doe", "Published 4 March"]),
        ("it", include_str!("fixtures/it_pasted_web.txt"), ["Home Cronaca", "Share", "Written by", "P.IVA"]),
    ] {
        let s = sunto::Summarizer::new(sunto::Options { format: sunto::Format::Markdown, ..Default::default() })
            .map(|s| s.summarize(text))
            .unwrap_or_else(|_| sunto::summarize(""));
        assert_eq!(s.sentences.len(), 3, "{name}");
        for sent in &s.sentences {
            for b in boiler {
                assert!(!sent.text.contains(b), "{name}: {b:?} in {}", sent.text);
            }
        }
    }
}

#[test]
fn stems_learned_from_earlier_texts_change_no_answer() {
    // each text summarised with nothing learned, then after the others (their words' stems
    // learned), then again; other tests of this process may learn or forget at the same time
    let texts: Vec<String> = ["it_plain.txt", "it_pasted_web.txt", "en_pasted_web.txt", "en_markdown.md"]
        .iter()
        .map(|f| std::fs::read_to_string(format!("tests/fixtures/{f}")).unwrap_or_default())
        .collect();
    assert!(texts.iter().all(|t| !t.is_empty()));
    let s = sunto::Summarizer::new(sunto::Options::default()).ok();
    let summarize = |t: &str| s.as_ref().map(|s| s.summarize(t));
    let first: Vec<_> = texts
        .iter()
        .map(|t| {
            sunto::clear_caches();
            summarize(t)
        })
        .collect();
    assert!(first.iter().all(|f| f.as_ref().is_some_and(|f| f.sentences.len() == 3 && !f.keywords.is_empty())));
    for _ in 0..2 {
        for (t, want) in texts.iter().zip(&first) {
            assert_eq!(&summarize(t), want);
        }
    }
}

#[test]
fn reusing_the_last_analysis_changes_no_answer() {
    // the page's slider: one text at several lengths, each through its own Summarizer; and a
    // different text, or the same text read another way, between them
    let it = std::fs::read_to_string("tests/fixtures/it_pasted_web.txt").unwrap_or_default();
    let en = std::fs::read_to_string("tests/fixtures/en_pasted_web.txt").unwrap_or_default();
    assert!(!it.is_empty() && !en.is_empty());
    let lengths = [
        sunto::Length::Sentences(1),
        sunto::Length::Sentences(4),
        sunto::Length::Ratio(0.5),
        sunto::Length::Words(40),
        sunto::Length::Sentences(4),
    ];
    let fresh = |length, text: &str, format| {
        sunto::Summarizer::new(sunto::Options { length, ..Default::default() }).map(|s| s.summarize_as(text, format))
    };
    let reused = |length, text: &str, format| {
        sunto::Summarizer::new(sunto::Options { length, ..Default::default() })
            .map(|s| s.reusing().summarize_as(text, format))
    };
    for &length in &lengths {
        for (text, format) in [
            (&it, sunto::Format::Auto),
            (&it, sunto::Format::Auto),
            (&it, sunto::Format::Markdown),
            (&en, sunto::Format::Auto),
        ] {
            let want = fresh(length, text, format).ok();
            let got = reused(length, text, format).ok();
            assert!(want.as_ref().is_some_and(|w| !w.sentences.is_empty()));
            assert_eq!(got, want, "{length:?} {format:?}");
        }
    }
    // a text that differs in one character is analysed anew
    let edited = it.replacen("a", "o", 1);
    assert_ne!(edited, it);
    let _ = reused(sunto::Length::Sentences(3), &it, sunto::Format::Auto);
    assert_eq!(
        reused(sunto::Length::Sentences(3), &edited, sunto::Format::Auto).ok(),
        fresh(sunto::Length::Sentences(3), &edited, sunto::Format::Auto).ok()
    );
}
