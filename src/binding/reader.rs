//! How the readers' module loads a brief: the browser's `JSON.parse` reads the text, serde-wasm-bindgen
//! turns the value into a JSON tree, and the crate's one decoder and checks load it, as in the authors'
//! module. A problem is reported by its JSON path, without line and column (0): a page showing a brief
//! only needs to know that it is broken, and the authors' module explains it with positions.

use super::error::brief_error;
use super::BriefHandle;
use crate::load::diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};
use crate::load::json::{tree_from, TOO_DEEP};
use crate::load::MAX_BRIEF_BYTES;
use crate::query::LoadedBrief;
use wasm_bindgen::prelude::*;

/// A problem found without positions: line and column 0.
fn at_path(kind: DiagnosticKind, path: String, message: String) -> Diagnostic {
    Diagnostic { kind, path, line: 0, column: 0, message }
}

/// A BriefError with one problem about the input as a whole.
fn whole_input_error(kind: DiagnosticKind, message: String) -> JsValue {
    brief_error(&Diagnostics(vec![at_path(kind, "$".into(), message)]))
}

/// Decodes and checks a brief from a JS value.
fn load_value(value: JsValue) -> Result<LoadedBrief, Diagnostics> {
    let tree = tree_from(serde_wasm_bindgen::Deserializer::from(value)).map_err(|error| {
        let message = error.to_string();
        let kind = if message.contains(TOO_DEEP) { DiagnosticKind::Limit } else { DiagnosticKind::Schema };
        Diagnostics(vec![at_path(kind, "$".into(), format!("not a JSON value: {message}"))])
    })?;
    crate::load::load_tree(&tree).map(LoadedBrief::new)
}

#[wasm_bindgen(js_class = Brief)]
impl BriefHandle {
    /// Parses a brief from JSON text with `JSON.parse`, then loads it as `fromObject` does. Throws a
    /// `BriefError`; a syntax error is one diagnostic of kind "syntax".
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(#[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue) -> Result<BriefHandle, JsValue> {
        let Some(text) = text.as_string() else {
            return Err(whole_input_error(DiagnosticKind::Schema, "expected the brief as a JSON string".into()));
        };
        if text.len() > MAX_BRIEF_BYTES {
            return Err(whole_input_error(
                DiagnosticKind::Limit,
                format!(
                    "the file is {} bytes; briefs larger than {MAX_BRIEF_BYTES} bytes (4 MiB) are not accepted",
                    text.len()
                ),
            ));
        }
        let value = js_sys::JSON::parse(&text).map_err(|error| {
            let reason = js_sys::Reflect::get(&error, &JsValue::from_str("message")).ok().and_then(|m| m.as_string());
            whole_input_error(DiagnosticKind::Syntax, reason.unwrap_or_else(|| "the text is not JSON".to_string()))
        })?;
        load_value(value).map(BriefHandle::from).map_err(|diagnostics| brief_error(&diagnostics))
    }

    /// Loads a brief given as a JavaScript value, such as `JSON.parse`'s or `fetch(...).json()`'s result.
    /// Throws a `BriefError` whose diagnostics name the JSON path of each problem (line and column 0).
    #[wasm_bindgen(js_name = fromObject)]
    pub fn from_object(
        #[wasm_bindgen(unchecked_param_type = "unknown")] object: &JsValue,
    ) -> Result<BriefHandle, JsValue> {
        load_value(object.clone()).map(BriefHandle::from).map_err(|diagnostics| brief_error(&diagnostics))
    }
}
