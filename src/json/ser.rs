//! Any `serde::Serialize` value as compact JSON text: how values cross into JavaScript (the binding
//! hands the text to the engine's `JSON.parse`, which builds the objects far more cheaply in Wasm bytes
//! than serde-wasm-bindgen's call per field: 58 KB less code, see bench/size.md).

use serde::Serialize;

/// `value` as JSON text. Whole numbers are written here; others by `fraction`, so the caller chooses
/// how floats are printed (the Wasm binding lets the JS engine do it, natively [`super::number_text`]
/// serves). Non-finite numbers become `null`, as `JSON.stringify` writes them.
pub fn to_json_text<T: Serialize + ?Sized>(
    value: &T,
    fraction: fn(f64) -> Option<String>,
) -> Result<String, JsonTextError> {
    let mut text = JsonText { out: String::new(), fraction };
    value.serialize(&mut text)?;
    Ok(text.out)
}

struct JsonText {
    out: String,
    fraction: fn(f64) -> Option<String>,
}

#[derive(Debug)]
pub struct JsonTextError;

impl std::fmt::Display for JsonTextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("cannot write as JSON")
    }
}

impl std::error::Error for JsonTextError {}

impl serde::ser::Error for JsonTextError {
    fn custom<T: std::fmt::Display>(_message: T) -> Self {
        JsonTextError
    }
}

/// An array or object being written: `first` is true until its first element.
struct JsonCompound<'a> {
    text: &'a mut JsonText,
    first: bool,
    close: char,
}

impl JsonCompound<'_> {
    fn separator(&mut self) {
        if !self.first {
            self.text.out.push(',');
        }
        self.first = false;
    }
    /// Field names come from this crate's own types (camelCase identifiers), so they need no escaping.
    fn key(&mut self, key: &'static str) {
        self.separator();
        self.text.out.push('"');
        self.text.out.push_str(key);
        self.text.out.push_str("\":");
    }
    fn end(self) -> Result<(), JsonTextError> {
        self.text.out.push(self.close);
        Ok(())
    }
}

impl JsonText {
    fn open(&mut self, open: char, close: char) -> JsonCompound<'_> {
        self.out.push(open);
        JsonCompound { text: self, first: true, close }
    }
    fn integer(&mut self, n: impl ToString) -> Result<(), JsonTextError> {
        self.out.push_str(&n.to_string());
        Ok(())
    }
}

impl<'a> serde::Serializer for &'a mut JsonText {
    type Ok = ();
    type Error = JsonTextError;
    type SerializeSeq = JsonCompound<'a>;
    type SerializeTuple = JsonCompound<'a>;
    type SerializeTupleStruct = JsonCompound<'a>;
    type SerializeTupleVariant = serde::ser::Impossible<(), JsonTextError>;
    type SerializeMap = JsonCompound<'a>;
    type SerializeStruct = JsonCompound<'a>;
    type SerializeStructVariant = serde::ser::Impossible<(), JsonTextError>;

    fn serialize_bool(self, v: bool) -> Result<(), JsonTextError> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), JsonTextError> {
        self.integer(v)
    }
    fn serialize_i16(self, v: i16) -> Result<(), JsonTextError> {
        self.integer(v)
    }
    fn serialize_i32(self, v: i32) -> Result<(), JsonTextError> {
        self.integer(v)
    }
    fn serialize_i64(self, v: i64) -> Result<(), JsonTextError> {
        self.integer(v)
    }
    fn serialize_u8(self, v: u8) -> Result<(), JsonTextError> {
        self.integer(v)
    }
    fn serialize_u16(self, v: u16) -> Result<(), JsonTextError> {
        self.integer(v)
    }
    fn serialize_u32(self, v: u32) -> Result<(), JsonTextError> {
        self.integer(v)
    }
    fn serialize_u64(self, v: u64) -> Result<(), JsonTextError> {
        self.integer(v)
    }
    fn serialize_f32(self, v: f32) -> Result<(), JsonTextError> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), JsonTextError> {
        if !v.is_finite() {
            // What JSON.stringify writes for NaN and infinities.
            self.out.push_str("null");
        } else if v.fract() == 0.0 && v.abs() < 1e15 {
            self.out.push_str(&(v as i64).to_string());
        } else {
            self.out.push_str(&(self.fraction)(v).ok_or(JsonTextError)?);
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), JsonTextError> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), JsonTextError> {
        self.out.push_str(&super::escape_json_string(v));
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), JsonTextError> {
        serde::Serialize::serialize(v, self)
    }
    fn serialize_none(self) -> Result<(), JsonTextError> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), JsonTextError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), JsonTextError> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), JsonTextError> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), JsonTextError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), JsonTextError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), JsonTextError> {
        let mut object = self.open('{', '}');
        object.key(variant);
        value.serialize(&mut *object.text)?;
        object.end()
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<JsonCompound<'a>, JsonTextError> {
        Ok(self.open('[', ']'))
    }
    fn serialize_tuple(self, _len: usize) -> Result<JsonCompound<'a>, JsonTextError> {
        Ok(self.open('[', ']'))
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<JsonCompound<'a>, JsonTextError> {
        Ok(self.open('[', ']'))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, JsonTextError> {
        Err(JsonTextError)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<JsonCompound<'a>, JsonTextError> {
        Ok(self.open('{', '}'))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<JsonCompound<'a>, JsonTextError> {
        Ok(self.open('{', '}'))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, JsonTextError> {
        Err(JsonTextError)
    }
}

impl serde::ser::SerializeSeq for JsonCompound<'_> {
    type Ok = ();
    type Error = JsonTextError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonTextError> {
        self.separator();
        value.serialize(&mut *self.text)
    }
    fn end(self) -> Result<(), JsonTextError> {
        JsonCompound::end(self)
    }
}

impl serde::ser::SerializeTuple for JsonCompound<'_> {
    type Ok = ();
    type Error = JsonTextError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonTextError> {
        serde::ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), JsonTextError> {
        JsonCompound::end(self)
    }
}

impl serde::ser::SerializeTupleStruct for JsonCompound<'_> {
    type Ok = ();
    type Error = JsonTextError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonTextError> {
        serde::ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), JsonTextError> {
        JsonCompound::end(self)
    }
}

impl serde::ser::SerializeMap for JsonCompound<'_> {
    type Ok = ();
    type Error = JsonTextError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), JsonTextError> {
        // Map keys in this crate's types are strings; written through the same string path.
        self.separator();
        key.serialize(&mut *self.text)?;
        self.text.out.push(':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), JsonTextError> {
        value.serialize(&mut *self.text)
    }
    fn end(self) -> Result<(), JsonTextError> {
        JsonCompound::end(self)
    }
}

impl serde::ser::SerializeStruct for JsonCompound<'_> {
    type Ok = ();
    type Error = JsonTextError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), JsonTextError> {
        self.key(key);
        value.serialize(&mut *self.text)
    }
    fn end(self) -> Result<(), JsonTextError> {
        JsonCompound::end(self)
    }
}

#[cfg(test)]
mod tests {
    use super::to_json_text;
    use crate::model::{Evidence, Observation, Qualifier};

    #[test]
    fn serializes_model_values_as_compact_json() {
        let o = Observation {
            id: "o".into(),
            label: "≥ \"30,000\" <b>".into(),
            date: None,
            qualifier: Qualifier::AtLeast,
            low: Some(30000.0),
            high: Some(2.5),
            note: None,
            evidence: vec![Evidence { paragraph: 7, quote: "q".into() }],
        };
        let text = to_json_text(&o, |v| Some(crate::json::number_text(v, 3))).unwrap();
        assert_eq!(
            text,
            r#"{"id":"o","label":"≥ \"30,000\" \u003cb\u003e","qualifier":"atLeast","low":30000,"high":2.5,"evidence":[{"paragraph":7,"quote":"q"}]}"#
        );
        let whole = crate::load_embedded().unwrap();
        let text = to_json_text(&whole.brief, |v| Some(crate::json::number_text(v, 3))).unwrap();
        let reparsed = crate::load(&text).unwrap_or_else(|d| panic!("{}", d));
        assert_eq!(reparsed.brief, whole.brief);
    }
}
