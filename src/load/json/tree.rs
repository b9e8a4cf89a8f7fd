//! A JSON tree from any serde data format: how the readers' module takes a `JSON.parse`d JavaScript value
//! (through serde-wasm-bindgen) into the same decoder the authors' module uses, so both modules accept
//! and reject the same briefs with the same messages. Values read this way have no position: line and
//! column are 0.

use super::{Key, Node, Value, MAX_DEPTH, TOO_DEEP};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// Reads one JSON-like value from `deserializer` as a [`Node`] tree. Nesting deeper than [`MAX_DEPTH`] is
/// an error (a JavaScript value can even be cyclic), as are values JSON cannot hold.
pub fn tree_from<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
    Level { depth: 0 }.deserialize(deserializer)
}

/// Reads a value at a given depth.
#[derive(Clone, Copy)]
struct Level {
    depth: usize,
}

fn node(value: Value) -> Node {
    Node { value, line: 0, column: 0 }
}

impl<'de> DeserializeSeed<'de> for Level {
    type Value = Node;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Level {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(node(Value::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(node(Value::Null))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Node, E> {
        Ok(node(Value::Bool(b)))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Node, E> {
        Ok(node(Value::Number(n as f64)))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Node, E> {
        Ok(node(Value::Number(n as f64)))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Node, E> {
        Ok(node(Value::Number(n)))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Node, E> {
        Ok(node(Value::String(s.to_string())))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Node, E> {
        Ok(node(Value::String(s)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let inner = self.inner()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(inner)? {
            items.push(item);
        }
        Ok(node(Value::Array(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let inner = self.inner()?;
        let mut members: Vec<(Key, Node)> = Vec::new();
        while let Some(name) = map.next_key::<String>()? {
            let value = map.next_value_seed(inner)?;
            // A JavaScript object cannot repeat a key; other formats might, and the last one wins there.
            members.retain(|(key, _)| key.name != name);
            members.push((Key { name, line: 0, column: 0 }, value));
        }
        Ok(node(Value::Object(members)))
    }
}

impl Level {
    /// The level of the values inside an array or object at this level.
    fn inner<E: de::Error>(self) -> Result<Level, E> {
        if self.depth >= MAX_DEPTH {
            return Err(E::custom(TOO_DEEP));
        }
        Ok(Level { depth: self.depth + 1 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_json(text: &str) -> Result<Node, serde_json::Error> {
        tree_from(&mut serde_json::Deserializer::from_str(text))
    }

    #[test]
    fn reads_every_kind_of_value_without_positions() {
        let tree = from_json(r#"{"a": [1, -2, 2.5, "x", true, null], "b": {}}"#).unwrap();
        let Value::Object(members) = &tree.value else { panic!("an object") };
        assert_eq!(members.len(), 2);
        let Value::Array(items) = &members[0].1.value else { panic!("an array") };
        let values: Vec<&Value> = items.iter().map(|n| &n.value).collect();
        assert_eq!(
            values,
            [
                &Value::Number(1.0),
                &Value::Number(-2.0),
                &Value::Number(2.5),
                &Value::String("x".into()),
                &Value::Bool(true),
                &Value::Null
            ]
        );
        assert!(items.iter().all(|n| n.line == 0 && n.column == 0));
    }

    #[test]
    fn refuses_nesting_past_the_limit() {
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(from_json(&ok).is_ok());
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        let error = from_json(&deep).unwrap_err().to_string();
        assert!(error.starts_with(TOO_DEEP), "{error}");
        assert!(TOO_DEEP.contains(&MAX_DEPTH.to_string()), "the message names the limit");
    }

    #[cfg(feature = "author")]
    #[test]
    fn decodes_like_the_text_reader() {
        // The tree from serde and the tree from the position-keeping reader decode to the same brief.
        let text = crate::load::EMBEDDED_BRIEF_JSON;
        let from_serde = crate::load::decode::decode_brief(&from_json(text).unwrap()).unwrap();
        let from_reader = crate::load::decode::decode_brief(&super::super::parse(text).unwrap()).unwrap();
        assert_eq!(from_serde, from_reader);
    }
}
