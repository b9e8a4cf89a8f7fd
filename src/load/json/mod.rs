//! JSON in and out without serde_json: a position-keeping parser (so every diagnostic has a line and
//! column), and two tiny writers for the JSON this crate emits: compact ([`JsonText`]: the JS API's
//! values, JSON-LD) and pretty ([`JsonWriter`]: JSON Schema, the CLI's machine-readable output).

mod parse;
mod write;

pub use parse::{parse, MAX_DEPTH};
pub use write::{escape_json_string, integer_text, number_text, JsonWriter};
pub(crate) use write::{push_int, push_json_string, push_zero_padded, whole_number_digits};

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
                s.push('[');
                crate::json::push_int(&mut s, *i as i64);
                s.push(']');
            }
            PathSeg::Key(k) => {
                // Bytes, not chars: any non-ASCII byte makes the key not plain either way.
                let mut plain = k.as_bytes().first().is_some_and(|b| !b.is_ascii_digit());
                for b in k.bytes() {
                    plain &= b.is_ascii_alphanumeric() || b == b'_' || b == b'$';
                }
                if plain {
                    s.push('.');
                    s.push_str(k);
                } else {
                    s.push('[');
                    write::push_json_string(&mut s, k);
                    s.push(']');
                }
            }
        }
    }
    s
}

impl Node {
    pub fn type_name(&self) -> &'static str {
        // The variant's position in a line table, not a `match` of strings: that was a table of pointers.
        let i = match self.value {
            Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Number(_) => 2,
            Value::String(_) => 3,
            Value::Array(_) => 4,
            Value::Object(_) => 5,
        };
        crate::text::line_of("null\na boolean\na number\na string\nan array\nan object", i)
    }

    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(m) => m.iter().find(|(k, _)| k.name == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// [`Node::locate`] for a path the validator wrote (`$.a[1].b`), walked as it is read: no
    /// `Vec<PathSeg>` and no `String` per key. Those paths join fixed field names and indices only, so a
    /// bracket always holds an index: quoted keys (`$["k"]`, from [`path_string`]) are not looked for.
    pub(crate) fn locate_text(&self, path: &str) -> (u32, u32) {
        let mut node = self;
        // The leading `$` and each closing `]` need no stripping: bytes other than `.` and `[` between
        // segments are skipped.
        let bytes = path.as_bytes();
        let mut i = 0;
        while let Some(&open) = bytes.get(i) {
            i += 1;
            if open != b'.' && open != b'[' {
                continue;
            }
            let start = i;
            while let Some(&b) = bytes.get(i) {
                if b == b'.' || b == b'[' || b == b']' {
                    break;
                }
                i += 1;
            }
            let segment = bytes.get(start..i).unwrap_or_default();
            let next = match &node.value {
                Value::Object(m) if open == b'.' => {
                    m.iter().find(|(k, _)| k.name.as_bytes() == segment).map(|(_, v)| v)
                }
                Value::Array(a) if open == b'[' => {
                    // Plain digits (the validator writes them); anything else names no element.
                    let mut index = 0usize;
                    let mut digits = true;
                    for &b in segment {
                        digits &= b.is_ascii_digit();
                        index = index.wrapping_mul(10).wrapping_add(usize::from(b.wrapping_sub(b'0')));
                    }
                    a.get(index).filter(|_| digits)
                }
                _ => None,
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
