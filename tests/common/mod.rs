//! A small, valid brief that tests mutate to provoke one problem at a time.
#![allow(dead_code)]

pub const MINIMAL: &str = r#"{
  "format": 1,
  "meta": {
    "series": "Test Briefs",
    "number": "T-1",
    "title": "A test brief",
    "date": "2024-02-29",
    "authors": [{ "name": "A. Author", "role": "Fellow", "affiliation": "Test Institute" }],
    "publisher": "Test Institute",
    "language": "en",
    "paragraphs": 3,
    "subject": "land"
  },
  "axes": [
    { "id": "growth", "label": "Growth", "evidence": [{ "paragraph": 1, "quote": "Growth matters." }] }
  ],
  "actors": [
    { "id": "land", "name": "Land", "kind": "state", "evidence": [{ "paragraph": 1, "quote": "Land acts." }] },
    { "id": "sea", "name": "Séa Republic", "kind": "state", "evidence": [{ "paragraph": 2, "quote": "Sea reacts." }] }
  ],
  "relations": [
    { "id": "land-sea", "from": "land", "to": "sea", "role": "Trade partner", "stance": "cooperative",
      "fields": ["fisheries"], "axes": ["growth"], "evidence": [{ "paragraph": 2, "quote": "Land trades with Sea." }] }
  ],
  "events": [
    { "id": "summit", "title": "Summit", "date": "2024-05", "actors": ["land", "sea"],
      "evidence": [{ "paragraph": 3, "quote": "They met in May." }] }
  ]
}"#;

/// `MINIMAL` with the first occurrence of `from` replaced by `to` (panics if absent: a broken test).
pub fn with(from: &str, to: &str) -> String {
    assert!(MINIMAL.contains(from), "fixture does not contain {:?}", from);
    MINIMAL.replacen(from, to, 1)
}
