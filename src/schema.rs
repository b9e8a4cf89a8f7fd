//! The JSON Schema (draft 2020-12) of the brief format, for editors that explain and check fields while
//! an author types, and for validators in other languages.
//!
//! It mirrors `src/model.rs` field for field (`tests/schema.rs` proves the names match) and states what a
//! schema can state of `src/validate.rs`: slugs, date syntax, non-empty text, ranges, what each
//! observation qualifier needs. What it cannot state (ids that must exist, unique ids, paragraph numbers
//! within `meta.paragraphs`, impossible calendar dates such as 2025-02-30) only `brief-insights validate`
//! checks.

use crate::json::JsonWriter;
use crate::model::FORMAT_VERSION;

/// Where the published schema will live; a stable identifier, not fetched by anything in this crate.
pub const SCHEMA_ID: &str = "https://example.invalid/brief-insights/brief.schema.json";

/// The id pattern of `validate::is_slug`.
pub const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// One end of a date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Q1`..`Q4`, `YYYY-H1`/`H2`, `YYYY-<season>`.
const DATE_POINT: &str =
    "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12]|-(spring|summer|autumn|winter))?";

/// A date or a `START/END` period whose ends are any date.
pub fn date_pattern() -> String {
    format!("^{p}(/{p})?$", p = DATE_POINT)
}

/// A schema fragment, built as a tree and written out with [`JsonWriter`] at the end.
enum Frag {
    Object(Vec<(&'static str, Frag)>),
    Array(Vec<Frag>),
    Text(String),
    Number(f64),
    Bool(bool),
}

impl Frag {
    fn write(&self, w: &mut JsonWriter) {
        match self {
            Frag::Object(members) => {
                w.begin_object();
                for (k, v) in members {
                    w.key(k);
                    v.write(w);
                }
                w.end_object();
            }
            Frag::Array(items) => {
                w.begin_array();
                for v in items {
                    v.write(w);
                }
                w.end_array();
            }
            Frag::Text(s) => {
                w.string(s);
            }
            Frag::Number(n) => {
                w.number(*n);
            }
            Frag::Bool(b) => {
                w.bool(*b);
            }
        }
    }

    /// Adds a keyword to an object fragment.
    fn with(mut self, key: &'static str, value: Frag) -> Frag {
        if let Frag::Object(members) = &mut self {
            members.push((key, value));
        }
        self
    }
}

fn text(s: &str) -> Frag {
    Frag::Text(s.to_string())
}

fn described(mut members: Vec<(&'static str, Frag)>, description: &str) -> Frag {
    members.insert(0, ("description", text(description)));
    Frag::Object(members)
}

fn string(description: &str) -> Frag {
    described(vec![("type", text("string"))], description)
}

/// Text the validator rejects when empty or only whitespace.
fn required_text(description: &str) -> Frag {
    described(vec![("type", text("string")), ("pattern", text("\\S"))], description)
}

fn string_list(description: &str) -> Frag {
    described(
        vec![
            ("type", text("array")),
            ("items", Frag::Object(vec![("type", text("string"))])),
            ("default", Frag::Array(vec![])),
        ],
        description,
    )
}

fn reference(def: &str, description: &str) -> Frag {
    described(vec![("$ref", Frag::Text(format!("#/$defs/{}", def)))], description)
}

fn id_list(description: &str) -> Frag {
    described(
        vec![
            ("type", text("array")),
            ("items", Frag::Object(vec![("$ref", text("#/$defs/Id"))])),
            ("default", Frag::Array(vec![])),
        ],
        description,
    )
}

fn list_of(def: &str, description: &str) -> Frag {
    described(
        vec![
            ("type", text("array")),
            ("items", Frag::Object(vec![("$ref", Frag::Text(format!("#/$defs/{}", def)))])),
            ("default", Frag::Array(vec![])),
        ],
        description,
    )
}

fn evidence_list() -> Frag {
    described(
        vec![
            ("type", text("array")),
            ("minItems", Frag::Number(1.0)),
            ("items", Frag::Object(vec![("$ref", text("#/$defs/Evidence"))])),
        ],
        "Where this comes from in the brief: at least one paragraph number and verbatim quote.",
    )
}

/// A `u32` field.
fn count(description: &str, minimum: u32) -> Frag {
    described(
        vec![
            ("type", text("integer")),
            ("minimum", Frag::Number(minimum as f64)),
            ("maximum", Frag::Number(u32::MAX as f64)),
        ],
        description,
    )
}

fn number(description: &str) -> Frag {
    described(vec![("type", text("number"))], description)
}

fn enumeration(description: &str, values: &[(&str, &str)]) -> Frag {
    let listed: Vec<String> = values.iter().map(|(v, what)| format!("\"{}\": {}", v, what)).collect();
    described(
        vec![("type", text("string")), ("enum", Frag::Array(values.iter().map(|(v, _)| text(v)).collect()))],
        &format!("{} {}", description, listed.join("; ")),
    )
}

/// A struct with `deny_unknown_fields`.
fn object(description: &str, required: &[&str], properties: Vec<(&'static str, Frag)>) -> Frag {
    described(
        vec![
            ("type", text("object")),
            ("required", Frag::Array(required.iter().map(|r| text(r)).collect())),
            ("additionalProperties", Frag::Bool(false)),
            ("properties", Frag::Object(properties)),
        ],
        description,
    )
}

fn id_field(description: &str) -> Frag {
    reference("Id", description)
}

fn definitions() -> Vec<(&'static str, Frag)> {
    vec![
        (
            "Id",
            described(
                vec![("type", text("string")), ("pattern", text(ID_PATTERN)), ("maxLength", Frag::Number(80.0))],
                "A stable slug naming an item, unique across the whole brief: lower-case letters, digits and \
                 single hyphens, at most 80 characters, e.g. \"rakwon-aquaculture\".",
            ),
        ),
        (
            "DateSpec",
            described(
                vec![("type", text("string")), ("pattern", Frag::Text(date_pattern()))],
                "A date with the precision the brief gives: \"2025-11-19\" (day), \"2025-09\" (month), \
                 \"2025-Q3\" (quarter), \"2025-H2\" (half), \"2025-summer\" (season, northern hemisphere), \
                 \"2025\" (year), or a period \"2021/2025\" whose ends are any of these. Impossible days such \
                 as 2025-02-30 match this pattern but are rejected by `brief-insights validate`.",
            ),
        ),
        (
            "Meta",
            object(
                "What the brief is: its series, number, title, date, authors and publisher.",
                &["series", "number", "title", "date", "authors", "publisher", "language", "paragraphs"],
                vec![
                    ("series", required_text("Series name, e.g. \"Sejong Policy Briefs\".")),
                    ("number", string("Number within the series, e.g. \"2025-30\".")),
                    ("title", required_text("The brief's title, as published.")),
                    ("date", reference("DateSpec", "Publication date, YYYY-MM-DD (or coarser if unknown).")),
                    (
                        "authors",
                        described(
                            vec![
                                ("type", text("array")),
                                ("minItems", Frag::Number(1.0)),
                                ("items", Frag::Object(vec![("$ref", text("#/$defs/Author"))])),
                            ],
                            "The brief's authors, at least one.",
                        ),
                    ),
                    ("publisher", required_text("The institution that publishes the brief.")),
                    (
                        "language",
                        described(
                            vec![("type", text("string")), ("pattern", text("^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*$"))],
                            "BCP 47 language tag of the brief's text, e.g. \"en\" or \"ko-KR\".",
                        ),
                    ),
                    (
                        "sourceUrl",
                        described(
                            vec![("type", text("string")), ("pattern", text("^https?://"))],
                            "Where the brief is published (http or https); used for links and #:~:text= \
                             fragments that highlight a quote in the source.",
                        ),
                    ),
                    (
                        "paragraphs",
                        count("Number of body paragraphs; evidence paragraph numbers run from 1 to this.", 1),
                    ),
                    ("subject", id_field("The actor the brief is about (centre of the partner network), by id.")),
                    ("rights", string("Copyright / attribution line shown with quotes.")),
                    ("summary", string("One- or two-sentence description of the brief, in the encoder's words.")),
                ],
            ),
        ),
        (
            "Author",
            object(
                "One author of the brief.",
                &["name"],
                vec![
                    ("name", required_text("The author's name as printed on the brief.")),
                    ("role", string("Position, e.g. \"Research Fellow\".")),
                    ("affiliation", string("Institution, e.g. \"Sejong Institute\".")),
                ],
            ),
        ),
        (
            "Evidence",
            object(
                "Where a claim comes from: a body paragraph (1-based) and a verbatim quote from it.",
                &["paragraph", "quote"],
                vec![
                    ("paragraph", count("Body paragraph number, from 1 to meta.paragraphs.", 1)),
                    ("quote", required_text("The sentence (or part of it) copied verbatim from that paragraph.")),
                ],
            ),
        ),
        (
            "Judgment",
            object(
                "One of the brief's headline assessments.",
                &["id", "text", "evidence"],
                vec![
                    ("id", id_field("This judgment's id.")),
                    ("text", required_text("The assessment, in one or two sentences.")),
                    ("axes", id_list("Axis ids this judgment belongs to.")),
                    ("related", id_list("Ids of any other items this judgment is about.")),
                    ("evidence", evidence_list()),
                ],
            ),
        ),
        (
            "Axis",
            object(
                "A policy axis the brief organises its argument around.",
                &["id", "label", "evidence"],
                vec![
                    ("id", id_field("This axis's id.")),
                    ("label", required_text("Short name of the axis, e.g. \"Economy and livelihoods\".")),
                    ("summary", string("What the brief says under this axis, in a sentence or two.")),
                    ("related", id_list("Ids of any other items this axis is about.")),
                    ("evidence", evidence_list()),
                ],
            ),
        ),
        (
            "ActorKind",
            enumeration(
                "What kind of actor this is.",
                &[
                    ("state", "a country"),
                    ("bloc", "a group of states"),
                    ("person", "an individual"),
                    ("institution", "a government body, party or legislature"),
                    ("organization", "a company, NGO or international organisation"),
                ],
            ),
        ),
        (
            "Actor",
            object(
                "A state, bloc, person, institution or organisation.",
                &["id", "name", "kind", "evidence"],
                vec![
                    ("id", id_field("This actor's id, e.g. \"north-korea\".")),
                    ("name", required_text("Full name, e.g. \"Democratic People's Republic of Korea\".")),
                    ("kind", reference("ActorKind", "What kind of actor this is.")),
                    ("shortName", string("Short name for tight spaces (network nodes), e.g. \"DPRK\".")),
                    ("description", string("Who this actor is, in a sentence.")),
                    (
                        "memberOf",
                        id_list("Actors this one belongs to (a person to a state, a state to a bloc), by id."),
                    ),
                    ("related", id_list("Ids of any other items this actor is involved in.")),
                    ("evidence", evidence_list()),
                ],
            ),
        ),
        (
            "Stance",
            enumeration(
                "How `from` stands towards `to`, as the brief assesses it.",
                &[
                    ("cooperative", "active, valued cooperation"),
                    ("ambivalent", "cooperation with hedging or reservations"),
                    ("conditional", "engagement offered only on conditions"),
                    ("hostile", "rejection or declared hostility"),
                    ("neutral", "neither; contacts without a stated orientation"),
                ],
            ),
        ),
        (
            "Relation",
            object(
                "A directed relation between two actors: `from` treats `to` as `role`.",
                &["id", "from", "to", "role", "stance", "evidence"],
                vec![
                    ("id", id_field("This relation's id.")),
                    ("from", id_field("Actor id: whose stance this is.")),
                    ("to", id_field("Actor id: towards whom; must differ from `from`.")),
                    ("role", required_text("The role `to` plays for `from`, e.g. \"Diplomatic–economic partner\".")),
                    ("stance", reference("Stance", "How `from` stands towards `to`.")),
                    ("fields", string_list("Fields of cooperation (or contention), e.g. \"energy\", \"tourism\".")),
                    ("summary", string("The relation in a sentence, in the encoder's words.")),
                    ("axes", id_list("Axis ids this relation belongs to.")),
                    ("related", id_list("Ids of any other items this relation is about.")),
                    ("evidence", evidence_list()),
                ],
            ),
        ),
        (
            "Project",
            object(
                "A livelihood or development project.",
                &["id", "name", "sector", "evidence"],
                vec![
                    ("id", id_field("This project's id.")),
                    ("name", required_text("The project's name.")),
                    (
                        "sector",
                        required_text("A slug grouping projects, e.g. \"healthcare\", \"agriculture\", \"tourism\"."),
                    ),
                    ("place", reference("Place", "Where the project is.")),
                    (
                        "policyFrame",
                        string("The policy the project is promoted under, e.g. \"20×10 regional development policy\"."),
                    ),
                    ("timing", string("Timing in words, as the brief gives it (\"completed within six months\").")),
                    ("date", reference("DateSpec", "A date for the timeline, when the brief gives one.")),
                    ("claimedResults", string_list("Results claimed for the project, as the brief reports them.")),
                    ("risks", string_list("The brief's assessment of risks and weaknesses.")),
                    ("actors", id_list("Actor ids involved in the project.")),
                    ("axes", id_list("Axis ids this project belongs to.")),
                    ("related", id_list("Ids of any other items this project is about.")),
                    ("evidence", evidence_list()),
                ],
            ),
        ),
        (
            "Place",
            object(
                "A named place, optionally with map coordinates.",
                &["name"],
                vec![
                    ("name", string("The place's name, e.g. \"Samjiyon\".")),
                    ("coordinates", reference("Coordinates", "Map coordinates, when known.")),
                ],
            ),
        ),
        (
            "Coordinates",
            object(
                "Map coordinates. Briefs rarely give them, so they say how exact they are and where they come \
                 from.",
                &["lat", "lon", "approximate", "source"],
                vec![
                    (
                        "lat",
                        number("Latitude in degrees, -90 to 90.")
                            .with("minimum", Frag::Number(-90.0))
                            .with("maximum", Frag::Number(90.0)),
                    ),
                    (
                        "lon",
                        number("Longitude in degrees, -180 to 180.")
                            .with("minimum", Frag::Number(-180.0))
                            .with("maximum", Frag::Number(180.0)),
                    ),
                    (
                        "approximate",
                        described(
                            vec![("type", text("boolean"))],
                            "True when the point only locates the town or area, not the site.",
                        ),
                    ),
                    (
                        "source",
                        required_text("Where the coordinates come from (they are not part of the brief's text)."),
                    ),
                ],
            ),
        ),
        (
            "Indicator",
            object(
                "A quantity the brief reports over time.",
                &["id", "name", "evidence"],
                vec![
                    ("id", id_field("This indicator's id.")),
                    ("name", required_text("What is measured, e.g. \"Rice price in Pyongyang\".")),
                    ("unit", string("Unit of the observations, e.g. \"won per kg\".")),
                    ("description", string("What the indicator shows, in a sentence.")),
                    (
                        "observations",
                        list_of("Observation", "In the order the brief tells them (usually chronological)."),
                    ),
                    ("axes", id_list("Axis ids this indicator belongs to.")),
                    ("related", id_list("Ids of any other items this indicator is about.")),
                    ("evidence", evidence_list()),
                ],
            ),
        ),
        (
            "Qualifier",
            enumeration(
                "How an observation's number is to be read.",
                &[
                    ("exact", "stated exactly; give \"low\" (and \"high\" equal to it, or none)"),
                    ("approximate", "\"about\", \"around\"; give \"low\""),
                    ("range", "between \"low\" and \"high\" (\"in the 8,000-won range\")"),
                    ("atLeast", "\"low\" or more (\"beyond 30,000\")"),
                    ("atMost", "\"high\" or less"),
                ],
            ),
        ),
        ("Observation", observation()),
        (
            "Event",
            object(
                "A dated event, with the precision the brief gives.",
                &["id", "title", "date", "evidence"],
                vec![
                    ("id", id_field("This event's id.")),
                    ("title", required_text("What happened, in a few words.")),
                    ("date", reference("DateSpec", "When it happened.")),
                    ("description", string("More about the event, in a sentence or two.")),
                    ("actors", id_list("Actor ids involved in the event.")),
                    ("axes", id_list("Axis ids this event belongs to.")),
                    ("related", id_list("Ids of any other items this event is about.")),
                    ("evidence", evidence_list()),
                ],
            ),
        ),
        (
            "RecommendationArea",
            object(
                "An area recommendations are grouped by, in display order.",
                &["id", "label"],
                vec![
                    ("id", id_field("This area's id.")),
                    ("label", required_text("Name of the area, e.g. \"Inter-Korean relations\".")),
                    (
                        "addressee",
                        id_field("Who the recommendations are addressed to (actor id), e.g. \"south-korea\"."),
                    ),
                ],
            ),
        ),
        (
            "Recommendation",
            object(
                "A policy recommendation the brief makes.",
                &["id", "area", "text", "evidence"],
                vec![
                    ("id", id_field("This recommendation's id.")),
                    ("area", id_field("Recommendation area id.")),
                    ("text", required_text("The recommendation, in one or two sentences.")),
                    ("actors", id_list("Actor ids the recommendation concerns.")),
                    ("axes", id_list("Axis ids this recommendation belongs to.")),
                    ("related", id_list("Ids of any other items this recommendation is about.")),
                    ("evidence", evidence_list()),
                ],
            ),
        ),
    ]
}

/// What each qualifier needs, as `if qualifier is X then require these`.
fn observation() -> Frag {
    let needs = |qualifiers: &[&str], required: &[&str]| {
        Frag::Object(vec![
            (
                "if",
                Frag::Object(vec![(
                    "properties",
                    Frag::Object(vec![(
                        "qualifier",
                        Frag::Object(vec![("enum", Frag::Array(qualifiers.iter().map(|q| text(q)).collect()))]),
                    )]),
                )]),
            ),
            ("then", Frag::Object(vec![("required", Frag::Array(required.iter().map(|r| text(r)).collect()))])),
        ])
    };
    object(
        "One reported value of an indicator.",
        &["id", "label", "qualifier", "evidence"],
        vec![
            ("id", id_field("This observation's id.")),
            ("label", required_text("When, in the brief's words (\"during the pandemic\").")),
            ("date", reference("DateSpec", "When, as a date, if the brief gives one.")),
            ("qualifier", reference("Qualifier", "How to read low and high.")),
            ("low", number("The value, or the lower bound of a range.")),
            ("high", number("The upper bound of a range (equal to low, or absent, for a single value).")),
            ("note", string("Anything the reader needs to read the number right.")),
            ("evidence", evidence_list()),
        ],
    )
    .with(
        "allOf",
        Frag::Array(vec![
            needs(&["exact", "approximate", "atLeast"], &["low"]),
            needs(&["range"], &["low", "high"]),
            needs(&["atMost"], &["high"]),
        ]),
    )
}

fn root() -> Frag {
    let mut schema = object(
        "A policy brief's key insights as data. Every insight carries evidence: the paragraph it comes from and a \
         verbatim quote, so a reader can always check the claim against the source. Ids are unique across the \
         whole brief, so any item can refer to any other by id.",
        &["format", "meta"],
        vec![
            (
                "$schema",
                string("Optional pointer to this schema, so editors can explain and check fields while typing."),
            ),
            (
                "format",
                described(
                    vec![("const", Frag::Number(FORMAT_VERSION as f64))],
                    "Format version; this version of brief-insights reads format 1.",
                ),
            ),
            ("meta", reference("Meta", "What the brief is.")),
            ("keyJudgments", list_of("Judgment", "The brief's headline assessments.")),
            ("axes", list_of("Axis", "The policy axes the brief organises its argument around.")),
            ("actors", list_of("Actor", "States, blocs, people, institutions and organisations.")),
            ("relations", list_of("Relation", "Directed relations between actors (`from` treats `to` as ...).")),
            ("projects", list_of("Project", "Livelihood and development projects.")),
            ("indicators", list_of("Indicator", "Quantities the brief reports over time.")),
            ("events", list_of("Event", "Dated events, each with the precision the brief gives.")),
            (
                "recommendationAreas",
                list_of("RecommendationArea", "The areas recommendations are grouped by, in display order."),
            ),
            ("recommendations", list_of("Recommendation", "The brief's policy recommendations.")),
        ],
    );
    if let Frag::Object(members) = &mut schema {
        members.insert(0, ("$schema", text("https://json-schema.org/draft/2020-12/schema")));
        members.insert(1, ("$id", text(SCHEMA_ID)));
        members.insert(2, ("title", text("brief-insights brief")));
    }
    schema.with("$defs", Frag::Object(definitions()))
}

/// The JSON Schema of the brief format, pretty-printed, ending with a newline.
pub fn json_schema() -> String {
    let mut w = JsonWriter::new(true);
    root().write(&mut w);
    let mut out = w.finish();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_as_json() {
        assert!(crate::json::parse(&super::json_schema()).is_ok());
    }
}
