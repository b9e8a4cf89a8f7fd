//! Every evidence quote in the embedded brief must be text of the paragraph it cites.
//!
//! The source is `briefs/sejong-2025-30.txt` (in this repository; provenance in `briefs/README.md`), with the
//! en and em dashes that the copy we received had lost restored. So a quote matches its paragraph only if it
//! is a verbatim substring of it: dashes, curly quotes, straight quotes and hyphens are compared exactly.
//!
//! Paragraphs: the header comes first; the body is the 11 non-blank lines from the one beginning "The
//! situation on the Korean Peninsula" on, separated by lines that hold only U+00A0 (or other whitespace).
//! A trailing `\r` is dropped from each line; nothing else is normalised.

// Native only: these tests read files, run the CLI or use the authoring API; tests/wasm_api.rs runs in the browser.
#![cfg(not(target_arch = "wasm32"))]

use brief_insights::model::{Brief, Evidence};
use brief_insights::{load, EMBEDDED_BRIEF_JSON};

const SOURCE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/briefs/sejong-2025-30.txt");

/// Paragraph 1 begins with this; everything before it is the header.
const FIRST_PARAGRAPH_START: &str = "The situation on the Korean Peninsula";
const LAST_PARAGRAPH_START: &str = "In relations with China";
const EXPECTED_PARAGRAPHS: usize = 11;

const EN_DASH: char = '\u{2013}';
const EM_DASH: char = '\u{2014}';

/// The dashes restored in `briefs/sejong-2025-30.txt` (briefs/README.md), with how often each occurs.
const RESTORED: [(&str, usize); 16] = [
    ("2021\u{2013}2025", 1),
    ("2018\u{2013}2019", 1),
    ("Wonsan\u{2013}Kalma", 1),
    ("ROK\u{2013}U.S.", 1),
    ("China\u{2013}North Korea", 1),
    ("North Korea\u{2013}Russia", 1),
    ("North Korea\u{2013}China", 1),
    ("ROK\u{2013}China", 1),
    ("ROK\u{2013}Russia", 1),
    ("U.S.\u{2013}North Korea", 2),
    ("three axes \u{2014} \u{201c}stabilization", 1),
    ("international standing\u{201d} \u{2014} define", 1),
    ("disaster response \u{2014} fields that", 1),
    ("both sides \u{2014} could", 1),
    ("policy directions \u{2014} such as", 1),
    ("two-state framework \u{2014} must", 1),
];

fn source_text() -> String {
    std::fs::read_to_string(SOURCE_PATH).unwrap_or_else(|e| {
        panic!(
            "cannot read the brief's source text at {}: {}. The quote check compares every evidence quote \
             with this file and must not be skipped; restore it from git (see briefs/README.md).",
            SOURCE_PATH, e
        )
    })
}

/// A separator line holds only U+00A0 and/or other whitespace (`char::is_whitespace` covers U+00A0,
/// but say so explicitly).
fn is_blank(line: &str) -> bool {
    line.chars().all(|c| c == '\u{00A0}' || c.is_whitespace())
}

/// The body paragraphs: the non-blank lines from the one starting "The situation on the Korean
/// Peninsula" on.
fn split_paragraphs(text: &str) -> Vec<String> {
    let lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with(FIRST_PARAGRAPH_START))
        .unwrap_or_else(|| panic!("no line of {} starts with {:?}", SOURCE_PATH, FIRST_PARAGRAPH_START));
    lines[start..].iter().filter(|l| !is_blank(l)).map(|l| l.to_string()).collect()
}

fn paragraphs() -> Vec<String> {
    let ps = split_paragraphs(&source_text());
    assert_eq!(ps.len(), EXPECTED_PARAGRAPHS, "the source should have {} body paragraphs", EXPECTED_PARAGRAPHS);
    ps
}

fn brief() -> Brief {
    load(EMBEDDED_BRIEF_JSON).unwrap_or_else(|d| panic!("the embedded brief does not load:\n{}", d)).brief
}

/// Every evidence in the brief, with the id of the item that carries it.
fn all_evidence(b: &Brief) -> Vec<(String, Evidence)> {
    let mut out: Vec<(String, Evidence)> = Vec::new();
    let mut add = |id: &str, evs: &[Evidence]| {
        for e in evs {
            out.push((id.to_string(), e.clone()));
        }
    };
    for x in &b.key_judgments {
        add(&x.id, &x.evidence);
    }
    for x in &b.axes {
        add(&x.id, &x.evidence);
    }
    for x in &b.actors {
        add(&x.id, &x.evidence);
    }
    for x in &b.relations {
        add(&x.id, &x.evidence);
    }
    for x in &b.projects {
        add(&x.id, &x.evidence);
    }
    for x in &b.indicators {
        add(&x.id, &x.evidence);
        for o in &x.observations {
            add(&o.id, &o.evidence);
        }
    }
    for x in &b.events {
        add(&x.id, &x.evidence);
    }
    for x in &b.recommendations {
        add(&x.id, &x.evidence);
    }
    out
}

/// Ok if `quote` is text of `paragraph`, character for character; otherwise why not.
fn check_quote(quote: &str, paragraph: &str) -> Result<(), String> {
    if quote.trim().is_empty() {
        return Err("the quote is empty".into());
    }
    if quote.contains(['\n', '\r', '\u{00A0}']) {
        return Err("the quote contains a line break or U+00A0, so it spans a paragraph boundary".into());
    }
    if paragraph.contains(quote) {
        Ok(())
    } else {
        Err("not found verbatim in the paragraph".into())
    }
}

#[test]
fn source_has_eleven_paragraphs_as_the_readme_describes() {
    let ps = paragraphs();
    assert!(ps[0].starts_with(FIRST_PARAGRAPH_START));
    assert!(ps[10].starts_with(LAST_PARAGRAPH_START), "paragraph 11 begins {:?}", &ps[10][..40]);
    for (i, p) in ps.iter().enumerate() {
        assert!(!p.contains('\u{00A0}'), "paragraph {} contains a separator character", i + 1);
    }
    assert_eq!(brief().meta.paragraphs as usize, ps.len(), "meta.paragraphs disagrees with the source");
}

#[test]
fn every_quote_is_text_of_its_paragraph() {
    let ps = paragraphs();
    let b = brief();
    let evidence = all_evidence(&b);
    assert!(evidence.len() >= 50, "only {} evidence quotes found; the collection is incomplete", evidence.len());
    let mut failures = Vec::new();
    for (id, ev) in &evidence {
        let n = ev.paragraph as usize;
        let Some(paragraph) = n.checked_sub(1).and_then(|i| ps.get(i)) else {
            failures.push(format!("{} (paragraph {}): no such paragraph: {:?}", id, n, ev.quote));
            continue;
        };
        if let Err(why) = check_quote(&ev.quote, paragraph) {
            let elsewhere: Vec<usize> =
                ps.iter().enumerate().filter(|(_, p)| check_quote(&ev.quote, p).is_ok()).map(|(i, _)| i + 1).collect();
            let hint =
                if elsewhere.is_empty() { String::new() } else { format!(" [it is in paragraph {:?}]", elsewhere) };
            failures.push(format!("{} (paragraph {}): {}{}: {:?}", id, n, why, hint, ev.quote));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} quotes do not match the source text:\n{}",
        failures.len(),
        evidence.len(),
        failures.join("\n")
    );
}

#[test]
fn every_item_kind_contributes_evidence() {
    let b = brief();
    let ev = all_evidence(&b);
    let has = |id: &str| ev.iter().any(|(i, _)| i == id);
    for id in [
        "kj-dual-track-diplomacy",
        "livelihoods-governance",
        "north-korea",
        "rel-nk-russia",
        "rakwon-aquaculture-complex",
        "won-dollar-rate",
        "won-dollar-rate-summer-2025",
        "ninth-party-congress",
        "rec-indirect-channels",
    ] {
        assert!(has(id), "no evidence collected for {}", id);
    }
}

#[test]
fn source_has_every_restored_dash_and_no_other() {
    let text = source_text();
    for (dashed, count) in RESTORED {
        assert_eq!(text.matches(dashed).count(), count, "{:?} should occur {} time(s) in the source", dashed, count);
        let glued: String = dashed.replace(" \u{2014} ", "").replace(EN_DASH, "");
        assert!(!text.contains(&glued), "the glued form {:?} is still in the source", glued);
    }
    let en = RESTORED.iter().filter(|(d, _)| d.contains(EN_DASH)).map(|(_, n)| n).sum::<usize>();
    let em = RESTORED.iter().filter(|(d, _)| d.contains(EM_DASH)).map(|(_, n)| n).sum::<usize>();
    assert_eq!(text.matches(EN_DASH).count(), en, "an en dash outside the restored places");
    assert_eq!(text.matches(EM_DASH).count(), em, "an em dash outside the restored places");
}

#[test]
fn quotes_must_match_exactly() {
    let p = "a plan (2021\u{2013}2025) and three axes \u{2014} \u{201c}stabilization,\u{201d} and fields";
    assert!(check_quote("a plan (2021\u{2013}2025) and", p).is_ok());
    assert!(check_quote("three axes \u{2014} \u{201c}stabilization,\u{201d}", p).is_ok());
    // The dashes are in the source now: a quote that drops or changes one is not text of the paragraph.
    assert!(check_quote("a plan (20212025) and", p).is_err());
    assert!(check_quote("a plan (2021-2025) and", p).is_err());
    assert!(check_quote("three axes\u{201c}stabilization,\u{201d}", p).is_err());
    assert!(check_quote("three axes\u{2014}\u{201c}stabilization,\u{201d}", p).is_err());
    assert!(check_quote("a plan (2021\u{2013}2026) and", p).is_err());
    // Curly and straight quotes are not interchangeable.
    assert!(check_quote("three axes \u{2014} \"stabilization,\"", p).is_err());
    assert!(check_quote("", p).is_err());
    assert!(check_quote("   ", p).is_err());
    assert!(check_quote("a plan\n(2021\u{2013}2025)", p).is_err());
}

#[test]
fn splitting_ignores_the_header_and_nbsp_separators() {
    let text = "Header\n\nTitle\n\u{00A0}\nThe situation on the Korean Peninsula is one.\n\u{00A0}\n\u{00A0} \u{00A0}\nTwo.\r\n\u{00A0}\r\nThree.";
    assert_eq!(split_paragraphs(text), ["The situation on the Korean Peninsula is one.", "Two.", "Three."]);
}
