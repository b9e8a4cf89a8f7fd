//! This crate's values as compact JSON text: how values cross into JavaScript (the binding hands the text
//! to the engine's `JSON.parse`, which builds the objects far more cheaply in Wasm bytes than
//! serde-wasm-bindgen's call per field: 58 KB less code, see bench/size.md).
//!
//! Written by hand rather than through `#[derive(Serialize)]`: serde's per-field generic calls, each with
//! its `Result` check, were inlined into every export; here each type is a straight run of calls to a few
//! out-of-line field writers.

use crate::load::decode::{ACTOR_KIND_NAMES, QUALIFIER_NAMES, STANCE_NAMES};
use crate::load::diagnostics::Diagnostic;
use crate::model::*;
use crate::query::search::{FieldMatch, SearchHit};
use crate::query::Partner;

/// A value that can be written as JSON text.
pub trait ToJson {
    fn write_json(&self, w: &mut JsonText);
}

/// An object written member by member, so a caller can add members of its own (an item's `kind`).
pub trait JsonFields {
    /// The members, without the braces.
    fn write_fields(&self, w: &mut JsonText);
}

/// `value` as JSON text. Finite `f64`s, whole or not, are written by `fraction`, so the caller chooses how
/// they are printed (the Wasm binding lets the JS engine do it, natively [`super::number_text`] serves);
/// no whole-number case of its own here, which the JS engine's text makes redundant. Non-finite numbers
/// become `null`, as `JSON.stringify` writes them. Infallible: a failure path here was an error value and
/// its message in every caller.
pub fn to_json_text(value: &dyn ToJson, fraction: fn(f64) -> String) -> String {
    let mut text = JsonText { out: String::new(), fraction };
    value.write_json(&mut text);
    text.out
}

/// The text being written, and how to write a fractional number.
pub struct JsonText {
    out: String,
    fraction: fn(f64) -> String,
}

// The writers below are out of line: inlined into each of the ~25 types' writers they cost more than the
// calls.
impl JsonText {
    /// An object from its members.
    #[inline(never)]
    pub fn object(&mut self, value: &dyn JsonFields) {
        self.out.push('{');
        value.write_fields(self);
        self.out.push('}');
    }

    /// An object member, written straight through [`Self::object`] rather than its type's `ToJson`.
    #[inline(never)]
    fn object_field(&mut self, name: &str, value: &dyn JsonFields) {
        self.key(name);
        self.object(value);
    }

    /// `"name":`, after a comma unless it opens the object (`open`'s rule: a member never
    /// follows a `[` or a `:`). Names are this crate's camelCase identifiers, so they need no escaping.
    #[inline(never)]
    pub fn key(&mut self, name: &str) {
        self.open('"');
        self.out.push_str(name);
        self.out.push_str("\":");
    }

    /// A member's key, or an array or object where a value is due, opened after a comma unless it opens
    /// its container or follows its key. Compact JSON's last byte tells, so no nesting stack: the JSON-LD
    /// nests by hand with this rather than through [`Self::object`].
    #[inline(never)]
    pub(crate) fn open(&mut self, bracket: char) {
        if !matches!(self.out.as_bytes().last(), None | Some(b'{' | b'[' | b':')) {
            self.out.push(',');
        }
        self.out.push(bracket);
    }

    /// Out of line: `String::push` inlined is a capacity check and a char's encoding at each of the
    /// JSON-LD's ~20 closing brackets.
    #[inline(never)]
    pub(crate) fn close(&mut self, bracket: char) {
        self.out.push(bracket);
    }

    /// Text that is JSON already (a number).
    pub(crate) fn raw(&mut self, json: &str) {
        self.out.push_str(json);
    }

    #[inline(never)]
    pub fn string(&mut self, s: &str) {
        crate::load::json::push_json_string(&mut self.out, s);
    }

    #[inline(never)]
    pub fn str_field(&mut self, name: &str, value: &str) {
        self.key(name);
        self.string(value);
    }

    /// [`Self::str_field`] for a `String` member: a call passes one pointer rather than the string's
    /// pointer and length, at each of ~50 call sites.
    #[allow(clippy::ptr_arg)]
    #[inline(never)]
    pub fn string_field(&mut self, name: &str, value: &String) {
        self.str_field(name, value);
    }

    /// Absent members are left out, not written as `null`.
    #[inline(never)]
    pub fn opt_str_field(&mut self, name: &str, value: &Option<String>) {
        if let Some(value) = value {
            self.str_field(name, value);
        }
    }

    #[inline(never)]
    pub fn uint_field(&mut self, name: &str, value: u32) {
        self.key(name);
        self.integer(i64::from(value));
    }

    #[inline(never)]
    pub fn bool_field(&mut self, name: &str, value: bool) {
        self.key(name);
        self.out.push_str(if value { "true" } else { "false" });
    }

    #[inline(never)]
    fn integer(&mut self, n: i64) {
        crate::load::json::push_int(&mut self.out, n);
    }

    #[inline(never)]
    fn number_field(&mut self, name: &str, v: f64) {
        self.key(name);
        if !v.is_finite() {
            // What JSON.stringify writes for NaN and infinities.
            self.out.push_str("null");
        } else {
            self.out.push_str(&(self.fraction)(v));
        }
    }

    fn opt_number_field(&mut self, name: &str, value: Option<f64>) {
        if let Some(v) = value {
            self.number_field(name, v);
        }
    }

    /// A JSON array of `items`.
    pub fn list<T: ToJson>(&mut self, items: &[T]) {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            item.write_json(self);
        }
        self.out.push(']');
    }

    pub fn list_field<T: ToJson>(&mut self, name: &str, items: &[T]) {
        self.key(name);
        self.list(items);
    }

    /// Lists of ids and phrases, the most common member.
    #[inline(never)]
    #[allow(clippy::ptr_arg)]
    pub fn strings_field(&mut self, name: &str, items: &Vec<String>) {
        self.list_field(name, items);
    }

    #[inline(never)]
    pub fn evidence_field(&mut self, evidence: &[Evidence]) {
        self.list_field("evidence", evidence);
    }

    /// The `axes`, `related` and `evidence` members most items end with.
    /// `&Vec`s, not slices: one pointer each to pass rather than two, at ~10 call sites.
    #[allow(clippy::ptr_arg)]
    #[inline(never)]
    fn links(&mut self, axes: Option<&Vec<String>>, related: &Vec<String>, evidence: &Vec<Evidence>) {
        if let Some(axes) = axes {
            self.strings_field("axes", axes);
        }
        self.strings_field("related", related);
        self.evidence_field(evidence);
    }
}

impl ToJson for str {
    fn write_json(&self, w: &mut JsonText) {
        w.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, w: &mut JsonText) {
        w.string(self);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, w: &mut JsonText) {
        (**self).write_json(w);
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, w: &mut JsonText) {
        w.list(self);
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, w: &mut JsonText) {
        w.list(self);
    }
}

impl ToJson for [u32; 2] {
    fn write_json(&self, w: &mut JsonText) {
        w.out.push('[');
        w.integer(i64::from(self[0]));
        w.out.push(',');
        w.integer(i64::from(self[1]));
        w.out.push(']');
    }
}

/// `ToJson` for types written as objects.
macro_rules! object_to_json {
    ($($t:ty),* $(,)?) => {
        $(impl ToJson for $t {
            // Inlined into the list writers, so every list of objects is the same code but for the
            // item size and the writer's vtable, and wasm-opt merges them into one.
            #[inline(always)]
            fn write_json(&self, w: &mut JsonText) {
                w.object(self);
            }
        })*
    };
}

object_to_json!(
    Brief,
    Meta,
    Author,
    Evidence,
    Judgment,
    Axis,
    Actor,
    Relation,
    Project,
    Place,
    Coordinates,
    Indicator,
    Observation,
    Event,
    RecommendationArea,
    Recommendation,
    Partner<'_>,
    SearchHit,
    FieldMatch,
    Diagnostic,
);

impl JsonFields for Brief {
    fn write_fields(&self, w: &mut JsonText) {
        w.opt_str_field("$schema", &self.schema);
        w.uint_field("format", self.format);
        w.object_field("meta", &self.meta);
        w.list_field("keyJudgments", &self.key_judgments);
        w.list_field("axes", &self.axes);
        w.list_field("actors", &self.actors);
        w.list_field("relations", &self.relations);
        w.list_field("projects", &self.projects);
        w.list_field("indicators", &self.indicators);
        w.list_field("events", &self.events);
        w.list_field("recommendationAreas", &self.recommendation_areas);
        w.list_field("recommendations", &self.recommendations);
    }
}

impl JsonFields for Meta {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("series", &self.series);
        w.string_field("number", &self.number);
        w.string_field("title", &self.title);
        w.string_field("date", &self.date.0);
        w.list_field("authors", &self.authors);
        w.opt_str_field("publisher", &self.publisher);
        w.string_field("language", &self.language);
        w.opt_str_field("sourceUrl", &self.source_url);
        w.uint_field("paragraphs", self.paragraphs);
        w.opt_str_field("subject", &self.subject);
        w.opt_str_field("rights", &self.rights);
        w.opt_str_field("summary", &self.summary);
    }
}

impl JsonFields for Author {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("name", &self.name);
        w.opt_str_field("role", &self.role);
        w.opt_str_field("affiliation", &self.affiliation);
    }
}

impl JsonFields for Evidence {
    fn write_fields(&self, w: &mut JsonText) {
        w.uint_field("paragraph", self.paragraph);
        w.string_field("quote", &self.quote);
    }
}

impl JsonFields for Judgment {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("id", &self.id);
        w.string_field("text", &self.text);
        w.links(Some(&self.axes), &self.related, &self.evidence);
    }
}

impl JsonFields for Axis {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("id", &self.id);
        w.string_field("label", &self.label);
        w.opt_str_field("summary", &self.summary);
        w.links(None, &self.related, &self.evidence);
    }
}

/// An enum value's name: its entry (by discriminant) in the decoder's table of the names it accepts,
/// which lists them in the enum's order (a test below checks it). One table for reading and writing, not a `match` here whose two tables of string
/// addresses and lengths were data of their own.
fn choice_name(names: &'static [&'static str], i: usize) -> &'static str {
    names.get(i).copied().unwrap_or_default()
}

impl JsonFields for Actor {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("id", &self.id);
        w.string_field("name", &self.name);
        w.str_field("kind", choice_name(ACTOR_KIND_NAMES, self.kind as usize));
        w.opt_str_field("shortName", &self.short_name);
        w.opt_str_field("description", &self.description);
        w.strings_field("memberOf", &self.member_of);
        w.links(None, &self.related, &self.evidence);
    }
}

impl JsonFields for Relation {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("id", &self.id);
        w.string_field("from", &self.from);
        w.string_field("to", &self.to);
        w.string_field("role", &self.role);
        w.str_field("stance", choice_name(STANCE_NAMES, self.stance as usize));
        w.strings_field("fields", &self.fields);
        w.opt_str_field("summary", &self.summary);
        w.links(Some(&self.axes), &self.related, &self.evidence);
    }
}

impl JsonFields for Project {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("id", &self.id);
        w.string_field("name", &self.name);
        w.string_field("sector", &self.sector);
        if let Some(place) = &self.place {
            w.object_field("place", place);
        }
        w.opt_str_field("policyFrame", &self.policy_frame);
        w.opt_str_field("timing", &self.timing);
        if let Some(date) = &self.date {
            w.string_field("date", &date.0);
        }
        w.strings_field("claimedResults", &self.claimed_results);
        w.strings_field("risks", &self.risks);
        w.strings_field("actors", &self.actors);
        w.links(Some(&self.axes), &self.related, &self.evidence);
    }
}

impl JsonFields for Place {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("name", &self.name);
        if let Some(coordinates) = &self.coordinates {
            w.object_field("coordinates", coordinates);
        }
    }
}

impl JsonFields for Coordinates {
    fn write_fields(&self, w: &mut JsonText) {
        w.number_field("lat", self.lat);
        w.number_field("lon", self.lon);
        w.bool_field("approximate", self.approximate);
        w.string_field("source", &self.source);
    }
}

impl JsonFields for Indicator {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("id", &self.id);
        w.string_field("name", &self.name);
        w.opt_str_field("unit", &self.unit);
        w.opt_str_field("description", &self.description);
        w.list_field("observations", &self.observations);
        w.links(Some(&self.axes), &self.related, &self.evidence);
    }
}

impl JsonFields for Observation {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("id", &self.id);
        w.string_field("label", &self.label);
        if let Some(date) = &self.date {
            w.string_field("date", &date.0);
        }
        w.str_field("qualifier", choice_name(QUALIFIER_NAMES, self.qualifier as usize));
        w.opt_number_field("low", self.low);
        w.opt_number_field("high", self.high);
        w.opt_str_field("note", &self.note);
        w.evidence_field(&self.evidence);
    }
}

impl JsonFields for Event {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("id", &self.id);
        w.string_field("title", &self.title);
        if let Some(date) = &self.date {
            w.string_field("date", &date.0);
        }
        w.opt_str_field("description", &self.description);
        w.strings_field("actors", &self.actors);
        w.links(Some(&self.axes), &self.related, &self.evidence);
    }
}

impl JsonFields for RecommendationArea {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("id", &self.id);
        w.string_field("label", &self.label);
        w.opt_str_field("addressee", &self.addressee);
    }
}

impl JsonFields for Recommendation {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("id", &self.id);
        w.string_field("area", &self.area);
        w.string_field("text", &self.text);
        w.strings_field("actors", &self.actors);
        w.links(Some(&self.axes), &self.related, &self.evidence);
    }
}

impl JsonFields for Partner<'_> {
    fn write_fields(&self, w: &mut JsonText) {
        w.object_field("relation", self.relation);
        w.object_field("partner", self.partner);
        w.bool_field("incoming", self.incoming);
    }
}

impl JsonFields for SearchHit {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("id", &self.id);
        w.str_field("kind", self.kind.as_str());
        w.string_field("title", &self.title);
        w.uint_field("score", self.score);
        w.list_field("matches", &self.matches);
    }
}

impl JsonFields for FieldMatch {
    fn write_fields(&self, w: &mut JsonText) {
        w.string_field("field", &self.field);
        w.uint_field("index", self.index);
        w.string_field("text", &self.text);
        w.list_field("ranges", &self.ranges);
    }
}

impl JsonFields for Diagnostic {
    fn write_fields(&self, w: &mut JsonText) {
        w.str_field("kind", self.kind.as_str());
        w.string_field("path", &self.path);
        w.uint_field("line", self.line);
        w.uint_field("column", self.column);
        w.string_field("message", &self.message);
    }
}

#[cfg(test)]
mod tests {
    use super::{choice_name, to_json_text};
    use crate::load::decode::{ACTOR_KIND_NAMES, QUALIFIER_NAMES, STANCE_NAMES};
    use crate::model::{ActorKind, Evidence, Observation, Qualifier, Stance};

    #[test]
    fn enum_names_follow_the_enums_order() {
        let kinds = [
            (ActorKind::State, "state"),
            (ActorKind::Bloc, "bloc"),
            (ActorKind::Person, "person"),
            (ActorKind::Institution, "institution"),
            (ActorKind::Organization, "organization"),
        ];
        for (kind, name) in kinds {
            assert_eq!(choice_name(ACTOR_KIND_NAMES, kind as usize), name);
        }
        let stances = [
            (Stance::Cooperative, "cooperative"),
            (Stance::Ambivalent, "ambivalent"),
            (Stance::Conditional, "conditional"),
            (Stance::Hostile, "hostile"),
            (Stance::Neutral, "neutral"),
        ];
        for (stance, name) in stances {
            assert_eq!(choice_name(STANCE_NAMES, stance as usize), name);
        }
        let qualifiers = [
            (Qualifier::Exact, "exact"),
            (Qualifier::Approximate, "approximate"),
            (Qualifier::Range, "range"),
            (Qualifier::AtLeast, "atLeast"),
            (Qualifier::AtMost, "atMost"),
        ];
        for (qualifier, name) in qualifiers {
            assert_eq!(choice_name(QUALIFIER_NAMES, qualifier as usize), name);
        }
    }

    #[test]
    fn serializes_model_values_as_compact_json() {
        let o = Observation {
            id: "o".into(),
            label: "≥ \"30,000\" <b>".into(),
            date: None,
            date_basis: None,
            status: None,
            qualifier: Qualifier::AtLeast,
            low: Some(30000.0),
            high: Some(2.5),
            note: None,
            wording: None,
            evidence: vec![Evidence { paragraph: 7, quote: "q".into() }],
        };
        let text = to_json_text(&o, |v| crate::load::json::number_text(v, 3));
        assert_eq!(
            text,
            r#"{"id":"o","label":"≥ \"30,000\" \u003cb\u003e","qualifier":"atLeast","low":30000,"high":2.5,"evidence":[{"paragraph":7,"quote":"q"}]}"#
        );
        let whole = crate::load_embedded().unwrap();
        let text = to_json_text(&whole.brief, |v| crate::load::json::number_text(v, 3));
        let reparsed = crate::load(&text).unwrap_or_else(|d| panic!("{}", d));
        assert_eq!(reparsed.brief, whole.brief);
    }
}
