//! The shapes of the results that are not model types as they are: an item's summary, an item with its
//! kind, a timeline entry. Their TypeScript declarations are derived (tsify) where a derive can say it.

use crate::model::date::iso_date;
use crate::model::date::Precision;
use crate::model::Evidence;
use crate::query::{Item, ItemKind};
use serde::Serialize;
use tsify::Tsify;
use wasm_bindgen::prelude::*;

/// An item as `related` and `itemsBy*` list it.
#[derive(Debug, Serialize, Tsify)]
pub struct ItemSummary<'a> {
    pub id: &'a str,
    pub kind: ItemKind,
    pub title: &'a str,
}

impl<'a> From<Item<'a>> for ItemSummary<'a> {
    fn from(item: Item<'a>) -> Self {
        ItemSummary { id: item.id(), kind: item.kind(), title: item.title() }
    }
}

pub fn summaries(items: Vec<Item<'_>>) -> Vec<ItemSummary<'_>> {
    items.into_iter().map(ItemSummary::from).collect()
}

/// Any item as its own fields plus `kind` (and, for an observation, its `indicator`), so a page can switch
/// on `kind` and read the fields it knows from the brief format. `kind` comes last: an actor's own `kind`
/// member ("state", "person", ...) is overwritten by the item kind "actor" and keeps its place among the
/// fields, as in every earlier version of this API. Its TypeScript type is `Item`, written out below
/// because no derive expresses that overwrite.
#[derive(Debug, Serialize)]
pub struct FullItem<'a> {
    #[serde(flatten)]
    fields: Item<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    indicator: Option<&'a str>,
    kind: ItemKind,
}

impl<'a> From<Item<'a>> for FullItem<'a> {
    fn from(item: Item<'a>) -> Self {
        let indicator = match item {
            Item::Observation(indicator, _) => Some(indicator.id.as_str()),
            _ => None,
        };
        FullItem { fields: item, indicator, kind: item.kind() }
    }
}

/// A dated item. `start` and `end` are the first and last day the date covers (ISO `YYYY-MM-DD`).
#[derive(Debug, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntry<'a> {
    pub id: &'a str,
    pub kind: ItemKind,
    pub title: &'a str,
    /// The date as the brief gives it, e.g. `2025-09`, `2025-Q3`, `2021/2025`.
    pub date: &'a str,
    #[tsify(type = "Precision")]
    pub precision: &'static str,
    pub is_period: bool,
    pub start: String,
    pub end: String,
    pub evidence: &'a [Evidence],
}

impl<'a> From<crate::query::TimelineEntry<'a>> for TimelineEntry<'a> {
    fn from(entry: crate::query::TimelineEntry<'a>) -> Self {
        let crate::query::TimelineEntry { item, date } = entry;
        TimelineEntry {
            id: item.id(),
            kind: item.kind(),
            title: item.title(),
            date: item.date().map_or("", |d| d.0.as_str()),
            precision: date.start.precision.as_str(),
            is_period: date.is_period,
            // Dates in a brief have four-digit years, so zero-padding to four digits is exact.
            start: iso_date(date.start.first, Precision::Day),
            end: iso_date(date.end.last, Precision::Day),
            evidence: item.evidence(),
        }
    }
}

// Declarations of the results whose Rust types live in the lower layers without a TypeScript derive
// (`Diagnostic`, `ItemKind`, `Precision`, `Partner`, `SearchHit`, `FieldMatch`, the `Id` alias), the error, the view
// names, and the `Item` union; everything else in `brief_insights.d.ts` is derived from the Rust types.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Where a problem in a brief file is: a JSON path and, in the authors' module, a 1-based line and
 *  column (in characters). The readers' module reports problems by path only: line and column are 0.
 *  A "warning" (only from `validate`) is reported but does not stop a brief from loading. */
export interface Diagnostic {
  kind: "syntax" | "schema" | "semantic" | "limit" | "warning";
  path: string;
  line: number;
  column: number;
  message: string;
}

/** Thrown by every fallible method: `name` is "BriefError"; `diagnostics` lists every problem found
 *  (empty when the error is about how the API was called rather than about a brief). */
export interface BriefError extends Error {
  name: "BriefError";
  diagnostics: Diagnostic[];
}

/** A stable slug naming an item (`^[a-z0-9]+(-[a-z0-9]+)*$`), unique across the brief. */
export type Id = string;

/** The brief's metadata, as `meta()` returns it. */
export type BriefMeta = Meta;

export type ItemKind =
  | "judgment" | "axis" | "actor" | "relation" | "project" | "indicator" | "observation" | "event"
  | "recommendationArea" | "recommendation";

export type Precision = "day" | "month" | "end" | "season" | "quarter" | "early" | "mid" | "late" | "half" | "year";

/** Any item with its kind; an observation also names its indicator. An actor's `kind` is the item kind
 *  ("actor"), not its actor kind. */
export type Item =
  | ({ kind: "judgment" } & Judgment)
  | ({ kind: "axis" } & Axis)
  | ({ kind: "actor" } & Omit<Actor, "kind">)
  | ({ kind: "relation" } & Relation)
  | ({ kind: "project" } & Project)
  | ({ kind: "indicator" } & Indicator)
  | ({ kind: "observation"; indicator: string } & Observation)
  | ({ kind: "event" } & Event)
  | ({ kind: "recommendationArea" } & RecommendationArea)
  | ({ kind: "recommendation" } & Recommendation);

/** One of an actor's partners, seen from that actor; `incoming` when the relation is stated from the
 *  partner's side. */
export interface Partner {
  relation: Relation;
  partner: Actor;
  incoming: boolean;
}

/** One field of an item that matched a search, with the matched `[start, end)` ranges in UTF-16 code
 *  units, i.e. ready for `text.slice(start, end)`. */
export interface FieldMatch {
  field: string;
  index: number;
  text: string;
  ranges: [number, number][];
}

export interface SearchHit {
  id: string;
  kind: ItemKind;
  title: string;
  score: number;
  matches: FieldMatch[];
}

/** The widget's views, as `renderView` and the `view` attribute name them. */
export type ViewName = "overview" | "partners" | "projects" | "timeline" | "economy" | "recommendations" | "search";
"#;
