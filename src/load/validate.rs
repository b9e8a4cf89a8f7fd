//! Semantic checks on a brief that has the right shape: ids, references, evidence, dates, numbers, the
//! language tag, sectors and the map. Every problem is reported with its JSON path; the loader adds line
//! and column.
//!
//! One root problem gives one diagnostic, not a cascade of follow-ons: an id that is not a slug still
//! names its item for references (only the id is reported, with the references that use it); an id that
//! names nothing is reported once, at its first reference, with the others listed; a date that does not
//! parse, a paragraph count of 0, coordinates off the globe or an empty text are not checked again by the
//! checks that would use them.

use std::collections::HashMap;

use crate::load::diagnostics::{Diagnostic, DiagnosticKind, Diagnostics};
use crate::model::date::{self, DateError, ParsedDate};
use crate::model::item::{all_items, item_paths, Item, ItemKind};
use crate::model::numbers::number_text;
use crate::model::*;

/// `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 80 characters.
pub fn is_slug(id: &str) -> bool {
    id.len() <= 80
        && id.split('-').all(|run| !run.is_empty() && run.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// The slug an id that is not one most likely stands for: its ASCII letters and digits, lower-cased,
/// every run of anything else one hyphen ("North Korea" → "north-korea"). `None` if that is no slug
/// (nothing left, or too long).
fn slug_form(id: &str) -> Option<String> {
    let runs: Vec<String> = id
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|run| !run.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let slug = runs.join("-");
    is_slug(&slug).then_some(slug)
}

/// Whether `tag` is a well-formed BCP 47 language tag: the syntax of RFC 5646, section 2.1
/// (`language[-extlang][-script][-region][-variant]*[-extension]*[-x-private]`, private use alone, or
/// one of the irregular grandfathered tags), in any letter case. Whether the subtags are registered is
/// not checked.
pub fn is_language_tag(tag: &str) -> bool {
    let lower = tag.to_ascii_lowercase();
    if IRREGULAR_TAGS.contains(&lower.as_str()) {
        return true;
    }
    let subtags: Vec<&str> = lower.split('-').collect();
    if subtags.iter().any(|s| s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b.is_ascii_alphanumeric())) {
        return false;
    }
    let alpha = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let Some((&language, mut rest)) = subtags.split_first() else {
        return false;
    };
    if language == "x" {
        return !rest.is_empty();
    }
    if !(alpha(language) && (2..=8).contains(&language.len())) {
        return false;
    }
    // Up to three extended language subtags, after a two- or three-letter language only.
    if language.len() <= 3 {
        for _ in 0..3 {
            match rest.split_first() {
                Some((extlang, tail)) if extlang.len() == 3 && alpha(extlang) => rest = tail,
                _ => break,
            }
        }
    }
    // Script: four letters.
    if let Some((script, tail)) = rest.split_first() {
        if script.len() == 4 && alpha(script) {
            rest = tail;
        }
    }
    // Region: two letters or three digits.
    if let Some((region, tail)) = rest.split_first() {
        if (region.len() == 2 && alpha(region)) || (region.len() == 3 && digits(region)) {
            rest = tail;
        }
    }
    // Variants: five to eight characters, or four starting with a digit.
    while let Some((variant, tail)) = rest.split_first() {
        let starts_with_digit = variant.bytes().next().is_some_and(|b| b.is_ascii_digit());
        if (5..=8).contains(&variant.len()) || (variant.len() == 4 && starts_with_digit) {
            rest = tail;
        } else {
            break;
        }
    }
    // Extensions: a singleton other than `x`, then one or more subtags of two to eight characters.
    while let Some((&singleton, tail)) = rest.split_first() {
        if singleton.len() != 1 || singleton == "x" {
            break;
        }
        let n = tail.iter().take_while(|s| (2..=8).contains(&s.len())).count();
        if n == 0 {
            return false;
        }
        rest = tail.get(n..).unwrap_or_default();
    }
    // Private use: `x` and one or more subtags (each already one to eight characters).
    match rest.split_first() {
        None => true,
        Some((&"x", tail)) => !tail.is_empty(),
        Some(_) => false,
    }
}

/// The grandfathered tags of RFC 5646 that do not follow its syntax, lower-cased.
const IRREGULAR_TAGS: &[&str] = &[
    "en-gb-oed",
    "i-ami",
    "i-bnn",
    "i-default",
    "i-enochian",
    "i-hak",
    "i-klingon",
    "i-lux",
    "i-mingo",
    "i-navajo",
    "i-pwn",
    "i-tao",
    "i-tay",
    "i-tsu",
    "sgn-be-fr",
    "sgn-be-nl",
    "sgn-ch-de",
];

/// The tag a language written by its name most likely means: "Korean" or "한국어" → `ko`. Common
/// languages only, by their English (and own) names, in any letter case.
fn language_tag_for_name(name: &str) -> Option<&'static str> {
    let tag = match name.trim().to_ascii_lowercase().as_str() {
        "arabic" | "العربية" => "ar",
        "bengali" | "bangla" => "bn",
        "burmese" => "my",
        "chinese" | "mandarin" | "中文" | "汉语" | "漢語" => "zh",
        "czech" | "čeština" => "cs",
        "danish" | "dansk" => "da",
        "dutch" | "nederlands" => "nl",
        "english" => "en",
        "filipino" => "fil",
        "finnish" | "suomi" => "fi",
        "french" | "français" | "francais" => "fr",
        "german" | "deutsch" => "de",
        "greek" | "ελληνικά" => "el",
        "hebrew" | "עברית" => "he",
        "hindi" | "हिन्दी" => "hi",
        "hungarian" | "magyar" => "hu",
        "indonesian" | "bahasa indonesia" => "id",
        "italian" | "italiano" => "it",
        "japanese" | "日本語" => "ja",
        "khmer" => "km",
        "korean" | "한국어" | "조선어" => "ko",
        "malay" | "bahasa melayu" => "ms",
        "mongolian" => "mn",
        "norwegian" | "norsk" => "no",
        "persian" | "farsi" | "فارسی" => "fa",
        "polish" | "polski" => "pl",
        "portuguese" | "português" | "portugues" => "pt",
        "romanian" | "română" => "ro",
        "russian" | "русский" => "ru",
        "spanish" | "español" | "espanol" => "es",
        "swahili" | "kiswahili" => "sw",
        "swedish" | "svenska" => "sv",
        "tagalog" => "tl",
        "thai" | "ไทย" => "th",
        "turkish" | "türkçe" => "tr",
        "ukrainian" | "українська" => "uk",
        "urdu" | "اردو" => "ur",
        "vietnamese" | "tiếng việt" => "vi",
        _ => return None,
    };
    Some(tag)
}

/// What to say about a `meta.language` that is not a language tag, if anything: `None` if it is one.
/// A language name is told its tag even when the name happens to fit the syntax ("Korean" has the shape
/// of a five-to-eight-letter language subtag, none of which is registered).
fn language_problem(language: &str) -> Option<String> {
    let suggestion = language_tag_for_name(language).map(String::from).or_else(|| {
        let dashed = language.trim().replace('_', "-");
        (dashed != language && is_language_tag(&dashed)).then_some(dashed)
    });
    match suggestion {
        Some(tag) => Some(format!("\"{language}\" is not a BCP 47 language tag; did you mean \"{tag}\"?")),
        None if is_language_tag(language) => None,
        None => Some(format!("\"{language}\" is not a BCP 47 language tag such as \"en\" or \"ko-KR\"")),
    }
}

/// Runs of whitespace as one space, and none at the ends: how an item's text marked as a quote is
/// compared with its quotes.
fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Collects the problems found.
struct Checker {
    out: Vec<Diagnostic>,
}

impl Checker {
    fn err(&mut self, path: String, message: String) {
        self.out.push(Diagnostic { kind: DiagnosticKind::Semantic, path, line: 0, column: 0, message });
    }

    fn warn(&mut self, path: String, message: String) {
        self.out.push(Diagnostic { kind: DiagnosticKind::Warning, path, line: 0, column: 0, message });
    }

    /// Reports a blank `s`; gives whether it had something in it.
    fn non_empty(&mut self, path: String, what: &str, s: &str) -> bool {
        let filled = !s.trim().is_empty();
        if !filled {
            self.err(path, format!("{what} must not be empty"));
        }
        filled
    }

    /// Parses a date, reporting why it does not parse. Checks that need the date take the parsed value,
    /// so a broken date is reported once, here.
    fn date(&mut self, path: String, d: &DateSpec) -> Option<ParsedDate> {
        match date::parse(d) {
            Ok(parsed) => Some(parsed),
            Err(e @ DateError::Form { .. }) => {
                self.err(path, e.to_string());
                None
            }
            Err(e @ DateError::Invalid(_)) => {
                self.err(path, format!("impossible date: {e}"));
                None
            }
        }
    }

    /// Appends `note` to the message of the diagnostic at `index` of the output.
    fn amend(&mut self, index: usize, note: &str) {
        if let Some(d) = self.out.get_mut(index) {
            d.message.push_str(note);
        }
    }
}

/// `n` paths as a message lists them: at most three, then "...".
fn some_paths(paths: &[String]) -> String {
    let mut listed: Vec<&str> = paths.iter().take(3).map(String::as_str).collect();
    if paths.len() > 3 {
        listed.push("...");
    }
    listed.join(", ")
}

fn references_word(n: usize) -> &'static str {
    if n == 1 {
        "reference"
    } else {
        "references"
    }
}

/// Finds the items references name, keeping one diagnostic per root problem: the references to an id
/// that is not a slug are counted on that id's diagnostic; those to an id that names nothing, on the
/// diagnostic at the first of them.
struct Resolver<'a> {
    items: &'a [Item<'a>],
    /// The first item with each id.
    first_with_id: HashMap<&'a str, usize>,
    /// Items whose id is not a slug, by the slug it stands for: a reference that already uses the slug
    /// finds them too.
    by_slug_form: HashMap<String, usize>,
    /// For each item whose id is not a slug: the index of its diagnostic, and the references to it.
    not_slugs: HashMap<usize, (usize, Vec<String>)>,
    /// For each id that names no item: the index of the diagnostic at its first reference, and the
    /// other references.
    missing: HashMap<String, (usize, Vec<String>)>,
}

impl<'a> Resolver<'a> {
    /// `message` with "did you mean" the id nearest to the misspelt `id` among the items of kind `want`
    /// (any kind if none), when one is close enough to be a likely typo (the authors' build only).
    #[cfg(feature = "author")]
    fn with_suggestion(&self, message: String, id: &str, want: Option<ItemKind>) -> String {
        let candidates: Vec<&str> =
            self.items.iter().filter(|item| want.is_none_or(|kind| item.kind() == kind)).map(Item::id).collect();
        match crate::load::decode::closest(id, &candidates) {
            Some(near) => format!("{message}; did you mean \"{near}\"?"),
            None => message,
        }
    }

    #[cfg(not(feature = "author"))]
    fn with_suggestion(&self, message: String, _id: &str, _want: Option<ItemKind>) -> String {
        message
    }

    /// A reference at `path` to `id`, which must name an item (of kind `want`, if given).
    fn expect(&mut self, c: &mut Checker, path: String, id: &str, want: Option<ItemKind>) {
        let found = self.first_with_id.get(id).or_else(|| self.by_slug_form.get(id)).copied();
        let Some(n) = found else {
            match self.missing.get_mut(id) {
                Some((_, more)) => more.push(path),
                None => {
                    self.missing.insert(id.to_string(), (c.out.len(), Vec::new()));
                    let message = format!("\"{id}\" does not name any item in this brief");
                    c.err(path, self.with_suggestion(message, id, want));
                }
            }
            return;
        };
        let kind = self.items.get(n).map(Item::kind);
        if let (Some(kind), Some(want)) = (kind, want) {
            if kind != want {
                c.err(
                    path,
                    format!("\"{id}\" is {}, but {} is expected here", kind.with_article(), want.with_article()),
                );
                return;
            }
        }
        if let Some((_, uses)) = self.not_slugs.get_mut(&n) {
            uses.push(path);
        }
    }

    /// Adds the counted references to the diagnostics they follow from.
    fn finish(self, c: &mut Checker) {
        for (at, more) in self.missing.values() {
            if !more.is_empty() {
                let n = more.len();
                c.amend(*at, &format!(" (and {n} more {} to it: {})", references_word(n), some_paths(more)));
            }
        }
        for (at, uses) in self.not_slugs.values() {
            if !uses.is_empty() {
                let n = uses.len();
                c.amend(*at, &format!(" ({n} {} to it: {})", references_word(n), some_paths(uses)));
            }
        }
    }
}

/// The item's own main text, which `"wording": "quote"` says is verbatim: its wording, the field and
/// how a message names it, and the text (an actor's description may be absent). `None` for an item
/// without a wording (a recommendation area).
fn worded_text<'a>(item: &Item<'a>) -> Option<(Option<Wording>, &'static str, &'static str, Option<&'a str>)> {
    Some(match *item {
        Item::Judgment(x) => (x.wording, "text", "the text", Some(x.text.as_str())),
        Item::Axis(x) => (x.wording, "label", "the label", Some(x.label.as_str())),
        Item::Actor(x) => (x.wording, "description", "the description", x.description.as_deref()),
        Item::Relation(x) => (x.wording, "role", "the role", Some(x.role.as_str())),
        Item::Project(x) => (x.wording, "name", "the name", Some(x.name.as_str())),
        Item::Indicator(x) => (x.wording, "name", "the name", Some(x.name.as_str())),
        Item::Observation(_, o) => (o.wording, "label", "the label", Some(o.label.as_str())),
        Item::Event(x) => (x.wording, "title", "the title", Some(x.title.as_str())),
        Item::Recommendation(x) => (x.wording, "text", "the text", Some(x.text.as_str())),
        Item::RecommendationArea(_) => return None,
    })
}

/// Checks a decoded brief. The problems have paths but no line and column (both 0). Warnings are among
/// them, of kind [`DiagnosticKind::Warning`].
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
    if let Some(problem) = language_problem(&m.language) {
        c.err("$.meta.language".into(), problem);
    }
    if let Some(url) = &m.source_url {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            c.err("$.meta.sourceUrl".into(), "the source URL must start with https:// or http://".into());
        }
    }
    // With no paragraphs, every paragraph number would be out of range: that one problem is reported.
    let paragraphs_known = m.paragraphs > 0;
    if !paragraphs_known {
        c.err("$.meta.paragraphs".into(), "the brief must have at least one paragraph".into());
    }
    if let Some(source) = &m.source {
        c.non_empty("$.meta.source.text".into(), "the source text's path", &source.text);
        for (i, &paragraph) in source.uncited.iter().enumerate() {
            if paragraphs_known && (paragraph == 0 || paragraph > m.paragraphs) {
                c.err(
                    format!("$.meta.source.uncited[{i}]"),
                    format!("paragraph {paragraph} is out of range: the brief has paragraphs 1 to {}", m.paragraphs),
                );
            }
        }
    }

    // Ids: well-formed and unique across the brief. The index keeps the first item with each id, slug
    // or not, so references to an id that is not a slug are not reported as well.
    let items = all_items(b);
    let paths = item_paths(b);
    let mut first_with_id: HashMap<&str, usize> = HashMap::new();
    for (n, item) in items.iter().enumerate() {
        first_with_id.entry(item.id()).or_insert(n);
    }
    let mut resolver = Resolver {
        items: &items,
        first_with_id,
        by_slug_form: HashMap::new(),
        not_slugs: HashMap::new(),
        missing: HashMap::new(),
    };
    for (n, (item, base)) in items.iter().zip(&paths).enumerate() {
        let id = item.id();
        if !is_slug(id) {
            let slug = slug_form(id);
            let example = slug.as_deref().unwrap_or("rakwon-aquaculture");
            resolver.not_slugs.insert(n, (c.out.len(), Vec::new()));
            c.err(
                format!("{base}.id"),
                format!(
                    "id \"{id}\" is not a slug: use at most 80 lower-case letters, digits and single hyphens, e.g. \"{example}\""
                ),
            );
            if let Some(slug) = slug.filter(|slug| !resolver.first_with_id.contains_key(slug.as_str())) {
                resolver.by_slug_form.entry(slug).or_insert(n);
            }
        }
        if let Some(&first) = resolver.first_with_id.get(id).filter(|&&first| first != n) {
            let first_path = paths.get(first).map_or("", String::as_str);
            c.err(format!("{base}.id"), format!("duplicate id \"{id}\" (first used at {first_path}.id)"));
        }
    }

    if let Some(subject) = &m.subject {
        resolver.expect(&mut c, "$.meta.subject".into(), subject, Some(ItemKind::Actor));
    }

    for (item, base) in items.iter().zip(&paths) {
        let mut references = |c: &mut Checker, field: &str, ids: &[Id], want: Option<ItemKind>| {
            for (i, id) in ids.iter().enumerate() {
                let path = format!("{base}.{field}[{i}]");
                if id == item.id() {
                    c.err(path, format!("\"{id}\" refers to itself"));
                } else {
                    resolver.expect(c, path, id, want);
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
            if paragraphs_known && (evidence.paragraph == 0 || evidence.paragraph > m.paragraphs) {
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
        // An undated event (or project, or observation) has no date to check.
        if let Some(d) = item.date() {
            c.date(format!("{base}.date"), d);
        }
        check_quoted_wording(&mut c, item, base);

        match item {
            Item::Relation(r) => {
                resolver.expect(&mut c, format!("{base}.from"), &r.from, Some(ItemKind::Actor));
                resolver.expect(&mut c, format!("{base}.to"), &r.to, Some(ItemKind::Actor));
                if r.from == r.to {
                    c.err(format!("{base}.to"), "a relation needs two different actors".into());
                }
                if let Some(label) = &r.stance_label {
                    c.non_empty(format!("{base}.stanceLabel"), "the stance label", label);
                }
            }
            Item::Recommendation(r) => {
                resolver.expect(&mut c, format!("{base}.area"), &r.area, Some(ItemKind::RecommendationArea));
            }
            Item::RecommendationArea(a) => {
                if let Some(addressee) = &a.addressee {
                    resolver.expect(&mut c, format!("{base}.addressee"), addressee, Some(ItemKind::Actor));
                }
            }
            Item::Project(p) => {
                c.non_empty(format!("{base}.sector"), "the sector", &p.sector);
                if let Some(place) = &p.place {
                    if let Some(coords) = &place.coordinates {
                        check_place(&mut c, b.map.as_ref(), &format!("{base}.place"), place, coords);
                    }
                }
            }
            Item::Observation(_, o) => check_measure(&mut c, base, o),
            _ => {}
        }
    }
    resolver.finish(&mut c);

    check_sectors(&mut c, &b.sectors);
    if let Some(map) = &b.map {
        check_map(&mut c, map);
    }
    Diagnostics(c.out)
}

/// An item marked `"wording": "quote"` must have its main text in one of its own quotes, compared with
/// runs of whitespace as one space (letter case and everything else as written). Not checked when
/// the text or every quote is blank: that is reported already.
fn check_quoted_wording(c: &mut Checker, item: &Item<'_>, base: &str) {
    let Some((Some(Wording::Quote), field, what, Some(text))) = worded_text(item) else {
        return;
    };
    let text = collapse_whitespace(text);
    let quotes: Vec<String> = item.evidence().iter().map(|e| collapse_whitespace(&e.quote)).collect();
    if text.is_empty() || quotes.iter().all(String::is_empty) {
        return;
    }
    if !quotes.iter().any(|quote| quote.contains(&text)) {
        c.err(
            format!("{base}.{field}"),
            format!(
                "{what} is marked \"wording\": \"quote\", but it is in none of this item's evidence quotes \
                 (compared with each run of whitespace as one space); copy it from a quote exactly, or remove \
                 \"wording\" to mark it as the editor's paraphrase"
            ),
        );
    }
}

/// A project's coordinates: on the globe, with a source, and (a warning otherwise) inside the map.
fn check_place(c: &mut Checker, map: Option<&MapSpec>, base: &str, place: &Place, coords: &Coordinates) {
    let path = format!("{base}.coordinates");
    let mut on_globe = true;
    if !(-90.0..=90.0).contains(&coords.lat) {
        on_globe = false;
        c.err(format!("{path}.lat"), format!("latitude {} is not between -90 and 90", number_text(coords.lat, 3)));
    }
    if !(-180.0..=180.0).contains(&coords.lon) {
        on_globe = false;
        c.err(format!("{path}.lon"), format!("longitude {} is not between -180 and 180", number_text(coords.lon, 3)));
    }
    c.non_empty(format!("{path}.source"), "the coordinates' source", &coords.source);
    // Coordinates off the globe are reported above, not again as off the map.
    let Some(outline) = map.and_then(|map| map.outline.as_ref()) else {
        return;
    };
    let inside = (outline.lon_min..=outline.lon_max).contains(&coords.lon)
        && (outline.lat_min..=outline.lat_max).contains(&coords.lat);
    if on_globe && !inside {
        let n = |x: f64| number_text(x, 3);
        c.warn(
            path,
            format!(
                "\"{}\" lies outside the map (lon {} to {}, lat {} to {}); it is listed, not drawn",
                place.name,
                n(outline.lon_min),
                n(outline.lon_max),
                n(outline.lat_min),
                n(outline.lat_max)
            ),
        );
    }
}

/// Sector display names: ids that are slugs, each listed once, with a label. A sector no project uses
/// is allowed.
fn check_sectors(c: &mut Checker, sectors: &[Sector]) {
    let mut first_at: HashMap<&str, usize> = HashMap::new();
    for (i, sector) in sectors.iter().enumerate() {
        let path = format!("$.sectors[{i}]");
        let id = sector.id.as_str();
        if !is_slug(id) {
            let example = slug_form(id).unwrap_or_else(|| "coastal-restoration".into());
            c.err(
                format!("{path}.id"),
                format!(
                    "sector \"{id}\" is not a slug: use at most 80 lower-case letters, digits and single hyphens, as projects' \"sector\" does, e.g. \"{example}\""
                ),
            );
        }
        match first_at.get(id) {
            Some(first) => {
                c.err(format!("{path}.id"), format!("sector \"{id}\" is listed twice (first at $.sectors[{first}].id)"))
            }
            None => {
                first_at.insert(id, i);
            }
        }
        c.non_empty(format!("{path}.label"), "the sector's label", &sector.label);
    }
}

/// The map: country codes shaped as ISO 3166-1 alpha-2, and an outline whose area and size make sense.
fn check_map(c: &mut Checker, map: &MapSpec) {
    for (i, code) in map.countries.iter().enumerate() {
        if !(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())) {
            let hint = if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) {
                format!("; did you mean \"{}\"?", code.to_ascii_uppercase())
            } else {
                String::new()
            };
            c.err(
                format!("$.map.countries[{i}]"),
                format!(
                    "\"{code}\" is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. \"KE\"){hint}"
                ),
            );
        }
    }
    let Some(o) = &map.outline else {
        return;
    };
    let n = |x: f64| number_text(x, 3);
    c.non_empty("$.map.outline.attribution".into(), "the outline's attribution", &o.attribution);
    if o.lon_min >= o.lon_max {
        c.err(
            "$.map.outline.lonMax".into(),
            format!("lonMax ({}) must be east of lonMin ({})", n(o.lon_max), n(o.lon_min)),
        );
    }
    if o.lat_min >= o.lat_max {
        c.err(
            "$.map.outline.latMax".into(),
            format!("latMax ({}) must be north of latMin ({})", n(o.lat_max), n(o.lat_min)),
        );
    }
    if o.width <= 0.0 {
        c.err("$.map.outline.width".into(), format!("the width must be greater than 0, not {}", n(o.width)));
    }
    if o.height <= 0.0 {
        c.err("$.map.outline.height".into(), format!("the height must be greater than 0, not {}", n(o.height)));
    }
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
        let tag = super::is_language_tag;
        assert!(tag("en") && tag("ko-KR") && tag("zh-Hant-TW") && tag("abcdefgh"));
        assert!(!tag("") && !tag("en-") && !tag("-en") && !tag("en--US") && !tag("abcdefghi") && !tag("en_US"));
        for good in [
            "EN",
            "en-us",
            "zh-yue-HK",
            "sr-Latn-RS",
            "es-419",
            "de-CH-1901",
            "sl-rozaj-biske",
            "en-US-u-ca-gregory",
            "en-a-bbb-x-a-ccc",
            "x-whatever",
            "i-klingon",
            "en-GB-oed",
            "qaa-Qaaa-QM-x-southern",
        ] {
            assert!(tag(good), "{good}");
        }
        for bad in ["e", "en-u", "en-x", "en-US-", "ko_KR", "en-a-b", "en-123456789", "한국어", "en US", "de-419-DE"]
        {
            assert!(!tag(bad), "{bad}");
        }
    }

    #[test]
    fn language_names_get_their_tag() {
        let problem = super::language_problem;
        assert_eq!(problem("Korean").as_deref(), Some("\"Korean\" is not a BCP 47 language tag; did you mean \"ko\"?"));
        assert_eq!(problem("한국어").as_deref(), Some("\"한국어\" is not a BCP 47 language tag; did you mean \"ko\"?"));
        assert_eq!(
            problem("en_US").as_deref(),
            Some("\"en_US\" is not a BCP 47 language tag; did you mean \"en-US\"?")
        );
        assert_eq!(
            problem("en US").as_deref(),
            Some("\"en US\" is not a BCP 47 language tag such as \"en\" or \"ko-KR\"")
        );
        assert_eq!(problem("ko-KR"), None);
        assert_eq!(problem("sw"), None);
    }

    #[test]
    fn slug_forms() {
        assert_eq!(super::slug_form("North Korea").as_deref(), Some("north-korea"));
        assert_eq!(super::slug_form("  Rakwon -- Aquaculture 2 ").as_deref(), Some("rakwon-aquaculture-2"));
        assert_eq!(super::slug_form("한국"), None);
        assert_eq!(super::slug_form(&"a ".repeat(41)), None);
    }
}
