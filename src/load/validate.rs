//! Semantic checks on a brief that has the right shape: ids, references, evidence, dates, numbers.
//! Every problem is reported with its JSON path; the loader adds line and column.

use crate::date;
use crate::diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};
use crate::json::push_int;
use crate::json::{integer_text, number_text};
use crate::model::*;
use crate::query::{all_items, Item, ItemKind};

/// `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 80 characters.
pub fn is_slug(id: &str) -> bool {
    id.len() <= 80 && hyphenated(id, 80, false)
}

/// Non-empty runs of at most `max_run` ASCII letters and digits (upper-case letters only with `upper`),
/// joined by single hyphens. One byte loop (not `split('-')`) for slugs and language tags; a flag rather
/// than a `fn(u8) -> bool`, whose two closures were called through the function table.
fn hyphenated(s: &str, max_run: usize, upper: bool) -> bool {
    let mut run = 0;
    for b in s.bytes() {
        if b == b'-' {
            if run == 0 {
                return false;
            }
            run = 0;
        } else if (b.is_ascii_lowercase() || b.is_ascii_digit() || (upper && b.is_ascii_uppercase())) && run < max_run {
            run += 1;
        } else {
            return false;
        }
    }
    run > 0
}

fn with_article(kind: ItemKind) -> &'static str {
    // A line table in the order of `ItemKind`'s variants, not a `match`: that was a table of string pointers.
    const NAMES: &str = "a judgment\nan axis\nan actor\na relation\na project\nan indicator\nan observation\nan event\na recommendationArea\na recommendation";
    crate::text::line_of(NAMES, kind as usize)
}

/// `base` + `suffix`, e.g. `$.actors[2]` + `.id`: one small function for ~20 paths (and a few
/// messages) that were each a `format!`. The fixed paths (`$.meta.` + `title`) are joined here too, in
/// `Checker::err`: a `"$.meta.title".into()` inlined its own allocation and copy.
#[inline(never)]
fn at(base: &str, suffix: &str) -> String {
    let mut path = String::with_capacity(base.len() + suffix.len());
    path.push_str(base);
    path.push_str(suffix);
    path
}

/// The `parts` one after another: one small function for the messages that were each a `format!` (with
/// integers through `integer_text`, so that no `format!` is left to pull `core::fmt` into the module).
/// A plain loop rather than `[&str]::concat`, whose `join_generic_copy` costs ~1 KB of Wasm.
#[inline(never)]
pub(crate) fn concat(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(part);
    }
    out
}

/// `prefix[i]`, e.g. `$.actors[2]`.
#[inline(never)]
fn indexed(prefix: &str, i: usize) -> String {
    let mut path = at(prefix, "[");
    push_int(&mut path, i as i64);
    path.push(']');
    path
}

/// `"id"` + `rest`.
fn quoted(id: &str, rest: &str) -> String {
    let mut message = String::from("\"");
    message.push_str(id);
    message.push('"');
    message.push_str(rest);
    message
}

struct Checker {
    out: Vec<Diagnostic>,
}

impl Checker {
    // Out of line and not generic over the message type: `err` has ~30 call sites. The path comes as
    // `base` + `suffix` and is joined only here, when there is a problem: no `String` per call site.
    #[inline(never)]
    fn err(&mut self, base: &str, suffix: &str, message: String) {
        let path = at(base, suffix);
        self.out.push(Diagnostic { kind: DiagnosticKind::Semantic, path, line: 0, column: 0, message });
    }
    /// A problem whose message is fixed text.
    #[inline(never)]
    fn fixed(&mut self, base: &str, suffix: &str, message: &str) {
        self.err(base, suffix, message.to_string());
    }
    fn non_empty(&mut self, base: &str, suffix: &str, what: &str, s: &str) {
        if s.trim().is_empty() {
            self.err(base, suffix, at(what, " must not be empty"));
        }
    }
    fn date(&mut self, base: &str, suffix: &str, d: &DateSpec) {
        if let Err(e) = date::parse(d) {
            self.err(base, suffix, at("impossible date: ", &e));
        }
    }
}

/// The JSON path of every item, in the order of [`all_items`]. Paths come from positions, not from
/// looking items up: a lookup by value is quadratic and gives two identical items the same path.
fn item_paths(b: &Brief) -> Vec<String> {
    fn list(out: &mut Vec<String>, prefix: &str, len: usize) {
        for i in 0..len {
            out.push(indexed(prefix, i));
        }
    }
    let mut out = Vec::new();
    list(&mut out, "$.keyJudgments", b.key_judgments.len());
    list(&mut out, "$.axes", b.axes.len());
    list(&mut out, "$.actors", b.actors.len());
    list(&mut out, "$.relations", b.relations.len());
    list(&mut out, "$.projects", b.projects.len());
    for (i, ind) in b.indicators.iter().enumerate() {
        let base = indexed("$.indicators", i);
        let observations = at(&base, ".observations");
        out.push(base);
        list(&mut out, &observations, ind.observations.len());
    }
    list(&mut out, "$.events", b.events.len());
    list(&mut out, "$.recommendationAreas", b.recommendation_areas.len());
    list(&mut out, "$.recommendations", b.recommendations.len());
    out
}

// The message for an unsupported format spells the version out.
const _: () = assert!(FORMAT_VERSION == 1);

pub fn validate(b: &Brief) -> Diagnostics {
    let mut c = Checker { out: Vec::new() };
    if b.format != FORMAT_VERSION {
        c.err(
            "$.",
            "format",
            // FORMAT_VERSION spelt out (checked below): one `integer_text` less.
            concat(&["format ", &integer_text(b.format.into()), " is not supported; this version reads format 1"]),
        );
    }
    let m = &b.meta;
    c.non_empty("$.meta.", "title", "the title", &m.title);
    c.non_empty("$.meta.", "series", "the series", &m.series);
    c.non_empty("$.meta.", "publisher", "the publisher", &m.publisher);
    c.date("$.meta.", "date", &m.date);
    if m.authors.is_empty() {
        c.fixed("$.meta.", "authors", "a brief needs at least one author");
    }
    for (i, a) in m.authors.iter().enumerate() {
        c.non_empty(&indexed("$.meta.authors", i), ".name", "an author's name", &a.name);
    }
    let lang_ok = hyphenated(&m.language, 8, true);
    if !lang_ok {
        c.err("$.meta.", "language", quoted(&m.language, " is not a BCP 47 language tag such as \"en\" or \"ko-KR\""));
    }
    if let Some(url) = &m.source_url {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            c.fixed("$.meta.", "sourceUrl", "the source URL must start with https:// or http://");
        }
    }
    if m.paragraphs == 0 {
        c.fixed("$.meta.", "paragraphs", "the brief must have at least one paragraph");
    }

    // Ids: well-formed and unique across the brief.
    let items = all_items(b);
    let paths = item_paths(b);
    let by_id = crate::query::build_id_index(b);
    for (n, (item, base)) in items.iter().zip(&paths).enumerate() {
        let id = item.id();
        if !is_slug(id) {
            c.err(
                base,
                ".id",
                concat(&[
                    "id \"",
                    id,
                    "\" is not a slug: use lower-case letters, digits and single hyphens, e.g. \"rakwon-aquaculture\"",
                ]),
            );
        }
        if let Some(first) = by_id.position(b, id).filter(|&f| f != n) {
            let first_path = paths.get(first).map_or("", |p| p);
            c.err(base, ".id", concat(&["duplicate id \"", id, "\" (first used at ", first_path, ".id)"]));
        }
    }

    let expect = |c: &mut Checker, base: &str, suffix: &str, id: &str, want: Option<ItemKind>| match (
        by_id.position(b, id).and_then(|i| items.get(i)).map(|item| item.kind()),
        want,
    ) {
        (None, _) => c.err(base, suffix, quoted(id, " does not name any item in this brief")),
        (Some(k), Some(w)) if k != w => c.err(
            base,
            suffix,
            concat(&["\"", id, "\" is ", with_article(k), ", but ", with_article(w), " is expected here"]),
        ),
        _ => {}
    };
    if let Some(s) = &m.subject {
        expect(&mut c, "$.meta.", "subject", s, Some(ItemKind::Actor));
    }

    for (item, base) in items.iter().zip(&paths) {
        // Three calls, not a loop over an array of the three lists: no array iterator instance.
        let refs = |c: &mut Checker, field: &str, ids: &[Id], want: Option<ItemKind>| {
            for (i, id) in ids.iter().enumerate() {
                let path = indexed(&concat(&[base, ".", field]), i);
                if id == item.id() {
                    c.err(&path, "", quoted(id, " refers to itself"));
                } else {
                    expect(c, &path, "", id, want);
                }
            }
        };
        // Observations share their indicator's axes; report those once, on the indicator.
        if !matches!(item, Item::Observation(..)) {
            refs(&mut c, "axes", item.axes(), Some(ItemKind::Axis));
        }
        let actors = if matches!(item, Item::Actor(_)) { "memberOf" } else { "actors" };
        refs(&mut c, actors, item.actors(), Some(ItemKind::Actor));
        refs(&mut c, "related", item.related_ids(), None);

        if !matches!(item, Item::RecommendationArea(_)) && item.evidence().is_empty() {
            c.fixed(base, ".evidence", "every insight needs evidence: at least one {paragraph, quote} from the brief");
        }
        for (i, ev) in item.evidence().iter().enumerate() {
            let p = indexed(&at(base, ".evidence"), i);
            if ev.quote.trim().is_empty() {
                c.fixed(&p, ".quote", "the quote is empty; copy the sentence from the brief");
            }
            if ev.paragraph == 0 || ev.paragraph > m.paragraphs {
                c.err(
                    &p,
                    ".paragraph",
                    concat(&[
                        "paragraph ",
                        &integer_text(ev.paragraph.into()),
                        " is out of range: the brief has paragraphs 1 to ",
                        &integer_text(m.paragraphs.into()),
                    ]),
                );
            }
        }
        // The field that holds the title, and how the message names it.
        let (field, what) = match item {
            Item::Judgment(_) | Item::Recommendation(_) => (".text", "the text"),
            Item::Axis(_) | Item::RecommendationArea(_) | Item::Observation(..) => (".label", "the label"),
            Item::Relation(_) => (".role", "the role"),
            Item::Event(_) => (".title", "the title"),
            _ => (".name", "the name"),
        };
        c.non_empty(base, field, what, item.title());
        if let Some(d) = item.date() {
            c.date(base, ".date", d);
        }

        match item {
            Item::Relation(r) => {
                expect(&mut c, base, ".from", &r.from, Some(ItemKind::Actor));
                expect(&mut c, base, ".to", &r.to, Some(ItemKind::Actor));
                if r.from == r.to {
                    c.fixed(base, ".to", "a relation needs two different actors");
                }
            }
            Item::Recommendation(r) => expect(&mut c, base, ".area", &r.area, Some(ItemKind::RecommendationArea)),
            Item::RecommendationArea(a) => {
                if let Some(ad) = &a.addressee {
                    expect(&mut c, base, ".addressee", ad, Some(ItemKind::Actor));
                }
            }
            Item::Project(p) => {
                c.non_empty(base, ".sector", "the sector", &p.sector);
                if let Some(coords) = p.place.as_ref().and_then(|pl| pl.coordinates.as_ref()) {
                    let cp = at(base, ".place.coordinates");
                    if !(-90.0..=90.0).contains(&coords.lat) {
                        c.err(
                            &cp,
                            ".lat",
                            concat(&["latitude ", &number_text(coords.lat, 3), " is not between -90 and 90"]),
                        );
                    }
                    if !(-180.0..=180.0).contains(&coords.lon) {
                        c.err(
                            &cp,
                            ".lon",
                            concat(&["longitude ", &number_text(coords.lon, 3), " is not between -180 and 180"]),
                        );
                    }
                    c.non_empty(&cp, ".source", "the coordinates' source", &coords.source);
                }
            }
            Item::Observation(_, o) => check_measure(&mut c, base, o),
            _ => {}
        }
    }
    Diagnostics(c.out)
}

fn check_measure(c: &mut Checker, base: &str, o: &Observation) {
    let need = |c: &mut Checker, field: &str, v: Option<f64>, why: &str| {
        if v.is_none() {
            c.err(&concat(&[base, ".", field]), "", concat(&["missing \"", field, "\": ", why]));
        }
    };
    match o.qualifier {
        Qualifier::Exact | Qualifier::Approximate => {
            need(c, "low", o.low, "an exact or approximate observation gives its value as \"low\"");
            if let (Some(l), Some(h)) = (o.low, o.high) {
                if l != h {
                    c.fixed(
                        base,
                        ".high",
                        "an exact or approximate value has high equal to low (or no high); use \"range\" for a span",
                    );
                }
            }
        }
        Qualifier::Range => {
            need(c, "low", o.low, "a range needs both ends");
            need(c, "high", o.high, "a range needs both ends");
            if let (Some(l), Some(h)) = (o.low, o.high) {
                if l > h {
                    c.err(
                        base,
                        ".high",
                        concat(&[
                            "the range ends (",
                            &number_text(h, 3),
                            ") below where it starts (",
                            &number_text(l, 3),
                            ")",
                        ]),
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
    use crate::json::{PathSeg, Value};
    use crate::query::ItemKind;

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
            assert_eq!(super::with_article(kind), name);
        }
    }

    #[test]
    fn item_paths_follow_all_items() {
        let text = crate::EMBEDDED_BRIEF_JSON;
        let root = crate::json::parse(text).expect("the embedded brief parses");
        let brief = crate::load(text).expect("the embedded brief loads").brief;
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
