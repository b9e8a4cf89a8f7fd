//! The JavaScript API: the only `#[wasm_bindgen]` surface of the crate.
//!
//! Two modules are built from it (tools/build-wasm.sh). The readers' module (without the `author`
//! feature) loads a brief from `JSON.parse`d data through serde and reports problems by JSON path
//! ([`reader`]); the authors' module adds the position-keeping reader with every problem's line and
//! column, `validate` and the embedded Sejong brief ([`author`]). The queries and renders below are in
//! both.
//!
//! Results cross as plain JSON-compatible objects built by serde-wasm-bindgen, so what a page receives
//! looks exactly like the brief file. Every fallible export returns `Result<_, JsValue>` with a
//! [`error::brief_error`] or [`error::usage_error`], so a page sees one kind of error: an `Error` named
//! `BriefError` carrying the structured `diagnostics`. Nothing here can panic on input: a panic would
//! abort the Wasm instance and poison every later call on the page.

#[cfg(feature = "author")]
mod author;
#[cfg(feature = "boundary-bench")]
mod bench;
mod convert;
mod error;
#[cfg(not(feature = "author"))]
mod reader;
mod results;
#[cfg(feature = "studio")]
mod studio;

use crate::query::LoadedBrief;
use crate::render::{ExportError, Figure, View};
use convert::{optional_string_arg, render_options, render_options_and_format, string_arg, to_js, OutputFormat};
use error::usage_error;
use results::{summaries, FullItem, TimelineEntry};
use wasm_bindgen::prelude::*;

#[cfg(feature = "wee_alloc")]
#[global_allocator]
static ALLOC: wee_alloc::WeeAlloc = wee_alloc::WeeAlloc::INIT;

/// talc, a maintained allocator made for WebAssembly: in bench/allocator-soak.mjs it holds the same working
/// set as Rust's default (dlmalloc) over 100,000 calls, with a smaller module (bench/allocator.md).
/// `TalckWasm` grows the Wasm memory as needed; its lock is a no-op on single-threaded Wasm.
#[cfg(not(feature = "wee_alloc"))]
#[global_allocator]
// SAFETY: the one global allocator of the module, on wasm32 without threads, as talc's `new_global` requires.
static ALLOC: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// Hits returned by `search` when the caller gives no limit: more than a results list shows at once.
const DEFAULT_SEARCH_LIMIT: u32 = 20;
/// Upper bound on `search`'s limit: beyond it a caller is asking for every item, which this still gives.
const MAX_SEARCH_LIMIT: u32 = 10_000;

/// A loaded, validated brief. Load one with `Brief.fromJson` or `Brief.fromObject` (and, in the
/// authors' module, `Brief.embedded`); call `free()` when done with it (the memory is also reclaimed
/// when it is garbage-collected, where the browser supports `FinalizationRegistry`).
#[wasm_bindgen(js_name = Brief)]
pub struct BriefHandle {
    inner: LoadedBrief,
}

impl From<LoadedBrief> for BriefHandle {
    fn from(inner: LoadedBrief) -> Self {
        BriefHandle { inner }
    }
}

#[wasm_bindgen(js_class = Brief)]
impl BriefHandle {
    #[wasm_bindgen(unchecked_return_type = "BriefMeta")]
    pub fn meta(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.brief.meta)
    }

    #[wasm_bindgen(js_name = keyJudgments, unchecked_return_type = "Judgment[]")]
    pub fn key_judgments(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.brief.key_judgments)
    }

    #[wasm_bindgen(unchecked_return_type = "Axis[]")]
    pub fn axes(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.brief.axes)
    }

    #[wasm_bindgen(unchecked_return_type = "Actor[]")]
    pub fn actors(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.brief.actors)
    }

    #[wasm_bindgen(unchecked_return_type = "Relation[]")]
    pub fn relations(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.brief.relations)
    }

    /// An actor's partners with the role each plays, relations stated by the actor first. Empty for an
    /// unknown id.
    #[wasm_bindgen(unchecked_return_type = "Partner[]")]
    pub fn partners(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] actor: &JsValue,
    ) -> Result<JsValue, JsValue> {
        to_js(&self.inner.partners(&string_arg(actor, "actor")?))
    }

    /// Distinct project sectors, in order of first appearance.
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn sectors(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.sectors())
    }

    /// Projects of one sector, or all projects when no sector is given.
    #[wasm_bindgen(unchecked_return_type = "Project[]")]
    pub fn projects(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "string")] sector: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let sector = optional_string_arg(sector, "sector")?;
        to_js(&self.inner.projects_by_sector(sector.as_deref()))
    }

    /// Every dated item, earliest first.
    #[wasm_bindgen(unchecked_return_type = "TimelineEntry[]")]
    pub fn timeline(&self) -> Result<JsValue, JsValue> {
        let entries: Vec<TimelineEntry> = self.inner.timeline().into_iter().map(TimelineEntry::from).collect();
        to_js(&entries)
    }

    /// An indicator with its observations; `undefined` for an unknown id.
    #[wasm_bindgen(unchecked_return_type = "Indicator | undefined")]
    pub fn indicator(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue) -> Result<JsValue, JsValue> {
        match self.inner.indicator(&string_arg(id, "id")?) {
            Some(indicator) => to_js(indicator),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    #[wasm_bindgen(unchecked_return_type = "Indicator[]")]
    pub fn indicators(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.brief.indicators)
    }

    #[wasm_bindgen(unchecked_return_type = "Event[]")]
    pub fn events(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.brief.events)
    }

    #[wasm_bindgen(js_name = recommendationAreas, unchecked_return_type = "RecommendationArea[]")]
    pub fn recommendation_areas(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.brief.recommendation_areas)
    }

    /// Recommendations of one area (by area id), or all of them.
    #[wasm_bindgen(unchecked_return_type = "Recommendation[]")]
    pub fn recommendations(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "string")] area: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let area = optional_string_arg(area, "area")?;
        to_js(&self.inner.recommendations_by_area(area.as_deref()))
    }

    /// Any item by id, with its `kind`; `undefined` for an unknown id.
    #[wasm_bindgen(unchecked_return_type = "Item | undefined")]
    pub fn item(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue) -> Result<JsValue, JsValue> {
        match self.inner.item(&string_arg(id, "id")?) {
            Some(item) => to_js(&FullItem::from(item)),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// The evidence of any item (empty for items without any); `undefined` for an unknown id.
    #[wasm_bindgen(unchecked_return_type = "Evidence[] | undefined")]
    pub fn evidence(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue) -> Result<JsValue, JsValue> {
        match self.inner.evidence(&string_arg(id, "id")?) {
            Some(evidence) => to_js(evidence),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// Items linked to `id` in either direction, in document order.
    #[wasm_bindgen(unchecked_return_type = "ItemSummary[]")]
    pub fn related(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue) -> Result<JsValue, JsValue> {
        to_js(&summaries(self.inner.related(&string_arg(id, "id")?)))
    }

    #[wasm_bindgen(js_name = itemsByAxis, unchecked_return_type = "ItemSummary[]")]
    pub fn items_by_axis(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue,
    ) -> Result<JsValue, JsValue> {
        to_js(&summaries(self.inner.items_by_axis(&string_arg(id, "id")?)))
    }

    #[wasm_bindgen(js_name = itemsByActor, unchecked_return_type = "ItemSummary[]")]
    pub fn items_by_actor(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue,
    ) -> Result<JsValue, JsValue> {
        to_js(&summaries(self.inner.items_by_actor(&string_arg(id, "id")?)))
    }

    /// Ranked, case- and accent-insensitive search; every term must match. `limit` defaults to 20.
    #[wasm_bindgen(unchecked_return_type = "SearchHit[]")]
    pub fn search(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] query: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "number")] limit: &JsValue,
    ) -> Result<JsValue, JsValue> {
        let query = string_arg(query, "query")?;
        let limit = if limit.is_null_or_undefined() {
            DEFAULT_SEARCH_LIMIT
        } else {
            match limit.as_f64() {
                // Saturating: negative → 0, huge → the cap; a fraction counts its whole part.
                Some(n) if !n.is_nan() => (n as u32).min(MAX_SEARCH_LIMIT),
                _ => return Err(usage_error("limit must be a number")),
            }
        };
        to_js(&self.inner.search(&query, limit as usize))
    }

    /// The widget's chrome: header, tab list and empty tab panels, as an HTML string.
    #[wasm_bindgen(js_name = renderShell)]
    pub fn render_shell(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: &JsValue,
    ) -> Result<String, JsValue> {
        Ok(crate::render::render_shell(&self.inner, &render_options(options)?))
    }

    /// The content of one view's tab panel, as an HTML string; with `format: "svg"`, the view's charts as
    /// a standalone SVG file with the source drawn in. Throws a `BriefError` for an unknown view (and, for
    /// SVG, a view without charts).
    #[wasm_bindgen(js_name = renderView)]
    pub fn render_view(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ViewName")] view: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: &JsValue,
    ) -> Result<String, JsValue> {
        let name = string_arg(view, "view")?;
        let Some(view) = View::parse(&name) else {
            let shown: String = name.chars().take(40).collect();
            return Err(usage_error(&format!("unknown view \"{shown}\"; expected one of:{}", View::NAMES_LISTED)));
        };
        let (options, format) = render_options_and_format(options)?;
        match format {
            OutputFormat::Html => Ok(crate::render::render_view(&self.inner, view, &options)),
            OutputFormat::Svg => crate::render::render_svg(&self.inner, Figure::View(view), &options)
                .map_err(|why| usage_error(&why.to_string())),
        }
    }

    /// One item of any kind as a piece for an article: its statement, provenance, figure, quotes and
    /// source, as an HTML string; with `format: "svg"`, its figure as a standalone SVG file. Throws a
    /// `BriefError` for an unknown id (and, for SVG, an item without a figure).
    #[wasm_bindgen(js_name = renderItem)]
    pub fn render_item(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: &JsValue,
    ) -> Result<String, JsValue> {
        let id = string_arg(id, "id")?;
        let (options, format) = render_options_and_format(options)?;
        let rendered = match format {
            OutputFormat::Html => crate::render::render_item(&self.inner, &id, &options)
                .ok_or_else(|| ExportError::UnknownItem(id.clone())),
            OutputFormat::Svg => crate::render::render_svg(&self.inner, Figure::Item(&id), &options),
        };
        rendered.map_err(|why| usage_error(&why.to_string()))
    }

    /// The citation dialog for an item (its evidence quotes with paragraph numbers and source links);
    /// `undefined` for an unknown id.
    #[wasm_bindgen(js_name = renderCitation)]
    pub fn render_citation(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: &JsValue,
    ) -> Result<Option<String>, JsValue> {
        let id = string_arg(id, "id")?;
        Ok(crate::render::render_citation(&self.inner, &id, &render_options(options)?))
    }

    /// Search results for `query` as an HTML list, matches highlighted with `<mark>`.
    #[wasm_bindgen(js_name = renderSearchResults)]
    pub fn render_search_results(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] query: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: &JsValue,
    ) -> Result<String, JsValue> {
        let query = string_arg(query, "query")?;
        Ok(crate::render::render_search_results(&self.inner, &query, &render_options(options)?))
    }
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").into()
}
