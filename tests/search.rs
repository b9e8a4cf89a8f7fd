//! Full-text search: ranking, folding, highlight ranges.

// Native only: these tests read files, run the CLI or use the authoring API; tests/wasm_api.rs runs in the browser.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use brief_insights::load;

#[test]
fn finds_titles_before_quotes() {
    let b = load(common::MINIMAL).unwrap();
    let hits = b.search("land", 10);
    assert_eq!(hits[0].id, "land", "{:#?}", hits);
    assert!(hits.iter().any(|h| h.id == "land-sea"));
}

#[test]
fn case_and_accent_insensitive_with_ranges_on_the_original() {
    let b = load(common::MINIMAL).unwrap();
    let hits = b.search("SEA REP", 10);
    assert_eq!(hits.len(), 1);
    let m = &hits[0].matches[0];
    assert_eq!(m.field, "title");
    assert_eq!(m.text, "Séa Republic");
    // "Séa" is 4 bytes (é is two) but 3 UTF-16 units.
    assert_eq!(m.byte_ranges, [(0, 4), (5, 8)]);
    assert_eq!(m.ranges, [[0, 3], [4, 7]]);
    let hits = b.search("sea", 10);
    assert!(hits.iter().any(|h| h.id == "sea"));
}

#[test]
fn every_term_must_match() {
    let b = load(common::MINIMAL).unwrap();
    assert!(b.search("land zebra", 10).is_empty());
    assert!(b.search("   ", 10).is_empty());
    assert!(b.search("land", 0).is_empty());
}

#[test]
fn quotes_are_searched_and_reported_with_their_index() {
    let b = load(common::MINIMAL).unwrap();
    let hits = b.search("trades", 10);
    assert_eq!(hits[0].id, "land-sea");
    assert_eq!(hits[0].matches[0].field, "quote");
    assert_eq!(hits[0].matches[0].index, 0);
}

#[test]
fn hostile_and_huge_queries_are_harmless() {
    let b = load(common::MINIMAL).unwrap();
    // 100,000 one-letter terms: the query is cut to its first characters, and every remaining term "a"
    // occurs in "Land", so the search still answers, with the one item every term matches.
    let long = "a ".repeat(100_000);
    let hits = b.search(&long, 10);
    assert!(hits.iter().any(|h| h.id == "land"), "{:#?}", hits);
    assert!(hits.len() <= 10);
    // A long query that matches nothing returns nothing (and does not hang or panic).
    assert!(b.search(&"zq ".repeat(100_000), 10).is_empty());
    // A lone combining accent folds to nothing; NUL and markup are plain characters that no text contains.
    assert!(b.search("\u{0301}\u{0000}<script>", 10).is_empty());
    assert!(b.search("<script>", 10).is_empty());
    assert!(b.search("\u{0301}", 10).is_empty());
    // İ (U+0130), whose Unicode lower case is two characters, folds to a plain "i": same hits as "i".
    let dotted: Vec<String> = b.search("\u{0130}", 10).into_iter().map(|h| h.id).collect();
    let plain: Vec<String> = b.search("i", 10).into_iter().map(|h| h.id).collect();
    assert!(!plain.is_empty());
    assert_eq!(dotted, plain);
}

/// Every range of a hit must select text that folds to one of the query's terms.
fn assert_ranges_select(q: &str, hits: &[brief_insights::query::search::SearchHit]) {
    let terms: Vec<String> = q.split_whitespace().map(|t| t.to_lowercase()).collect();
    for hit in hits {
        assert!(!hit.matches.is_empty(), "{:?}: a hit for {:?} with no matching field", hit.id, q);
        for m in &hit.matches {
            assert!(!m.byte_ranges.is_empty(), "{:?}: field {} matched {:?} with no range", hit.id, m.field, q);
            assert_eq!(m.byte_ranges.len(), m.ranges.len());
            for &(s, e) in &m.byte_ranges {
                assert!(s < e && m.text.is_char_boundary(s) && m.text.is_char_boundary(e));
                let selected = m.text[s..e].to_lowercase();
                assert!(
                    terms.contains(&selected),
                    "{:?}: range {:?} selects {:?}, not a term of {:?}",
                    hit.id,
                    (s, e),
                    selected,
                    q
                );
            }
        }
    }
}

#[test]
fn sejong_brief_search_returns_highlightable_hits() {
    let b = brief_insights::load_embedded().unwrap();
    for (q, at_least) in [("china", 5), ("hospital", 1), ("won", 1), ("denuclearization", 1), ("wonsan kalma", 1)] {
        let hits = b.search(q, 20);
        assert!(hits.len() >= at_least, "{:?}: {} hits, expected at least {}", q, hits.len(), at_least);
        assert_ranges_select(q, &hits);
    }
    // The Sejong brief is in English: a Korean query finds nothing in it (the Korean case is tested below).
    assert!(b.search("\u{bd81}\u{d55c}", 20).is_empty());
}

#[test]
fn korean_query_finds_and_highlights_hangul() {
    // 북한 (North Korea) as a title, and 북한은 ("North Korea [topic]") inside a quote: Korean attaches
    // particles to words, so a term matches anywhere in a word.
    let json = common::with(r#""name": "Land""#, r#""name": "북한""#).replacen("Land acts.", "북한은 행동한다.", 1);
    let b = load(&json).unwrap();
    let hits = b.search("북한", 10);
    assert_eq!(hits.len(), 1, "{:#?}", hits);
    assert_eq!(hits[0].id, "land");
    let title = hits[0].matches.iter().find(|m| m.field == "title").expect("the title matched");
    assert_eq!(title.text, "북한");
    assert_eq!(title.byte_ranges, [(0, 6)]);
    assert_eq!(title.ranges, [[0, 2]]);
    let quote = hits[0].matches.iter().find(|m| m.field == "quote").expect("the quote matched");
    assert_eq!(quote.byte_ranges, [(0, 6)]);
    assert_ranges_select("북한", &hits);
    // A Korean term that occurs nowhere matches nothing; mixed with English, every term must match.
    assert!(b.search("남한", 10).is_empty());
    assert!(b.search("북한 zebra", 10).is_empty());
    assert_eq!(b.search("행동 북한", 10).len(), 1);
}
