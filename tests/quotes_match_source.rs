//! Every evidence quote in the embedded brief must be text of the paragraph it cites.
//!
//! The source is `../shared/brief/sejong-brief-2025-30.txt` (relative to the crate). Its README says the
//! en and em dashes of the original were lost in copying, gluing words together ("20212025"), and that a
//! quote may restore them ("2021–2025", "axes — “stabilization"). So a quote matches its paragraph if it
//! is a verbatim substring, or if deleting every U+2013 and U+2014 (with the spaces directly around an
//! U+2014) yields a verbatim substring and each restored dash sits where words were glued together.
//! Nothing else may differ: curly quotes, straight quotes and hyphens are compared exactly.

use brief_insights::model::{Brief, Evidence};
use brief_insights::{load, EMBEDDED_BRIEF_JSON};

const SOURCE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/brief/sejong-brief-2025-30.txt");

/// Paragraph 1 begins with this; everything before it is the header.
const FIRST_PARAGRAPH_START: &str = "The situation on the Korean Peninsula";
const LAST_PARAGRAPH_START: &str = "In relations with China";
const EXPECTED_PARAGRAPHS: usize = 11;

const EN_DASH: char = '\u{2013}';
const EM_DASH: char = '\u{2014}';

fn source_text() -> String {
    std::fs::read_to_string(SOURCE_PATH).unwrap_or_else(|e| {
        panic!(
            "cannot read the brief's source text at {}: {}. The quote check compares every evidence quote \
             with this file and must not be skipped; restore the file (see ../shared/brief/README.md).",
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

/// The quote with every restored dash taken out again: U+2013 deleted, U+2014 deleted together with
/// the spaces directly before and after it.
fn without_restored_dashes(quote: &str) -> String {
    let mut out = String::with_capacity(quote.len());
    let mut skip_spaces = false;
    for c in quote.chars() {
        if c == EN_DASH {
            continue;
        }
        if c == EM_DASH {
            while out.ends_with(' ') {
                out.pop();
            }
            skip_spaces = true;
            continue;
        }
        if skip_spaces && c == ' ' {
            continue;
        }
        skip_spaces = false;
        out.push(c);
    }
    out
}

/// A restored dash must sit where the copy glued two words: an en dash between two non-space
/// characters ("2021–2025", "ROK–U.S."), an em dash with a single space on each side (or at an end of
/// the quote). Anything else would be an edit, not a restoration.
fn dashes_are_restorations(quote: &str) -> Result<(), String> {
    let chars: Vec<char> = quote.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let before = if i > 0 { Some(chars[i - 1]) } else { None };
        let after = chars.get(i + 1).copied();
        match c {
            EN_DASH => {
                let glued =
                    |x: Option<char>| matches!(x, Some(ch) if !ch.is_whitespace() && ch != EN_DASH && ch != EM_DASH);
                if !glued(before) || !glued(after) {
                    return Err(format!("the en dash at character {} is not between two glued words", i));
                }
            }
            EM_DASH => {
                let spaced_before = before.is_none() || (before == Some(' ') && (i < 2 || chars[i - 2] != ' '));
                let spaced_after = after.is_none() || (after == Some(' ') && chars.get(i + 2) != Some(&' '));
                if !spaced_before || !spaced_after {
                    return Err(format!("the em dash at character {} should have one space on each side", i));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Ok if `quote` is text of `paragraph` under the README's dash allowance; otherwise why not.
fn check_quote(quote: &str, paragraph: &str) -> Result<(), String> {
    if quote.trim().is_empty() {
        return Err("the quote is empty".into());
    }
    if quote.contains(['\n', '\r', '\u{00A0}']) {
        return Err("the quote contains a line break or U+00A0, so it spans a paragraph boundary".into());
    }
    if paragraph.contains(quote) {
        return Ok(());
    }
    let stripped = without_restored_dashes(quote);
    if stripped == quote {
        return Err("not found verbatim in the paragraph (and it restores no dashes)".into());
    }
    dashes_are_restorations(quote)?;
    if paragraph.contains(&stripped) {
        Ok(())
    } else {
        Err(format!("not found in the paragraph, even with the restored dashes removed ({:?})", stripped))
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
fn dash_allowance_restores_only_lost_dashes() {
    let p = "a plan (20212025) and three axes“stabilization,” and disaster responsefields that";
    assert!(check_quote("a plan (2021–2025) and", p).is_ok());
    assert!(check_quote("three axes — “stabilization,”", p).is_ok());
    assert!(check_quote("disaster response — fields that", p).is_ok());
    assert!(check_quote("three axes“stabilization,”", p).is_ok());
    // Not text of the paragraph, dashes or not.
    assert!(check_quote("a plan (2021–2026) and", p).is_err());
    assert!(check_quote("three axes “stabilization,”", p).is_err());
    // A dash in a place where no words were glued is an edit, not a restoration.
    assert!(check_quote("a plan –(20212025) and", p).is_err());
    assert!(check_quote("three axes—“stabilization,”", p).is_err());
    // Curly and straight quotes are not interchangeable.
    assert!(check_quote("three axes\"stabilization,\"", p).is_err());
    assert!(check_quote("", p).is_err());
    assert!(check_quote("a plan\n(20212025)", p).is_err());
}

#[test]
fn splitting_ignores_the_header_and_nbsp_separators() {
    let text = "Header\n\nTitle\n\u{00A0}\nThe situation on the Korean Peninsula is one.\n\u{00A0}\n\u{00A0} \u{00A0}\nTwo.\r\n\u{00A0}\r\nThree.";
    assert_eq!(split_paragraphs(text), ["The situation on the Korean Peninsula is one.", "Two.", "Three."]);
}
