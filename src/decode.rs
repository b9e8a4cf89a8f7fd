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
    let brief = Brief::decode(root, &mut d);
    match brief {
        Some(b) if d.errors.is_empty() => Ok(b),
        _ => {
            if d.errors.is_empty() {
                // Unreachable by construction (a failed decode always records why); stay honest anyway.
                d.error(root, "the brief could not be read".into());
            }
            crate::order::sort_by_u64(&mut d.errors, |e| crate::order::position_key(e.line, e.column));
            Err(d.errors)
        }
    }
}

pub struct Decoder {
    path: Vec<PathSeg>,
    errors: Vec<Diagnostic>,
}

/// The members of an object being decoded, with the names it may have.
pub struct Fields<'a> {
    node: &'a Node,
    members: &'a [(Key, Node)],
}

impl Fields<'_> {
    fn get(&self, key: &str) -> Option<&Node> {
        self.members.iter().find(|(k, _)| k.name == key).map(|(_, v)| v)
    }
}

impl Decoder {
    fn error(&mut self, at: &Node, message: String) {
        self.error_at(at.line, at.column, message);
    }

    fn error_at(&mut self, line: u32, column: u32, message: String) {
        self.errors.push(Diagnostic {
            kind: DiagnosticKind::Schema,
            path: path_string(&self.path),
            line,
            column,
            message,
        });
    }

    fn expected(&mut self, at: &Node, what: &str) {
        self.error(at, format!("expected {}, found {}", what, at.type_name()));
    }

    /// Opens an object, reporting members whose names are not in `allowed`.
    fn object<'a>(&mut self, n: &'a Node, allowed: &[&'static str]) -> Option<Fields<'a>> {
        let Value::Object(members) = &n.value else {
            self.expected(n, "an object");
            return None;
        };
        for (key, _) in members {
            if !allowed.contains(&key.name.as_str()) {
                let hint = match closest(&key.name, allowed) {
                    Some(s) => format!("; did you mean \"{}\"?", s),
                    None => format!("; allowed here: {}", allowed.join(", ")),
                };
                self.path.push(PathSeg::Key(key.name.clone()));
                self.error_at(key.line, key.column, format!("unknown field \"{}\"{}", key.name, hint));
                self.path.pop();
            }
        }
        Some(Fields { node: n, members })
    }

    fn at_key<T>(&mut self, key: &str, f: impl FnOnce(&mut Self) -> T) -> T {
        self.path.push(PathSeg::Key(key.to_string()));
        let out = f(self);
        self.path.pop();
        out
    }

    /// A required member.
    fn req<T: Decode>(&mut self, f: &Fields<'_>, key: &'static str) -> Option<T> {
        match f.get(key) {
            Some(v) => self.at_key(key, |d| T::decode(v, d)),
            None => {
                self.error(f.node, format!("missing required field \"{}\"", key));
                None
            }
        }
    }

    /// An optional member; absent and `null` are both "not given".
    fn opt<T: Decode>(&mut self, f: &Fields<'_>, key: &'static str) -> Option<T> {
        match f.get(key) {
            None => None,
            Some(Node { value: Value::Null, .. }) => None,
            Some(v) => self.at_key(key, |d| T::decode(v, d)),
        }
    }

    /// An optional array member; absent means empty. Broken elements are reported and left out.
    fn list<T: Decode>(&mut self, f: &Fields<'_>, key: &'static str) -> Vec<T> {
        match f.get(key) {
            None => Vec::new(),
            Some(v) => self.at_key(key, |d| d.array(v)).unwrap_or_default(),
        }
    }

    /// A required array member.
    fn req_list<T: Decode>(&mut self, f: &Fields<'_>, key: &'static str) -> Option<Vec<T>> {
        match f.get(key) {
            Some(v) => self.at_key(key, |d| d.array(v)),
            None => {
                self.error(f.node, format!("missing required field \"{}\"", key));
                None
            }
        }
    }

    fn array<T: Decode>(&mut self, n: &Node) -> Option<Vec<T>> {
        let Value::Array(items) = &n.value else {
            self.expected(n, "an array");
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            self.path.push(PathSeg::Index(i));
            if let Some(v) = T::decode(item, self) {
                out.push(v);
            }
            self.path.pop();
        }
        Some(out)
    }

    /// A string naming one of a fixed set of values.
    fn one_of<E: Copy>(&mut self, n: &Node, table: &[(&'static str, E)]) -> Option<E> {
        let Value::String(s) = &n.value else {
            self.expected(n, "a string");
            return None;
        };
        if let Some((_, e)) = table.iter().find(|(name, _)| name == s) {
            return Some(*e);
        }
        let names: Vec<&str> = table.iter().map(|(name, _)| *name).collect();
        self.error(n, format!("\"{}\" is not one of: {}", s, names.join(", ")));
        None
    }
}

/// The allowed name nearest to a misspelt one, if close enough to be a likely typo.
fn closest(word: &str, candidates: &[&'static str]) -> Option<&'static str> {
    if word.chars().count() > 64 {
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
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(!ca.eq_ignore_ascii_case(cb));
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

pub trait Decode: Sized {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self>;
}

impl Decode for String {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        match &n.value {
            Value::String(s) => Some(s.clone()),
            _ => {
                d.expected(n, "a string");
                None
            }
        }
    }
}

impl Decode for DateSpec {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        String::decode(n, d).map(DateSpec)
    }
}

impl Decode for bool {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        match n.value {
            Value::Bool(b) => Some(b),
            _ => {
                d.expected(n, "true or false");
                None
            }
        }
    }
}

impl Decode for f64 {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        match n.value {
            Value::Number(x) => Some(x),
            _ => {
                d.expected(n, "a number");
                None
            }
        }
    }
}

impl Decode for u32 {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        match n.value {
            Value::Number(x) if x.fract() == 0.0 && (0.0..=u32::MAX as f64).contains(&x) => Some(x as u32),
            Value::Number(_) => {
                d.error(n, format!("expected a whole number from 0 to {}", u32::MAX));
                None
            }
            _ => {
                d.expected(n, "a whole number of 0 or more");
                None
            }
        }
    }
}

impl Decode for ActorKind {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        use ActorKind::*;
        d.one_of(
            n,
            &[
                ("state", State),
                ("bloc", Bloc),
                ("person", Person),
                ("institution", Institution),
                ("organization", Organization),
            ],
        )
    }
}

impl Decode for Stance {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        use Stance::*;
        d.one_of(
            n,
            &[
                ("cooperative", Cooperative),
                ("ambivalent", Ambivalent),
                ("conditional", Conditional),
                ("hostile", Hostile),
                ("neutral", Neutral),
            ],
        )
    }
}

impl Decode for Qualifier {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        use Qualifier::*;
        d.one_of(
            n,
            &[
                ("exact", Exact),
                ("approximate", Approximate),
                ("range", Range),
                ("atLeast", AtLeast),
                ("atMost", AtMost),
            ],
        )
    }
}

impl Decode for Brief {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(
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
        )?;
        let schema = d.opt(&f, "$schema");
        let format = d.req(&f, "format");
        let meta = d.req(&f, "meta");
        Some(Brief {
            schema,
            key_judgments: d.list(&f, "keyJudgments"),
            axes: d.list(&f, "axes"),
            actors: d.list(&f, "actors"),
            relations: d.list(&f, "relations"),
            projects: d.list(&f, "projects"),
            indicators: d.list(&f, "indicators"),
            events: d.list(&f, "events"),
            recommendation_areas: d.list(&f, "recommendationAreas"),
            recommendations: d.list(&f, "recommendations"),
            format: format?,
            meta: meta?,
        })
    }
}

impl Decode for Meta {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(
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
        )?;
        let series = d.req(&f, "series");
        let number = d.req(&f, "number");
        let title = d.req(&f, "title");
        let date = d.req(&f, "date");
        let authors = d.req_list(&f, "authors");
        let publisher = d.req(&f, "publisher");
        let language = d.req(&f, "language");
        let source_url = d.opt(&f, "sourceUrl");
        let paragraphs = d.req(&f, "paragraphs");
        let subject = d.opt(&f, "subject");
        let rights = d.opt(&f, "rights");
        let summary = d.opt(&f, "summary");
        Some(Meta {
            series: series?,
            number: number?,
            title: title?,
            date: date?,
            authors: authors?,
            publisher: publisher?,
            language: language?,
            source_url,
            paragraphs: paragraphs?,
            subject,
            rights,
            summary,
        })
    }
}

impl Decode for Author {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["name", "role", "affiliation"])?;
        let name = d.req(&f, "name");
        Some(Author { name: name?, role: d.opt(&f, "role"), affiliation: d.opt(&f, "affiliation") })
    }
}

impl Decode for Evidence {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["paragraph", "quote"])?;
        let paragraph = d.req(&f, "paragraph");
        let quote = d.req(&f, "quote");
        Some(Evidence { paragraph: paragraph?, quote: quote? })
    }
}

impl Decode for Judgment {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["id", "text", "axes", "related", "evidence"])?;
        let id = d.req(&f, "id");
        let text = d.req(&f, "text");
        let axes = d.list(&f, "axes");
        let related = d.list(&f, "related");
        let evidence = d.req_list(&f, "evidence");
        Some(Judgment { id: id?, text: text?, axes, related, evidence: evidence? })
    }
}

impl Decode for Axis {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["id", "label", "summary", "related", "evidence"])?;
        let id = d.req(&f, "id");
        let label = d.req(&f, "label");
        let summary = d.opt(&f, "summary");
        let related = d.list(&f, "related");
        let evidence = d.req_list(&f, "evidence");
        Some(Axis { id: id?, label: label?, summary, related, evidence: evidence? })
    }
}

impl Decode for Actor {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["id", "name", "kind", "shortName", "description", "memberOf", "related", "evidence"])?;
        let id = d.req(&f, "id");
        let name = d.req(&f, "name");
        let kind = d.req(&f, "kind");
        let short_name = d.opt(&f, "shortName");
        let description = d.opt(&f, "description");
        let member_of = d.list(&f, "memberOf");
        let related = d.list(&f, "related");
        let evidence = d.req_list(&f, "evidence");
        Some(Actor {
            id: id?,
            name: name?,
            kind: kind?,
            short_name,
            description,
            member_of,
            related,
            evidence: evidence?,
        })
    }
}

impl Decode for Relation {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f =
            d.object(n, &["id", "from", "to", "role", "stance", "fields", "summary", "axes", "related", "evidence"])?;
        let id = d.req(&f, "id");
        let from = d.req(&f, "from");
        let to = d.req(&f, "to");
        let role = d.req(&f, "role");
        let stance = d.req(&f, "stance");
        let fields = d.list(&f, "fields");
        let summary = d.opt(&f, "summary");
        let axes = d.list(&f, "axes");
        let related = d.list(&f, "related");
        let evidence = d.req_list(&f, "evidence");
        Some(Relation {
            id: id?,
            from: from?,
            to: to?,
            role: role?,
            stance: stance?,
            fields,
            summary,
            axes,
            related,
            evidence: evidence?,
        })
    }
}

impl Decode for Project {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(
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
        )?;
        let id = d.req(&f, "id");
        let name = d.req(&f, "name");
        let sector = d.req(&f, "sector");
        let place = d.opt(&f, "place");
        let policy_frame = d.opt(&f, "policyFrame");
        let timing = d.opt(&f, "timing");
        let date = d.opt(&f, "date");
        let claimed_results = d.list(&f, "claimedResults");
        let risks = d.list(&f, "risks");
        let actors = d.list(&f, "actors");
        let axes = d.list(&f, "axes");
        let related = d.list(&f, "related");
        let evidence = d.req_list(&f, "evidence");
        Some(Project {
            id: id?,
            name: name?,
            sector: sector?,
            place,
            policy_frame,
            timing,
            date,
            claimed_results,
            risks,
            actors,
            axes,
            related,
            evidence: evidence?,
        })
    }
}

impl Decode for Place {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["name", "coordinates"])?;
        let name = d.req(&f, "name");
        Some(Place { name: name?, coordinates: d.opt(&f, "coordinates") })
    }
}

impl Decode for Coordinates {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["lat", "lon", "approximate", "source"])?;
        let lat = d.req(&f, "lat");
        let lon = d.req(&f, "lon");
        let approximate = d.req(&f, "approximate");
        let source = d.req(&f, "source");
        Some(Coordinates { lat: lat?, lon: lon?, approximate: approximate?, source: source? })
    }
}

impl Decode for Indicator {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["id", "name", "unit", "description", "observations", "axes", "related", "evidence"])?;
        let id = d.req(&f, "id");
        let name = d.req(&f, "name");
        let unit = d.opt(&f, "unit");
        let description = d.opt(&f, "description");
        let observations = d.list(&f, "observations");
        let axes = d.list(&f, "axes");
        let related = d.list(&f, "related");
        let evidence = d.req_list(&f, "evidence");
        Some(Indicator { id: id?, name: name?, unit, description, observations, axes, related, evidence: evidence? })
    }
}

impl Decode for Observation {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["id", "label", "date", "qualifier", "low", "high", "note", "evidence"])?;
        let id = d.req(&f, "id");
        let label = d.req(&f, "label");
        let date = d.opt(&f, "date");
        let qualifier = d.req(&f, "qualifier");
        let low = d.opt(&f, "low");
        let high = d.opt(&f, "high");
        let note = d.opt(&f, "note");
        let evidence = d.req_list(&f, "evidence");
        Some(Observation { id: id?, label: label?, date, qualifier: qualifier?, low, high, note, evidence: evidence? })
    }
}

impl Decode for Event {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["id", "title", "date", "description", "actors", "axes", "related", "evidence"])?;
        let id = d.req(&f, "id");
        let title = d.req(&f, "title");
        let date = d.req(&f, "date");
        let description = d.opt(&f, "description");
        let actors = d.list(&f, "actors");
        let axes = d.list(&f, "axes");
        let related = d.list(&f, "related");
        let evidence = d.req_list(&f, "evidence");
        Some(Event { id: id?, title: title?, date: date?, description, actors, axes, related, evidence: evidence? })
    }
}

impl Decode for RecommendationArea {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["id", "label", "addressee"])?;
        let id = d.req(&f, "id");
        let label = d.req(&f, "label");
        Some(RecommendationArea { id: id?, label: label?, addressee: d.opt(&f, "addressee") })
    }
}

impl Decode for Recommendation {
    fn decode(n: &Node, d: &mut Decoder) -> Option<Self> {
        let f = d.object(n, &["id", "area", "text", "actors", "axes", "related", "evidence"])?;
        let id = d.req(&f, "id");
        let area = d.req(&f, "area");
        let text = d.req(&f, "text");
        let actors = d.list(&f, "actors");
        let axes = d.list(&f, "axes");
        let related = d.list(&f, "related");
        let evidence = d.req_list(&f, "evidence");
        Some(Recommendation { id: id?, area: area?, text: text?, actors, axes, related, evidence: evidence? })
    }
}
