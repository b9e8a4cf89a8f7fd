//! JSON tree → typed [`Brief`], reporting every schema problem at once with its path, line and column.
//!
//! The model also derives serde's `Deserialize`, which the readers' module uses. This decoder is for
//! authors: serde stops at the first problem and its values forget where they were, while this keeps
//! going after a problem, so an author sees them all, each at its line and column and worded in JSON
//! terms. `tests/validation_errors.rs` checks that both decoders accept and reject the same briefs.
//!
//! Every type is decoded by a plain function that opens its JSON object with [`Decoder::object`] (which
//! reports members the type does not have) and reads each field by name through the [`ObjectReader`].
//! A field that is missing or broken is reported and read as a placeholder (an empty string, zero, the
//! first variant): the brief is only returned when nothing was reported, so placeholders never escape.

use crate::load::diagnostics::{sort_by_position, Diagnostic, DiagnosticKind};
use crate::load::json::{path_string, Key, Node, PathSeg, Value};
use crate::model::*;

/// Decodes a whole brief. `Err` holds every schema problem, in document order.
pub fn decode_brief(root: &Node) -> Result<Brief, Vec<Diagnostic>> {
    let mut d = Decoder::default();
    let brief = brief(&mut d, root);
    if d.problems.is_empty() {
        return Ok(brief);
    }
    sort_by_position(&mut d.problems);
    Err(d.problems)
}

/// Where the decoder is in the document, and what it has found wrong so far.
#[derive(Default)]
struct Decoder {
    path: Vec<PathSeg>,
    problems: Vec<Diagnostic>,
}

/// Whether a member may be left out.
#[derive(Clone, Copy, PartialEq)]
enum Presence {
    Required,
    Optional,
}
use Presence::{Optional, Required};

impl Decoder {
    /// A schema problem at the current path.
    fn report(&mut self, line: u32, column: u32, message: String) {
        self.problems.push(Diagnostic {
            kind: DiagnosticKind::Schema,
            path: path_string(&self.path),
            line,
            column,
            message,
        });
    }

    /// "expected `what`, found ..." at `node`.
    fn expected(&mut self, node: &Node, what: &str) {
        self.report(node.line, node.column, format!("expected {what}, found {}", node.type_name()));
    }

    /// Runs `read` with `segment` added to the path.
    fn at<T>(&mut self, segment: PathSeg, read: impl FnOnce(&mut Decoder) -> T) -> T {
        self.path.push(segment);
        let value = read(self);
        self.path.pop();
        value
    }

    /// Opens `node` as an object of a type with the given field names, reporting members that are not
    /// among them. When `node` is not an object (reported), every field of the reader reads as absent,
    /// with nothing more reported.
    fn object<'d, 'n>(&'d mut self, node: &'n Node, fields: &'static [&'static str]) -> ObjectReader<'d, 'n> {
        let Value::Object(members) = &node.value else {
            self.expected(node, "an object");
            return ObjectReader { d: self, node, members: None };
        };
        for (key, _) in members {
            if !fields.contains(&key.name.as_str()) {
                self.unknown_member(key, fields);
            }
        }
        ObjectReader { d: self, node, members: Some(members) }
    }

    fn unknown_member(&mut self, key: &Key, fields: &[&str]) {
        // "Did you mean" is for authors; a page showing a brief only needs to know what is wrong.
        #[cfg(feature = "author")]
        let suggestion = closest(&key.name, fields);
        #[cfg(not(feature = "author"))]
        let suggestion: Option<&str> = None;
        let message = match suggestion {
            Some(field) => format!("unknown field \"{}\"; did you mean \"{field}\"?", key.name),
            None => format!("unknown field \"{}\"; allowed here: {}", key.name, fields.join(", ")),
        };
        self.at(PathSeg::Key(key.name.clone()), |d| d.report(key.line, key.column, message));
    }

    fn string(&mut self, node: &Node) -> Option<String> {
        match &node.value {
            Value::String(s) => Some(s.clone()),
            _ => {
                self.expected(node, "a string");
                None
            }
        }
    }

    fn number(&mut self, node: &Node) -> Option<f64> {
        match node.value {
            Value::Number(x) => Some(x),
            _ => {
                self.expected(node, "a number");
                None
            }
        }
    }

    /// A whole number from 0 to `u32::MAX`.
    fn count(&mut self, node: &Node) -> Option<u32> {
        match node.value {
            Value::Number(x) if x.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&x) => Some(x as u32),
            Value::Number(_) => {
                self.report(node.line, node.column, "expected a whole number from 0 to 4294967295".into());
                None
            }
            _ => {
                self.expected(node, "a whole number of 0 or more");
                None
            }
        }
    }

    fn flag(&mut self, node: &Node) -> Option<bool> {
        match node.value {
            Value::Bool(b) => Some(b),
            _ => {
                self.expected(node, "true or false");
                None
            }
        }
    }

    /// A string naming one of `allowed`, turned into its value by `parse`.
    fn choice<T>(&mut self, node: &Node, allowed: &[&str], parse: fn(&str) -> Option<T>) -> Option<T> {
        let name = self.string(node)?;
        let value = parse(&name);
        if value.is_none() {
            self.report(node.line, node.column, format!("\"{name}\" is not one of: {}", allowed.join(", ")));
        }
        value
    }

    /// An array, each element read by `element`; elements it gives nothing for are left out.
    fn array<T>(&mut self, node: &Node, mut element: impl FnMut(&mut Decoder, &Node) -> Option<T>) -> Option<Vec<T>> {
        let Value::Array(items) = &node.value else {
            self.expected(node, "an array");
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            if let Some(value) = self.at(PathSeg::Index(i), |d| element(d, item)) {
                out.push(value);
            }
        }
        Some(out)
    }
}

/// Reads the fields of one JSON object by name, for one struct of the model.
struct ObjectReader<'d, 'n> {
    d: &'d mut Decoder,
    /// The object, where a missing member is reported.
    node: &'n Node,
    /// Its members; `None` when the value was not an object (already reported).
    members: Option<&'n [(Key, Node)]>,
}

impl<'n> ObjectReader<'_, 'n> {
    /// The value of member `name`, if there is one; reports a missing required member.
    fn member(&mut self, name: &str, presence: Presence) -> Option<&'n Node> {
        let members = self.members?;
        let value = members.iter().find(|(key, _)| key.name == name).map(|(_, value)| value);
        if value.is_none() && presence == Required {
            self.d.report(self.node.line, self.node.column, format!("missing required field \"{name}\""));
        }
        value
    }

    /// Member `name` read by `read`, with the path pointing at it. `None` when it is absent or broken
    /// (reported, unless it is absent and optional).
    fn field<T>(
        &mut self,
        name: &str,
        presence: Presence,
        read: impl FnOnce(&mut Decoder, &Node) -> Option<T>,
    ) -> Option<T> {
        let node = self.member(name, presence)?;
        self.d.at(PathSeg::Key(name.to_string()), |d| read(d, node))
    }

    /// An optional member of an `Option` type: absent and `null` both mean "not given".
    fn nullable<T>(&mut self, name: &str, read: impl FnOnce(&mut Decoder, &Node) -> Option<T>) -> Option<T> {
        self.field(name, Optional, |d, node| match node.value {
            Value::Null => None,
            _ => read(d, node),
        })
    }

    fn required_string(&mut self, name: &str) -> String {
        self.field(name, Required, Decoder::string).unwrap_or_default()
    }

    fn optional_string(&mut self, name: &str) -> Option<String> {
        self.nullable(name, Decoder::string)
    }

    fn required_date(&mut self, name: &str) -> DateSpec {
        DateSpec(self.required_string(name))
    }

    fn optional_date(&mut self, name: &str) -> Option<DateSpec> {
        self.optional_string(name).map(DateSpec)
    }

    fn count(&mut self, name: &str) -> u32 {
        self.field(name, Required, Decoder::count).unwrap_or_default()
    }

    fn number(&mut self, name: &str) -> f64 {
        self.field(name, Required, Decoder::number).unwrap_or_default()
    }

    fn optional_number(&mut self, name: &str) -> Option<f64> {
        self.nullable(name, Decoder::number)
    }

    fn flag(&mut self, name: &str) -> bool {
        self.field(name, Required, Decoder::flag).unwrap_or_default()
    }

    /// A required string naming one of `allowed`, turned into its value by `parse`.
    fn choice<T>(&mut self, name: &str, allowed: &[&str], parse: fn(&str) -> Option<T>) -> Option<T> {
        self.field(name, Required, |d, node| d.choice(node, allowed, parse))
    }

    /// An optional member naming one of `allowed` (`null` means "not given").
    fn optional_choice<T>(&mut self, name: &str, allowed: &[&str], parse: fn(&str) -> Option<T>) -> Option<T> {
        self.nullable(name, |d, node| d.choice(node, allowed, parse))
    }

    /// A whole number of 0 or more that may be left out (not `null`: the field is not an `Option`).
    fn optional_count(&mut self, name: &str) -> Option<u32> {
        self.field(name, Optional, Decoder::count)
    }

    /// An array of strings that may be left out (meaning empty). Elements that are not strings are
    /// reported.
    fn string_list(&mut self, name: &str) -> Vec<String> {
        self.field(name, Optional, |d, node| d.array(node, Decoder::string)).unwrap_or_default()
    }

    /// An array of objects, each decoded by `element`. An optional one left out is empty.
    fn list<T>(&mut self, name: &str, presence: Presence, element: fn(&mut Decoder, &Node) -> T) -> Vec<T> {
        self.field(name, presence, |d, node| d.array(node, |d, item| Some(element(d, item)))).unwrap_or_default()
    }

    /// A required nested object, decoded by `decode`.
    fn required_object<T>(&mut self, name: &str, decode: fn(&mut Decoder, &Node) -> T) -> Option<T> {
        self.field(name, Required, |d, node| Some(decode(d, node)))
    }

    /// An optional nested object (`null` means "not given"), decoded by `decode`.
    fn optional_object<T>(&mut self, name: &str, decode: fn(&mut Decoder, &Node) -> T) -> Option<T> {
        self.nullable(name, |d, node| Some(decode(d, node)))
    }
}

/// The allowed name nearest to a misspelt one, if close enough to be a likely typo (field names here,
/// ids in references).
#[cfg(feature = "author")]
pub(crate) fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if word.chars().count() > 64 {
        return None;
    }
    let mut best: Option<(usize, &'a str)> = None;
    for &candidate in candidates {
        let distance = edit_distance(word, candidate);
        if distance <= 2.max(candidate.len() / 4) && best.is_none_or(|(b, _)| distance < b) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

#[cfg(feature = "author")]
/// Levenshtein distance in characters, ignoring ASCII case: the measure behind every "did you mean"
/// (field names here, flags and commands in the CLI).
pub fn edit_distance(a: &str, b: &str) -> usize {
    // One row of the table, updated in place: `row[j]` is the distance between the part of `a` read so
    // far and the first `j` characters of `b`.
    let mut row: Vec<usize> = (0..=b.chars().count()).collect();
    for (i, ca) in a.chars().enumerate() {
        // The cells up-left and left of the one being computed (the first column is `i + 1`).
        let (mut diagonal, mut left) = (i, i + 1);
        for (cell, cb) in row.iter_mut().skip(1).zip(b.chars()) {
            let up = *cell;
            let substitution = diagonal + usize::from(!ca.eq_ignore_ascii_case(&cb));
            *cell = substitution.min(up + 1).min(left + 1);
            (diagonal, left) = (up, *cell);
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}

// The names of each enum's values, in the order of its variants, as messages list them.
pub(crate) const ACTOR_KIND_NAMES: &[&str] = &["state", "bloc", "person", "institution", "organization"];
pub(crate) const STANCE_NAMES: &[&str] =
    &["cooperative", "ambivalent", "conditional", "hostile", "neutral", "tense", "disputed"];
const WORDING_NAMES: &[&str] = &["paraphrase", "quote"];
const DATE_BASIS_NAMES: &[&str] = &["stated", "inferred"];
const STATUS_NAMES: &[&str] = &["actual", "plan", "target", "forecast"];
pub(crate) const QUALIFIER_NAMES: &[&str] = &["exact", "approximate", "range", "atLeast", "atMost"];

fn actor_kind(name: &str) -> Option<ActorKind> {
    match name {
        "state" => Some(ActorKind::State),
        "bloc" => Some(ActorKind::Bloc),
        "person" => Some(ActorKind::Person),
        "institution" => Some(ActorKind::Institution),
        "organization" => Some(ActorKind::Organization),
        _ => None,
    }
}

fn stance(name: &str) -> Option<Stance> {
    match name {
        "cooperative" => Some(Stance::Cooperative),
        "ambivalent" => Some(Stance::Ambivalent),
        "conditional" => Some(Stance::Conditional),
        "hostile" => Some(Stance::Hostile),
        "neutral" => Some(Stance::Neutral),
        "tense" => Some(Stance::Tense),
        "disputed" => Some(Stance::Disputed),
        _ => None,
    }
}

fn wording(name: &str) -> Option<Wording> {
    match name {
        "paraphrase" => Some(Wording::Paraphrase),
        "quote" => Some(Wording::Quote),
        _ => None,
    }
}

fn date_basis(name: &str) -> Option<DateBasis> {
    match name {
        "stated" => Some(DateBasis::Stated),
        "inferred" => Some(DateBasis::Inferred),
        _ => None,
    }
}

fn status(name: &str) -> Option<Status> {
    match name {
        "actual" => Some(Status::Actual),
        "plan" => Some(Status::Plan),
        "target" => Some(Status::Target),
        "forecast" => Some(Status::Forecast),
        _ => None,
    }
}

fn qualifier(name: &str) -> Option<Qualifier> {
    match name {
        "exact" => Some(Qualifier::Exact),
        "approximate" => Some(Qualifier::Approximate),
        "range" => Some(Qualifier::Range),
        "atLeast" => Some(Qualifier::AtLeast),
        "atMost" => Some(Qualifier::AtMost),
        _ => None,
    }
}

// One function per type of the model. Struct literals without `..`: a field added to the model does not
// compile until it is decoded here. Fields are read in the order of the type's field list, which is the
// order problems at the same place are reported in.

fn brief(d: &mut Decoder, n: &Node) -> Brief {
    let mut o = d.object(
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
            "sectors",
            "map",
        ],
    );
    Brief {
        schema: o.optional_string("$schema"),
        format: o.count("format"),
        meta: o.required_object("meta", meta).unwrap_or_else(empty_meta),
        key_judgments: o.list("keyJudgments", Optional, judgment),
        axes: o.list("axes", Optional, axis),
        actors: o.list("actors", Optional, actor),
        relations: o.list("relations", Optional, relation),
        projects: o.list("projects", Optional, project),
        indicators: o.list("indicators", Optional, indicator),
        events: o.list("events", Optional, event),
        recommendation_areas: o.list("recommendationAreas", Optional, recommendation_area),
        recommendations: o.list("recommendations", Optional, recommendation),
        sectors: o.list("sectors", Optional, sector),
        map: o.optional_object("map", map),
    }
}

/// The placeholder for a missing `meta` (the brief is not returned).
fn empty_meta() -> Meta {
    Meta {
        series: String::new(),
        number: String::new(),
        title: String::new(),
        date: DateSpec(String::new()),
        authors: Vec::new(),
        publisher: None,
        language: String::new(),
        source_url: None,
        paragraphs: 0,
        subject: None,
        rights: None,
        summary: None,
        editor: None,
        source: None,
    }
}

fn meta(d: &mut Decoder, n: &Node) -> Meta {
    let mut o = d.object(
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
            "editor",
            "source",
        ],
    );
    Meta {
        series: o.required_string("series"),
        number: o.required_string("number"),
        title: o.required_string("title"),
        date: o.required_date("date"),
        authors: o.list("authors", Required, author),
        publisher: o.optional_string("publisher"),
        language: o.required_string("language"),
        source_url: o.optional_string("sourceUrl"),
        paragraphs: o.count("paragraphs"),
        subject: o.optional_string("subject"),
        rights: o.optional_string("rights"),
        summary: o.optional_string("summary"),
        editor: o.optional_string("editor"),
        source: o.optional_object("source", source_text),
    }
}

fn source_text(d: &mut Decoder, n: &Node) -> SourceText {
    let mut o = d.object(n, &["text", "headerBlocks", "footerBlocks", "uncited"]);
    SourceText {
        text: o.required_string("text"),
        header_blocks: o.optional_count("headerBlocks").unwrap_or(0),
        footer_blocks: o.optional_count("footerBlocks").unwrap_or(0),
        uncited: o.field("uncited", Optional, |d, node| d.array(node, Decoder::count)).unwrap_or_default(),
    }
}

fn sector(d: &mut Decoder, n: &Node) -> Sector {
    let mut o = d.object(n, &["id", "label"]);
    Sector { id: o.required_string("id"), label: o.required_string("label") }
}

fn map(d: &mut Decoder, n: &Node) -> MapSpec {
    let mut o = d.object(n, &["countries", "outline"]);
    MapSpec { countries: o.string_list("countries"), outline: o.optional_object("outline", map_outline) }
}

fn map_outline(d: &mut Decoder, n: &Node) -> MapOutline {
    let mut o = d.object(n, &["attribution", "lonMin", "lonMax", "latMin", "latMax", "width", "height", "d"]);
    MapOutline {
        attribution: o.required_string("attribution"),
        lon_min: o.number("lonMin"),
        lon_max: o.number("lonMax"),
        lat_min: o.number("latMin"),
        lat_max: o.number("latMax"),
        width: o.number("width"),
        height: o.number("height"),
        d: o.required_string("d"),
    }
}

fn author(d: &mut Decoder, n: &Node) -> Author {
    let mut o = d.object(n, &["name", "role", "affiliation"]);
    // As the format has always been read: without a name, the other members are not looked at.
    let Some(name) = o.field("name", Required, Decoder::string) else {
        return Author { name: String::new(), role: None, affiliation: None };
    };
    Author { name, role: o.optional_string("role"), affiliation: o.optional_string("affiliation") }
}

fn evidence(d: &mut Decoder, n: &Node) -> Evidence {
    let mut o = d.object(n, &["paragraph", "quote"]);
    Evidence { paragraph: o.count("paragraph"), quote: o.required_string("quote") }
}

fn judgment(d: &mut Decoder, n: &Node) -> Judgment {
    let mut o = d.object(n, &["id", "text", "axes", "related", "wording", "evidence"]);
    Judgment {
        id: o.required_string("id"),
        text: o.required_string("text"),
        axes: o.string_list("axes"),
        related: o.string_list("related"),
        wording: o.optional_choice("wording", WORDING_NAMES, wording),
        evidence: o.list("evidence", Required, evidence),
    }
}

fn axis(d: &mut Decoder, n: &Node) -> Axis {
    let mut o = d.object(n, &["id", "label", "summary", "related", "wording", "evidence"]);
    Axis {
        id: o.required_string("id"),
        label: o.required_string("label"),
        summary: o.optional_string("summary"),
        related: o.string_list("related"),
        wording: o.optional_choice("wording", WORDING_NAMES, wording),
        evidence: o.list("evidence", Required, evidence),
    }
}

fn actor(d: &mut Decoder, n: &Node) -> Actor {
    let mut o =
        d.object(n, &["id", "name", "kind", "shortName", "description", "memberOf", "related", "wording", "evidence"]);
    Actor {
        id: o.required_string("id"),
        name: o.required_string("name"),
        kind: o.choice("kind", ACTOR_KIND_NAMES, actor_kind).unwrap_or(ActorKind::State),
        short_name: o.optional_string("shortName"),
        description: o.optional_string("description"),
        member_of: o.string_list("memberOf"),
        related: o.string_list("related"),
        wording: o.optional_choice("wording", WORDING_NAMES, wording),
        evidence: o.list("evidence", Required, evidence),
    }
}

fn relation(d: &mut Decoder, n: &Node) -> Relation {
    let mut o = d.object(
        n,
        &[
            "id",
            "from",
            "to",
            "role",
            "stance",
            "stanceLabel",
            "fields",
            "summary",
            "axes",
            "related",
            "wording",
            "evidence",
        ],
    );
    Relation {
        id: o.required_string("id"),
        from: o.required_string("from"),
        to: o.required_string("to"),
        role: o.required_string("role"),
        stance: o.choice("stance", STANCE_NAMES, stance).unwrap_or(Stance::Cooperative),
        stance_label: o.optional_string("stanceLabel"),
        fields: o.string_list("fields"),
        summary: o.optional_string("summary"),
        axes: o.string_list("axes"),
        related: o.string_list("related"),
        wording: o.optional_choice("wording", WORDING_NAMES, wording),
        evidence: o.list("evidence", Required, evidence),
    }
}

fn project(d: &mut Decoder, n: &Node) -> Project {
    let mut o = d.object(
        n,
        &[
            "id",
            "name",
            "sector",
            "place",
            "policyFrame",
            "timing",
            "date",
            "dateBasis",
            "claimedResults",
            "risks",
            "actors",
            "axes",
            "related",
            "wording",
            "evidence",
        ],
    );
    Project {
        id: o.required_string("id"),
        name: o.required_string("name"),
        sector: o.required_string("sector"),
        place: o.optional_object("place", place),
        policy_frame: o.optional_string("policyFrame"),
        timing: o.optional_string("timing"),
        date: o.optional_date("date"),
        date_basis: o.optional_choice("dateBasis", DATE_BASIS_NAMES, date_basis),
        claimed_results: o.string_list("claimedResults"),
        risks: o.string_list("risks"),
        actors: o.string_list("actors"),
        axes: o.string_list("axes"),
        related: o.string_list("related"),
        wording: o.optional_choice("wording", WORDING_NAMES, wording),
        evidence: o.list("evidence", Required, evidence),
    }
}

fn place(d: &mut Decoder, n: &Node) -> Place {
    let mut o = d.object(n, &["name", "coordinates"]);
    // As the format has always been read: without a name, the coordinates are not looked at.
    let Some(name) = o.field("name", Required, Decoder::string) else {
        return Place { name: String::new(), coordinates: None };
    };
    Place { name, coordinates: o.optional_object("coordinates", coordinates) }
}

fn coordinates(d: &mut Decoder, n: &Node) -> Coordinates {
    let mut o = d.object(n, &["lat", "lon", "approximate", "source"]);
    Coordinates {
        lat: o.number("lat"),
        lon: o.number("lon"),
        approximate: o.flag("approximate"),
        source: o.required_string("source"),
    }
}

fn indicator(d: &mut Decoder, n: &Node) -> Indicator {
    let mut o =
        d.object(n, &["id", "name", "unit", "description", "observations", "axes", "related", "wording", "evidence"]);
    Indicator {
        id: o.required_string("id"),
        name: o.required_string("name"),
        unit: o.optional_string("unit"),
        description: o.optional_string("description"),
        observations: o.list("observations", Optional, observation),
        axes: o.string_list("axes"),
        related: o.string_list("related"),
        wording: o.optional_choice("wording", WORDING_NAMES, wording),
        evidence: o.list("evidence", Required, evidence),
    }
}

fn observation(d: &mut Decoder, n: &Node) -> Observation {
    let mut o = d.object(
        n,
        &["id", "label", "date", "dateBasis", "status", "qualifier", "low", "high", "note", "wording", "evidence"],
    );
    Observation {
        id: o.required_string("id"),
        label: o.required_string("label"),
        date: o.optional_date("date"),
        date_basis: o.optional_choice("dateBasis", DATE_BASIS_NAMES, date_basis),
        status: o.optional_choice("status", STATUS_NAMES, status),
        qualifier: o.choice("qualifier", QUALIFIER_NAMES, qualifier).unwrap_or(Qualifier::Exact),
        low: o.optional_number("low"),
        high: o.optional_number("high"),
        note: o.optional_string("note"),
        wording: o.optional_choice("wording", WORDING_NAMES, wording),
        evidence: o.list("evidence", Required, evidence),
    }
}

fn event(d: &mut Decoder, n: &Node) -> Event {
    let mut o = d.object(
        n,
        &[
            "id",
            "title",
            "date",
            "dateBasis",
            "status",
            "description",
            "actors",
            "axes",
            "related",
            "wording",
            "evidence",
        ],
    );
    Event {
        id: o.required_string("id"),
        title: o.required_string("title"),
        date: o.optional_date("date"),
        date_basis: o.optional_choice("dateBasis", DATE_BASIS_NAMES, date_basis),
        status: o.optional_choice("status", STATUS_NAMES, status),
        description: o.optional_string("description"),
        actors: o.string_list("actors"),
        axes: o.string_list("axes"),
        related: o.string_list("related"),
        wording: o.optional_choice("wording", WORDING_NAMES, wording),
        evidence: o.list("evidence", Required, evidence),
    }
}

fn recommendation_area(d: &mut Decoder, n: &Node) -> RecommendationArea {
    let mut o = d.object(n, &["id", "label", "addressee"]);
    let id = o.field("id", Required, Decoder::string);
    let label = o.field("label", Required, Decoder::string);
    // As the format has always been read: without an id and a label, the addressee is not looked at.
    let (Some(id), Some(label)) = (id, label) else {
        return RecommendationArea { id: String::new(), label: String::new(), addressee: None };
    };
    RecommendationArea { id, label, addressee: o.optional_string("addressee") }
}

fn recommendation(d: &mut Decoder, n: &Node) -> Recommendation {
    let mut o = d.object(n, &["id", "area", "text", "actors", "axes", "related", "wording", "evidence"]);
    Recommendation {
        id: o.required_string("id"),
        area: o.required_string("area"),
        text: o.required_string("text"),
        actors: o.string_list("actors"),
        axes: o.string_list("axes"),
        related: o.string_list("related"),
        wording: o.optional_choice("wording", WORDING_NAMES, wording),
        evidence: o.list("evidence", Required, evidence),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The decoder's names of each enum's values are serde's: what one reads, the other reads.
    #[test]
    fn enum_names_agree_with_serde() {
        fn check<T>(names: &[&str], variants: &[T], parse: fn(&str) -> Option<T>)
        where
            T: Copy + PartialEq + std::fmt::Debug + serde::Serialize,
        {
            assert_eq!(names.len(), variants.len());
            for (name, &variant) in names.iter().zip(variants) {
                assert_eq!(serde_json::to_string(&variant).ok(), Some(format!("\"{name}\"")));
                assert_eq!(parse(name), Some(variant), "{name}");
            }
            assert_eq!(parse("nope"), None);
        }
        use ActorKind::*;
        check(ACTOR_KIND_NAMES, &[State, Bloc, Person, Institution, Organization], actor_kind);
        use Stance::*;
        check(STANCE_NAMES, &[Cooperative, Ambivalent, Conditional, Hostile, Neutral, Tense, Disputed], stance);
        check(WORDING_NAMES, &[Wording::Paraphrase, Wording::Quote], wording);
        check(DATE_BASIS_NAMES, &[DateBasis::Stated, DateBasis::Inferred], date_basis);
        check(STATUS_NAMES, &[Status::Actual, Status::Plan, Status::Target, Status::Forecast], status);
        use Qualifier::*;
        check(QUALIFIER_NAMES, &[Exact, Approximate, Range, AtLeast, AtMost], qualifier);
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("abc", ""), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("languge", "language"), 1);
        assert_eq!(edit_distance("Summary", "summary"), 0);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("é", "e"), 1);
    }

    #[test]
    fn closest_names() {
        assert_eq!(closest("sumary", &["summary", "label"]), Some("summary"));
        assert_eq!(closest("xyz", &["summary", "label"]), None);
        assert_eq!(closest(&"a".repeat(65), &["a"]), None);
    }
}
