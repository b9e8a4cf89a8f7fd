//! What only Brief Studio (www/studio.html) needs, in a module of its own (`pkg/studio/`, the `studio`
//! feature): the paragraph rule, the quote check against the brief's text and coverage, so the page never
//! reimplements docs/paragraphs.md in JavaScript, and the text extraction of `brief-insights text`.
//! They compare text in Unicode NFC, whose tables are larger than the rest of the authors' module's data;
//! a widget that fetches the authors' module only to explain a broken brief never downloads them.

use super::author::json_text;
use super::convert::to_js;
use wasm_bindgen::prelude::*;

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
