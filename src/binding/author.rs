//! What only the authors' module has: the position-keeping reader, which reports every problem in a
//! brief's text with its line and column; `validate` for editors and build tools; the Sejong brief
//! compiled in; and the static renderings a site generator or server template puts in a page (the
//! document for readers without JavaScript, the JSON-LD for search engines), which the widget never needs.

use super::convert::to_js;
use super::error::brief_error;
use super::BriefHandle;
use crate::load::diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};
use crate::query::LoadedBrief;
use wasm_bindgen::prelude::*;

/// The diagnostic when `fromJson` or `validate` is given something other than a string.
const NOT_JSON_TEXT: &str = "expected the brief as a JSON string";

fn loaded(result: Result<LoadedBrief, Diagnostics>) -> Result<BriefHandle, JsValue> {
    result.map(BriefHandle::from).map_err(|diagnostics| brief_error(&diagnostics))
}

/// A `BriefError` with one problem about the input as a whole, at line 1, column 1.
fn whole_input_error(kind: DiagnosticKind, message: String) -> JsValue {
    brief_error(&Diagnostics(vec![Diagnostic::whole_input(kind, message)]))
}

/// The brief text of a `fromJson` or `validate` argument, or the diagnostics saying it is not text.
pub(super) fn json_text(text: &JsValue) -> Result<String, Diagnostics> {
    text.as_string()
        .ok_or_else(|| Diagnostics(vec![Diagnostic::whole_input(DiagnosticKind::Schema, NOT_JSON_TEXT.to_string())]))
}

#[wasm_bindgen(js_class = Brief)]
impl BriefHandle {
    /// Parses and validates a brief from JSON text. Throws a `BriefError` listing every problem found,
    /// each with its path, line and column.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(#[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue) -> Result<BriefHandle, JsValue> {
        let text = json_text(text).map_err(|diagnostics| brief_error(&diagnostics))?;
        loaded(crate::load(&text))
    }

    /// Validates a brief given as a JavaScript object (e.g. from `fetch(...).json()`). Diagnostics
    /// point into the object's `JSON.stringify` form, so paths are exact and lines count from 1.
    #[wasm_bindgen(js_name = fromObject)]
    pub fn from_object(
        #[wasm_bindgen(unchecked_param_type = "unknown")] object: &JsValue,
    ) -> Result<BriefHandle, JsValue> {
        let text = match js_sys::JSON::stringify(object) {
            Ok(text) => JsValue::from(text).as_string(),
            Err(error) => {
                let reason =
                    js_sys::Reflect::get(&error, &JsValue::from_str("message")).ok().and_then(|m| m.as_string());
                let reason = reason.as_deref().unwrap_or("unknown reason");
                return Err(whole_input_error(
                    DiagnosticKind::Schema,
                    format!("the object cannot be written as JSON: {reason}"),
                ));
            }
        };
        // `JSON.stringify` gives `undefined` for what JSON cannot hold (undefined, functions, symbols).
        let text = text.ok_or_else(|| whole_input_error(DiagnosticKind::Schema, "expected an object".into()))?;
        loaded(crate::load(&text))
    }

    /// The whole brief as one static HTML document fragment: every insight with its quotes inline, for
    /// readers without JavaScript, print and search engines.
    #[wasm_bindgen(js_name = renderDocument)]
    pub fn render_document(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: &JsValue,
    ) -> Result<String, JsValue> {
        Ok(crate::render::render_document(&self.inner, &super::convert::render_options(options)?))
    }

    /// schema.org JSON-LD (a `Report` with `Claim`s and `Dataset`s) describing the brief: a whole
    /// `<script type="application/ld+json">` element, for the host page's `<head>` or a server template.
    #[wasm_bindgen(js_name = jsonLd)]
    pub fn json_ld(&self) -> String {
        crate::render::render_jsonld(&self.inner)
    }

    /// The brief compiled into the authors' module (Sejong Policy Brief 2025-30).
    pub fn embedded() -> Result<BriefHandle, JsValue> {
        loaded(crate::load_embedded())
    }
}

/// Every problem in a brief file given as its bytes (a `Uint8Array`, as fetched), as the CLI reads a file:
/// larger than 4 MiB, or bytes that are not UTF-8 (at the line and column of the first), then every
/// problem `validate` finds. Empty when the brief is valid. Never throws.
#[wasm_bindgen(js_name = validateBytes, unchecked_return_type = "Diagnostic[]")]
pub fn validate_bytes(bytes: &[u8]) -> Result<JsValue, JsValue> {
    let result = crate::load::check_size(bytes.len())
        .and_then(|()| crate::load::utf8_text(bytes.to_vec()))
        .and_then(|text| crate::load(&text));
    to_js(&result.err().map(|diagnostics| diagnostics.0).unwrap_or_default())
}

/// Every problem in a brief's JSON text, for editors and build tools; empty when the brief is valid.
/// Never throws.
#[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
pub fn validate(#[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue) -> Result<JsValue, JsValue> {
    let diagnostics = match json_text(text).and_then(|text| crate::load(&text)) {
        Ok(_) => Vec::new(),
        Err(diagnostics) => diagnostics.0,
    };
    to_js(&diagnostics)
}
