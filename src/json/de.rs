//! A serde `Deserializer` over a parsed [`Node`] tree. Its errors carry the JSON path and the line and
//! column of the offending value, so "expected a string" becomes
//! `12:18: $.projects[2].sector: expected a string, found a number`.

use super::{path_string, Node, PathSeg, Value};
use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct DeError {
    pub message: String,
    /// Filled in by the innermost node that knows where it is.
    pub path: Option<String>,
    pub line: u32,
    pub column: u32,
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError { message: msg.to_string(), path: None, line: 0, column: 0 }
    }
    fn invalid_type(unexp: de::Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        let found = match unexp {
            de::Unexpected::Bool(_) => "a boolean".to_string(),
            de::Unexpected::Float(_) | de::Unexpected::Signed(_) | de::Unexpected::Unsigned(_) => {
                "a number".to_string()
            }
            de::Unexpected::Str(_) => "a string".to_string(),
            de::Unexpected::Unit => "null".to_string(),
            de::Unexpected::Seq => "an array".to_string(),
            de::Unexpected::Map => "an object".to_string(),
            other => other.to_string(),
        };
        Self::custom(format_args!("expected {}, found {}", plain_expected(&exp.to_string()), found))
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let suggestion = closest(field, expected)
            .map(|s| format!("; did you mean \"{}\"?", s))
            .unwrap_or_else(|| format!("; allowed here: {}", expected.join(", ")));
        Self::custom(format_args!("unknown field \"{}\"{}", field, suggestion))
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        Self::custom(format_args!("\"{}\" is not one of: {}", variant, expected.join(", ")))
    }
    fn missing_field(field: &'static str) -> Self {
        Self::custom(format_args!("missing required field \"{}\"", field))
    }
}

/// serde names what it expected in Rust terms ("u32", "a sequence"); say it in JSON terms.
fn plain_expected(rust: &str) -> String {
    match rust {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number of 0 or more".into(),
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        "a sequence" => "an array".into(),
        "a borrowed string" => "a string".into(),
        s if s.starts_with("struct ") => "an object".into(),
        s => s.to_string(),
    }
}

/// The allowed name nearest to a misspelt one, if it is close enough to be a likely typo.
fn closest(word: &str, candidates: &[&'static str]) -> Option<&'static str> {
    fn distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut cur = vec![i + 1; b.len() + 1];
            for (j, cb) in b.iter().enumerate() {
                let cost = if ca.eq_ignore_ascii_case(cb) { 0 } else { 1 };
                cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            }
            prev = cur;
        }
        prev[b.len()]
    }
    if word.chars().count() > 64 {
        return None;
    }
    candidates
        .iter()
        .map(|c| (distance(word, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Deserializes `T` from `node`, which sits at `path` in its document.
pub fn from_node<'a, T: de::Deserialize<'a>>(node: &'a Node, path: &[PathSeg]) -> Result<T, DeError> {
    T::deserialize(NodeDe { node, path: path.to_vec() })
}

struct NodeDe<'a> {
    node: &'a Node,
    path: Vec<PathSeg>,
}

impl NodeDe<'_> {
    /// Gives an error that does not yet know where it happened this node's position.
    fn locate(&self, mut e: DeError) -> DeError {
        if e.path.is_none() {
            e.path = Some(path_string(&self.path));
            e.line = self.node.line;
            e.column = self.node.column;
        }
        e
    }
}

macro_rules! forward_to_any {
    ($($method:ident)*) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
            self.deserialize_any(visitor)
        })*
    };
}

impl<'de> de::Deserializer<'de> for NodeDe<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = match &self.node.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => {
                let n = *n;
                if n.fract() == 0.0 && n >= 0.0 && n <= u64::MAX as f64 {
                    visitor.visit_u64(n as u64)
                } else if n.fract() == 0.0 && n < 0.0 && n >= i64::MIN as f64 {
                    visitor.visit_i64(n as i64)
                } else {
                    visitor.visit_f64(n)
                }
            }
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visitor.visit_seq(Seq { items, index: 0, path: &self.path }),
            Value::Object(members) => visitor.visit_map(Map { members, index: 0, path: &self.path, pending: None }),
        };
        result.map_err(|e| self.locate(e))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.node.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.node.value {
            Value::Number(n) if n.fract() != 0.0 || n < 0.0 || n > u32::MAX as f64 => Err(self.locate(
                de::Error::custom(format_args!("expected a whole number from 0 to {}, found {}", u32::MAX, n)),
            )),
            _ => self.deserialize_any(visitor),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        // Only unit variants written as strings are part of the brief format.
        let result = match &self.node.value {
            Value::String(s) => visitor.visit_enum(s.as_str().into_deserializer()),
            _ => Err(de::Error::custom(format_args!("expected a string, found {}", self.node.type_name()))),
        };
        result.map_err(|e| self.locate(e))
    }

    forward_to_any! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_u8
        deserialize_u16 deserialize_u64 deserialize_f32 deserialize_f64 deserialize_char deserialize_str
        deserialize_string deserialize_bytes deserialize_byte_buf deserialize_unit deserialize_seq
        deserialize_map deserialize_identifier deserialize_ignored_any
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_any(visitor)
    }
    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_any(visitor)
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_any(visitor)
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match self.node.value {
            Value::Object(_) => self.deserialize_any(visitor),
            _ => Err(self.locate(de::Error::custom(format_args!(
                "expected an object, found {}",
                self.node.type_name()
            )))),
        }
    }
}

struct Seq<'a, 'p> {
    items: &'a [Node],
    index: usize,
    path: &'p [PathSeg],
}

impl<'de> SeqAccess<'de> for Seq<'de, '_> {
    type Error = DeError;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, DeError> {
        let Some(node) = self.items.get(self.index) else { return Ok(None) };
        let mut path = self.path.to_vec();
        path.push(PathSeg::Index(self.index));
        self.index += 1;
        seed.deserialize(NodeDe { node, path }).map(Some)
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len() - self.index)
    }
}

struct Map<'a, 'p> {
    members: &'a [(super::Key, Node)],
    index: usize,
    path: &'p [PathSeg],
    pending: Option<&'a Node>,
}

impl<'de> MapAccess<'de> for Map<'de, '_> {
    type Error = DeError;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DeError> {
        let Some((key, node)) = self.members.get(self.index) else { return Ok(None) };
        self.pending = Some(node);
        seed.deserialize(key.name.as_str().into_deserializer())
            .map(Some)
            .map_err(|mut e: DeError| {
                if e.path.is_none() {
                    let mut path = self.path.to_vec();
                    path.push(PathSeg::Key(key.name.clone()));
                    e.path = Some(path_string(&path));
                    e.line = key.line;
                    e.column = key.column;
                }
                e
            })
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let (key, node) = &self.members[self.index.min(self.members.len().saturating_sub(1))];
        let node = self.pending.take().unwrap_or(node);
        let mut path = self.path.to_vec();
        path.push(PathSeg::Key(key.name.clone()));
        self.index += 1;
        seed.deserialize(NodeDe { node, path })
    }
}
