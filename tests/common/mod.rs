//! Shared by the integration tests: a small, valid brief that tests mutate to provoke one problem at a time,
//! and a scanner for the tags of rendered HTML.
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

/// A brief with the barest `meta` (one paragraph) and the given top-level members, e.g.
/// `"actors": [...]`; with `""`, a brief of nothing but its metadata.
pub fn bare_brief(members: &str) -> String {
    let head = r#"{"format":1,"meta":{"series":"S","number":"1","title":"T","date":"2024","authors":[{"name":"A"}],"publisher":"P","language":"en","paragraphs":1}"#;
    if members.trim().is_empty() {
        format!("{}}}", head)
    } else {
        format!("{},{}}}", head, members)
    }
}

/// `MINIMAL` with the first occurrence of `from` replaced by `to` (panics if absent: a broken test).
pub fn with(from: &str, to: &str) -> String {
    assert!(MINIMAL.contains(from), "fixture does not contain {:?}", from);
    MINIMAL.replacen(from, to, 1)
}

/// Tag names and attribute names of rendered `html`, scanning from each `<` (brief text is escaped, so every
/// `<` opens a tag). Fails on a `<` inside a tag or an unquoted attribute value. Script contents are skipped:
/// the JSON-LD is checked on its own.
pub fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').expect("every tag is closed");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('/') || tag.starts_with('!') {
            continue;
        }
        assert!(!tag.contains('<'), "a tag contains '<': {}", tag);
        let mut parts = tag.splitn(2, |c: char| c.is_whitespace());
        let name = parts.next().unwrap_or("").trim_end_matches('/').to_ascii_lowercase();
        let mut attrs = Vec::new();
        let mut a = parts.next().unwrap_or("");
        loop {
            a = a.trim_start();
            if a.is_empty() || a == "/" {
                break;
            }
            let name_end = a.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(a.len());
            attrs.push(a[..name_end].to_ascii_lowercase());
            a = &a[name_end..];
            if let Some(after) = a.strip_prefix("=\"") {
                let close = after.find('"').expect("attribute values are double-quoted");
                a = &after[close + 1..];
            } else {
                assert!(!a.starts_with('='), "unquoted attribute value in <{} {}>", name, tag);
            }
        }
        if name == "script" {
            let close = rest.find("</script>").expect("script closed");
            rest = &rest[close..];
        }
        out.push((name, attrs));
    }
    out
}
