//! Loading a brief: text → JSON tree → typed [`Brief`] → semantic checks → indexed [`LoadedBrief`].
//! Every stage reports all the problems it can find, each with a path, line and column.

pub mod decode;
pub mod diagnostics;
pub mod json;
pub mod validate;

use crate::model::Brief;
use diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};

/// Largest brief file accepted: 4 MiB. A long brief encodes to well under 200 KiB; anything larger is
/// almost certainly the wrong file, and refusing it early keeps a page's memory bounded.
pub const MAX_BRIEF_BYTES: usize = 4 * 1024 * 1024;

/// The Sejong Institute brief 2025-30 (`briefs/sejong-2025-30.json`, minified by `build.rs`), compiled
/// in as the default brief.
pub const EMBEDDED_BRIEF_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/embedded-brief.json"));

/// Parses and validates a brief from JSON text.
pub fn load(text: &str) -> Result<Brief, Diagnostics> {
    if text.len() > MAX_BRIEF_BYTES {
        return Err(Diagnostics(vec![Diagnostic::whole_input(
            DiagnosticKind::Limit,
            // MAX_BRIEF_BYTES spelt out: cheaper than a `format!`.
            crate::validate::concat(&[
                "the file is ",
                &crate::json::number_text(text.len() as f64, 0),
                " bytes; briefs larger than 4194304 bytes (4 MiB) are not accepted",
            ]),
        )]));
    }
    let root = json::parse(text).map_err(|d| Diagnostics(vec![d]))?;
    let brief = crate::decode::decode_brief(&root).map_err(Diagnostics)?;
    let mut problems = crate::validate::validate(&brief);
    for d in &mut problems.0 {
        let (line, column) = root.locate_text(&d.path);
        d.line = line;
        d.column = column;
    }
    problems.sort();
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(brief)
}

/// The embedded Sejong brief. It is checked by the test suite, so loading it cannot fail at run time;
/// should it ever, the error says so rather than panicking.
pub fn load_embedded() -> Result<Brief, Diagnostics> {
    load(EMBEDDED_BRIEF_JSON)
}

/// Inverse of [`json::path_string`] for the paths the validator writes (`$.a[1].b`, `$["k"]`). The loader
/// walks paths with [`json::Node::locate_text`]; this is kept for tests to check that walk against.
#[cfg(test)]
pub(crate) fn parse_path(path: &str) -> Vec<json::PathSeg> {
    use json::PathSeg;
    let mut segs = Vec::new();
    let s = path.strip_prefix('$').unwrap_or(path);
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '.' => {
                let start = i + 1;
                let mut end = s.len();
                while let Some(&(j, c2)) = chars.peek() {
                    if c2 == '.' || c2 == '[' {
                        end = j;
                        break;
                    }
                    chars.next();
                }
                segs.push(PathSeg::Key(s.get(start..end).unwrap_or_default().to_string()));
            }
            '[' => {
                let start = i + 1;
                let mut end = s.len();
                for (j, c2) in chars.by_ref() {
                    if c2 == ']' {
                        end = j;
                        break;
                    }
                }
                let inner = s.get(start..end).unwrap_or_default();
                // The validator writes indices as plain digits; no `str::parse` instantiation needed.
                if !inner.is_empty() && inner.len() < 10 && inner.bytes().all(|b| b.is_ascii_digit()) {
                    segs.push(PathSeg::Index(inner.bytes().fold(0, |n, b| n * 10 + usize::from(b - b'0'))));
                } else {
                    segs.push(PathSeg::Key(inner.trim_matches('"').to_string()));
                }
            }
            _ => {}
        }
    }
    segs
}
