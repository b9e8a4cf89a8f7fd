//! For bench/boundary.mjs only (feature `boundary-bench`): the results of the data methods handed to JS
//! both ways, so the two can be timed on the same data in one module: serde-wasm-bindgen building the
//! objects field by field, or serde_json writing JSON text that the engine's `JSON.parse` reads.

use super::convert::to_js;
use super::results::{summaries, FullItem, TimelineEntry};
use super::BriefHandle;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// JSON text through serde_json, parsed by `JSON.parse`.
fn via_json_text<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| JsValue::from_str(&e.to_string()))?;
    js_sys::JSON::parse(&text)
}

fn convert<T: Serialize + ?Sized>(value: &T, json_text: bool) -> Result<JsValue, JsValue> {
    if json_text {
        via_json_text(value)
    } else {
        to_js(value)
    }
}

#[wasm_bindgen(js_class = Brief)]
impl BriefHandle {
    /// The result named `what` (meta, item, actors, projects, indicators, everything, timeline, search,
    /// related), converted by serde-wasm-bindgen or, with `json_text`, as JSON text and `JSON.parse`.
    #[wasm_bindgen(js_name = benchResult)]
    pub fn bench_result(&self, what: &str, json_text: bool) -> Result<JsValue, JsValue> {
        let b = &self.inner;
        match what {
            "meta" => convert(&b.brief.meta, json_text),
            "item" => {
                let first = b.brief.actors.first().map(|a| a.id.as_str()).unwrap_or_default();
                convert(&b.item(first).map(FullItem::from), json_text)
            }
            "actors" => convert(&b.brief.actors, json_text),
            "projects" => convert(&b.brief.projects, json_text),
            "indicators" => convert(&b.brief.indicators, json_text),
            "everything" => convert(&b.brief, json_text),
            "timeline" => {
                let entries: Vec<TimelineEntry> = b.timeline().into_iter().map(TimelineEntry::from).collect();
                convert(&entries, json_text)
            }
            "search" => convert(&b.search("north korea", 10_000), json_text),
            "related" => {
                let axis = b.brief.axes.first().map(|a| a.id.as_str()).unwrap_or_default();
                convert(&summaries(b.items_by_axis(axis)), json_text)
            }
            _ => Err(JsValue::from_str("unknown result")),
        }
    }
}
