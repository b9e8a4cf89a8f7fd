//! One test per class of problem a brief file can have: each must be reported with the right kind,
//! JSON path, line and column, and never panic.

mod common;
use brief_insights::{load, DiagnosticKind, Diagnostics};
use common::{with, MINIMAL};

fn problems(text: &str) -> Diagnostics {
    match load(text) {
        Ok(_) => panic!("expected problems, but the brief loaded"),
        Err(d) => d,
    }
}

fn one(text: &str) -> brief_insights::Diagnostic {
    let d = problems(text);
    assert_eq!(d.len(), 1, "expected exactly one problem, got:\n{}", d);
    d.0[0].clone()
}

#[test]
fn the_minimal_fixture_is_valid() {
    let b = load(MINIMAL).unwrap_or_else(|d| panic!("{}", d));
    assert_eq!(b.brief.actors.len(), 2);
}

#[test]
fn syntax_error_has_line_and_column() {
    let d = one(&with(r#""number": "T-1","#, r#""number": "T-1",,"#));
    assert_eq!(d.kind, DiagnosticKind::Syntax);
    assert_eq!((d.line, d.column), (5, 21));
    assert_eq!(d.path, "$.meta");
    assert!(d.message.contains("member name"), "{}", d.message);
}

#[test]
fn trailing_comma_is_named() {
    let d = one(r#"{"format": 1, "meta": {},}"#);
    assert!(d.message.contains("trailing comma"), "{}", d);
    assert_eq!((d.line, d.column), (1, 25), "points at the comma itself");
}

#[test]
fn truncated_file_says_so() {
    let d = one(&MINIMAL[..MINIMAL.len() / 2]);
    assert_eq!(d.kind, DiagnosticKind::Syntax);
    assert!(d.message.contains("end of file"), "{}", d);
}

#[test]
fn empty_and_non_object_documents() {
    assert!(one("").message.contains("empty"));
    assert!(one("   \n ").message.contains("empty"));
    let d = one("[1, 2]");
    assert_eq!(d.kind, DiagnosticKind::Schema);
    assert!(d.message.contains("expected"), "{}", d);
}

#[test]
fn columns_count_characters_not_bytes() {
    let d = one("{\"título\": ?}");
    assert_eq!((d.line, d.column), (1, 12));
}

#[test]
fn wrong_type_has_path_and_position() {
    let d = one(&with(r#""paragraphs": 3"#, r#""paragraphs": "three""#));
    assert_eq!(d.kind, DiagnosticKind::Schema);
    assert_eq!(d.path, "$.meta.paragraphs");
    assert_eq!((d.line, d.column), (11, 19));
    assert!(d.message.contains("found a string"), "{}", d);
}

#[test]
fn unknown_field_suggests_the_right_name() {
    let all = problems(&with(r#""role": "Trade partner""#, r#""rol": "Trade partner""#));
    assert_eq!(all.len(), 2, "the typo, and the field it should have been: {}", all);
    let (missing, typo) = (&all.0[0], &all.0[1]);
    assert_eq!(missing.path, "$.relations[0]");
    assert_eq!(missing.message, "missing required field \"role\"");
    assert_eq!(typo.path, "$.relations[0].rol");
    assert!(typo.message.contains("did you mean \"role\""), "{}", typo);
}

#[test]
fn unknown_enum_value_lists_the_allowed_ones() {
    let d = one(&with(r#""stance": "cooperative""#, r#""stance": "friendly""#));
    assert_eq!(d.path, "$.relations[0].stance");
    assert!(d.message.contains("cooperative") && d.message.contains("hostile"), "{}", d);
}

#[test]
fn missing_field_points_at_its_object() {
    let d = one(&with(r#""kind": "state", "evidence": [{ "paragraph": 2"#, r#""evidence": [{ "paragraph": 2"#));
    assert_eq!(d.path, "$.actors[1]");
    assert!(d.message.contains("missing required field \"kind\""), "{}", d);
    assert_eq!(d.line, 19);
}

#[test]
fn all_schema_problems_are_reported_at_once() {
    let text = with(r#""stance": "cooperative""#, r#""stance": 7"#)
        .replacen(r#""kind": "state""#, r#""kind": "planet""#, 1)
        .replacen(r#""date": "2024-05""#, r#""date": 2024"#, 1);
    let d = problems(&text);
    let paths: Vec<&str> = d.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, ["$.actors[0].kind", "$.relations[0].stance", "$.events[0].date"], "{}", d);
}

#[test]
fn duplicate_ids() {
    let d = one(&with(r#""id": "summit""#, r#""id": "land-sea""#));
    assert_eq!(d.kind, DiagnosticKind::Semantic);
    assert_eq!(d.path, "$.events[0].id");
    assert!(d.message.contains("duplicate id \"land-sea\"") && d.message.contains("$.relations[0].id"), "{}", d);
}

#[test]
fn an_identical_copy_of_an_item_is_reported_where_the_copy_is() {
    let actor =
        r#"{ "id": "land", "name": "Land", "kind": "state", "evidence": [{ "paragraph": 1, "quote": "Land acts." }] }"#;
    let d = one(&with(actor, &format!("{},\n    {}", actor, actor)));
    assert_eq!(d.path, "$.actors[1].id");
    assert_eq!(d.line, 19);
    assert!(d.message.contains("first used at $.actors[0].id"), "{}", d);
}

#[test]
fn ids_must_be_slugs() {
    let d = one(&with(r#""id": "summit""#, r#""id": "The Summit""#));
    assert_eq!(d.path, "$.events[0].id");
    assert!(d.message.contains("not a slug"), "{}", d);
}

#[test]
fn dangling_references() {
    let d = problems(&with(r#""actors": ["land", "sea"]"#, r#""actors": ["land", "moon"]"#).replacen(
        r#""to": "sea""#,
        r#""to": "growth""#,
        1,
    ));
    let got: Vec<String> = d.iter().map(|d| format!("{} {}", d.path, d.message)).collect();
    assert_eq!(d.len(), 2, "{:?}", got);
    assert_eq!(d.0[0].path, "$.relations[0].to");
    assert_eq!(d.0[0].message, "\"growth\" is an axis, but an actor is expected here");
    assert_eq!(d.0[1].path, "$.events[0].actors[1]");
    assert!(d.0[1].message.contains("\"moon\" does not name any item"));
    // Semantic problems have positions too: the line of the offending value.
    assert_eq!(d.0[1].line, 26);
}

#[test]
fn empty_evidence() {
    let d = one(&with(r#""evidence": [{ "paragraph": 3, "quote": "They met in May." }]"#, r#""evidence": []"#));
    assert_eq!(d.path, "$.events[0].evidence");
    assert!(d.message.contains("needs evidence"), "{}", d);
    let d = one(&with(r#""quote": "They met in May.""#, r#""quote": "  ""#));
    assert_eq!(d.path, "$.events[0].evidence[0].quote");
}

#[test]
fn paragraph_out_of_range() {
    let d = one(&with(r#""paragraph": 3, "quote": "They met"#, r#""paragraph": 4, "quote": "They met"#));
    assert_eq!(d.path, "$.events[0].evidence[0].paragraph");
    assert!(d.message.contains("1 to 3"), "{}", d);
    let d = one(&with(r#""paragraph": 3, "quote": "They met"#, r#""paragraph": 0, "quote": "They met"#));
    assert!(d.message.contains("out of range"));
    let d = one(&with(r#""paragraph": 3, "quote": "They met"#, r#""paragraph": -1, "quote": "They met"#));
    assert_eq!(d.kind, DiagnosticKind::Schema);
}

#[test]
fn impossible_dates() {
    for bad in ["2025-02-29", "2024-13", "2024-04-31", "24-05", "2025/2020"] {
        let d = one(&with(r#""date": "2024-05""#, &format!(r#""date": "{}""#, bad)));
        assert_eq!(d.path, "$.events[0].date", "{}", bad);
        assert!(d.message.starts_with("impossible date"), "{}: {}", bad, d);
    }
    // A date in none of the accepted forms: the message lists them, with the form it likely means.
    for (bad, meant) in [("May 2024", "2024-05"), ("late 2028", "2028-late"), ("end of 2026", "2026-end")] {
        let d = one(&with(r#""date": "2024-05""#, &format!(r#""date": "{}""#, bad)));
        assert_eq!(d.path, "$.events[0].date", "{}", bad);
        assert!(d.message.starts_with("expected a date like 2025-11-19, 2025-09, 2025-Q3"), "{}: {}", bad, d);
        assert!(d.message.contains("2025-early, 2025-mid, 2025-late, 2025-end, 2025, or a period"), "{}", d);
        assert!(d.message.ends_with(&format!("found \"{bad}\"; did you mean \"{meant}\"?")), "{}", d);
    }
    for fuzzy in ["2028-early", "2028-mid", "2028-late", "2026-end", "2026-end/2028-late"] {
        assert!(load(&with(r#""date": "2024-05""#, &format!(r#""date": "{}""#, fuzzy))).is_ok(), "{}", fuzzy);
    }
    // 2024 is a leap year: the fixture's meta date is valid.
    assert!(load(MINIMAL).is_ok());
}

#[test]
fn unsupported_format_version() {
    let d = one(&with(r#""format": 1"#, r#""format": 2"#));
    assert_eq!(d.path, "$.format");
}

#[test]
fn too_large_input_is_refused_with_the_limit() {
    let big = format!("{{\"pad\": \"{}\"}}", "x".repeat(brief_insights::MAX_BRIEF_BYTES));
    let d = one(&big);
    assert_eq!(d.kind, DiagnosticKind::Limit);
    assert!(d.message.contains("4 MiB"), "{}", d);
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    let deep = "[".repeat(100_000);
    let d = one(&deep);
    assert_eq!(d.kind, DiagnosticKind::Limit);
    let deep_obj = "{\"a\":".repeat(10_000);
    assert_eq!(one(&deep_obj).kind, DiagnosticKind::Limit);
}

#[test]
fn malformed_strings_and_numbers() {
    assert!(one(r#"{"format": 01}"#).message.contains("leading zeros"));
    assert!(one(r#"{"format": 1e999}"#).message.contains("out of range"));
    assert!(one(r#"{"format": "\ud800"}"#).message.contains("surrogate"));
    assert!(one("{\"format\": \"a\tb\"}").message.contains("control character"));
    assert!(one(r#"{'format': 1}"#).message.contains("double quotes"));
    assert!(one(r#"{"format": tru}"#).message.contains("true"));
    assert!(one(r#"{"a": 1, "a": 2}"#).message.contains("twice"));
    assert_eq!(one(r#"{"format": 1} x"#).kind, DiagnosticKind::Syntax);
}

#[test]
fn measures_must_be_consistent() {
    let text = with(
        r#""events": ["#,
        r#""indicators": [{ "id": "rate", "name": "Rate", "evidence": [{ "paragraph": 1, "quote": "q" }],
      "observations": [
        { "id": "o1", "label": "then", "qualifier": "range", "low": 5, "evidence": [{ "paragraph": 1, "quote": "q" }] },
        { "id": "o2", "label": "now", "qualifier": "range", "low": 9, "high": 3, "evidence": [{ "paragraph": 1, "quote": "q" }] },
        { "id": "o3", "label": "later", "qualifier": "atLeast", "evidence": [{ "paragraph": 1, "quote": "q" }] }
      ] }],
  "events": ["#,
    );
    let d = problems(&text);
    let paths: Vec<&str> = d.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "$.indicators[0].observations[0].high",
            "$.indicators[0].observations[1].high",
            "$.indicators[0].observations[2].low"
        ],
        "{}",
        d
    );
}

#[test]
fn display_is_line_column_path_message() {
    let d = one(&with(r#""paragraphs": 3"#, r#""paragraphs": "three""#));
    assert_eq!(d.to_string(), "11:19: $.meta.paragraphs: expected a whole number of 0 or more, found a string");
}

#[test]
fn never_panics_on_mutations_of_a_valid_brief() {
    // Deterministic pseudo-random byte edits: every result is Ok or a diagnostic, never a panic.
    let src = MINIMAL.as_bytes();
    let mut seed: u64 = 0x5eed;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let alphabet = b"{}[],:\"\\ 0123456789-eE.tfnul\xc3\xa9x";
    for _ in 0..5000 {
        let mut bytes = src.to_vec();
        for _ in 0..(1 + next() % 4) {
            let at = (next() as usize) % bytes.len();
            match next() % 3 {
                0 => bytes[at] = alphabet[(next() as usize) % alphabet.len()],
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, alphabet[(next() as usize) % alphabet.len()]),
            }
        }
        if let Ok(text) = std::str::from_utf8(&bytes) {
            if let Err(d) = load(text) {
                assert!(!d.is_empty());
                for p in d.iter() {
                    assert!(p.line >= 1 && p.column >= 1 && p.path.starts_with('$'), "{}", p);
                }
            }
        }
    }
}

// --- the fixtures, and the two decoders -----------------------------------------------------------------

fn fixture_dir(dir: &str) -> Vec<(String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&path)
        .unwrap_or_else(|e| panic!("{}: {}", path.display(), e))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {}", p.display(), e));
            (name, text)
        })
        .collect();
    files.sort();
    files
}

/// Every brief the tests hold as a file or a constant, good and bad.
fn all_fixtures() -> Vec<(String, String)> {
    let mut all = fixture_dir("briefs");
    all.push(("MINIMAL".into(), MINIMAL.into()));
    all.push(("bare_brief".into(), common::bare_brief("")));
    all.extend(fixture_dir("tests/fixtures/bad"));
    all
}

/// The library reports exactly the lines of each bad fixture's `.expected` file (`file:line:column: path:
/// message`), which the CLI prints too.
#[test]
fn bad_fixtures_give_exactly_the_expected_problems() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let fixtures = fixture_dir("tests/fixtures/bad");
    assert!(fixtures.len() >= 12);
    for (name, text) in fixtures {
        let got: String = problems(&text).iter().map(|d| format!("{}:{}\n", name, d)).collect();
        let expected = std::fs::read_to_string(dir.join(name.replace(".json", ".expected"))).expect(".expected file");
        assert_eq!(got, expected, "{}", name);
    }
}

/// The readers' module decodes briefs with serde's derived `Deserialize`, the authors' module and the
/// CLI with the position-keeping decoder: both must accept the same briefs, and decode them the same.
/// Compared where the hand decoder finds only syntax or schema problems (not a size or depth limit).
///
/// Known differences, outside these fixtures: a whole number written with a fraction or an exponent
/// (`1.0`, `1e0`) is a count to the hand decoder but not to serde; a leading byte-order mark is skipped
/// by the hand reader only; and serde also reads a struct from an array of its field values in order
/// (`["A. Author"]` as an author), which the hand decoder refuses.
/// Gives whether the brief was decoded (`None` when not compared).
fn assert_decoders_agree(name: &str, text: &str) -> Option<bool> {
    use brief_insights::load::{decode::decode_brief, json};
    use brief_insights::Brief;
    let hand = json::parse(text).map_err(|d| vec![d]).and_then(|root| decode_brief(&root));
    if let Err(problems) = &hand {
        if problems.iter().any(|d| !matches!(d.kind, DiagnosticKind::Syntax | DiagnosticKind::Schema)) {
            return None;
        }
    }
    let derived = serde_json::from_str::<Brief>(text);
    match (&hand, &derived) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{}: both decoders accept it, but read it differently", name),
        (Err(_), Err(_)) => {}
        _ => panic!("{}: the hand decoder says {:?}, serde says {:?}", name, hand.map(|_| "ok"), derived.map(|_| "ok")),
    }
    Some(hand.is_ok())
}

#[test]
fn both_decoders_accept_and_reject_the_same_fixtures() {
    for (name, text) in all_fixtures() {
        assert_decoders_agree(&name, &text);
    }
}

/// Every value of `MINIMAL` replaced by each JSON type in turn (but an object by an array: see
/// [`assert_decoders_agree`]), and every member removed or misspelt.
#[test]
fn both_decoders_accept_and_reject_the_same_mutations() {
    use serde_json::Value;
    fn count(v: &Value) -> usize {
        1 + match v {
            Value::Array(items) => items.iter().map(count).sum(),
            Value::Object(members) => members.values().map(count).sum(),
            _ => 0,
        }
    }
    /// `v` with its `target`-th value (in pre-order) replaced by `with`; `None` for `with` removes a member.
    fn mutate(v: &mut Value, target: &mut usize, with: &Option<Value>) -> bool {
        if *target == 0 {
            if let Some(with) = with {
                if v.is_object() && with.is_array() {
                    *target = usize::MAX;
                    return false;
                }
                *v = with.clone();
                return true;
            }
        }
        *target = target.wrapping_sub(1);
        match v {
            Value::Array(items) => items.iter_mut().any(|item| mutate(item, target, with)),
            Value::Object(members) => {
                let keys: Vec<String> = members.keys().cloned().collect();
                for key in keys {
                    if *target == 0 && with.is_none() {
                        members.remove(&key);
                        return true;
                    }
                    if members.get_mut(&key).is_some_and(|value| mutate(value, target, with)) {
                        return true;
                    }
                }
                false
            }
            _ => false,
        }
    }
    let original: Value = serde_json::from_str(MINIMAL).expect("MINIMAL is JSON");
    let replacements = [
        None,
        Some(Value::Null),
        Some(Value::from(1)),
        Some(Value::from(-1)),
        Some(Value::from(2.5)),
        Some(Value::from("x")),
        Some(Value::from("state")),
        Some(Value::from(true)),
        Some(Value::Array(vec![])),
        Some(Value::Array(vec![Value::from("growth")])),
        Some(serde_json::json!({})),
    ];
    // How many cases each decoder accepted, and rejected.
    let (mut accepted, mut rejected) = (0, 0);
    let mut tally = |decoded: Option<bool>| match decoded {
        Some(true) => accepted += 1,
        Some(false) => rejected += 1,
        None => {}
    };
    for target in 0..count(&original) {
        for with in &replacements {
            let mut v = original.clone();
            if mutate(&mut v, &mut target.clone(), with) {
                tally(assert_decoders_agree(&format!("{} {:?}", target, with), &v.to_string()));
            }
        }
    }
    // Misspelt members: a letter dropped from a key.
    for key in ["format", "meta", "title", "paragraphs", "name", "kind", "stance", "evidence", "quote", "date"] {
        let text = MINIMAL.replacen(&format!("\"{}\"", key), &format!("\"{}\"", &key[1..]), 1);
        tally(assert_decoders_agree(key, &text));
    }
    assert!(accepted > 100 && rejected > 300, "{} accepted, {} rejected", accepted, rejected);
}
