//! The paragraph rule of docs/paragraphs.md and the quote check against a brief's own text
//! (`brief_insights::load::source`), on the Sejong brief and its text and on small texts.

// Native only: these tests read files, run the CLI or use the authoring API; tests/wasm_api.rs runs in the browser.
#![cfg(not(target_arch = "wasm32"))]

use brief_insights::load::source::{self, check_quotes, coverage, paragraphs};
use brief_insights::model::Brief;
use std::fs;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn sejong() -> (String, Brief, String) {
    let json = fs::read_to_string(Path::new(ROOT).join("briefs/sejong-2025-30.json")).expect("the brief");
    let brief = brief_insights::load(&json).unwrap_or_else(|d| panic!("{}", d)).brief;
    let source = brief.meta.source.clone().expect("the Sejong brief names its text in meta.source");
    let text = fs::read_to_string(Path::new(ROOT).join("briefs").join(&source.text)).expect("the text");
    (json, brief, text)
}

#[test]
fn the_sejong_brief_matches_its_text() {
    let (_, brief, text) = sejong();
    let source = brief.meta.source.as_ref().unwrap();
    assert_eq!(source.text, "sejong-2025-30.txt");
    let ps = paragraphs(&text, source.header_blocks, source.footer_blocks);
    assert_eq!(ps.len(), 11);
    assert!(ps[0].starts_with("The situation on the Korean Peninsula"), "{}", ps[0]);
    assert!(ps[10].starts_with("In relations with China"), "{}", ps[10]);
    let problems = check_quotes(&brief, &text);
    assert!(problems.is_empty(), "{:#?}", problems);
}

#[test]
fn a_changed_quote_fails_with_the_closest_passage() {
    let (json, mut brief, text) = sejong();
    let original = brief.actors[2].evidence[0].clone();
    let changed = original.quote.replacen(' ', "  ", 1).replacen('a', "4", 1);
    assert_ne!(changed, original.quote);
    brief.actors[2].evidence[0].quote = changed;
    let mut problems = check_quotes(&brief, &text);
    assert_eq!(problems.len(), 1, "{:#?}", problems);
    let p = &problems[0];
    assert_eq!(p.path, "$.actors[2].evidence[0].quote");
    let expected = format!(
        "the quote is not in paragraph {} of the source text; the closest passage there is \"{}\"",
        original.paragraph,
        source::normalize(&original.quote)
    );
    assert!(p.message.starts_with(&expected), "{}\nexpected it to start with\n{}", p.message, expected);
    assert!(!p.message.contains("the quote is in paragraph"), "{}", p.message);

    // Line and column come from the brief's JSON text: they point at the quote's value.
    source::locate(&json, &mut problems);
    let line = json.lines().nth(problems[0].line as usize - 1).unwrap();
    let at: String = line.chars().skip(problems[0].column as usize - 1).collect();
    assert!(
        at.starts_with(&serde_json::to_string(&original.quote).unwrap()),
        "{}:{}: {}",
        problems[0].line,
        problems[0].column,
        line
    );
}

#[test]
fn a_quote_from_another_paragraph_says_where_it_is() {
    let (_, mut brief, text) = sejong();
    let paragraph = brief.key_judgments[0].evidence[0].paragraph;
    let wrong = if paragraph == 1 { 2 } else { 1 };
    brief.key_judgments[0].evidence[0].paragraph = wrong;
    let problems = check_quotes(&brief, &text);
    assert_eq!(problems.len(), 1, "{:#?}", problems);
    assert_eq!(problems[0].path, "$.keyJudgments[0].evidence[0].quote");
    assert!(problems[0].message.contains(&format!("not in paragraph {wrong} ")), "{}", problems[0].message);
    assert!(
        problems[0].message.ends_with(&format!("; the quote is in paragraph {paragraph}")),
        "{}",
        problems[0].message
    );
}

#[test]
fn meta_paragraphs_must_agree_with_the_text() {
    let (_, mut brief, text) = sejong();
    brief.meta.paragraphs = 12;
    let problems = check_quotes(&brief, &text);
    assert_eq!(problems.len(), 1, "{:#?}", problems);
    assert_eq!(problems[0].path, "$.meta.paragraphs");
    assert!(problems[0].message.starts_with("meta.paragraphs is 12 but the source text has 11 paragraphs"));

    // One header block fewer: the last header block becomes paragraph 1 and every quote moves.
    let (_, mut brief, text) = sejong();
    brief.meta.source.as_mut().unwrap().header_blocks = 8;
    let problems = check_quotes(&brief, &text);
    assert!(problems.iter().any(|p| p.path == "$.meta.paragraphs"));
    assert!(problems.len() > 40, "{}", problems.len());
}

#[test]
fn coverage_of_the_sejong_brief() {
    let (_, brief, text) = sejong();
    let c = coverage(&brief, &text);
    assert_eq!(c.paragraphs.len(), 11);
    assert!(c.not_cited().is_empty(), "{:?}", c.not_cited());
    assert!(c.sentences() > 40, "{}", c.sentences());
    assert!(c.cited_sentences() > c.sentences() / 2);
    assert!(c.cited_sentences() <= c.sentences());
    // Paragraph 1's first sentence is cited by the judgment that quotes it.
    let first = &c.paragraphs[0].sentences[0];
    assert!(first.text.starts_with("The situation on the Korean Peninsula"));
    assert!(first.cited_by.iter().any(|id| id == "kj-tension-and-accelerated-execution"), "{:?}", first.cited_by);
    // Every sentence of every paragraph is text of that paragraph.
    let ps = paragraphs(&text, 9, 0);
    for (p, para) in c.paragraphs.iter().zip(&ps) {
        for s in &p.sentences {
            assert!(source::quote_in(&s.text, para), "{}", s.text);
        }
    }
}

#[test]
fn coverage_respects_deliberately_uncited_paragraphs() {
    let text = "Head\n\nOne. Two.\n\nThree.\n\nFour.";
    let json = r#"{"format":1,"meta":{"series":"S","number":"1","title":"T","date":"2025-01-01","authors":[{"name":"A"}],
        "publisher":"P","language":"en","sourceUrl":"https://example.org/x","paragraphs":3,"subject":"a","rights":"r",
        "source":{"text":"t.txt","headerBlocks":1,"uncited":[3]}},
        "actors":[{"id":"a","name":"A","kind":"state","evidence":[{"paragraph":1,"quote":"Two."}]}]}"#;
    let brief: Brief = serde_json::from_str(json).unwrap_or_else(|e| panic!("{}", e));
    assert!(check_quotes(&brief, text).is_empty());
    let c = coverage(&brief, text);
    assert_eq!(c.paragraphs.len(), 3);
    assert_eq!(c.paragraphs[0].sentences[0].cited_by, Vec::<String>::new());
    assert_eq!(c.paragraphs[0].sentences[1].cited_by, ["a"]);
    assert_eq!(c.not_cited(), [2]);
    assert!(c.paragraphs[2].uncited_on_purpose);
    assert_eq!((c.cited_sentences(), c.sentences()), (1, 4));
}

#[test]
fn the_rule_on_small_texts() {
    // Blank lines may hold U+00A0 and other whitespace; lines of a block are joined by one space.
    let text = "Series\n\u{00A0}\nTitle of the brief\n\u{00A0} \u{00A0}\nFirst paragraph,\n  on two lines.\n\u{2003}\nSecond.\n\nNote: not part of the body.\n";
    assert_eq!(source::blocks(text).len(), 5);
    assert_eq!(paragraphs(text, 2, 1), ["First paragraph, on two lines.", "Second."]);
    assert_eq!(paragraphs(text, 0, 0)[0], "Series");
    // CRLF and lone CR end lines too.
    let crlf = text.replace('\n', "\r\n");
    assert_eq!(paragraphs(&crlf, 2, 1), paragraphs(text, 2, 1));
    assert_eq!(paragraphs("A\r\rB\rC", 0, 0), ["A", "B C"]);
    // Header and footer counts larger than the text leave nothing, never panic.
    assert!(paragraphs(text, 5, 0).is_empty());
    assert!(paragraphs(text, 4, 4).is_empty());
    assert!(paragraphs(text, u32::MAX, u32::MAX).is_empty());
    // Leading and trailing blank lines do not make blocks.
    assert_eq!(paragraphs("\n\n\u{00A0}\nOnly.\n\n\n", 0, 0), ["Only."]);
}

#[test]
fn quotes_are_compared_after_nfc_and_whitespace_only() {
    let p = "It cost 1\u{00A0}200 won \u{2014} “a lot” \u{2014} in Jeonju.";
    assert!(source::quote_in("1 200 won \u{2014} “a lot”", p));
    // "é" composed in the quote, decomposed (e + U+0301) in the text: the same after NFC.
    assert!(source::quote_in("Caf\u{00E9} in Jeonju", "at the Cafe\u{0301} in\nJeonju."));
    assert!(!source::quote_in("1 200 won - “a lot”", p));
    assert!(!source::quote_in("1 200 won \u{2014} \"a lot\"", p));
    assert!(!source::quote_in("IT COST", p));
}

// --- What the studio asks of the rule (src/binding/author.rs `paragraphs`, `coverage`) ---

#[test]
fn numbered_paragraphs_are_the_rule_normalised_and_cut_into_sentences() {
    let text =
        "Series\n\nTitle\n\nOne line\n  continues. The U.S. and China\u{00A0}met.\n\nCafe\u{0301} two? Yes!\n\nNotes";
    let numbered = source::numbered_paragraphs(text, 2, 1);
    assert_eq!(numbered.len(), paragraphs(text, 2, 1).len());
    assert_eq!(numbered.len(), 2);
    assert_eq!(numbered[0].number, 1);
    assert_eq!(numbered[0].text, "One line continues. The U.S. and China met.");
    assert_eq!(numbered[0].sentences, ["One line continues.", "The U.S. and China met."]);
    assert_eq!(numbered[1].number, 2);
    assert_eq!(numbered[1].text, "Caf\u{00E9} two? Yes!");
    assert_eq!(numbered[1].sentences, ["Caf\u{00E9} two?", "Yes!"]);
    // Any passage of a shown paragraph is a quote the validator accepts for that paragraph.
    for (shown, raw) in numbered.iter().zip(paragraphs(text, 2, 1)) {
        for sentence in &shown.sentences {
            assert!(source::quote_in(sentence, &raw), "{sentence}");
        }
    }
    // The same rule on every brief's own text: as many paragraphs as meta.paragraphs says.
    for (json, txt) in [
        ("briefs/sejong-2025-30.json", "briefs/sejong-2025-30.txt"),
        ("briefs/examples/mekong-water-2026-04.json", "briefs/examples/mekong-water-2026-04.txt"),
        ("briefs/examples/nickel-supply-chain-2026-7.json", "briefs/examples/nickel-supply-chain-2026-7.txt"),
    ] {
        let brief = brief_insights::load(&fs::read_to_string(Path::new(ROOT).join(json)).unwrap()).unwrap().brief;
        let text = fs::read_to_string(Path::new(ROOT).join(txt)).unwrap();
        let source = brief.meta.source.as_ref().unwrap();
        let numbered = source::numbered_paragraphs(&text, source.header_blocks, source.footer_blocks);
        assert_eq!(numbered.len() as u32, brief.meta.paragraphs, "{json}");
        for p in &numbered {
            assert_eq!(p.sentences.concat().replace(' ', ""), p.text.replace(' ', ""), "{json} ¶{}", p.number);
        }
    }
}

#[test]
fn coverage_of_citations_matches_coverage_of_the_brief() {
    for (json, txt) in [
        ("briefs/sejong-2025-30.json", "briefs/sejong-2025-30.txt"),
        ("briefs/examples/nickel-supply-chain-2026-7.json", "briefs/examples/nickel-supply-chain-2026-7.txt"),
    ] {
        let brief = &brief_insights::load(&fs::read_to_string(Path::new(ROOT).join(json)).unwrap()).unwrap().brief;
        let text = fs::read_to_string(Path::new(ROOT).join(txt)).unwrap();
        let items = brief_insights::model::item::all_items(brief);
        let citations: Vec<source::Citation<'_>> = items
            .iter()
            .flat_map(|item| {
                item.evidence().iter().map(|e| source::Citation {
                    id: item.id(),
                    paragraph: e.paragraph,
                    quote: &e.quote,
                })
            })
            .collect();
        let s = brief.meta.source.as_ref().unwrap();
        assert_eq!(
            source::coverage_of(&text, s.header_blocks, s.footer_blocks, &s.uncited, &citations),
            coverage(brief, &text)
        );
    }
    let text = "Head\n\nFirst one. Second one.\n\nThird.";
    let cited = [
        source::Citation { id: "a", paragraph: 1, quote: "one. Second" },
        source::Citation { id: "b", paragraph: 2, quote: "nowhere" },
    ];
    let c = source::coverage_of(text, 1, 0, &[2], &cited);
    assert_eq!(c.paragraphs[0].sentences[0].cited_by, ["a"]);
    assert_eq!(c.paragraphs[0].sentences[1].cited_by, ["a"]);
    assert!(c.paragraphs[1].sentences[0].cited_by.is_empty());
    assert!(c.paragraphs[1].uncited_on_purpose);
}
