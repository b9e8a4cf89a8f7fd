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
fn json_text(text: &JsValue) -> Result<String, Diagnostics> {
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

// --- For the studio (www/studio.html): the paragraph rule, the quote check and coverage, so the page never
// reimplements docs/paragraphs.md in JavaScript.

/// A block count argument (`headerBlocks`, `footerBlocks`): a whole number from 0, `undefined` meaning 0.
fn block_count(value: &JsValue, name: &str) -> Result<u32, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(0);
    }
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) => Ok(n as u32),
        _ => Err(super::error::usage_error(&format!("{name} must be a whole number from 0"))),
    }
}

/// The numbered paragraphs of a text by the project's rule (docs/paragraphs.md): `{ number, text,
/// sentences }` each, the text normalised as quotes are compared with it, so any passage of it is a
/// quote that validates for that paragraph.
#[wasm_bindgen(unchecked_return_type = "{ number: number; text: string; sentences: string[] }[]")]
pub fn paragraphs(
    #[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "number | undefined")] header_blocks: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "number | undefined")] footer_blocks: &JsValue,
) -> Result<JsValue, JsValue> {
    let text = super::convert::string_arg(text, "text")?;
    let header = block_count(header_blocks, "headerBlocks")?;
    let footer = block_count(footer_blocks, "footerBlocks")?;
    to_js(&crate::load::source::numbered_paragraphs(&text, header, footer))
}

/// A citation as the studio passes it to `coverage`.
#[derive(serde::Deserialize)]
struct CitationArg {
    id: String,
    paragraph: u32,
    quote: String,
}

/// Which sentences of a text the given citations (`{ id, paragraph, quote }`) cite, per paragraph:
/// `{ paragraphs: [{ number, uncitedOnPurpose, sentences: [{ text, citedBy }] }] }`. Works on a brief
/// still being written (it needs no valid brief, only its evidence).
#[wasm_bindgen(
    unchecked_return_type = "{ paragraphs: { number: number; uncitedOnPurpose: boolean; sentences: { text: string; citedBy: string[] }[] }[] }"
)]
pub fn coverage(
    #[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "number | undefined")] header_blocks: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "number | undefined")] footer_blocks: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "number[]")] uncited: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "{ id: string; paragraph: number; quote: string }[]")] citations: &JsValue,
) -> Result<JsValue, JsValue> {
    let text = super::convert::string_arg(text, "text")?;
    let header = block_count(header_blocks, "headerBlocks")?;
    let footer = block_count(footer_blocks, "footerBlocks")?;
    let uncited: Vec<u32> = if uncited.is_null_or_undefined() {
        Vec::new()
    } else {
        serde_wasm_bindgen::from_value(uncited.clone())
            .map_err(|e| super::error::usage_error(&format!("uncited: {}", super::convert::serde_message(e))))?
    };
    let citations: Vec<CitationArg> = serde_wasm_bindgen::from_value(citations.clone())
        .map_err(|e| super::error::usage_error(&format!("citations: {}", super::convert::serde_message(e))))?;
    let citations: Vec<crate::load::source::Citation<'_>> = citations
        .iter()
        .map(|c| crate::load::source::Citation { id: &c.id, paragraph: c.paragraph, quote: &c.quote })
        .collect();
    to_js(&crate::load::source::coverage_of(&text, header, footer, &uncited, &citations))
}

/// `validate` with the brief's own text: also every quote compared with its paragraph and
/// `meta.paragraphs` with the text's paragraph count, as `brief-insights validate` does when the brief
/// names its text (and, like it, also for a brief with other problems, as long as its fields have the
/// right shape). Never throws.
#[wasm_bindgen(js_name = validateWithSource, unchecked_return_type = "Diagnostic[]")]
pub fn validate_with_source(
    #[wasm_bindgen(unchecked_param_type = "string")] json: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] source_text: &JsValue,
) -> Result<JsValue, JsValue> {
    let json = match json_text(json) {
        Ok(json) => json,
        Err(diagnostics) => return to_js(&diagnostics.0),
    };
    let (loaded, found) = crate::load::load_report(&json);
    let mut diagnostics = found.errors();
    let shaped = loaded.or_else(|| {
        let root = crate::load::json::parse(&json).ok()?;
        crate::load::decode::decode_brief(&root).ok()
    });
    if let (Some(brief), Some(text)) = (shaped, source_text.as_string()) {
        let mut problems = crate::load::source::check_quotes(&brief, &text);
        crate::load::source::locate(&json, &mut problems);
        diagnostics.0.extend(problems);
        diagnostics.sort();
    }
    to_js(&diagnostics.0)
}

/// A text file's content made into the canonical text, as `brief-insights text` makes it: by the format
/// its name says (`.md`/`.markdown` Markdown, `.html`/`.htm` HTML, anything else plain text). Returns
/// `{ title, text }`: the title it has, if any (front matter `title:`, first `#` heading, `<title>` or
/// first `<h1>`), and the blocks, one per paragraph, separated by empty lines.
#[wasm_bindgen(js_name = convertText, unchecked_return_type = "{ title: string | null; text: string }")]
pub fn convert_text(
    #[wasm_bindgen(unchecked_param_type = "string")] input: &JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] file_name: &JsValue,
) -> Result<JsValue, JsValue> {
    use crate::load::convert::{canonical_text, convert, TextFormat};
    let input = super::convert::string_arg(input, "input")?;
    let file_name = super::convert::string_arg(file_name, "fileName")?;
    let converted = convert(&input, TextFormat::from_name(&file_name));

    #[derive(serde::Serialize)]
    struct ConvertedText {
        title: Option<String>,
        text: String,
    }
    to_js(&ConvertedText { text: canonical_text(&converted.blocks), title: converted.title })
}
