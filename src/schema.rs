//! The JSON Schema (draft 2020-12) of the brief format, for editors that explain and check fields while
//! an author types, and for validators in other languages.
//!
//! It is generated from the model types (`src/model/mod.rs`) by `schemars`: properties, types, required
//! fields, enum values, `additionalProperties: false` and descriptions (from doc comments) all come from
//! the Rust types. [`json_schema_value`] then adds what the validator (`src/load/validate.rs`) checks
//! beyond the types and a schema can state: the id and date patterns, text that must not be blank,
//! evidence lists that must not be empty, ranges, and what each observation qualifier needs.
//!
//! What a schema cannot state (ids that must exist, unique ids, paragraph numbers within
//! `meta.paragraphs`, impossible calendar dates such as 2025-02-30) only `brief-insights validate` checks.
//!
//! Native only: schemars is not a dependency of the Wasm module.
#![cfg(not(target_arch = "wasm32"))]

use crate::model::{Brief, FORMAT_VERSION};
use schemars::generate::SchemaSettings;
use schemars::transform::{transform_subschemas, RestrictFormats, Transform};
use schemars::Schema;
use serde_json::{json, Map, Value};

/// Where the published schema will live; a stable identifier, not fetched by anything in this crate.
pub const SCHEMA_ID: &str = "https://example.invalid/brief-insights/brief.schema.json";

/// The id pattern the validator checks.
pub const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// The longest id the validator accepts.
const ID_MAX_LENGTH: u32 = 80;

/// One end of a date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Q1`..`Q4`, `YYYY-H1`/`H2`, `YYYY-<season>`.
const DATE_POINT: &str =
    "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-Q[1-4]|-H[12]|-(spring|summer|autumn|winter|early|mid|late|end))?";

/// A date or a `START/END` period whose ends are any date.
pub fn date_pattern() -> String {
    format!("^{p}(/{p})?$", p = DATE_POINT)
}

/// A string with at least one visible character: the validator rejects blank text.
const NOT_BLANK: &str = "\\S";

const ROOT_TITLE: &str = "brief-insights brief";

const ROOT_DESCRIPTION: &str = "A policy brief's key insights as data. Every insight carries evidence: the paragraph \
    it comes from and a verbatim quote, so a reader can always check the claim against the source. Ids are unique \
    across the whole brief, so any item can refer to any other by id.";

const ID_DESCRIPTION: &str = "A stable slug naming an item, unique across the whole brief: lower-case letters, \
    digits and single hyphens, at most 80 characters, e.g. \"rakwon-aquaculture\".";

const EVIDENCE_DESCRIPTION: &str =
    "Where this comes from in the brief: at least one paragraph number and verbatim quote.";

/// Properties that hold one id, and those that hold a list of ids. `actors` is a list of ids everywhere
/// but at the top level, where it lists the actors themselves (and its items are objects, not strings).
const ID_FIELDS: [&str; 6] = ["id", "from", "to", "subject", "addressee", "area"];
const ID_LIST_FIELDS: [&str; 4] = ["axes", "related", "memberOf", "actors"];

/// `(definition, property)` of the text the validator rejects when blank.
const NOT_BLANK_FIELDS: [(&str, &str); 17] = [
    ("Meta", "series"),
    ("Meta", "title"),
    ("Meta", "publisher"),
    ("Author", "name"),
    ("Evidence", "quote"),
    ("Judgment", "text"),
    ("Axis", "label"),
    ("Actor", "name"),
    ("Relation", "role"),
    ("Project", "name"),
    ("Project", "sector"),
    ("Coordinates", "source"),
    ("Indicator", "name"),
    ("Observation", "label"),
    ("Event", "title"),
    ("RecommendationArea", "label"),
    ("Recommendation", "text"),
];

/// Descriptions of definitions and properties the model's doc comments do not give (yet). A doc comment
/// always wins: these only fill gaps, so moving one into `src/model/mod.rs` as a doc comment needs no
/// change here beyond deleting the line.
/// Properties described by their role alone (`id`, `evidence`, lists of ids) are in [`role_description`].
const FALLBACK_DESCRIPTIONS: &[(&str, &str, &str)] = &[
    ("Brief", "meta", "What the brief is."),
    ("Brief", "recommendations", "The brief's policy recommendations."),
    ("Meta", "", "What the brief is: its series, number, title, date, authors and publisher."),
    ("Meta", "title", "The brief's title, as published."),
    ("Meta", "authors", "The brief's authors, at least one."),
    ("Meta", "publisher", "The institution that publishes the brief."),
    ("Author", "", "One author of the brief."),
    ("Author", "name", "The author's name as printed on the brief."),
    ("Author", "role", "Position, e.g. \"Research Fellow\"."),
    ("Author", "affiliation", "Institution, e.g. \"Sejong Institute\"."),
    ("Evidence", "paragraph", "Body paragraph number, from 1 to meta.paragraphs."),
    ("Evidence", "quote", "The sentence (or part of it) copied verbatim from that paragraph."),
    ("Judgment", "", "One of the brief's headline assessments."),
    ("Judgment", "text", "The assessment, in one or two sentences."),
    ("Axis", "", "A policy axis the brief organises its argument around."),
    ("Axis", "label", "Short name of the axis, e.g. \"Economy and livelihoods\"."),
    ("Axis", "summary", "What the brief says under this axis, in a sentence or two."),
    ("ActorKind", "", "What kind of actor this is."),
    ("Actor", "", "A state, bloc, person, institution or organisation."),
    ("Actor", "name", "Full name, e.g. \"Democratic People's Republic of Korea\"."),
    ("Actor", "kind", "What kind of actor this is."),
    ("Actor", "description", "Who this actor is, in a sentence."),
    ("Relation", "", "A directed relation between two actors: `from` treats `to` as `role`."),
    ("Relation", "stance", "How `from` stands towards `to`."),
    ("Relation", "summary", "The relation in a sentence, in the encoder's words."),
    ("Project", "", "A livelihood or development project."),
    ("Project", "name", "The project's name."),
    ("Project", "place", "Where the project is."),
    ("Project", "claimedResults", "Results claimed for the project, as the brief reports them."),
    ("Place", "", "A named place, optionally with map coordinates."),
    ("Place", "name", "The place's name, e.g. \"Samjiyon\"."),
    ("Place", "coordinates", "Map coordinates, when known."),
    ("Coordinates", "lat", "Latitude in degrees, -90 to 90."),
    ("Coordinates", "lon", "Longitude in degrees, -180 to 180."),
    ("Coordinates", "approximate", "True when the point only locates the town or area, not the site."),
    ("Indicator", "", "A quantity the brief reports over time."),
    ("Indicator", "name", "What is measured, e.g. \"Rice price\"."),
    ("Indicator", "unit", "Unit of the observations, e.g. \"US dollars per tonne\"."),
    ("Indicator", "description", "What the indicator shows, in a sentence."),
    ("Observation", "", "One reported value of an indicator."),
    ("Observation", "qualifier", "How to read low and high."),
    ("Observation", "low", "The value, or the lower bound of a range."),
    ("Observation", "high", "The upper bound of a range (equal to low, or absent, for a single value)."),
    ("Observation", "note", "Anything the reader needs to read the number right."),
    ("Event", "", "A dated event, with the precision the brief gives."),
    ("Event", "title", "What happened, in a few words."),
    ("Event", "date", "When it happened."),
    ("Event", "description", "More about the event, in a sentence or two."),
    ("RecommendationArea", "", "An area recommendations are grouped by, in display order."),
    ("RecommendationArea", "label", "Name of the area, e.g. \"Inter-Korean relations\"."),
    ("Recommendation", "", "A policy recommendation the brief makes."),
    ("Recommendation", "text", "The recommendation, in one or two sentences."),
];

/// What each observation qualifier needs: `(qualifiers, numbers they require)`, as the validator checks.
const QUALIFIER_NEEDS: [(&[&str], &[&str]); 3] =
    [(&["exact", "approximate", "atLeast"], &["low"]), (&["range"], &["low", "high"]), (&["atMost"], &["high"])];

/// The JSON Schema of the brief format as a JSON value.
pub fn json_schema_value() -> Value {
    let generator = SchemaSettings::draft2020_12()
        .with_transform(UnsignedRanges)
        .with_transform(RestrictFormats::default())
        .into_generator();
    let mut schema = generator.into_root_schema_for::<Brief>().to_value();
    state_what_the_validator_checks(&mut schema);
    schema
}

/// The JSON Schema of the brief format, pretty-printed, ending with a newline.
pub fn json_schema() -> String {
    let mut text = serde_json::to_string_pretty(&json_schema_value()).expect("a JSON value always serializes");
    text.push('\n');
    text
}

/// schemars marks `u32` with `"format": "uint32"` and a minimum of 0, a format no JSON Schema validator
/// knows; state it as the range it is (the format itself is then dropped by [`RestrictFormats`]).
#[derive(Clone)]
struct UnsignedRanges;

impl Transform for UnsignedRanges {
    fn transform(&mut self, schema: &mut Schema) {
        if schema.get("format").and_then(Value::as_str) == Some("uint32") {
            schema.insert("maximum".into(), json!(u32::MAX));
        }
        transform_subschemas(self, schema);
    }
}

fn state_what_the_validator_checks(schema: &mut Value) {
    let Some(root) = schema.as_object_mut() else { return };
    root.insert("$id".into(), json!(SCHEMA_ID));
    root.insert("title".into(), json!(ROOT_TITLE));
    root.insert("description".into(), json!(ROOT_DESCRIPTION));
    if let Some(format) = property_mut(root, "format") {
        // The model's field is a `u32` checked against FORMAT_VERSION; the schema can name the one value.
        *format = json!({
            "description": format!("Format version; this version of brief-insights reads format {}.", FORMAT_VERSION),
            "const": FORMAT_VERSION,
        });
    }
    refer_to_ids(root);

    let Some(defs) = root.get_mut("$defs").and_then(Value::as_object_mut) else { return };
    defs.insert(
        "Id".into(),
        json!({
            "description": ID_DESCRIPTION,
            "type": "string",
            "pattern": ID_PATTERN,
            "maxLength": ID_MAX_LENGTH,
        }),
    );
    if let Some(date) = defs.get_mut("DateSpec").and_then(Value::as_object_mut) {
        date.insert("pattern".into(), json!(date_pattern()));
        date.insert(
            "description".into(),
            json!(
                "A date with the precision the brief gives: \"2025-11-19\" (day), \"2025-09\" (month), \
                 \"2025-Q3\" (quarter), \"2025-H2\" (half), \"2025-summer\" (season, northern hemisphere), \
                 \"2025\" (year), or a period \"2021/2025\" whose ends are any of these. Impossible days such \
                 as 2025-02-30 match this pattern but are rejected by `brief-insights validate`."
            ),
        );
    }
    for (name, definition) in defs.iter_mut() {
        let Some(definition) = definition.as_object_mut() else { continue };
        refer_to_ids(definition);
        if let Some(evidence) = property_mut(definition, "evidence").and_then(Value::as_object_mut) {
            evidence.insert("minItems".into(), json!(1));
        }
        for (def, field) in NOT_BLANK_FIELDS {
            if def == name {
                if let Some(text) = property_mut(definition, field).and_then(Value::as_object_mut) {
                    text.insert("pattern".into(), json!(NOT_BLANK));
                }
            }
        }
    }
    set_keywords(defs, "Meta", "authors", json!({ "minItems": 1 }));
    set_keywords(defs, "Meta", "language", json!({ "pattern": "^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*$" }));
    set_keywords(defs, "Meta", "sourceUrl", json!({ "pattern": "^https?://" }));
    set_keywords(defs, "Meta", "paragraphs", json!({ "minimum": 1 }));
    set_keywords(defs, "Evidence", "paragraph", json!({ "minimum": 1 }));
    set_keywords(defs, "Coordinates", "lat", json!({ "minimum": -90, "maximum": 90 }));
    set_keywords(defs, "Coordinates", "lon", json!({ "minimum": -180, "maximum": 180 }));
    if let Some(observation) = defs.get_mut("Observation").and_then(Value::as_object_mut) {
        observation.insert("allOf".into(), qualifier_needs());
    }
    describe_the_undocumented(defs);
    if let Some(Value::Object(properties)) = root.get_mut("properties") {
        for (field, property) in properties.iter_mut() {
            fill_description(property, fallback_description("Brief", field));
        }
    }
}

/// `if qualifier is X then these numbers are required`, one case per line of [`QUALIFIER_NEEDS`]. A
/// required number must be a number: the model accepts `null` for an absent optional field.
fn qualifier_needs() -> Value {
    let cases = QUALIFIER_NEEDS.iter().map(|(qualifiers, required)| {
        let numbers: Map<String, Value> =
            required.iter().map(|n| (n.to_string(), json!({ "type": "number" }))).collect();
        json!({
            "if": { "properties": { "qualifier": { "enum": qualifiers } } },
            "then": { "required": required, "properties": numbers },
        })
    });
    Value::Array(cases.collect())
}

/// The schema of a property of an object schema.
fn property_mut<'a>(object: &'a mut Map<String, Value>, field: &str) -> Option<&'a mut Value> {
    object.get_mut("properties")?.as_object_mut()?.get_mut(field)
}

/// Adds keywords to the schema of `definition.field`.
fn set_keywords(defs: &mut Map<String, Value>, definition: &str, field: &str, keywords: Value) {
    let target = defs.get_mut(definition).and_then(Value::as_object_mut).and_then(|d| property_mut(d, field));
    if let (Some(Value::Object(target)), Value::Object(keywords)) = (target, keywords) {
        target.extend(keywords);
    }
}

/// The model spells an id `Id`, an alias of `String`, so schemars sees a plain string; point those
/// properties at the `Id` definition. Optional ids (`["string", "null"]`) keep accepting `null`.
fn refer_to_ids(object: &mut Map<String, Value>) {
    let Some(Value::Object(properties)) = object.get_mut("properties") else { return };
    for (field, property) in properties.iter_mut() {
        let Some(property) = property.as_object_mut() else { continue };
        if ID_FIELDS.contains(&field.as_str()) {
            match property.get("type") {
                Some(t) if *t == json!("string") => {
                    property.remove("type");
                    property.insert("$ref".into(), json!("#/$defs/Id"));
                }
                Some(t) if *t == json!(["string", "null"]) => {
                    property.remove("type");
                    property.insert("anyOf".into(), json!([{ "$ref": "#/$defs/Id" }, { "type": "null" }]));
                }
                _ => {}
            }
        }
        if ID_LIST_FIELDS.contains(&field.as_str()) && property.get("items") == Some(&json!({ "type": "string" })) {
            property.insert("items".into(), json!({ "$ref": "#/$defs/Id" }));
        }
    }
}

fn describe_the_undocumented(defs: &mut Map<String, Value>) {
    for (name, definition) in defs.iter_mut() {
        fill_description(definition, fallback_description(name, ""));
        let Some(Value::Object(properties)) = definition.get_mut("properties") else { continue };
        for (field, property) in properties.iter_mut() {
            let description = fallback_description(name, field).or_else(|| role_description(name, field));
            fill_description(property, description);
        }
    }
}

fn fallback_description(definition: &str, field: &str) -> Option<String> {
    FALLBACK_DESCRIPTIONS.iter().find(|(d, f, _)| *d == definition && *f == field).map(|(_, _, text)| text.to_string())
}

/// Descriptions that follow from a property's role in any item.
fn role_description(definition: &str, field: &str) -> Option<String> {
    let item = match definition {
        "Judgment" => "this judgment",
        "Axis" => "this axis",
        "Actor" => "this actor",
        "Relation" => "this relation",
        "Project" => "this project",
        "Indicator" => "this indicator",
        "Observation" => "this observation",
        "Event" => "this event",
        "RecommendationArea" => "this area",
        "Recommendation" => "this recommendation",
        _ => return None,
    };
    let text = match field {
        "id" => format!("The id of {}.", item),
        "evidence" => EVIDENCE_DESCRIPTION.to_string(),
        "related" => format!("Ids of any other items {} is about.", item),
        "axes" => format!("Axis ids {} belongs to.", item),
        "actors" => format!("Actor ids {} concerns.", item),
        _ => return None,
    };
    Some(text)
}

/// Sets a description where the model's doc comments gave none.
fn fill_description(schema: &mut Value, description: Option<String>) {
    if let (Some(schema), Some(description)) = (schema.as_object_mut(), description) {
        schema.entry("description").or_insert(Value::String(description));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_as_json() {
        assert!(serde_json::from_str::<Value>(&json_schema()).is_ok());
    }

    #[test]
    fn every_fallback_names_a_definition_and_property_of_the_model() {
        let generated = schemars::schema_for!(Brief).to_value();
        for (definition, field, _) in FALLBACK_DESCRIPTIONS {
            let def = if *definition == "Brief" { Some(&generated) } else { generated["$defs"].get(definition) };
            let def = def.unwrap_or_else(|| panic!("{} is a definition", definition));
            if !field.is_empty() {
                assert!(def["properties"].get(field).is_some(), "{}.{} is a property", definition, field);
            }
        }
        for (definition, field) in NOT_BLANK_FIELDS {
            assert!(generated["$defs"][definition]["properties"].get(field).is_some(), "{}.{}", definition, field);
        }
    }
}
