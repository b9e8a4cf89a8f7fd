//! Loading a brief: text → JSON tree → typed [`Brief`] → semantic checks → indexed [`LoadedBrief`].
//! Every stage reports all the problems it can find, each with a path, line and column.

use crate::diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};
use crate::json::{self, Node, PathSeg, Value};
use crate::model::*;
use crate::search::SearchIndex;
use serde::de::DeserializeOwned;
use std::collections::HashMap;

/// Largest brief file accepted: 4 MiB. A long brief encodes to well under 200 KiB; anything larger is
/// almost certainly the wrong file, and refusing it early keeps a page's memory bounded.
pub const MAX_BRIEF_BYTES: usize = 4 * 1024 * 1024;

/// The Sejong Institute brief 2025-30, compiled in as the default brief.
pub const EMBEDDED_BRIEF_JSON: &str = include_str!("../briefs/sejong-2025-30.json");

/// A validated brief with the indexes its queries need.
#[derive(Debug, Clone)]
pub struct LoadedBrief {
    pub brief: Brief,
    /// Item id → where it lives; built once at load.
    pub(crate) ids: HashMap<String, crate::query::Slot>,
    pub(crate) search: SearchIndex,
}

/// Parses and validates a brief from JSON text.
pub fn load(text: &str) -> Result<LoadedBrief, Diagnostics> {
    if text.len() > MAX_BRIEF_BYTES {
        return Err(Diagnostics(vec![Diagnostic {
            kind: DiagnosticKind::Limit,
            path: "$".into(),
            line: 1,
            column: 1,
            message: format!(
                "the file is {} bytes; briefs larger than {} bytes (4 MiB) are not accepted",
                text.len(),
                MAX_BRIEF_BYTES
            ),
        }]));
    }
    let root = json::parse(text).map_err(|d| Diagnostics(vec![d]))?;
    let brief = decode(&root)?;
    let mut problems = crate::validate::validate(&brief);
    for d in &mut problems.0 {
        let (line, column) = root.locate(&parse_path(&d.path));
        d.line = line;
        d.column = column;
    }
    problems.sort();
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(LoadedBrief::index(brief))
}

/// The embedded Sejong brief. It is checked by the test suite, so loading it cannot fail at run time;
/// should it ever, the error says so rather than panicking.
pub fn load_embedded() -> Result<LoadedBrief, Diagnostics> {
    load(EMBEDDED_BRIEF_JSON)
}

impl LoadedBrief {
    fn index(brief: Brief) -> LoadedBrief {
        let ids = crate::query::build_id_index(&brief);
        let search = SearchIndex::build(&brief);
        LoadedBrief { brief, ids, search }
    }
}

fn schema_error(e: json::DeError) -> Diagnostic {
    Diagnostic {
        kind: DiagnosticKind::Schema,
        path: e.path.unwrap_or_else(|| "$".into()),
        line: e.line.max(1),
        column: e.column.max(1),
        message: e.message,
    }
}

/// Decodes the whole document; when that fails, decodes each part on its own so that every broken
/// item is reported, not just the first.
fn decode(root: &Node) -> Result<Brief, Diagnostics> {
    match json::from_node::<Brief>(root, &[]) {
        Ok(b) => return Ok(b),
        Err(e) if !matches!(root.value, Value::Object(_)) => return Err(Diagnostics(vec![schema_error(e)])),
        Err(_) => {}
    }
    let mut out = Vec::new();
    let Value::Object(members) = &root.value else { unreachable_free(&mut out); return Err(Diagnostics(out)) };
    fn one<T: DeserializeOwned>(node: &Node, path: Vec<PathSeg>, out: &mut Vec<Diagnostic>) {
        if let Err(e) = json::from_node::<T>(node, &path) {
            out.push(schema_error(e));
        }
    }
    fn each<T: DeserializeOwned>(node: &Node, key: &str, out: &mut Vec<Diagnostic>) {
        match &node.value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    one::<T>(item, vec![PathSeg::Key(key.into()), PathSeg::Index(i)], out);
                }
            }
            _ => one::<Vec<T>>(node, vec![PathSeg::Key(key.into())], out),
        }
    }
    const REQUIRED: [&str; 2] = ["format", "meta"];
    for req in REQUIRED {
        if !members.iter().any(|(k, _)| k.name == req) {
            out.push(Diagnostic {
                kind: DiagnosticKind::Schema,
                path: "$".into(),
                line: root.line,
                column: root.column,
                message: format!("missing required field \"{}\"", req),
            });
        }
    }
    for (key, node) in members {
        match key.name.as_str() {
            "$schema" => one::<Option<String>>(node, vec![PathSeg::Key(key.name.clone())], &mut out),
            "format" => one::<u32>(node, vec![PathSeg::Key(key.name.clone())], &mut out),
            "meta" => one::<Meta>(node, vec![PathSeg::Key(key.name.clone())], &mut out),
            "keyJudgments" => each::<Judgment>(node, &key.name, &mut out),
            "axes" => each::<Axis>(node, &key.name, &mut out),
            "actors" => each::<Actor>(node, &key.name, &mut out),
            "relations" => each::<Relation>(node, &key.name, &mut out),
            "projects" => each::<Project>(node, &key.name, &mut out),
            "indicators" => each::<Indicator>(node, &key.name, &mut out),
            "events" => each::<Event>(node, &key.name, &mut out),
            "recommendationAreas" => each::<RecommendationArea>(node, &key.name, &mut out),
            "recommendations" => each::<Recommendation>(node, &key.name, &mut out),
            _ => {
                // Let serde word the unknown-field message (with its "did you mean").
                let single = Node { value: Value::Object(vec![(key.clone(), node.clone())]), line: root.line, column: root.column };
                if let Err(e) = json::from_node::<Brief>(&single, &[]) {
                    if e.message.starts_with("unknown field") {
                        out.push(schema_error(e));
                    }
                }
            }
        }
    }
    if out.is_empty() {
        // Defensive: the whole failed but no part did. Report the whole-document error.
        if let Err(e) = json::from_node::<Brief>(root, &[]) {
            out.push(schema_error(e));
        }
    }
    let mut d = Diagnostics(out);
    d.sort();
    Err(d)
}

fn unreachable_free(out: &mut Vec<Diagnostic>) {
    out.push(Diagnostic {
        kind: DiagnosticKind::Schema,
        path: "$".into(),
        line: 1,
        column: 1,
        message: "expected an object".into(),
    });
}

/// Inverse of [`json::path_string`] for the paths the validator writes (`$.a[1].b`, `$["k"]`).
pub(crate) fn parse_path(path: &str) -> Vec<PathSeg> {
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
                segs.push(PathSeg::Key(s[start..end].to_string()));
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
                let inner = &s[start..end];
                if let Ok(n) = inner.parse::<usize>() {
                    segs.push(PathSeg::Index(n));
                } else {
                    segs.push(PathSeg::Key(inner.trim_matches('"').to_string()));
                }
            }
            _ => {}
        }
    }
    segs
}
