//! The JavaScript API: the only `#[wasm_bindgen]` surface of the crate.
//!
//! Values cross as plain JSON-compatible objects (written as JSON text, parsed by the engine), so what a
//! page receives looks exactly like the brief file. Every fallible export returns `Result<_, JsValue>`
//! through [`brief_error`], so a page sees one kind of error: an `Error` named `BriefError` carrying the
//! structured `diagnostics`. Nothing here can panic on input: a panic would abort the Wasm instance
//! and poison every later call on the page.

use crate::date::{iso_date, Precision};
use crate::diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};
use crate::json::{integer_text, push_int};
use crate::json_text::{JsonFields, JsonText, ToJson};
use crate::query::LoadedBrief;
use crate::query::{Item, TimelineEntry};
use crate::render::{Lang, RenderOptions, View};
use wasm_bindgen::prelude::*;

#[cfg(feature = "wee_alloc")]
#[global_allocator]
static ALLOC: wee_alloc::WeeAlloc = wee_alloc::WeeAlloc::INIT;

// The six JS built-ins the API calls, imported here rather than through js-sys: every import js-sys
// declares keeps a closure shim alive in the module's function table, whether it is called or not (29
// shims, ~2 KB of code).
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = Error)]
    type JsErrorObject;
    #[wasm_bindgen(constructor, js_class = "Error")]
    fn new(message: &str) -> JsErrorObject;
    /// `JSON.parse`, only ever given the JSON text this crate writes, which it cannot reject: no `catch`
    /// (its exception check was code in the import's wrapper).
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &str) -> JsValue;
    /// `JSON.stringify`: a string, or `undefined` for values JSON cannot hold; throws on cycles and BigInt.
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
    /// `String(v)`: how the JSON text gets its fractional numbers. They are written by the JS engine:
    /// exact, and it keeps Rust's float formatting (~20 KB of Wasm) out of the module. For a finite number
    /// (the only ones passed) it is what `JSON.stringify` writes; an import of its own, taking the `f64` as
    /// it is, costs less than `JSON.stringify` through a `JsValue` and `as_string`.
    #[wasm_bindgen(js_name = String)]
    fn number_string(v: f64) -> String;
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn reflect_get(target: &JsValue, key: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = Object, js_name = assign)]
    fn object_assign(target: &JsValue, source: &JsValue);
}

/// Hits returned by `search` when the caller gives no limit: more than a results list shows at once.
const DEFAULT_SEARCH_LIMIT: u32 = 20;
/// Upper bound on `search`'s limit: beyond it a caller is asking for every item, which this still gives.
const MAX_SEARCH_LIMIT: u32 = 10_000;
/// The diagnostic when `fromJson` or `validate` is given something other than a string.
const NOT_JSON_TEXT: &str = "expected the brief as a JSON string";
/// Diagnostics spelled out in an error's message; all of them are in its `diagnostics` property.
const DIAGNOSTICS_IN_MESSAGE: usize = 10;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Where a problem in a brief file is: a JSON path and a 1-based line and column (in characters). */
export interface Diagnostic {
  kind: "syntax" | "schema" | "semantic" | "limit";
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

/** The paragraph a claim comes from (1-based) and a verbatim quote from it. */
export interface Evidence {
  paragraph: number;
  quote: string;
}

export interface Author {
  name: string;
  role?: string;
  affiliation?: string;
}

export interface BriefMeta {
  series: string;
  number: string;
  title: string;
  /** `YYYY-MM-DD`, or coarser (`YYYY-MM`, `YYYY`, ...). */
  date: string;
  authors: Author[];
  publisher: string;
  /** BCP 47 tag of the brief's text. */
  language: string;
  sourceUrl?: string;
  paragraphs: number;
  subject?: string;
  rights?: string;
  summary?: string;
}

export interface Judgment {
  id: string;
  text: string;
  axes: string[];
  related: string[];
  evidence: Evidence[];
}

export interface Axis {
  id: string;
  label: string;
  summary?: string;
  related: string[];
  evidence: Evidence[];
}

export type ActorKind = "state" | "bloc" | "person" | "institution" | "organization";

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  shortName?: string;
  description?: string;
  memberOf: string[];
  related: string[];
  evidence: Evidence[];
}

export type Stance = "cooperative" | "ambivalent" | "conditional" | "hostile" | "neutral";

export interface Relation {
  id: string;
  /** Actor id. */
  from: string;
  /** Actor id. */
  to: string;
  role: string;
  stance: Stance;
  fields: string[];
  summary?: string;
  axes: string[];
  related: string[];
  evidence: Evidence[];
}

/** One of an actor's partners, seen from that actor; `incoming` when the relation is stated from the
 *  partner's side. */
export interface Partner {
  relation: Relation;
  partner: Actor;
  incoming: boolean;
}

/** Map coordinates; briefs rarely give them, so they say how exact they are and where they come from. */
export interface Coordinates {
  lat: number;
  lon: number;
  approximate: boolean;
  source: string;
}

export interface Place {
  name: string;
  coordinates?: Coordinates;
}

export interface Project {
  id: string;
  name: string;
  sector: string;
  place?: Place;
  policyFrame?: string;
  timing?: string;
  date?: string;
  claimedResults: string[];
  risks: string[];
  actors: string[];
  axes: string[];
  related: string[];
  evidence: Evidence[];
}

export type Qualifier = "exact" | "approximate" | "range" | "atLeast" | "atMost";

export interface Observation {
  id: string;
  label: string;
  date?: string;
  qualifier: Qualifier;
  low?: number;
  high?: number;
  note?: string;
  evidence: Evidence[];
}

export interface Indicator {
  id: string;
  name: string;
  unit?: string;
  description?: string;
  observations: Observation[];
  axes: string[];
  related: string[];
  evidence: Evidence[];
}

export interface Event {
  id: string;
  title: string;
  date: string;
  description?: string;
  actors: string[];
  axes: string[];
  related: string[];
  evidence: Evidence[];
}

export interface RecommendationArea {
  id: string;
  label: string;
  /** Actor id of whom the recommendations are addressed to. */
  addressee?: string;
}

export interface Recommendation {
  id: string;
  /** Recommendation area id. */
  area: string;
  text: string;
  actors: string[];
  axes: string[];
  related: string[];
  evidence: Evidence[];
}

export type ItemKind =
  | "judgment" | "axis" | "actor" | "relation" | "project" | "indicator" | "observation" | "event"
  | "recommendationArea" | "recommendation";

/** Any item with its kind; an observation also names its indicator. */
export type Item =
  | ({ kind: "judgment" } & Judgment)
  | ({ kind: "axis" } & Axis)
  | ({ kind: "actor" } & Actor)
  | ({ kind: "relation" } & Relation)
  | ({ kind: "project" } & Project)
  | ({ kind: "indicator" } & Indicator)
  | ({ kind: "observation"; indicator: string } & Observation)
  | ({ kind: "event" } & Event)
  | ({ kind: "recommendationArea" } & RecommendationArea)
  | ({ kind: "recommendation" } & Recommendation);

export interface ItemSummary {
  id: string;
  kind: ItemKind;
  title: string;
}

export type Precision = "day" | "month" | "season" | "quarter" | "half" | "year";

/** A dated item. `start` and `end` are the first and last day the date covers (ISO `YYYY-MM-DD`). */
export interface TimelineEntry {
  id: string;
  kind: ItemKind;
  title: string;
  /** The date as the brief gives it, e.g. `2025-09`, `2025-Q3`, `2021/2025`. */
  date: string;
  precision: Precision;
  isPeriod: boolean;
  start: string;
  end: string;
  evidence: Evidence[];
}

/** One field of an item that matched a search, with the matched `[start, end)` ranges in UTF-16 code
 *  units, i.e. ready for `text.slice(start, end)`. */
export interface FieldMatch {
  field: string;
  index: number;
  text: string;
  ranges: [number, number][];
}

/** The widget's views, as `renderView` and the `view` attribute name them. */
export type ViewName = "overview" | "partners" | "projects" | "timeline" | "economy" | "recommendations" | "search";

/** Options for the `render*` methods; every field is optional. */
export interface RenderOptions {
  /** Interface language: a tag whose primary subtag is "ko" gives Korean, anything else English. */
  lang?: "en" | "ko" | string;
  /** Prefixed to every `id` attribute, so two widgets on one page never collide. */
  idPrefix?: string;
  /** Projects view: show only this sector. */
  sector?: string;
  /** Partners view: the actor in the centre. */
  selected?: string;
  /** Search view: the query typed so far. */
  query?: string;
}

export interface SearchHit {
  id: string;
  kind: ItemKind;
  title: string;
  score: number;
  matches: FieldMatch[];
}
"#;

/// The one way errors leave Rust: a JS `Error` named `BriefError` whose message is the first lines of
/// the diagnostics' text and whose `diagnostics` property holds them all as plain objects.
fn brief_error(diagnostics: &Diagnostics) -> JsValue {
    error_with(&error_message(diagnostics), &diagnostics.0)
}

/// A `BriefError` with `message` and `diagnostics`.
#[inline(never)]
fn error_with(message: &str, diagnostics: &[Diagnostic]) -> JsValue {
    let error = JsErrorObject::new(message);
    // `name` and `diagnostics` come as one parsed object copied onto the fresh Error by `Object.assign`,
    // which sets them as own properties in that order, as setting them one by one did: fewer calls, and no
    // JS string made for the name. Parsing the compact JSON written here cannot fail.
    object_assign(&error, &to_js(&ErrorMembers(diagnostics)));
    error.into()
}

/// A `BriefError`'s own members besides its message.
struct ErrorMembers<'a>(&'a [Diagnostic]);

impl ToJson for ErrorMembers<'_> {
    fn write_json(&self, w: &mut JsonText) {
        w.object(self);
    }
}

impl JsonFields for ErrorMembers<'_> {
    fn write_fields(&self, w: &mut JsonText) {
        w.str_field("name", "BriefError");
        w.list_field("diagnostics", self.0);
    }
}

/// The diagnostics' `Display` text (`N problems in brief`, then `line:column: path: message` per
/// diagnostic) cut after its first lines. Written out rather than through `to_string` and `join`, which
/// pulled `core::fmt` and a `Vec<&str>` join into the module for this one message; numbers appended in
/// place by `push_int`, not through a `String` each.
fn error_message(diagnostics: &Diagnostics) -> String {
    let n = diagnostics.len();
    let mut full = integer_text(n as i64);
    full.push_str(if n == 1 { " problem in brief" } else { " problems in brief" });
    for d in diagnostics.iter() {
        full.push('\n');
        push_int(&mut full, i64::from(d.line));
        full.push(':');
        push_int(&mut full, i64::from(d.column));
        full.push_str(": ");
        full.push_str(&d.path);
        full.push_str(": ");
        full.push_str(&d.message);
    }
    // Lines, not diagnostics: a message may hold a line break of its own. Kept: the first
    // DIAGNOSTICS_IN_MESSAGE + 1 lines; `rest` counts the lines after them. By bytes: `split('\n')`
    // brought std's char searcher.
    let mut cut = full.len();
    let mut rest = 0;
    let mut breaks = 0;
    for i in 0..full.len() {
        if full.as_bytes().get(i) == Some(&b'\n') {
            breaks += 1;
            if breaks > DIAGNOSTICS_IN_MESSAGE {
                if rest == 0 {
                    cut = i;
                }
                rest += 1;
            }
        }
    }
    // `cut` is at a '\n', a char boundary.
    full.truncate(cut);
    let mut message = full;
    if rest > 0 {
        message.push_str("\n… and ");
        push_int(&mut message, rest);
        message.push_str(" more (see error.diagnostics)");
    }
    message
}

/// A BriefError about how the API was called (no brief to point into), so `diagnostics` is empty.
fn usage_error(message: &str) -> JsValue {
    error_with(message, &[])
}

/// A problem with the whole input, before any JSON could be read from it.
fn whole_input_error(kind: DiagnosticKind, message: String) -> JsValue {
    brief_error(&Diagnostics(vec![Diagnostic::whole_input(kind, message)]))
}

/// A Rust value as a plain JS value: written as JSON text here, parsed by the engine's `JSON.parse`.
/// Building the objects field by field through JS calls (serde-wasm-bindgen) cost 58 KB more Wasm (32 KB
/// gzipped), and `JSON.parse` is a fast way to make many small objects in every engine. Out of line and
/// not generic, so every data method shares it rather than inlining its own copy.
#[inline(never)]
fn to_js(value: &dyn ToJson) -> JsValue {
    json_parse(&crate::json_text::to_json_text(value, number_string))
}

/// An item on its own is written as its summary, `{id, kind, title}`, as `related` and `itemsBy*` return
/// them (its full form is [`ItemOut`]). So their lists are written as they come, with no `Vec` of a
/// wrapper type copied from them.
impl ToJson for Item<'_> {
    fn write_json(&self, w: &mut JsonText) {
        w.object(self);
    }
}

impl JsonFields for Item<'_> {
    fn write_fields(&self, w: &mut JsonText) {
        w.str_field("id", self.id());
        w.str_field("kind", self.kind().as_str());
        w.str_field("title", self.title());
    }
}

/// A timeline entry; `start` and `end` are `YYYY-MM-DD` (dates in a brief have four-digit years, so
/// zero-padding to four digits is exact).
impl ToJson for TimelineEntry<'_> {
    fn write_json(&self, w: &mut JsonText) {
        w.object(self);
    }
}

impl JsonFields for TimelineEntry<'_> {
    fn write_fields(&self, w: &mut JsonText) {
        let (item, date) = (&self.item, &self.date);
        // `id`, `kind` and `title`, as an item's summary writes them.
        item.write_fields(w);
        w.str_field("date", item.date().map_or("", |d| d.0.as_str()));
        w.str_field("precision", date.start.precision.as_str());
        w.bool_field("isPeriod", date.is_period);
        w.string_field("start", &iso_date(date.start.first, Precision::Day));
        w.string_field("end", &iso_date(date.end.last, Precision::Day));
        w.evidence_field(item.evidence());
    }
}

/// An item as its own fields plus `kind` (and, for an observation, its `indicator`), so a page can
/// switch on `kind` and read the fields it knows from the brief format. An actor's own `kind` member
/// is written first and this `kind` last: `JSON.parse` keeps the first position and the last value,
/// as setting the property on the parsed object did.
struct ItemOut<'a>(Item<'a>);

impl ToJson for ItemOut<'_> {
    fn write_json(&self, w: &mut JsonText) {
        w.object(self);
    }
}

impl JsonFields for ItemOut<'_> {
    fn write_fields(&self, w: &mut JsonText) {
        match self.0 {
            Item::Judgment(x) => x.write_fields(w),
            Item::Axis(x) => x.write_fields(w),
            Item::Actor(x) => x.write_fields(w),
            Item::Relation(x) => x.write_fields(w),
            Item::Project(x) => x.write_fields(w),
            Item::Indicator(x) => x.write_fields(w),
            Item::Observation(indicator, x) => {
                x.write_fields(w);
                w.string_field("indicator", &indicator.id);
            }
            Item::Event(x) => x.write_fields(w),
            Item::RecommendationArea(x) => x.write_fields(w),
            Item::Recommendation(x) => x.write_fields(w),
        }
        w.str_field("kind", self.0.kind().as_str());
    }
}

/// One optional string field of an options object.
fn optional_string(options: &JsValue, key: &str) -> Result<Option<String>, JsValue> {
    optional_string_arg(&reflect_get(options, key)?, key)
}

/// A string argument. wasm-bindgen's `&str` parameters trust the caller: a number or an object passed from
/// JavaScript makes the glue write out of bounds and trap the instance. So strings arrive as `JsValue`
/// and anything else is a BriefError.
fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value.as_string().ok_or_else(|| not_a_string(name))
}

/// An optional string argument: `undefined` and `null` mean absent.
fn optional_string_arg(value: &JsValue, name: &str) -> Result<Option<String>, JsValue> {
    if value.is_null_or_undefined() {
        return Ok(None);
    }
    string_arg(value, name).map(Some)
}

fn not_a_string(name: &str) -> JsValue {
    let mut message = String::from(name);
    message.push_str(" must be a string");
    usage_error(&message)
}

/// A query of one string argument: `None` only for an optional argument that was left out.
type StringQuery = fn(&LoadedBrief, Option<&str>) -> Result<JsValue, JsValue>;

/// Runs `query` on the string argument (`name` in the error when it is not a string); `undefined` and
/// `null` are `None` when the argument is `optional` and an error otherwise. The exports that take one
/// string all call this with their own constants, so their shims differ only in those and wasm-opt merges
/// them into one: each kept its own ~500-byte shim when it read the argument itself, and the optional
/// ones had a second merged shim of their own.
#[inline(never)]
fn by_string(
    brief: &LoadedBrief,
    value: &JsValue,
    name: &str,
    optional: bool,
    query: StringQuery,
) -> Result<JsValue, JsValue> {
    let arg = if optional && value.is_null_or_undefined() { None } else { Some(string_arg(value, name)?) };
    query(brief, arg.as_deref())
}

/// A query of the brief alone; none can fail, so it returns the value itself, not a `Result`.
type BriefQuery = fn(&LoadedBrief) -> JsValue;

/// Runs `query`: the exports without arguments all call this with their own `query`, so their shims differ
/// only in that constant and wasm-opt merges them into one (`sectors` and `timeline` kept ~250-byte shims
/// of their own when they called their query and dropped its result inline).
#[inline(never)]
fn by_brief(brief: &LoadedBrief, query: BriefQuery) -> Result<JsValue, JsValue> {
    Ok(query(brief))
}

/// A query of a string argument and one more argument (render options, a limit), read by the query after
/// the string.
type StringAndValueQuery = fn(&LoadedBrief, &str, &JsValue) -> Result<JsValue, JsValue>;

/// [`by_string`] for the exports of a string and one more argument (`search` and the `render*` ones that
/// take render options): one merged shim for the four. Their HTML strings cross as `JsValue`s for the
/// same reason.
#[inline(never)]
fn by_string_and_value(
    brief: &LoadedBrief,
    value: &JsValue,
    name: &str,
    options: &JsValue,
    query: StringAndValueQuery,
) -> Result<JsValue, JsValue> {
    query(brief, &string_arg(value, name)?, options)
}

/// The `render*` exports that take only render options: one merged shim for both.
#[inline(never)]
fn render_with_options(
    brief: &LoadedBrief,
    options: &JsValue,
    render: fn(&LoadedBrief, &RenderOptions) -> String,
) -> Result<String, JsValue> {
    Ok(render(brief, &render_options(options)?))
}

/// `renderView`: an unknown view name is a usage error naming the known ones.
fn render_view(brief: &LoadedBrief, view: &str, options: &JsValue) -> Result<JsValue, JsValue> {
    let Some(known) = View::parse(view) else {
        let mut message = String::from("unknown view \"");
        for c in view.chars().take(40) {
            message.push(c);
        }
        message.push_str("\"; expected one of:");
        message.push_str(View::NAMES_LISTED);
        return Err(usage_error(&message));
    };
    Ok(crate::render::render_view(brief, known, &render_options(options)?).into())
}

/// Reads a `RenderOptions` object; `undefined` or `null` means all defaults. A field of the wrong type
/// is a usage error rather than silently ignored, so a typo'd call shows up in development.
fn render_options(options: &JsValue) -> Result<RenderOptions, JsValue> {
    let mut out = RenderOptions::default();
    if options.is_null_or_undefined() {
        return Ok(out);
    }
    if !options.is_object() {
        return Err(usage_error("render options must be an object"));
    }
    if let Some(lang) = optional_string(options, "lang")? {
        out.lang = Lang::parse(&lang);
    }
    if let Some(prefix) = optional_string(options, "idPrefix")? {
        out.id_prefix = prefix;
    }
    out.sector = optional_string(options, "sector")?;
    out.selected = optional_string(options, "selected")?;
    out.query = optional_string(options, "query")?.unwrap_or_default();
    Ok(out)
}

/// A loaded, validated brief. Load one with `Brief.fromJson`, `Brief.fromObject` or `Brief.embedded`;
/// call `free()` when done with it (the memory is also reclaimed when it is garbage-collected, where the
/// browser supports `FinalizationRegistry`).
#[wasm_bindgen(js_name = Brief)]
pub struct BriefHandle {
    inner: LoadedBrief,
}

fn handle(loaded: Result<LoadedBrief, Diagnostics>) -> Result<BriefHandle, JsValue> {
    loaded.map(|inner| BriefHandle { inner }).map_err(|d| brief_error(&d))
}

/// Loads a brief from the JSON text that `text` reads from a JS argument: `fromJson` and `fromObject`
/// differ only in `text`, so wasm-opt merges their shims.
#[inline(never)]
fn load_from(value: &JsValue, text: fn(&JsValue) -> Result<String, JsValue>) -> Result<BriefHandle, JsValue> {
    handle(crate::load(&text(value)?))
}

// JS arguments are borrowed (`&JsValue`): taken by value, each export shim carried the value's drop
// (~100 bytes gzipped in all); the JS glue is the same either way.
#[wasm_bindgen(js_class = Brief)]
impl BriefHandle {
    /// Parses and validates a brief from JSON text. Throws a `BriefError` listing every problem found.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(#[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue) -> Result<BriefHandle, JsValue> {
        load_from(text, |text| {
            text.as_string().ok_or_else(|| whole_input_error(DiagnosticKind::Schema, NOT_JSON_TEXT.into()))
        })
    }

    /// Validates a brief given as a JavaScript object (e.g. from `fetch(...).json()`). Diagnostics
    /// point into the object's `JSON.stringify` form, so paths are exact and lines count from 1.
    #[wasm_bindgen(js_name = fromObject)]
    pub fn from_object(
        #[wasm_bindgen(unchecked_param_type = "unknown")] object: &JsValue,
    ) -> Result<BriefHandle, JsValue> {
        load_from(object, |object| {
            let text = match json_stringify(object) {
                Ok(text) => text.as_string(),
                Err(error) => {
                    let mut message = String::from("the object cannot be written as JSON: ");
                    let reason = reflect_get(&error, "message").ok().and_then(|m| m.as_string());
                    message.push_str(reason.as_deref().unwrap_or("unknown reason"));
                    return Err(whole_input_error(DiagnosticKind::Schema, message));
                }
            };
            text.ok_or_else(|| whole_input_error(DiagnosticKind::Schema, "expected an object".into()))
        })
    }

    /// The brief compiled into the module (Sejong Policy Brief 2025-30).
    pub fn embedded() -> Result<BriefHandle, JsValue> {
        handle(crate::load_embedded())
    }

    #[wasm_bindgen(unchecked_return_type = "BriefMeta")]
    pub fn meta(&self) -> Result<JsValue, JsValue> {
        by_brief(&self.inner, |b| to_js(&b.brief.meta))
    }

    #[wasm_bindgen(js_name = keyJudgments, unchecked_return_type = "Judgment[]")]
    pub fn key_judgments(&self) -> Result<JsValue, JsValue> {
        by_brief(&self.inner, |b| to_js(&b.brief.key_judgments))
    }

    #[wasm_bindgen(unchecked_return_type = "Axis[]")]
    pub fn axes(&self) -> Result<JsValue, JsValue> {
        by_brief(&self.inner, |b| to_js(&b.brief.axes))
    }

    #[wasm_bindgen(unchecked_return_type = "Actor[]")]
    pub fn actors(&self) -> Result<JsValue, JsValue> {
        by_brief(&self.inner, |b| to_js(&b.brief.actors))
    }

    #[wasm_bindgen(unchecked_return_type = "Relation[]")]
    pub fn relations(&self) -> Result<JsValue, JsValue> {
        by_brief(&self.inner, |b| to_js(&b.brief.relations))
    }

    /// An actor's partners with the role each plays, relations stated by the actor first. Empty for an
    /// unknown id.
    #[wasm_bindgen(unchecked_return_type = "Partner[]")]
    pub fn partners(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] actor: &JsValue,
    ) -> Result<JsValue, JsValue> {
        by_string(&self.inner, actor, "actor", false, |b, actor| Ok(to_js(&b.partners(actor.unwrap_or_default()))))
    }

    /// Distinct project sectors, in order of first appearance.
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn sectors(&self) -> Result<JsValue, JsValue> {
        by_brief(&self.inner, |b| to_js(&b.sectors()))
    }

    /// Projects of one sector, or all projects when no sector is given.
    #[wasm_bindgen(unchecked_return_type = "Project[]")]
    pub fn projects(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "string")] sector: &JsValue,
    ) -> Result<JsValue, JsValue> {
        by_string(&self.inner, sector, "sector", true, |b, sector| Ok(to_js(&b.projects_by_sector(sector))))
    }

    /// Every dated item, earliest first.
    #[wasm_bindgen(unchecked_return_type = "TimelineEntry[]")]
    pub fn timeline(&self) -> Result<JsValue, JsValue> {
        by_brief(&self.inner, |b| to_js(&b.timeline()))
    }

    /// An indicator with its observations; `undefined` for an unknown id.
    #[wasm_bindgen(unchecked_return_type = "Indicator | undefined")]
    pub fn indicator(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue) -> Result<JsValue, JsValue> {
        by_string(&self.inner, id, "id", false, |b, id| match b.indicator(id.unwrap_or_default()) {
            Some(i) => Ok(to_js(i)),
            None => Ok(JsValue::UNDEFINED),
        })
    }

    #[wasm_bindgen(unchecked_return_type = "Indicator[]")]
    pub fn indicators(&self) -> Result<JsValue, JsValue> {
        by_brief(&self.inner, |b| to_js(&b.brief.indicators))
    }

    #[wasm_bindgen(unchecked_return_type = "Event[]")]
    pub fn events(&self) -> Result<JsValue, JsValue> {
        by_brief(&self.inner, |b| to_js(&b.brief.events))
    }

    #[wasm_bindgen(js_name = recommendationAreas, unchecked_return_type = "RecommendationArea[]")]
    pub fn recommendation_areas(&self) -> Result<JsValue, JsValue> {
        by_brief(&self.inner, |b| to_js(&b.brief.recommendation_areas))
    }

    /// Recommendations of one area (by area id), or all of them.
    #[wasm_bindgen(unchecked_return_type = "Recommendation[]")]
    pub fn recommendations(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "string")] area: &JsValue,
    ) -> Result<JsValue, JsValue> {
        by_string(&self.inner, area, "area", true, |b, area| Ok(to_js(&b.recommendations_by_area(area))))
    }

    /// Any item by id, with its `kind`; `undefined` for an unknown id.
    #[wasm_bindgen(unchecked_return_type = "Item | undefined")]
    pub fn item(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue) -> Result<JsValue, JsValue> {
        by_string(&self.inner, id, "id", false, |b, id| match b.item(id.unwrap_or_default()) {
            Some(item) => Ok(to_js(&ItemOut(item))),
            None => Ok(JsValue::UNDEFINED),
        })
    }

    /// The evidence of any item (empty for items without any); `undefined` for an unknown id.
    #[wasm_bindgen(unchecked_return_type = "Evidence[] | undefined")]
    pub fn evidence(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue) -> Result<JsValue, JsValue> {
        by_string(&self.inner, id, "id", false, |b, id| match b.evidence(id.unwrap_or_default()) {
            Some(e) => Ok(to_js(&e)),
            None => Ok(JsValue::UNDEFINED),
        })
    }

    /// Items linked to `id` in either direction, in document order.
    #[wasm_bindgen(unchecked_return_type = "ItemSummary[]")]
    pub fn related(&self, #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue) -> Result<JsValue, JsValue> {
        by_string(&self.inner, id, "id", false, |b, id| Ok(to_js(&b.related(id.unwrap_or_default()))))
    }

    #[wasm_bindgen(js_name = itemsByAxis, unchecked_return_type = "ItemSummary[]")]
    pub fn items_by_axis(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue,
    ) -> Result<JsValue, JsValue> {
        by_string(&self.inner, id, "id", false, |b, id| Ok(to_js(&b.items_by_axis(id.unwrap_or_default()))))
    }

    #[wasm_bindgen(js_name = itemsByActor, unchecked_return_type = "ItemSummary[]")]
    pub fn items_by_actor(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue,
    ) -> Result<JsValue, JsValue> {
        by_string(&self.inner, id, "id", false, |b, id| Ok(to_js(&b.items_by_actor(id.unwrap_or_default()))))
    }

    /// Ranked, case- and accent-insensitive search; every term must match. `limit` defaults to 20.
    #[wasm_bindgen(unchecked_return_type = "SearchHit[]")]
    pub fn search(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] query: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "number")] limit: &JsValue,
    ) -> Result<JsValue, JsValue> {
        by_string_and_value(&self.inner, query, "query", limit, |b, query, limit| {
            let limit = if limit.is_null_or_undefined() {
                DEFAULT_SEARCH_LIMIT
            } else {
                match limit.as_f64() {
                    // Saturating: negative → 0, huge → the cap; a fraction counts its whole part.
                    Some(n) if !n.is_nan() => (n as u32).min(MAX_SEARCH_LIMIT),
                    _ => return Err(usage_error("limit must be a number")),
                }
            };
            Ok(to_js(&b.search(query, limit as usize)))
        })
    }

    /// The widget's chrome: header, tab list and empty tab panels, as an HTML string.
    #[wasm_bindgen(js_name = renderShell)]
    pub fn render_shell(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: &JsValue,
    ) -> Result<String, JsValue> {
        render_with_options(&self.inner, options, crate::render::render_shell)
    }

    /// The content of one view's tab panel, as an HTML string. Throws a `BriefError` for an unknown view.
    #[wasm_bindgen(js_name = renderView, unchecked_return_type = "string")]
    pub fn render_view(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ViewName")] view: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: &JsValue,
    ) -> Result<JsValue, JsValue> {
        by_string_and_value(&self.inner, view, "view", options, render_view)
    }

    /// The citation dialog for an item (its evidence quotes with paragraph numbers and source links);
    /// `undefined` for an unknown id.
    #[wasm_bindgen(js_name = renderCitation, unchecked_return_type = "string | undefined")]
    pub fn render_citation(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: &JsValue,
    ) -> Result<JsValue, JsValue> {
        by_string_and_value(&self.inner, id, "id", options, |b, id, options| {
            let options = render_options(options)?;
            Ok(crate::render::render_citation(b, id, &options).map_or(JsValue::UNDEFINED, |html| html.into()))
        })
    }

    /// Search results for `query` as an HTML list, matches highlighted with `<mark>`.
    #[wasm_bindgen(js_name = renderSearchResults, unchecked_return_type = "string")]
    pub fn render_search_results(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] query: &JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: &JsValue,
    ) -> Result<JsValue, JsValue> {
        by_string_and_value(&self.inner, query, "query", options, |b, query, options| {
            Ok(crate::render::render_search_results(b, query, &render_options(options)?).into())
        })
    }

    /// The whole brief as one static HTML document fragment: every insight with its quotes inline, for
    /// readers without JavaScript, print and search engines.
    #[wasm_bindgen(js_name = renderDocument)]
    pub fn render_document(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RenderOptions")] options: &JsValue,
    ) -> Result<String, JsValue> {
        render_with_options(&self.inner, options, crate::render::render_document)
    }

    /// schema.org JSON-LD (a `Report` with `Claim`s and `Dataset`s) describing the brief: a whole
    /// `<script type="application/ld+json">` element, for the host page's `<head>` or a server template.
    // Through `by_brief`, as a `JsValue`: its own shim returning a `String` cost ~60 bytes gzipped.
    #[wasm_bindgen(js_name = jsonLd, unchecked_return_type = "string")]
    pub fn json_ld(&self) -> Result<JsValue, JsValue> {
        by_brief(&self.inner, |b| crate::render::render_jsonld(b).into())
    }
}

/// The crate version, e.g. "0.1.0".
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").into()
}

/// Every problem in a brief's JSON text, for editors and build tools; empty when the brief is valid.
/// Never throws.
#[wasm_bindgen(unchecked_return_type = "Diagnostic[]")]
pub fn validate(#[wasm_bindgen(unchecked_param_type = "string")] text: &JsValue) -> JsValue {
    // `fromJson`'s error carries exactly these diagnostics: taken from it, no conversion of its own here.
    match BriefHandle::from_json(text) {
        // `[]` made by the `JSON.parse` every data method imports, not by one more import (`Array`'s
        // constructor).
        Ok(_) => json_parse("[]"),
        // Reading a property of an Error cannot fail.
        Err(error) => reflect_get(&error, "diagnostics").unwrap_or_default(),
    }
}
