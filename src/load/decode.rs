//! JSON tree → typed [`Brief`], reporting every schema problem at once with its path, line and column.
//!
//! Hand-written rather than `#[derive(Deserialize)]`: serde's derived visitors, monomorphised per type,
//! were 150 KB of the Wasm module (more than everything else together), and they stop at the first
//! error. This decoder is a few small non-generic helpers, keeps going after a problem so an author sees
//! them all, and words its messages in JSON terms.

use crate::diagnostics::{Diagnostic, DiagnosticKind};
use crate::json::{path_string, Key, Node, PathSeg, Value};
use crate::model::*;

/// Decodes a whole brief. `Err` holds every schema problem, in document order.
pub fn decode_brief(root: &Node) -> Result<Brief, Vec<Diagnostic>> {
    let mut d = Decoder { path: Vec::new(), errors: Vec::new() };
    let brief = brief(root, &mut d);
    if d.errors.is_empty() {
        return Ok(brief);
    }
    crate::diagnostics::sort_by_position(&mut d.errors);
    Err(d.errors)
}

// How it stays small: every struct is decoded by a plain function that starts from an empty value and
// fills each field through one non-generic `Decoder::field` call, naming the field's slot with an
// [`Out`]. A broken value is reported and left empty: the brief is only returned when nothing was
// reported, so the empty values never escape. (Generic `req<T>`/`opt<T>`/`list<T>` helpers, instantiated
// per field type and inlined into `load`, cost several KB more.) Each type's list of member names is its
// field table: `object` checks the members against it and `field` walks it, one name per call.

struct Decoder {
    path: Vec<PathSeg>,
    errors: Vec<Diagnostic>,
}

/// The members of an object being decoded, and the names of its type's fields not yet decoded.
///
/// Every type's fields are decoded in the order of the list of names `Decoder::object` is given, so a
/// member's name is taken from that list rather than passed again: the name each call site still writes
/// is checked against the list in debug builds only, and leaves no constant in the module.
struct Fields<'a> {
    node: &'a Node,
    members: &'a [(Key, Node)],
    names: &'static [&'static str],
}

/// Whether a member may be left out, and what `null` means for it.
#[derive(Clone, Copy, PartialEq)]
enum Presence {
    /// Must be there; `null` is a wrong type.
    Required,
    /// Absent and `null` both mean "not given".
    Optional,
    /// An array that may be left out (meaning empty); `null` is a wrong type.
    OptionalList,
}
use Presence::*;

/// Where a member's value goes.
enum Out<'o> {
    Text(&'o mut String),
    OptText(&'o mut Option<String>),
    Number(&'o mut f64),
    OptNumber(&'o mut Option<f64>),
    Count(&'o mut u32),
    Flag(&'o mut bool),
    /// A string naming one of these values; the slot gets its index.
    Choice(&'o mut usize, &'static [&'static str]),
    /// An array; the closure decodes and keeps each element.
    Each(&'o mut dyn Fill),
    /// Any other value, decoded by the closure.
    Other(&'o mut dyn Fill),
}

impl Decoder {
    fn error(&mut self, at: &Node, message: String) {
        self.error_at(at.line, at.column, message);
    }

    #[inline(never)]
    fn error_at(&mut self, line: u32, column: u32, message: String) {
        self.errors.push(Diagnostic {
            kind: DiagnosticKind::Schema,
            path: path_string(&self.path),
            line,
            column,
            message,
        });
    }

    #[inline(never)]
    fn expected(&mut self, at: &Node, what: &str) {
        let mut m = String::from("expected ");
        m.push_str(what);
        m.push_str(", found ");
        m.push_str(at.type_name());
        self.error(at, m);
    }

    /// Opens an object, reporting members whose names are not in `allowed`. When `n` is not an object
    /// (reported), there is nothing to decode: the fields it gives have no names left, so every `field`
    /// call on them does nothing and returns false.
    #[inline(never)]
    fn object<'a>(&mut self, n: &'a Node, allowed: &'static [&'static str]) -> Fields<'a> {
        let Value::Object(members) = &n.value else {
            self.expected(n, "an object");
            return Fields { node: n, members: &[], names: &[] };
        };
        for (key, _) in members {
            if !allowed.contains(&key.name.as_str()) {
                let mut m = String::from("unknown field \"");
                m.push_str(&key.name);
                match closest(&key.name, allowed) {
                    Some(s) => {
                        m.push_str("\"; did you mean \"");
                        m.push_str(s);
                        m.push_str("\"?");
                    }
                    None => {
                        m.push_str("\"; allowed here: ");
                        push_joined(&mut m, allowed);
                    }
                }
                self.path.push(PathSeg::Key(key.name.clone()));
                self.error_at(key.line, key.column, m);
                self.path.pop();
            }
        }
        Fields { node: n, members, names: allowed }
    }

    /// Decodes the next member of `f`, `name`, into `out`. False when a required member is missing or the
    /// value is broken (both reported).
    #[inline(never)]
    fn field(&mut self, f: &mut Fields<'_>, name: &'static str, presence: Presence, out: Out<'_>) -> bool {
        // No names left only when the value was not an object (see `object`).
        let Some((&key, rest)) = f.names.split_first() else {
            return false;
        };
        debug_assert_eq!(key, name, "fields are decoded in the order of their list");
        f.names = rest;
        let Some(n) = f.members.iter().find(|(k, _)| k.name == key).map(|(_, v)| v) else {
            if presence == Required {
                let mut m = String::from("missing required field \"");
                m.push_str(key);
                m.push('"');
                self.error(f.node, m);
                return false;
            }
            return true;
        };
        if presence == Optional && matches!(n.value, Value::Null) {
            return true;
        }
        self.path.push(PathSeg::Key(key.to_string()));
        let ok = self.value(n, out);
        self.path.pop();
        ok
    }

    /// A required string member. The common cases have their own small entry points: an `Out` built at
    /// each of ~90 call sites costs more than these.
    #[inline(never)]
    fn text(&mut self, f: &mut Fields<'_>, key: &'static str, out: &mut String) -> bool {
        self.field(f, key, Required, Out::Text(out))
    }

    /// An optional string member.
    #[inline(never)]
    fn opt_text(&mut self, f: &mut Fields<'_>, key: &'static str, out: &mut Option<String>) {
        self.field(f, key, Optional, Out::OptText(out));
    }

    /// A required whole number of 0 or more.
    #[inline(never)]
    fn count(&mut self, f: &mut Fields<'_>, key: &'static str, out: &mut u32) {
        self.field(f, key, Required, Out::Count(out));
    }

    /// An optional array of anything else (the brief's lists, an indicator's observations).
    #[inline(never)]
    fn list(&mut self, f: &mut Fields<'_>, key: &'static str, out: &mut dyn Fill) {
        self.field(f, key, OptionalList, Out::Each(out));
    }

    /// A required string naming one of `names`; its index (0 when missing or broken: the brief is then
    /// not returned).
    #[inline(never)]
    fn choice(&mut self, f: &mut Fields<'_>, key: &'static str, names: &'static [&'static str]) -> usize {
        let mut index = 0;
        self.field(f, key, Required, Out::Choice(&mut index, names));
        index
    }

    /// An optional array of strings.
    #[inline(never)]
    fn texts(&mut self, f: &mut Fields<'_>, key: &'static str, out: &mut Vec<String>) {
        self.field(f, key, OptionalList, Out::Each(out));
    }

    /// Decodes `n` into `out`; false (and reported) when it has the wrong type.
    fn value(&mut self, n: &Node, out: Out<'_>) -> bool {
        let what = match (out, &n.value) {
            (Out::Text(slot), Value::String(s)) => {
                slot.clone_from(s);
                return true;
            }
            (Out::OptText(slot), Value::String(s)) => {
                *slot = Some(s.clone());
                return true;
            }
            (Out::Number(slot), Value::Number(x)) => {
                *slot = *x;
                return true;
            }
            (Out::OptNumber(slot), Value::Number(x)) => {
                *slot = Some(*x);
                return true;
            }
            (Out::Count(slot), Value::Number(x)) => {
                let x = *x;
                if x.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(&x) {
                    *slot = x as u32;
                    return true;
                }
                self.error(n, "expected a whole number from 0 to 4294967295".into());
                return false;
            }
            (Out::Flag(slot), Value::Bool(b)) => {
                *slot = *b;
                return true;
            }
            (Out::Choice(slot, names), Value::String(s)) => {
                if let Some(i) = names.iter().position(|name| name == s) {
                    *slot = i;
                    return true;
                }
                let mut m = String::from("\"");
                m.push_str(s);
                m.push_str("\" is not one of: ");
                push_joined(&mut m, names);
                self.error(n, m);
                return false;
            }
            (Out::Each(each), Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    self.path.push(PathSeg::Index(i));
                    each.fill(item, self);
                    self.path.pop();
                }
                return true;
            }
            (Out::Other(decode), _) => {
                let errors = self.errors.len();
                decode.fill(n, self);
                return self.errors.len() == errors;
            }
            (Out::Text(_) | Out::OptText(_) | Out::Choice(..), _) => "a string",
            (Out::Number(_) | Out::OptNumber(_), _) => "a number",
            (Out::Count(_), _) => "a whole number of 0 or more",
            (Out::Flag(_), _) => "true or false",
            (Out::Each(_), _) => "an array",
        };
        self.expected(n, what);
        false
    }
}

/// `a, b, c`.
fn push_joined(out: &mut String, names: &[&str]) {
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
    }
}

/// The allowed name nearest to a misspelt one, if close enough to be a likely typo.
fn closest(word: &str, candidates: &[&'static str]) -> Option<&'static str> {
    if crate::render::char_count(word) > 64 {
        return None;
    }
    let mut best: Option<(usize, &'static str)> = None;
    for c in candidates {
        let dist = edit_distance(word, c);
        if dist <= 2.max(c.len() / 4) && best.is_none_or(|(b, _)| dist < b) {
            best = Some((dist, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Levenshtein distance in characters, ignoring ASCII case: the measure behind every "did you mean"
/// (field names here, flags and commands in the CLI).
// Inlined into `closest`: out of line it costs the Wasm module 16 bytes.
#[inline]
pub fn edit_distance(a: &str, b: &str) -> usize {
    // One row of the table, updated in place; iterators rather than indexing keep bounds-check panics out.
    let mut row: Vec<usize> = Vec::new();
    for i in 0..=crate::render::char_count(b) {
        row.push(i);
    }
    for (i, ca) in a.chars().enumerate() {
        // The cells up-left and left of the one being computed (the first column is `i + 1`).
        let (mut diagonal, mut left) = (i, i + 1);
        for (cell, cb) in row.iter_mut().skip(1).zip(b.chars()) {
            let up = *cell;
            let value = (diagonal + usize::from(!ca.eq_ignore_ascii_case(&cb))).min(up + 1).min(left + 1);
            *cell = value;
            (diagonal, left) = (up, value);
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}

// In the enums' order: the JSON writers (json/ser.rs) look names up by discriminant.
pub(crate) const ACTOR_KIND_NAMES: &[&str] = &["state", "bloc", "person", "institution", "organization"];
const ACTOR_KINDS: [ActorKind; 5] =
    [ActorKind::State, ActorKind::Bloc, ActorKind::Person, ActorKind::Institution, ActorKind::Organization];
pub(crate) const STANCE_NAMES: &[&str] = &["cooperative", "ambivalent", "conditional", "hostile", "neutral"];
const STANCES: [Stance; 5] =
    [Stance::Cooperative, Stance::Ambivalent, Stance::Conditional, Stance::Hostile, Stance::Neutral];
pub(crate) const QUALIFIER_NAMES: &[&str] = &["exact", "approximate", "range", "atLeast", "atMost"];
const QUALIFIERS: [Qualifier; 5] =
    [Qualifier::Exact, Qualifier::Approximate, Qualifier::Range, Qualifier::AtLeast, Qualifier::AtMost];

// The empty values decoding starts from. Constants, copied whole from the data section: building each
// empty `String` and `Vec` field by field was ~100 B of code per type.
const NO_TEXT: String = String::new();
const EMPTY_EVIDENCE: Evidence = Evidence { paragraph: 0, quote: NO_TEXT };
const EMPTY_AUTHOR: Author = Author { name: NO_TEXT, role: None, affiliation: None };
const EMPTY_META: Meta = Meta {
    series: NO_TEXT,
    number: NO_TEXT,
    title: NO_TEXT,
    date: DateSpec(NO_TEXT),
    authors: Vec::new(),
    publisher: NO_TEXT,
    language: NO_TEXT,
    source_url: None,
    paragraphs: 0,
    subject: None,
    rights: None,
    summary: None,
};
const EMPTY_BRIEF: Brief = Brief {
    schema: None,
    format: 0,
    meta: EMPTY_META,
    key_judgments: Vec::new(),
    axes: Vec::new(),
    actors: Vec::new(),
    relations: Vec::new(),
    projects: Vec::new(),
    indicators: Vec::new(),
    events: Vec::new(),
    recommendation_areas: Vec::new(),
    recommendations: Vec::new(),
};
const EMPTY_JUDGMENT: Judgment =
    Judgment { id: NO_TEXT, text: NO_TEXT, axes: Vec::new(), related: Vec::new(), evidence: Vec::new() };
const EMPTY_AXIS: Axis = Axis { id: NO_TEXT, label: NO_TEXT, summary: None, related: Vec::new(), evidence: Vec::new() };
const EMPTY_ACTOR: Actor = Actor {
    id: NO_TEXT,
    name: NO_TEXT,
    kind: ActorKind::State,
    short_name: None,
    description: None,
    member_of: Vec::new(),
    related: Vec::new(),
    evidence: Vec::new(),
};
const EMPTY_RELATION: Relation = Relation {
    id: NO_TEXT,
    from: NO_TEXT,
    to: NO_TEXT,
    role: NO_TEXT,
    stance: Stance::Cooperative,
    fields: Vec::new(),
    summary: None,
    axes: Vec::new(),
    related: Vec::new(),
    evidence: Vec::new(),
};
const EMPTY_PROJECT: Project = Project {
    id: NO_TEXT,
    name: NO_TEXT,
    sector: NO_TEXT,
    place: None,
    policy_frame: None,
    timing: None,
    date: None,
    claimed_results: Vec::new(),
    risks: Vec::new(),
    actors: Vec::new(),
    axes: Vec::new(),
    related: Vec::new(),
    evidence: Vec::new(),
};
const EMPTY_PLACE: Place = Place { name: NO_TEXT, coordinates: None };
const EMPTY_COORDINATES: Coordinates = Coordinates { lat: 0.0, lon: 0.0, approximate: false, source: NO_TEXT };
const EMPTY_INDICATOR: Indicator = Indicator {
    id: NO_TEXT,
    name: NO_TEXT,
    unit: None,
    description: None,
    observations: Vec::new(),
    axes: Vec::new(),
    related: Vec::new(),
    evidence: Vec::new(),
};
const EMPTY_OBSERVATION: Observation = Observation {
    id: NO_TEXT,
    label: NO_TEXT,
    date: None,
    qualifier: Qualifier::Exact,
    low: None,
    high: None,
    note: None,
    evidence: Vec::new(),
};
const EMPTY_EVENT: Event = Event {
    id: NO_TEXT,
    title: NO_TEXT,
    date: DateSpec(NO_TEXT),
    description: None,
    actors: Vec::new(),
    axes: Vec::new(),
    related: Vec::new(),
    evidence: Vec::new(),
};
const EMPTY_RECOMMENDATION_AREA: RecommendationArea =
    RecommendationArea { id: NO_TEXT, label: NO_TEXT, addressee: None };
const EMPTY_RECOMMENDATION: Recommendation = Recommendation {
    id: NO_TEXT,
    area: NO_TEXT,
    text: NO_TEXT,
    actors: Vec::new(),
    axes: Vec::new(),
    related: Vec::new(),
    evidence: Vec::new(),
};

/// The required `evidence` array every item but a recommendation area has.
fn evidence_list(d: &mut Decoder, f: &mut Fields<'_>, out: &mut Vec<Evidence>) {
    d.field(f, "evidence", Required, Out::Each(out));
}

fn evidence(n: &Node, d: &mut Decoder, e: &mut Evidence) {
    let mut f = d.object(n, &["paragraph", "quote"]);
    d.count(&mut f, "paragraph", &mut e.paragraph);
    d.text(&mut f, "quote", &mut e.quote);
}

fn author(n: &Node, d: &mut Decoder, a: &mut Author) {
    let mut f = d.object(n, &["name", "role", "affiliation"]);
    // As the schema has always read it: the other members are not looked at without a name.
    if d.text(&mut f, "name", &mut a.name) {
        d.opt_text(&mut f, "role", &mut a.role);
        d.opt_text(&mut f, "affiliation", &mut a.affiliation);
    }
}

/// Where an array's elements or a nested object go. A trait of our own rather than `dyn FnMut`: each
/// closure's vtable brought a `call_once` shim along.
trait Fill {
    fn fill(&mut self, n: &Node, d: &mut Decoder);
}

// An element is pushed empty and decoded in place: no copy of it on the stack moved into the list.
macro_rules! fill_list {
    ($($item:ty => $empty:ident, $decode:ident),* $(,)?) => {$(
        impl Fill for Vec<$item> {
            fn fill(&mut self, n: &Node, d: &mut Decoder) {
                self.push($empty);
                if let Some(item) = self.last_mut() {
                    $decode(n, d, item);
                }
            }
        }
    )*};
}

fill_list!(
    Evidence => EMPTY_EVIDENCE, evidence,
    Author => EMPTY_AUTHOR, author,
    Judgment => EMPTY_JUDGMENT, judgment,
    Axis => EMPTY_AXIS, axis,
    Actor => EMPTY_ACTOR, actor,
    Relation => EMPTY_RELATION, relation,
    Project => EMPTY_PROJECT, project,
    Indicator => EMPTY_INDICATOR, indicator,
    Observation => EMPTY_OBSERVATION, observation,
    Event => EMPTY_EVENT, event,
    RecommendationArea => EMPTY_RECOMMENDATION_AREA, recommendation_area,
    Recommendation => EMPTY_RECOMMENDATION, recommendation,
);

/// An array of strings; elements that are not strings are reported and left out.
impl Fill for Vec<String> {
    fn fill(&mut self, n: &Node, d: &mut Decoder) {
        let mut s = String::new();
        if d.value(n, Out::Text(&mut s)) {
            self.push(s);
        }
    }
}

impl Fill for Meta {
    fn fill(&mut self, n: &Node, d: &mut Decoder) {
        meta(n, d, self);
    }
}

impl Fill for Option<Place> {
    fn fill(&mut self, n: &Node, d: &mut Decoder) {
        place(n, d, self.insert(EMPTY_PLACE));
    }
}

impl Fill for Option<Coordinates> {
    fn fill(&mut self, n: &Node, d: &mut Decoder) {
        coordinates(n, d, self.insert(EMPTY_COORDINATES));
    }
}

/// An optional date member.
fn opt_date(d: &mut Decoder, f: &mut Fields<'_>, out: &mut Option<DateSpec>) {
    let mut text = None;
    d.opt_text(f, "date", &mut text);
    *out = text.map(DateSpec);
}

fn brief(n: &Node, d: &mut Decoder) -> Brief {
    let mut b = EMPTY_BRIEF;
    let mut f = d.object(
        n,
        &[
            "$schema",
            "format",
            "meta",
            "keyJudgments",
            "axes",
            "actors",
            "relations",
            "projects",
            "indicators",
            "events",
            "recommendationAreas",
            "recommendations",
        ],
    );
    d.opt_text(&mut f, "$schema", &mut b.schema);
    d.count(&mut f, "format", &mut b.format);
    d.field(&mut f, "meta", Required, Out::Other(&mut b.meta));
    d.list(&mut f, "keyJudgments", &mut b.key_judgments);
    d.list(&mut f, "axes", &mut b.axes);
    d.list(&mut f, "actors", &mut b.actors);
    d.list(&mut f, "relations", &mut b.relations);
    d.list(&mut f, "projects", &mut b.projects);
    d.list(&mut f, "indicators", &mut b.indicators);
    d.list(&mut f, "events", &mut b.events);
    d.list(&mut f, "recommendationAreas", &mut b.recommendation_areas);
    d.list(&mut f, "recommendations", &mut b.recommendations);
    b
}

fn meta(n: &Node, d: &mut Decoder, m: &mut Meta) {
    let mut f = d.object(
        n,
        &[
            "series",
            "number",
            "title",
            "date",
            "authors",
            "publisher",
            "language",
            "sourceUrl",
            "paragraphs",
            "subject",
            "rights",
            "summary",
        ],
    );
    d.text(&mut f, "series", &mut m.series);
    d.text(&mut f, "number", &mut m.number);
    d.text(&mut f, "title", &mut m.title);
    d.text(&mut f, "date", &mut m.date.0);
    d.field(&mut f, "authors", Required, Out::Each(&mut m.authors));
    d.text(&mut f, "publisher", &mut m.publisher);
    d.text(&mut f, "language", &mut m.language);
    d.opt_text(&mut f, "sourceUrl", &mut m.source_url);
    d.count(&mut f, "paragraphs", &mut m.paragraphs);
    d.opt_text(&mut f, "subject", &mut m.subject);
    d.opt_text(&mut f, "rights", &mut m.rights);
    d.opt_text(&mut f, "summary", &mut m.summary);
}

fn judgment(n: &Node, d: &mut Decoder, j: &mut Judgment) {
    let mut f = d.object(n, &["id", "text", "axes", "related", "evidence"]);
    d.text(&mut f, "id", &mut j.id);
    d.text(&mut f, "text", &mut j.text);
    d.texts(&mut f, "axes", &mut j.axes);
    d.texts(&mut f, "related", &mut j.related);
    evidence_list(d, &mut f, &mut j.evidence);
}

fn axis(n: &Node, d: &mut Decoder, a: &mut Axis) {
    let mut f = d.object(n, &["id", "label", "summary", "related", "evidence"]);
    d.text(&mut f, "id", &mut a.id);
    d.text(&mut f, "label", &mut a.label);
    d.opt_text(&mut f, "summary", &mut a.summary);
    d.texts(&mut f, "related", &mut a.related);
    evidence_list(d, &mut f, &mut a.evidence);
}

fn actor(n: &Node, d: &mut Decoder, a: &mut Actor) {
    let mut f = d.object(n, &["id", "name", "kind", "shortName", "description", "memberOf", "related", "evidence"]);
    d.text(&mut f, "id", &mut a.id);
    d.text(&mut f, "name", &mut a.name);
    let kind = d.choice(&mut f, "kind", ACTOR_KIND_NAMES);
    a.kind = ACTOR_KINDS.get(kind).copied().unwrap_or(ActorKind::State);
    d.opt_text(&mut f, "shortName", &mut a.short_name);
    d.opt_text(&mut f, "description", &mut a.description);
    d.texts(&mut f, "memberOf", &mut a.member_of);
    d.texts(&mut f, "related", &mut a.related);
    evidence_list(d, &mut f, &mut a.evidence);
}

fn relation(n: &Node, d: &mut Decoder, r: &mut Relation) {
    let mut f =
        d.object(n, &["id", "from", "to", "role", "stance", "fields", "summary", "axes", "related", "evidence"]);
    d.text(&mut f, "id", &mut r.id);
    d.text(&mut f, "from", &mut r.from);
    d.text(&mut f, "to", &mut r.to);
    d.text(&mut f, "role", &mut r.role);
    let stance = d.choice(&mut f, "stance", STANCE_NAMES);
    r.stance = STANCES.get(stance).copied().unwrap_or(Stance::Cooperative);
    d.texts(&mut f, "fields", &mut r.fields);
    d.opt_text(&mut f, "summary", &mut r.summary);
    d.texts(&mut f, "axes", &mut r.axes);
    d.texts(&mut f, "related", &mut r.related);
    evidence_list(d, &mut f, &mut r.evidence);
}

fn project(n: &Node, d: &mut Decoder, p: &mut Project) {
    let mut f = d.object(
        n,
        &[
            "id",
            "name",
            "sector",
            "place",
            "policyFrame",
            "timing",
            "date",
            "claimedResults",
            "risks",
            "actors",
            "axes",
            "related",
            "evidence",
        ],
    );
    d.text(&mut f, "id", &mut p.id);
    d.text(&mut f, "name", &mut p.name);
    d.text(&mut f, "sector", &mut p.sector);
    d.field(&mut f, "place", Optional, Out::Other(&mut p.place));
    d.opt_text(&mut f, "policyFrame", &mut p.policy_frame);
    d.opt_text(&mut f, "timing", &mut p.timing);
    opt_date(d, &mut f, &mut p.date);
    d.texts(&mut f, "claimedResults", &mut p.claimed_results);
    d.texts(&mut f, "risks", &mut p.risks);
    d.texts(&mut f, "actors", &mut p.actors);
    d.texts(&mut f, "axes", &mut p.axes);
    d.texts(&mut f, "related", &mut p.related);
    evidence_list(d, &mut f, &mut p.evidence);
}

fn place(n: &Node, d: &mut Decoder, p: &mut Place) {
    let mut f = d.object(n, &["name", "coordinates"]);
    // As the schema has always read it: the coordinates are not looked at without a name.
    if d.text(&mut f, "name", &mut p.name) {
        d.field(&mut f, "coordinates", Optional, Out::Other(&mut p.coordinates));
    }
}

fn coordinates(n: &Node, d: &mut Decoder, c: &mut Coordinates) {
    let mut f = d.object(n, &["lat", "lon", "approximate", "source"]);
    d.field(&mut f, "lat", Required, Out::Number(&mut c.lat));
    d.field(&mut f, "lon", Required, Out::Number(&mut c.lon));
    d.field(&mut f, "approximate", Required, Out::Flag(&mut c.approximate));
    d.text(&mut f, "source", &mut c.source);
}

fn indicator(n: &Node, d: &mut Decoder, i: &mut Indicator) {
    let mut f = d.object(n, &["id", "name", "unit", "description", "observations", "axes", "related", "evidence"]);
    d.text(&mut f, "id", &mut i.id);
    d.text(&mut f, "name", &mut i.name);
    d.opt_text(&mut f, "unit", &mut i.unit);
    d.opt_text(&mut f, "description", &mut i.description);
    d.list(&mut f, "observations", &mut i.observations);
    d.texts(&mut f, "axes", &mut i.axes);
    d.texts(&mut f, "related", &mut i.related);
    evidence_list(d, &mut f, &mut i.evidence);
}

fn observation(n: &Node, d: &mut Decoder, o: &mut Observation) {
    let mut f = d.object(n, &["id", "label", "date", "qualifier", "low", "high", "note", "evidence"]);
    d.text(&mut f, "id", &mut o.id);
    d.text(&mut f, "label", &mut o.label);
    opt_date(d, &mut f, &mut o.date);
    let qualifier = d.choice(&mut f, "qualifier", QUALIFIER_NAMES);
    o.qualifier = QUALIFIERS.get(qualifier).copied().unwrap_or(Qualifier::Exact);
    d.field(&mut f, "low", Optional, Out::OptNumber(&mut o.low));
    d.field(&mut f, "high", Optional, Out::OptNumber(&mut o.high));
    d.opt_text(&mut f, "note", &mut o.note);
    evidence_list(d, &mut f, &mut o.evidence);
}

fn event(n: &Node, d: &mut Decoder, e: &mut Event) {
    let mut f = d.object(n, &["id", "title", "date", "description", "actors", "axes", "related", "evidence"]);
    d.text(&mut f, "id", &mut e.id);
    d.text(&mut f, "title", &mut e.title);
    d.text(&mut f, "date", &mut e.date.0);
    d.opt_text(&mut f, "description", &mut e.description);
    d.texts(&mut f, "actors", &mut e.actors);
    d.texts(&mut f, "axes", &mut e.axes);
    d.texts(&mut f, "related", &mut e.related);
    evidence_list(d, &mut f, &mut e.evidence);
}

fn recommendation_area(n: &Node, d: &mut Decoder, a: &mut RecommendationArea) {
    let mut f = d.object(n, &["id", "label", "addressee"]);
    let id = d.text(&mut f, "id", &mut a.id);
    let label = d.text(&mut f, "label", &mut a.label);
    // As the schema has always read it: the addressee is not looked at without an id and a label.
    if id && label {
        d.opt_text(&mut f, "addressee", &mut a.addressee);
    }
}

fn recommendation(n: &Node, d: &mut Decoder, r: &mut Recommendation) {
    let mut f = d.object(n, &["id", "area", "text", "actors", "axes", "related", "evidence"]);
    d.text(&mut f, "id", &mut r.id);
    d.text(&mut f, "area", &mut r.area);
    d.text(&mut f, "text", &mut r.text);
    d.texts(&mut f, "actors", &mut r.actors);
    d.texts(&mut f, "axes", &mut r.axes);
    d.texts(&mut f, "related", &mut r.related);
    evidence_list(d, &mut f, &mut r.evidence);
}
