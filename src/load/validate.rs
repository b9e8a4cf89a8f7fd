//! Semantic checks on a brief that has the right shape: ids, references, evidence, dates, numbers.
//! Every problem is reported with its JSON path; the loader adds line and column.

use std::collections::HashMap;

use crate::load::diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};
use crate::model::date;
use crate::model::item::{all_items, Item, ItemKind};
use crate::model::numbers::number_text;
use crate::model::*;

/// `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 80 characters.
pub fn is_slug(id: &str) -> bool {
    id.len() <= 80 && hyphenated(id, 80, false)
}

/// Non-empty runs of at most `max_run` ASCII letters and digits (upper-case letters only with `upper`),
/// joined by single hyphens: slugs, and language tags such as `ko-KR`.
fn hyphenated(s: &str, max_run: usize, upper: bool) -> bool {
    s.split('-').all(|run| {
        !run.is_empty()
            && run.len() <= max_run
            && run.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || (upper && b.is_ascii_uppercase()))
    })
}

/// Collects the problems found.
struct Checker {
    out: Vec<Diagnostic>,
}

impl Checker {
    fn err(&mut self, path: String, message: String) {
        self.out.push(Diagnostic { kind: DiagnosticKind::Semantic, path, line: 0, column: 0, message });
    }

    fn non_empty(&mut self, path: String, what: &str, s: &str) {
        if s.trim().is_empty() {
            self.err(path, format!("{what} must not be empty"));
        }
    }

    fn date(&mut self, path: String, d: &DateSpec) {
        match date::parse(d) {
            Ok(_) => {}
            Err(e @ date::DateError::Form { .. }) => self.err(path, e.to_string()),
            Err(e @ date::DateError::Invalid(_)) => self.err(path, format!("impossible date: {e}")),
        }
    }
}

/// The JSON path of every item, in the order of [`all_items`]. Paths come from positions, not from
/// looking items up: two identical items still get each their own path.
fn item_paths(b: &Brief) -> Vec<String> {
    fn list(out: &mut Vec<String>, prefix: &str, len: usize) {
        out.extend((0..len).map(|i| format!("{prefix}[{i}]")));
    }
    let mut out = Vec::new();
    list(&mut out, "$.keyJudgments", b.key_judgments.len());
    list(&mut out, "$.axes", b.axes.len());
    list(&mut out, "$.actors", b.actors.len());
    list(&mut out, "$.relations", b.relations.len());
    list(&mut out, "$.projects", b.projects.len());
    for (i, indicator) in b.indicators.iter().enumerate() {
        let base = format!("$.indicators[{i}]");
        let observations = format!("{base}.observations");
        out.push(base);
        list(&mut out, &observations, indicator.observations.len());
    }
    list(&mut out, "$.events", b.events.len());
    list(&mut out, "$.recommendationAreas", b.recommendation_areas.len());
    list(&mut out, "$.recommendations", b.recommendations.len());
    out
}

/// Checks a decoded brief. The problems have paths but no line and column (both 0).
pub fn validate(b: &Brief) -> Diagnostics {
    let mut c = Checker { out: Vec::new() };
    if b.format != FORMAT_VERSION {
        c.err(
            "$.format".into(),
            format!("format {} is not supported; this version reads format {FORMAT_VERSION}", b.format),
        );
    }
    let m = &b.meta;
    c.non_empty("$.meta.title".into(), "the title", &m.title);
    c.non_empty("$.meta.series".into(), "the series", &m.series);
    if let Some(publisher) = &m.publisher {
        c.non_empty("$.meta.publisher".into(), "the publisher", publisher);
    }
    c.date("$.meta.date".into(), &m.date);
    if m.authors.is_empty() {
        c.err("$.meta.authors".into(), "a brief needs at least one author".into());
    }
    for (i, a) in m.authors.iter().enumerate() {
        c.non_empty(format!("$.meta.authors[{i}].name"), "an author's name", &a.name);
    }
    if !hyphenated(&m.language, 8, true) {
        c.err(
            "$.meta.language".into(),
            format!("\"{}\" is not a BCP 47 language tag such as \"en\" or \"ko-KR\"", m.language),
        );
    }
    if let Some(url) = &m.source_url {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            c.err("$.meta.sourceUrl".into(), "the source URL must start with https:// or http://".into());
        }
    }
    if m.paragraphs == 0 {
        c.err("$.meta.paragraphs".into(), "the brief must have at least one paragraph".into());
    }

    // Ids: well-formed and unique across the brief. The index keeps the first item with each id.
    let items = all_items(b);
    let paths = item_paths(b);
    let mut first_with_id: HashMap<&str, usize> = HashMap::new();
    for (n, item) in items.iter().enumerate() {
        first_with_id.entry(item.id()).or_insert(n);
    }
    for (n, (item, base)) in items.iter().zip(&paths).enumerate() {
        let id = item.id();
        if !is_slug(id) {
            c.err(
                format!("{base}.id"),
                format!(
                    "id \"{id}\" is not a slug: use lower-case letters, digits and single hyphens, e.g. \"rakwon-aquaculture\""
                ),
            );
        }
        if let Some(&first) = first_with_id.get(id).filter(|&&first| first != n) {
            let first_path = paths.get(first).map_or("", String::as_str);
            c.err(format!("{base}.id"), format!("duplicate id \"{id}\" (first used at {first_path}.id)"));
        }
    }

    // A reference at `path` to `id`, which must name an item (of kind `want`, if given).
    let expect = |c: &mut Checker, path: String, id: &str, want: Option<ItemKind>| {
        let found = first_with_id.get(id).and_then(|&i| items.get(i)).map(Item::kind);
        match (found, want) {
            (None, _) => c.err(path, format!("\"{id}\" does not name any item in this brief")),
            (Some(kind), Some(want)) if kind != want => c.err(
                path,
                format!("\"{id}\" is {}, but {} is expected here", kind.with_article(), want.with_article()),
            ),
            _ => {}
        }
    };
    if let Some(subject) = &m.subject {
        expect(&mut c, "$.meta.subject".into(), subject, Some(ItemKind::Actor));
    }

    for (item, base) in items.iter().zip(&paths) {
        let references = |c: &mut Checker, field: &str, ids: &[Id], want: Option<ItemKind>| {
            for (i, id) in ids.iter().enumerate() {
                let path = format!("{base}.{field}[{i}]");
                if id == item.id() {
                    c.err(path, format!("\"{id}\" refers to itself"));
                } else {
                    expect(c, path, id, want);
                }
            }
        };
        // Observations share their indicator's axes; report those once, on the indicator.
        if !matches!(item, Item::Observation(..)) {
            references(&mut c, "axes", item.axes(), Some(ItemKind::Axis));
        }
        let actors = if matches!(item, Item::Actor(_)) { "memberOf" } else { "actors" };
        references(&mut c, actors, item.actors(), Some(ItemKind::Actor));
        references(&mut c, "related", item.related_ids(), None);

        if !matches!(item, Item::RecommendationArea(_)) && item.evidence().is_empty() {
            c.err(
                format!("{base}.evidence"),
                "every insight needs evidence: at least one {paragraph, quote} from the brief".into(),
            );
        }
        for (i, evidence) in item.evidence().iter().enumerate() {
            let path = format!("{base}.evidence[{i}]");
            if evidence.quote.trim().is_empty() {
                c.err(format!("{path}.quote"), "the quote is empty; copy the sentence from the brief".into());
            }
            if evidence.paragraph == 0 || evidence.paragraph > m.paragraphs {
                c.err(
                    format!("{path}.paragraph"),
                    format!(
                        "paragraph {} is out of range: the brief has paragraphs 1 to {}",
                        evidence.paragraph, m.paragraphs
                    ),
                );
            }
        }
        // The field that holds the title, and how the message names it.
        let (field, what) = match item {
            Item::Judgment(_) | Item::Recommendation(_) => ("text", "the text"),
            Item::Axis(_) | Item::RecommendationArea(_) | Item::Observation(..) => ("label", "the label"),
            Item::Relation(_) => ("role", "the role"),
            Item::Event(_) => ("title", "the title"),
            Item::Actor(_) | Item::Project(_) | Item::Indicator(_) => ("name", "the name"),
        };
        c.non_empty(format!("{base}.{field}"), what, item.title());
        if let Some(d) = item.date() {
            c.date(format!("{base}.date"), d);
        }

        match item {
            Item::Relation(r) => {
                expect(&mut c, format!("{base}.from"), &r.from, Some(ItemKind::Actor));
                expect(&mut c, format!("{base}.to"), &r.to, Some(ItemKind::Actor));
                if r.from == r.to {
                    c.err(format!("{base}.to"), "a relation needs two different actors".into());
                }
            }
            Item::Recommendation(r) => {
                expect(&mut c, format!("{base}.area"), &r.area, Some(ItemKind::RecommendationArea));
            }
            Item::RecommendationArea(a) => {
                if let Some(addressee) = &a.addressee {
                    expect(&mut c, format!("{base}.addressee"), addressee, Some(ItemKind::Actor));
                }
            }
            Item::Project(p) => {
                c.non_empty(format!("{base}.sector"), "the sector", &p.sector);
                if let Some(coords) = p.place.as_ref().and_then(|place| place.coordinates.as_ref()) {
                    let path = format!("{base}.place.coordinates");
                    if !(-90.0..=90.0).contains(&coords.lat) {
                        c.err(
                            format!("{path}.lat"),
                            format!("latitude {} is not between -90 and 90", number_text(coords.lat, 3)),
                        );
                    }
                    if !(-180.0..=180.0).contains(&coords.lon) {
                        c.err(
                            format!("{path}.lon"),
                            format!("longitude {} is not between -180 and 180", number_text(coords.lon, 3)),
                        );
                    }
                    c.non_empty(format!("{path}.source"), "the coordinates' source", &coords.source);
                }
            }
            Item::Observation(_, o) => check_measure(&mut c, base, o),
            _ => {}
        }
    }
    Diagnostics(c.out)
}

/// An observation's `low` and `high` must fit its qualifier.
fn check_measure(c: &mut Checker, base: &str, o: &Observation) {
    let need = |c: &mut Checker, field: &str, value: Option<f64>, why: &str| {
        if value.is_none() {
            c.err(format!("{base}.{field}"), format!("missing \"{field}\": {why}"));
        }
    };
    match o.qualifier {
        Qualifier::Exact | Qualifier::Approximate => {
            need(c, "low", o.low, "an exact or approximate observation gives its value as \"low\"");
            if let (Some(low), Some(high)) = (o.low, o.high) {
                if low != high {
                    c.err(
                        format!("{base}.high"),
                        "an exact or approximate value has high equal to low (or no high); use \"range\" for a span"
                            .into(),
                    );
                }
            }
        }
        Qualifier::Range => {
            need(c, "low", o.low, "a range needs both ends");
            need(c, "high", o.high, "a range needs both ends");
            if let (Some(low), Some(high)) = (o.low, o.high) {
                if low > high {
                    c.err(
                        format!("{base}.high"),
                        format!(
                            "the range ends ({}) below where it starts ({})",
                            number_text(high, 3),
                            number_text(low, 3)
                        ),
                    );
                }
            }
        }
        Qualifier::AtLeast => need(c, "low", o.low, "\"atLeast\" needs the lower bound"),
        Qualifier::AtMost => need(c, "high", o.high, "\"atMost\" needs the upper bound"),
    }
}

#[cfg(test)]
mod tests {
    use crate::model::item::ItemKind;

    #[test]
    fn kinds_with_their_article() {
        let kinds = [
            (ItemKind::Judgment, "a judgment"),
            (ItemKind::Axis, "an axis"),
            (ItemKind::Actor, "an actor"),
            (ItemKind::Relation, "a relation"),
            (ItemKind::Project, "a project"),
            (ItemKind::Indicator, "an indicator"),
            (ItemKind::Observation, "an observation"),
            (ItemKind::Event, "an event"),
            (ItemKind::RecommendationArea, "a recommendationArea"),
            (ItemKind::Recommendation, "a recommendation"),
        ];
        for (kind, name) in kinds {
            assert_eq!(kind.with_article(), name);
        }
    }

    #[cfg(feature = "author")]
    #[test]
    fn item_paths_follow_all_items() {
        use crate::load::json::{PathSeg, Value};
        let text = crate::load::EMBEDDED_BRIEF_JSON;
        let root = crate::load::json::parse(text).expect("the embedded brief parses");
        let brief = crate::load::load(text).expect("the embedded brief loads");
        let items = super::all_items(&brief);
        let paths = super::item_paths(&brief);
        assert_eq!(items.len(), paths.len());
        assert!(items.iter().any(|i| matches!(i, super::Item::Observation(..))));
        for (item, path) in items.iter().zip(&paths) {
            let segments = crate::load::parse_path(path);
            assert_eq!(root.locate_text(path), root.locate(&segments), "{}", path);
            for suffix in [".evidence[0].quote", ".missing[3]", "[\"odd\"]", ".place.coordinates.lat"] {
                let longer = format!("{}{}", path, suffix);
                assert_eq!(root.locate_text(&longer), root.locate(&crate::load::parse_path(&longer)), "{}", longer);
            }
            let mut node = &root;
            for seg in segments {
                node = match (seg, &node.value) {
                    (PathSeg::Key(k), _) => node.get(&k).expect("member exists"),
                    (PathSeg::Index(i), Value::Array(a)) => a.get(i).expect("element exists"),
                    _ => panic!("{} leaves the tree", path),
                };
            }
            assert!(
                matches!(&node.get("id").expect("has an id").value, Value::String(id) if id == item.id()),
                "{}",
                path
            );
        }
    }

    #[test]
    fn slugs() {
        assert!(super::is_slug("rakwon-aquaculture-2"));
        assert!(!super::is_slug("Rakwon"));
        assert!(!super::is_slug("a--b"));
        assert!(!super::is_slug("-a"));
        assert!(!super::is_slug(""));
        assert!(!super::is_slug("a-"));
        assert!(super::is_slug(&"a".repeat(80)));
        assert!(!super::is_slug(&"a".repeat(81)));
    }

    #[test]
    fn language_tags() {
        let tag = |s: &str| super::hyphenated(s, 8, true);
        assert!(tag("en") && tag("ko-KR") && tag("zh-Hant-TW") && tag("abcdefgh"));
        assert!(!tag("") && !tag("en-") && !tag("-en") && !tag("en--US") && !tag("abcdefghi") && !tag("en_US"));
    }
}
