//! The brief format: what a policy brief's insights look like as data.
//!
//! A brief file is JSON with camelCase keys; unknown keys are errors. Both Wasm modules and the CLI decode
//! it with `crate::load::decode`, which reports every problem at once (with line and column when it reads
//! text); serde's derived `Deserialize` reads the same format (tests check that the two agree), and the
//! derived `Serialize` writes every JSON the crate gives out. Every insight (judgment, axis, actor, relation,
//! project, indicator, observation, event, recommendation) carries `evidence`: the paragraph it comes
//! from and a verbatim quote, so a reader can always check the claim against the source.
//!
//! Ids are slugs (`^[a-z0-9]+(-[a-z0-9]+)*$`), unique across the whole brief, so any item can refer to
//! any other by id (`axes`, `actors`, `related`, `from`, `to`, `area`).

pub mod date;
pub mod item;
pub mod numbers;

use serde::{Deserialize, Serialize};

/// The only format version this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A stable slug naming an item; unique across the brief.
pub type Id = String;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
// In TypeScript the data is `BriefData`: `Brief` is the class the binding exports.
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify), tsify(rename = "BriefData"))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Brief {
    /// Optional pointer to the JSON Schema, so editors can explain and check fields while typing.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Format version; must be [`FORMAT_VERSION`].
    pub format: u32,
    pub meta: Meta,
    /// The brief's headline assessments.
    #[serde(default)]
    pub key_judgments: Vec<Judgment>,
    /// The policy axes the brief organises its argument around.
    #[serde(default)]
    pub axes: Vec<Axis>,
    /// States, blocs, people, institutions and organisations.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// Directed relations between actors (`from` treats `to` as ...).
    #[serde(default)]
    pub relations: Vec<Relation>,
    /// Livelihood and development projects.
    #[serde(default)]
    pub projects: Vec<Project>,
    /// Quantities the brief reports over time.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// Dated events, each with the precision the brief gives.
    #[serde(default)]
    pub events: Vec<Event>,
    /// The areas recommendations are grouped by, in display order.
    #[serde(default)]
    pub recommendation_areas: Vec<RecommendationArea>,
    #[serde(default)]
    pub recommendations: Vec<Recommendation>,
    /// Display names of the project sectors, in the brief's language (a sector without one is shown by
    /// its slug).
    #[serde(default)]
    pub sectors: Vec<Sector>,
    /// The area the brief's map shows, and its outline prepared at authoring time
    /// (`node tools/make-map.mjs BRIEF.json`). Without it, places are listed, not mapped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub map: Option<MapSpec>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Meta {
    /// Series name, e.g. "Sejong Policy Briefs".
    pub series: String,
    /// Number within the series, e.g. "2025-30".
    pub number: String,
    pub title: String,
    /// Publication date, `YYYY-MM-DD` (or coarser if unknown).
    pub date: DateSpec,
    pub authors: Vec<Author>,
    /// The organisation that published the brief, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// BCP 47 language tag of the brief's text, e.g. "en".
    pub language: String,
    /// Where the brief is published; used for links and `#:~:text=` fragments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// Number of body paragraphs; evidence paragraph numbers run from 1 to this.
    pub paragraphs: u32,
    /// The actor the brief is about (centre of the partner network), by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Id>,
    /// Copyright / attribution line shown with quotes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rights: Option<String>,
    /// One- or two-sentence description of the brief, in the encoder's words (never exported as the
    /// publisher's abstract).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Who encoded the brief: the author of every paraphrase and classification in this file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editor: Option<String>,
    /// The brief's text, kept beside the file, that quotes are checked against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceText>,
}

/// The brief's own text in a companion file, and how its paragraphs are counted (docs/paragraphs.md):
/// blocks of non-blank lines, without the first `header_blocks` and the last `footer_blocks`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SourceText {
    /// Path of the text file, relative to the brief file.
    pub text: String,
    /// Leading blocks that are front matter (series, title, byline), not numbered.
    #[serde(default)]
    pub header_blocks: u32,
    /// Trailing blocks that are back matter (notes, disclaimers), not numbered.
    #[serde(default)]
    pub footer_blocks: u32,
    /// Paragraphs left uncited on purpose; coverage reports do not count them as gaps.
    #[serde(default)]
    pub uncited: Vec<u32>,
}

/// A project sector's name as readers see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Sector {
    /// The slug projects name in `sector`.
    pub id: Id,
    /// The name readers see, in the brief's language.
    pub label: String,
}

/// The area of the brief's map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MapSpec {
    /// ISO 3166-1 alpha-2 codes of the countries drawn, e.g. `["KP"]`.
    #[serde(default)]
    pub countries: Vec<String>,
    /// The outline of those countries, projected, as `tools/make-map.mjs` writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outline: Option<MapOutline>,
}

/// Country outlines as one SVG path in a fixed viewBox, with the projection that places coordinates on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MapOutline {
    /// Where the outline comes from, e.g. "Natural Earth via world-atlas".
    pub attribution: String,
    /// Western edge of the projected area, in degrees of longitude.
    pub lon_min: f64,
    /// Eastern edge, in degrees of longitude.
    pub lon_max: f64,
    /// Southern edge, in degrees of latitude.
    pub lat_min: f64,
    /// Northern edge, in degrees of latitude.
    pub lat_max: f64,
    /// Width of the viewBox the path is drawn in.
    pub width: f64,
    /// Height of the viewBox; with the width, it keeps the area's proportions.
    pub height: f64,
    /// SVG path data.
    pub d: String,
}

/// Whose words an item's own text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Wording {
    /// The editor's paraphrase of the cited text (the default).
    Paraphrase,
    /// Verbatim from the brief: the text occurs in one of the item's quotes.
    Quote,
}

/// Whether a date is the brief's or the editor's inference from context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum DateBasis {
    /// The brief gives the date (the default).
    Stated,
    /// The editor inferred it; shown as such.
    Inferred,
}

/// What a value or an event is: something that happened, or something intended or expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Observed or happened (the default).
    Actual,
    /// Planned.
    Plan,
    /// A target set.
    Target,
    /// A forecast or projection.
    Forecast,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Author {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}

/// Where a claim comes from: a body paragraph (1-based) and a verbatim quote from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Evidence {
    pub paragraph: u32,
    pub quote: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Judgment {
    pub id: Id,
    pub text: String,
    #[serde(default)]
    pub axes: Vec<Id>,
    #[serde(default)]
    pub related: Vec<Id>,
    /// Whose words the item's own text is (default: the editor's paraphrase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Wording>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Axis {
    pub id: Id,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default)]
    pub related: Vec<Id>,
    /// Whose words the item's own text is (default: the editor's paraphrase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Wording>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum ActorKind {
    State,
    Bloc,
    Person,
    Institution,
    Organization,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Actor {
    pub id: Id,
    pub name: String,
    pub kind: ActorKind,
    /// Short name for tight spaces (network nodes), e.g. "DPRK".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Actors this one belongs to (a person to a state, a state to a bloc), by id.
    #[serde(default)]
    pub member_of: Vec<Id>,
    #[serde(default)]
    pub related: Vec<Id>,
    /// Whose words the item's own text is (default: the editor's paraphrase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Wording>,
    pub evidence: Vec<Evidence>,
}

/// How `from` stands towards `to`, as the brief assesses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Stance {
    /// Active, valued cooperation.
    Cooperative,
    /// Cooperation with hedging or reservations.
    Ambivalent,
    /// Engagement offered only on conditions.
    Conditional,
    /// Rejection or declared hostility.
    Hostile,
    /// Neither; contacts without a stated orientation.
    Neutral,
    /// Strained: tension without declared hostility.
    Tense,
    /// Contested: the two sides dispute a claim, a territory or a right.
    Disputed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Relation {
    pub id: Id,
    /// Actor id.
    pub from: Id,
    /// Actor id.
    pub to: Id,
    /// The role `to` plays for `from`, e.g. "Diplomatic–economic partner".
    pub role: String,
    pub stance: Stance,
    /// The brief's own word for the stance ("restored", "symbolic"), shown instead of its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance_label: Option<String>,
    /// Fields of cooperation (or contention), e.g. "energy", "tourism".
    #[serde(default)]
    pub fields: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default)]
    pub axes: Vec<Id>,
    #[serde(default)]
    pub related: Vec<Id>,
    /// Whose words the item's own text is (default: the editor's paraphrase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Wording>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Project {
    pub id: Id,
    pub name: String,
    /// A slug grouping projects, e.g. "healthcare", "agriculture", "tourism".
    pub sector: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// The policy the project is promoted under, e.g. "20×10 regional development policy".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_frame: Option<String>,
    /// Timing in words, as the brief gives it ("completed within six months").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<String>,
    /// A date for the timeline, when the brief gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateSpec>,
    /// Whether the date is the brief's or inferred by the editor (default: stated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_basis: Option<DateBasis>,
    #[serde(default)]
    pub claimed_results: Vec<String>,
    /// The brief's assessment of risks and weaknesses.
    #[serde(default)]
    pub risks: Vec<String>,
    #[serde(default)]
    pub actors: Vec<Id>,
    #[serde(default)]
    pub axes: Vec<Id>,
    #[serde(default)]
    pub related: Vec<Id>,
    /// Whose words the item's own text is (default: the editor's paraphrase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Wording>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Place {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
}

/// Map coordinates. Briefs rarely give them, so they say how exact they are and where they come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
    pub approximate: bool,
    /// Where the coordinates come from (they are not part of the brief's text).
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Indicator {
    pub id: Id,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// In the order the brief tells them (usually chronological).
    #[serde(default)]
    pub observations: Vec<Observation>,
    #[serde(default)]
    pub axes: Vec<Id>,
    #[serde(default)]
    pub related: Vec<Id>,
    /// Whose words the item's own text is (default: the editor's paraphrase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Wording>,
    pub evidence: Vec<Evidence>,
}

/// How an observation's number is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Qualifier {
    /// `low == high`, stated exactly.
    Exact,
    /// `low == high`, "about", "around".
    Approximate,
    /// Between `low` and `high` ("in the 8,000-won range").
    Range,
    /// `low` or more ("beyond 30,000").
    AtLeast,
    /// `high` or less.
    AtMost,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Observation {
    pub id: Id,
    /// When, in the brief's words ("during the pandemic").
    pub label: String,
    /// When, as a date, if the brief gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateSpec>,
    /// Whether the date is the brief's or inferred by the editor (default: stated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_basis: Option<DateBasis>,
    /// Whether the value was observed or is a plan, target or forecast (default: observed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    pub qualifier: Qualifier,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Whose words the item's own text is (default: the editor's paraphrase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Wording>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Event {
    pub id: Id,
    pub title: String,
    /// When, with the precision the brief gives; an event the brief does not date has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateSpec>,
    /// Whether the date is the brief's or inferred by the editor (default: stated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_basis: Option<DateBasis>,
    /// Whether it happened or is planned, targeted or forecast (default: happened).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub actors: Vec<Id>,
    #[serde(default)]
    pub axes: Vec<Id>,
    #[serde(default)]
    pub related: Vec<Id>,
    /// Whose words the item's own text is (default: the editor's paraphrase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Wording>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecommendationArea {
    pub id: Id,
    pub label: String,
    /// Who the recommendations are addressed to (actor id), e.g. "south-korea".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressee: Option<Id>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Recommendation {
    pub id: Id,
    /// Recommendation area id.
    pub area: Id,
    pub text: String,
    #[serde(default)]
    pub actors: Vec<Id>,
    #[serde(default)]
    pub axes: Vec<Id>,
    #[serde(default)]
    pub related: Vec<Id>,
    /// Whose words the item's own text is (default: the editor's paraphrase).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<Wording>,
    pub evidence: Vec<Evidence>,
}

/// A date with the precision the brief gives, written as a string:
/// `2025-11-19` (day), `2025-09` (month), `2025-Q3` (quarter), `2025-H2` (half),
/// `2025-summer` (season, northern hemisphere), `2025` (year), or a period `2021/2025`
/// whose ends are any of the above. See [`crate::model::date`] for parsing.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(transparent)]
pub struct DateSpec(pub String);
