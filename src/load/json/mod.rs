//! A JSON tree that the decoder reads: from text by the position-keeping reader (authors' module and
//! CLI), so every problem in a brief file is reported with a line and column (serde_json's values
//! forget where they were); or from any serde data format, such as a `JSON.parse`d JavaScript value
//! through serde-wasm-bindgen (readers' module), with line and column 0.

#[cfg(feature = "author")]
mod parse;
pub mod tree;

use std::fmt::Write;

#[cfg(feature = "author")]
pub use parse::parse;
pub use tree::tree_from;

/// The deepest nesting of arrays and objects accepted; a brief needs 6. Hostile input cannot exhaust the
/// stack (a stack overflow would abort the Wasm instance).
pub const MAX_DEPTH: usize = 64;

/// The problem reported past [`MAX_DEPTH`], by the text reader and the tree from serde alike.
pub const TOO_DEEP: &str = "nesting deeper than 64 levels is not accepted";

/// A parsed JSON value and the 1-based line and column where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub line: u32,
    pub column: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Node>),
    /// Members in document order (duplicates are rejected by the parser).
    Object(Vec<(Key, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub name: String,
    pub line: u32,
    pub column: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSeg {
    Key(String),
    Index(usize),
}

pub type Path = Vec<PathSeg>;

/// `$.projects[2].name`; keys that are not plain identifiers are quoted: `$["odd key"]`.
pub fn path_string(path: &[PathSeg]) -> String {
    let mut s = String::from("$");
    for seg in path {
        match seg {
            PathSeg::Index(i) => {
                let _ = write!(s, "[{i}]");
            }
            PathSeg::Key(k) => {
                let plain = k.starts_with(|c: char| !c.is_ascii_digit())
                    && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
                if plain {
                    s.push('.');
                    s.push_str(k);
                } else {
                    s.push('[');
                    push_json_string(&mut s, k);
                    s.push(']');
                }
            }
        }
    }
    s
}

/// Appends `text` as a JSON string literal.
fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Node {
    /// The JSON type of the value, with its article, as messages name it: "an object", "null".
    pub fn type_name(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }

    /// The member `key` of an object; `None` for a missing member or a value that is not an object.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(m) => m.iter().find(|(k, _)| k.name == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// [`Node::locate`] for a path written as text by the validator (`$.a[1].b`). Those paths join field
    /// names and indices only, so a bracket always holds an index: quoted keys (`$["k"]`, from
    /// [`path_string`]) name nothing here.
    #[cfg(feature = "author")]
    pub(crate) fn locate_text(&self, path: &str) -> (u32, u32) {
        let mut node = self;
        let mut rest = path.strip_prefix('$').unwrap_or(path);
        while !rest.is_empty() {
            let next = if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                let (name, tail) = after.split_at(end);
                rest = tail;
                node.get(name)
            } else if let Some(after) = rest.strip_prefix('[') {
                let (index, tail) = after.split_once(']').unwrap_or((after, ""));
                rest = tail;
                match &node.value {
                    Value::Array(items) if index.bytes().all(|b| b.is_ascii_digit()) => {
                        index.parse::<usize>().ok().and_then(|i| items.get(i))
                    }
                    _ => None,
                }
            } else {
                None
            };
            match next {
                Some(n) => node = n,
                None => break,
            }
        }
        (node.line, node.column)
    }

    /// The deepest node along `path` and its position. Where the path leaves the tree (a missing
    /// member), the position of the last node that exists is the best place to point at.
    pub fn locate(&self, path: &[PathSeg]) -> (u32, u32) {
        let mut node = self;
        for seg in path {
            let next = match (seg, &node.value) {
                (PathSeg::Key(k), Value::Object(m)) => m.iter().find(|(key, _)| &key.name == k).map(|(_, v)| v),
                (PathSeg::Index(i), Value::Array(a)) => a.get(*i),
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => break,
            }
        }
        (node.line, node.column)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn type_names_follow_the_variants() {
        let names = [
            ("null", "null"),
            ("true", "a boolean"),
            ("1.5", "a number"),
            ("\"s\"", "a string"),
            ("[]", "an array"),
            ("{}", "an object"),
        ];
        for (text, name) in names {
            assert_eq!(super::parse(text).map(|n| n.type_name()), Ok(name));
        }
    }
}
