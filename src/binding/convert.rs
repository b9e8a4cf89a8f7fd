//! Values across the boundary: arguments and options objects in, results out.

use super::error::usage_error;
use crate::render::Lang;
use serde::{Deserialize, Serialize};
use tsify::Tsify;
use wasm_bindgen::{JsCast, JsValue};

/// A result as a plain JS value (objects, arrays, strings, numbers), built by serde-wasm-bindgen. The
/// JSON-compatible serializer writes maps as plain objects and `None` as `null`, so a page gets what it
/// would get from `JSON.parse` of the same data (bench/boundary.md compares the two).
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| usage_error(&format!("cannot convert the result: {error}")))
}

/// The message of a serde-wasm-bindgen error. It is a JS `Error` underneath, whose `Display` would add
/// the "Error: " of `String(error)`.
pub(crate) fn serde_message(error: serde_wasm_bindgen::Error) -> String {
    let value = JsValue::from(error);
    match value.dyn_ref::<js_sys::Error>() {
        Some(error) => error.message().into(),
        None => value.as_string().unwrap_or_else(|| "cannot read the value".to_string()),
    }
}

/// A string argument. wasm-bindgen's `&str` parameters trust the caller: a number or an object passed
/// from JavaScript would make the glue misbehave. So strings arrive as `JsValue`, and anything else is a
/// BriefError naming the argument.
pub(crate) fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| usage_error(&format!("{name} must be a string")))
}

/// An optional string argument: `undefined` and `null` mean absent.
pub(crate) fn optional_string_arg(value: &JsValue, name: &str) -> Result<Option<String>, JsValue> {
    if value.is_null_or_undefined() {
        Ok(None)
    } else {
        string_arg(value, name).map(Some)
    }
}

/// Options for the `render*` methods; every field is optional.
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct RenderOptions {
    /// Interface language: a tag whose primary subtag is "ko" gives Korean, anything else English.
    #[serde(default)]
    #[tsify(optional)]
    pub lang: Option<String>,
    /// Prefixed to every `id` attribute, so two widgets on one page never collide.
    #[serde(default)]
    #[tsify(optional)]
    pub id_prefix: Option<String>,
    /// Projects view: show only this sector.
    #[serde(default)]
    #[tsify(optional)]
    pub sector: Option<String>,
    /// Partners view: the actor in the centre.
    #[serde(default)]
    #[tsify(optional)]
    pub selected: Option<String>,
    /// Search view: the query typed so far.
    #[serde(default)]
    #[tsify(optional)]
    pub query: Option<String>,
    /// `renderItem`: where the piece links to the whole brief (relative or http(s); default: the brief's
    /// `meta.sourceUrl`).
    #[serde(default)]
    #[tsify(optional)]
    pub href: Option<String>,
    /// `renderView`, `renderItem`: `"html"` (the default) or `"svg"`, the view's or the item's charts as
    /// a standalone SVG file with the citation and source line drawn in.
    #[serde(default)]
    #[tsify(optional, type = "\"html\" | \"svg\"")]
    pub format: Option<String>,
}

/// What a render call returns: HTML for the page, or a standalone SVG file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OutputFormat {
    Html,
    Svg,
}

/// Reads a `RenderOptions` object; `undefined` or `null` means all defaults. A field of the wrong type
/// (or options that are not an object) is a BriefError rather than silently ignored, so a mistyped call
/// shows up in development. Unknown fields are ignored.
pub(crate) fn render_options(options: &JsValue) -> Result<crate::render::RenderOptions, JsValue> {
    render_options_and_format(options).map(|(options, _)| options)
}

/// [`render_options`], and the output format the options ask for (`format`: "html" or "svg").
pub(crate) fn render_options_and_format(
    options: &JsValue,
) -> Result<(crate::render::RenderOptions, OutputFormat), JsValue> {
    if options.is_null_or_undefined() {
        return Ok((crate::render::RenderOptions::default(), OutputFormat::Html));
    }
    if !options.is_object() {
        return Err(usage_error("render options must be an object"));
    }
    let deserializer = serde_wasm_bindgen::Deserializer::from(options.clone());
    let read: RenderOptions = serde_path_to_error::deserialize(deserializer).map_err(|error| {
        let path = error.path().to_string();
        usage_error(&format!("render options: {path}: {}", serde_message(error.into_inner())))
    })?;
    let format = match read.format.as_deref() {
        None | Some("html") => OutputFormat::Html,
        Some("svg") => OutputFormat::Svg,
        Some(other) => {
            let shown: String = other.chars().take(20).collect();
            return Err(usage_error(&format!("render options: format: \"{shown}\" is not \"html\" or \"svg\"")));
        }
    };
    let options = crate::render::RenderOptions {
        lang: read.lang.as_deref().map(Lang::parse).unwrap_or_default(),
        id_prefix: read.id_prefix.unwrap_or_default(),
        sector: read.sector,
        selected: read.selected,
        query: read.query.unwrap_or_default(),
        href: read.href,
    };
    Ok((options, format))
}
