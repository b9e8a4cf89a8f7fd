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
// per field type and inlined into `load`, cost several KB more.)

struct Decoder {
    path: Vec<PathSeg>,
    errors: Vec<Diagnostic>,
}

/// The members of an object being decoded.
struct Fields<'a> {
    node: &'a Node,
    members: &'a [(Key, Node)],
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

    /// Opens an object, reporting members whose names are not in `allowed`.
    #[inline(never)]
    fn object<'a>(&mut self, n: &'a Node, allowed: &[&'static str]) -> Option<Fields<'a>> {
        let Value::Object(members) = &n.value else {
            self.expected(n, "an object");
            return None;
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
        Some(Fields { node: n, members })
    }

    /// Decodes member `key` of `f` into `out`. False when a required member is missing or the value is
    /// broken (both reported).
    #[inline(never)]
    fn field(&mut self, f: &Fields<'_>, key: &'static str, presence: Presence, out: Out<'_>) -> bool {
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
    fn text(&mut self, f: &Fields<'_>, key: &'static str, out: &mut String) -> bool {
        self.field(f, key, Required, Out::Text(out))
    }

    /// An optional string member.
    #[inline(never)]
    fn opt_text(&mut self, f: &Fields<'_>, key: &'static str, out: &mut Option<String>) {
        self.field(f, key, Optional, Out::OptText(out));
    }

    /// An optional array of strings.
    #[inline(never)]
    fn texts(&mut self, f: &Fields<'_>, key: &'static str, out: &mut Vec<String>) {
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

/// The required `evidence` array every item but a recommendation area has.
fn evidence_list(d: &mut Decoder, f: &Fields<'_>, out: &mut Vec<Evidence>) {
    d.field(f, "evidence", Required, Out::Each(out));
}

fn evidence(n: &Node, d: &mut Decoder) -> Evidence {
    let mut e = Evidence { paragraph: 0, quote: String::new() };
    if let Some(f) = d.object(n, &["paragraph", "quote"]) {
        d.field(&f, "paragraph", Required, Out::Count(&mut e.paragraph));
        d.text(&f, "quote", &mut e.quote);
    }
    e
}

fn author(n: &Node, d: &mut Decoder) -> Author {
    let mut a = Author { name: String::new(), role: None, affiliation: None };
    if let Some(f) = d.object(n, &["name", "role", "affiliation"]) {
        // As the schema has always read it: the other members are not looked at without a name.
        if d.text(&f, "name", &mut a.name) {
            d.opt_text(&f, "role", &mut a.role);
            d.opt_text(&f, "affiliation", &mut a.affiliation);
        }
    }
    a
}

/// Where an array's elements or a nested object go. A trait of our own rather than `dyn FnMut`: each
/// closure's vtable brought a `call_once` shim along.
trait Fill {
    fn fill(&mut self, n: &Node, d: &mut Decoder);
}

macro_rules! fill_list {
    ($($item:ty => $decode:ident),* $(,)?) => {$(
        impl Fill for Vec<$item> {
            fn fill(&mut self, n: &Node, d: &mut Decoder) {
                self.push($decode(n, d));
            }
        }
    )*};
}

fill_list!(
    Evidence => evidence,
    Author => author,
    Judgment => judgment,
    Axis => axis,
    Actor => actor,
    Relation => relation,
    Project => project,
    Indicator => indicator,
    Observation => observation,
    Event => event,
    RecommendationArea => recommendation_area,
    Recommendation => recommendation,
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
        *self = Some(place(n, d));
    }
}

impl Fill for Option<Coordinates> {
    fn fill(&mut self, n: &Node, d: &mut Decoder) {
        *self = Some(coordinates(n, d));
    }
}

/// An optional date member.
fn opt_date(d: &mut Decoder, f: &Fields<'_>, out: &mut Option<DateSpec>) {
    let mut text = None;
    d.opt_text(f, "date", &mut text);
    *out = text.map(DateSpec);
}

fn brief(n: &Node, d: &mut Decoder) -> Brief {
    let mut b = Brief {
        schema: None,
        format: 0,
        meta: Meta {
            series: String::new(),
            number: String::new(),
            title: String::new(),
            date: DateSpec(String::new()),
            authors: Vec::new(),
            publisher: String::new(),
            language: String::new(),
            source_url: None,
            paragraphs: 0,
            subject: None,
            rights: None,
            summary: None,
        },
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
    let Some(f) = d.object(
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
    ) else {
        return b;
    };
    d.opt_text(&f, "$schema", &mut b.schema);
    d.field(&f, "format", Required, Out::Count(&mut b.format));
    d.field(&f, "meta", Required, Out::Other(&mut b.meta));
    d.field(&f, "keyJudgments", OptionalList, Out::Each(&mut b.key_judgments));
    d.field(&f, "axes", OptionalList, Out::Each(&mut b.axes));
    d.field(&f, "actors", OptionalList, Out::Each(&mut b.actors));
    d.field(&f, "relations", OptionalList, Out::Each(&mut b.relations));
    d.field(&f, "projects", OptionalList, Out::Each(&mut b.projects));
    d.field(&f, "indicators", OptionalList, Out::Each(&mut b.indicators));
    d.field(&f, "events", OptionalList, Out::Each(&mut b.events));
    d.field(&f, "recommendationAreas", OptionalList, Out::Each(&mut b.recommendation_areas));
    d.field(&f, "recommendations", OptionalList, Out::Each(&mut b.recommendations));
    b
}

fn meta(n: &Node, d: &mut Decoder, m: &mut Meta) {
    let Some(f) = d.object(
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
    ) else {
        return;
    };
    d.text(&f, "series", &mut m.series);
    d.text(&f, "number", &mut m.number);
    d.text(&f, "title", &mut m.title);
    d.text(&f, "date", &mut m.date.0);
    d.field(&f, "authors", Required, Out::Each(&mut m.authors));
    d.text(&f, "publisher", &mut m.publisher);
    d.text(&f, "language", &mut m.language);
    d.opt_text(&f, "sourceUrl", &mut m.source_url);
    d.field(&f, "paragraphs", Required, Out::Count(&mut m.paragraphs));
    d.opt_text(&f, "subject", &mut m.subject);
    d.opt_text(&f, "rights", &mut m.rights);
    d.opt_text(&f, "summary", &mut m.summary);
}

fn judgment(n: &Node, d: &mut Decoder) -> Judgment {
    let mut j = Judgment {
        id: String::new(),
        text: String::new(),
        axes: Vec::new(),
        related: Vec::new(),
        evidence: Vec::new(),
    };
    if let Some(f) = d.object(n, &["id", "text", "axes", "related", "evidence"]) {
        d.text(&f, "id", &mut j.id);
        d.text(&f, "text", &mut j.text);
        d.texts(&f, "axes", &mut j.axes);
        d.texts(&f, "related", &mut j.related);
        evidence_list(d, &f, &mut j.evidence);
    }
    j
}

fn axis(n: &Node, d: &mut Decoder) -> Axis {
    let mut a =
        Axis { id: String::new(), label: String::new(), summary: None, related: Vec::new(), evidence: Vec::new() };
    if let Some(f) = d.object(n, &["id", "label", "summary", "related", "evidence"]) {
        d.text(&f, "id", &mut a.id);
        d.text(&f, "label", &mut a.label);
        d.opt_text(&f, "summary", &mut a.summary);
        d.texts(&f, "related", &mut a.related);
        evidence_list(d, &f, &mut a.evidence);
    }
    a
}

fn actor(n: &Node, d: &mut Decoder) -> Actor {
    let mut a = Actor {
        id: String::new(),
        name: String::new(),
        kind: ActorKind::State,
        short_name: None,
        description: None,
        member_of: Vec::new(),
        related: Vec::new(),
        evidence: Vec::new(),
    };
    if let Some(f) = d.object(n, &["id", "name", "kind", "shortName", "description", "memberOf", "related", "evidence"])
    {
        d.text(&f, "id", &mut a.id);
        d.text(&f, "name", &mut a.name);
        let mut kind = 0;
        d.field(&f, "kind", Required, Out::Choice(&mut kind, ACTOR_KIND_NAMES));
        a.kind = ACTOR_KINDS.get(kind).copied().unwrap_or(ActorKind::State);
        d.opt_text(&f, "shortName", &mut a.short_name);
        d.opt_text(&f, "description", &mut a.description);
        d.texts(&f, "memberOf", &mut a.member_of);
        d.texts(&f, "related", &mut a.related);
        evidence_list(d, &f, &mut a.evidence);
    }
    a
}

fn relation(n: &Node, d: &mut Decoder) -> Relation {
    let mut r = Relation {
        id: String::new(),
        from: String::new(),
        to: String::new(),
        role: String::new(),
        stance: Stance::Cooperative,
        fields: Vec::new(),
        summary: None,
        axes: Vec::new(),
        related: Vec::new(),
        evidence: Vec::new(),
    };
    if let Some(f) =
        d.object(n, &["id", "from", "to", "role", "stance", "fields", "summary", "axes", "related", "evidence"])
    {
        d.text(&f, "id", &mut r.id);
        d.text(&f, "from", &mut r.from);
        d.text(&f, "to", &mut r.to);
        d.text(&f, "role", &mut r.role);
        let mut stance = 0;
        d.field(&f, "stance", Required, Out::Choice(&mut stance, STANCE_NAMES));
        r.stance = STANCES.get(stance).copied().unwrap_or(Stance::Cooperative);
        d.texts(&f, "fields", &mut r.fields);
        d.opt_text(&f, "summary", &mut r.summary);
        d.texts(&f, "axes", &mut r.axes);
        d.texts(&f, "related", &mut r.related);
        evidence_list(d, &f, &mut r.evidence);
    }
    r
}

fn project(n: &Node, d: &mut Decoder) -> Project {
    let mut p = Project {
        id: String::new(),
        name: String::new(),
        sector: String::new(),
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
    let Some(f) = d.object(
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
    ) else {
        return p;
    };
    d.text(&f, "id", &mut p.id);
    d.text(&f, "name", &mut p.name);
    d.text(&f, "sector", &mut p.sector);
    d.field(&f, "place", Optional, Out::Other(&mut p.place));
    d.opt_text(&f, "policyFrame", &mut p.policy_frame);
    d.opt_text(&f, "timing", &mut p.timing);
    opt_date(d, &f, &mut p.date);
    d.texts(&f, "claimedResults", &mut p.claimed_results);
    d.texts(&f, "risks", &mut p.risks);
    d.texts(&f, "actors", &mut p.actors);
    d.texts(&f, "axes", &mut p.axes);
    d.texts(&f, "related", &mut p.related);
    evidence_list(d, &f, &mut p.evidence);
    p
}

fn place(n: &Node, d: &mut Decoder) -> Place {
    let mut p = Place { name: String::new(), coordinates: None };
    if let Some(f) = d.object(n, &["name", "coordinates"]) {
        // As the schema has always read it: the coordinates are not looked at without a name.
        if d.text(&f, "name", &mut p.name) {
            d.field(&f, "coordinates", Optional, Out::Other(&mut p.coordinates));
        }
    }
    p
}

fn coordinates(n: &Node, d: &mut Decoder) -> Coordinates {
    let mut c = Coordinates { lat: 0.0, lon: 0.0, approximate: false, source: String::new() };
    if let Some(f) = d.object(n, &["lat", "lon", "approximate", "source"]) {
        d.field(&f, "lat", Required, Out::Number(&mut c.lat));
        d.field(&f, "lon", Required, Out::Number(&mut c.lon));
        d.field(&f, "approximate", Required, Out::Flag(&mut c.approximate));
        d.text(&f, "source", &mut c.source);
    }
    c
}

fn indicator(n: &Node, d: &mut Decoder) -> Indicator {
    let mut i = Indicator {
        id: String::new(),
        name: String::new(),
        unit: None,
        description: None,
        observations: Vec::new(),
        axes: Vec::new(),
        related: Vec::new(),
        evidence: Vec::new(),
    };
    if let Some(f) = d.object(n, &["id", "name", "unit", "description", "observations", "axes", "related", "evidence"])
    {
        d.text(&f, "id", &mut i.id);
        d.text(&f, "name", &mut i.name);
        d.opt_text(&f, "unit", &mut i.unit);
        d.opt_text(&f, "description", &mut i.description);
        d.field(&f, "observations", OptionalList, Out::Each(&mut i.observations));
        d.texts(&f, "axes", &mut i.axes);
        d.texts(&f, "related", &mut i.related);
        evidence_list(d, &f, &mut i.evidence);
    }
    i
}

fn observation(n: &Node, d: &mut Decoder) -> Observation {
    let mut o = Observation {
        id: String::new(),
        label: String::new(),
        date: None,
        qualifier: Qualifier::Exact,
        low: None,
        high: None,
        note: None,
        evidence: Vec::new(),
    };
    if let Some(f) = d.object(n, &["id", "label", "date", "qualifier", "low", "high", "note", "evidence"]) {
        d.text(&f, "id", &mut o.id);
        d.text(&f, "label", &mut o.label);
        opt_date(d, &f, &mut o.date);
        let mut qualifier = 0;
        d.field(&f, "qualifier", Required, Out::Choice(&mut qualifier, QUALIFIER_NAMES));
        o.qualifier = QUALIFIERS.get(qualifier).copied().unwrap_or(Qualifier::Exact);
        d.field(&f, "low", Optional, Out::OptNumber(&mut o.low));
        d.field(&f, "high", Optional, Out::OptNumber(&mut o.high));
        d.opt_text(&f, "note", &mut o.note);
        evidence_list(d, &f, &mut o.evidence);
    }
    o
}

fn event(n: &Node, d: &mut Decoder) -> Event {
    let mut e = Event {
        id: String::new(),
        title: String::new(),
        date: DateSpec(String::new()),
        description: None,
        actors: Vec::new(),
        axes: Vec::new(),
        related: Vec::new(),
        evidence: Vec::new(),
    };
    if let Some(f) = d.object(n, &["id", "title", "date", "description", "actors", "axes", "related", "evidence"]) {
        d.text(&f, "id", &mut e.id);
        d.text(&f, "title", &mut e.title);
        d.text(&f, "date", &mut e.date.0);
        d.opt_text(&f, "description", &mut e.description);
        d.texts(&f, "actors", &mut e.actors);
        d.texts(&f, "axes", &mut e.axes);
        d.texts(&f, "related", &mut e.related);
        evidence_list(d, &f, &mut e.evidence);
    }
    e
}

fn recommendation_area(n: &Node, d: &mut Decoder) -> RecommendationArea {
    let mut a = RecommendationArea { id: String::new(), label: String::new(), addressee: None };
    if let Some(f) = d.object(n, &["id", "label", "addressee"]) {
        let id = d.text(&f, "id", &mut a.id);
        let label = d.text(&f, "label", &mut a.label);
        // As the schema has always read it: the addressee is not looked at without an id and a label.
        if id && label {
            d.opt_text(&f, "addressee", &mut a.addressee);
        }
    }
    a
}

fn recommendation(n: &Node, d: &mut Decoder) -> Recommendation {
    let mut r = Recommendation {
        id: String::new(),
        area: String::new(),
        text: String::new(),
        actors: Vec::new(),
        axes: Vec::new(),
        related: Vec::new(),
        evidence: Vec::new(),
    };
    if let Some(f) = d.object(n, &["id", "area", "text", "actors", "axes", "related", "evidence"]) {
        d.text(&f, "id", &mut r.id);
        d.text(&f, "area", &mut r.area);
        d.text(&f, "text", &mut r.text);
        d.texts(&f, "actors", &mut r.actors);
        d.texts(&f, "axes", &mut r.axes);
        d.texts(&f, "related", &mut r.related);
        evidence_list(d, &f, &mut r.evidence);
    }
    r
}
