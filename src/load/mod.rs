//! Loading a brief: JSON tree → typed [`Brief`] (every schema problem at once) → semantic checks (every
//! problem at once). Each problem has a JSON path.
//!
//! Two ways to the tree, one per module built from this crate:
//! - the readers' module takes a `JSON.parse`d JavaScript value through serde-wasm-bindgen
//!   ([`json::tree_from`]) and loads it with [`load_tree`]: problems have a path, line and column 0;
//! - the authors' module and the CLI (feature `author`) read JSON text with [`load`]: its own reader
//!   keeps every value's position, so each problem also has a line and column, and a misspelt field
//!   gets a "did you mean".
//!
//! Both decode with the one decoder ([`decode`]), so they accept and reject the same briefs.

#[cfg(feature = "author")]
pub mod convert;
pub mod decode;
pub mod diagnostics;
pub mod json;
pub mod source;
pub mod validate;

use crate::model::Brief;
use diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};

/// Largest brief file accepted: 4 MiB. A long brief encodes to well under 200 KiB; anything larger is
/// almost certainly the wrong file, and refusing it early keeps a page's memory bounded.
pub const MAX_BRIEF_BYTES: usize = 4 * 1024 * 1024;

/// Refuses a brief of more than [`MAX_BRIEF_BYTES`] bytes, before any work is spent on it.
pub fn check_size(bytes: usize) -> Result<(), Diagnostics> {
    if bytes <= MAX_BRIEF_BYTES {
        return Ok(());
    }
    Err(Diagnostics(vec![Diagnostic::whole_input(
        DiagnosticKind::Limit,
        format!("the file is {bytes} bytes; briefs larger than {MAX_BRIEF_BYTES} bytes (4 MiB) are not accepted"),
    )]))
}

/// A brief file's bytes as its text, or the one problem that keeps it from being read at all: bytes that
/// are not UTF-8, reported at the line and column of the first of them. The CLI reads files with it, and
/// the authors' module explains with it a brief the widget fetched and could not decode.
pub fn utf8_text(bytes: Vec<u8>) -> Result<String, Diagnostics> {
    String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let bytes = error.into_bytes();
        let before = String::from_utf8_lossy(bytes.get(..valid).unwrap_or_default());
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let byte = bytes.get(valid).copied().unwrap_or(0);
        Diagnostics(vec![Diagnostic {
            kind: DiagnosticKind::Syntax,
            path: "$".into(),
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
            message: not_utf8_message(&bytes, byte),
        }])
    })
}

/// Why a file is not UTF-8, in the words of the editor's "Save as" dialog: Windows Notepad's "Unicode" is
/// UTF-16 (with its byte order mark); "ANSI" a legacy code page such as Windows-1252 or, for Korean,
/// EUC-KR (CP949).
fn not_utf8_message(bytes: &[u8], byte: u8) -> String {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return "the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8".into();
    }
    format!(
        "byte 0x{byte:02X} is not UTF-8; save the file as UTF-8 text (it is in another encoding, such as \
         Windows-1252 or EUC-KR)"
    )
}

/// The semantic checks of a brief that is already decoded: ids, references, evidence, dates, numbers.
/// Every problem has its JSON path; line and column are 0, as there is no text to point into. Warnings
/// are left out: they never make a brief fail (see [`check_report`]).
pub fn check(brief: Brief) -> Result<Brief, Diagnostics> {
    match check_report(brief) {
        (Some(brief), _) => Ok(brief),
        (None, problems) => Err(problems.errors()),
    }
}

/// Like [`check`], with every diagnostic, warnings included: the brief when there is no error (whatever
/// the warnings), and everything found.
pub fn check_report(brief: Brief) -> (Option<Brief>, Diagnostics) {
    let found = validate::validate(&brief);
    if found.has_errors() {
        (None, found)
    } else {
        (Some(brief), found)
    }
}

/// Decodes and checks a brief from a JSON tree without positions (see [`json::tree_from`]).
pub fn load_tree(root: &json::Node) -> Result<Brief, Diagnostics> {
    let brief = decode::decode_brief(root).map_err(Diagnostics)?;
    check(brief)
}

/// The Sejong Institute brief 2025-30 (`briefs/sejong-2025-30.json`, minified by `build.rs`), compiled
/// in as the default brief of the authors' module and the CLI.
#[cfg(feature = "author")]
pub const EMBEDDED_BRIEF_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/embedded-brief.json"));

/// Parses, decodes and checks a brief from JSON text. `Err` holds every problem found, in document
/// order, each with its path, line and column: the first syntax error, or every schema problem, or
/// every semantic problem. Warnings are left out (see [`load_report`]).
#[cfg(feature = "author")]
pub fn load(text: &str) -> Result<Brief, Diagnostics> {
    match load_report(text) {
        (Some(brief), _) => Ok(brief),
        (None, problems) => Err(problems.errors()),
    }
}

/// Like [`load`], with every diagnostic, warnings included, in document order: the brief when there is
/// no error (whatever the warnings), and everything found. For authors' tools, which print warnings.
#[cfg(feature = "author")]
pub fn load_report(text: &str) -> (Option<Brief>, Diagnostics) {
    if let Err(limit) = check_size(text.len()) {
        return (None, limit);
    }
    let root = match json::parse(text) {
        Ok(root) => root,
        Err(syntax) => return (None, Diagnostics(vec![syntax])),
    };
    let brief = match decode::decode_brief(&root) {
        Ok(brief) => brief,
        Err(schema) => return (None, Diagnostics(schema)),
    };
    let (brief, mut found) = check_report(brief);
    for d in &mut found.0 {
        (d.line, d.column) = root.locate_text(&d.path);
    }
    found.sort();
    (brief, found)
}

/// The embedded Sejong brief. It is checked by the test suite, so loading it cannot fail at run time;
/// should it ever, the error says so rather than panicking.
#[cfg(feature = "author")]
pub fn load_embedded() -> Result<Brief, Diagnostics> {
    load(EMBEDDED_BRIEF_JSON)
}

/// Inverse of [`json::path_string`] for the paths the validator writes (`$.a[1].b`, `$["k"]`). The loader
/// walks paths with [`json::Node::locate_text`]; this is kept for tests to check that walk against.
#[cfg(all(test, feature = "author"))]
pub(crate) fn parse_path(path: &str) -> Vec<json::PathSeg> {
    use json::PathSeg;
    let mut segments = Vec::new();
    let mut rest = path.strip_prefix('$').unwrap_or(path);
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            segments.push(PathSeg::Key(after[..end].to_string()));
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let (inner, tail) = after.split_once(']').unwrap_or((after, ""));
            segments.push(match inner.parse::<usize>() {
                Ok(i) if inner.bytes().all(|b| b.is_ascii_digit()) => PathSeg::Index(i),
                _ => PathSeg::Key(inner.trim_matches('"').to_string()),
            });
            rest = tail;
        } else {
            break;
        }
    }
    segments
}
