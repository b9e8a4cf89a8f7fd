//! Full-text search: ranking, folding, highlight ranges.

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
    let long = "a ".repeat(100_000);
    let _ = b.search(&long, 10);
    let _ = b.search("\u{0301}\u{0000}<script>", 10);
    let _ = b.search("İ", 10);
}

#[test]
fn sejong_brief_search_returns_highlightable_hits() {
    let b = brief_insights::load_embedded().unwrap();
    for q in ["china", "hospital", "won", "denuclearization", "북한"] {
        for hit in b.search(q, 20) {
            for m in &hit.matches {
                for &(s, e) in &m.byte_ranges {
                    assert!(m.text.is_char_boundary(s) && m.text.is_char_boundary(e) && s < e);
                }
            }
        }
    }
}
