//! schema.org JSON-LD for the brief: a `Report` whose parts are `Claim`s (each insight, with the quote it
//! appears in) and `Dataset`s (each indicator with its observations), about the actors it names.
//!
//! Provenance: the report, its authors and (when the brief names one) its publisher are the brief's; the
//! quotes are `Quotation`s that are part of it. Everything the editor wrote (claims, datasets, the
//! structured data itself) has the editor as author (`meta.editor`, else a generic "brief-insights
//! editor"), never the publisher; the editor's `meta.summary` is not exported as the report's abstract.

use super::escape::quote_link;
use super::i18n::{self, qualifier_label};
use super::{actor_name, Lang, LoadedBrief};
use crate::model::{ActorKind, Evidence, Indicator, Qualifier};
use crate::query::{Item, ItemKind};
use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};
use serde_json::Number;
use std::io;

/// A `<script type="application/ld+json">` element. The JSON escapes `<`, `>` and `&` (and the line
/// separators U+2028 and U+2029), so no brief text can close the element early.
pub fn render_jsonld(b: &LoadedBrief) -> String {
    let mut json = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut json, ScriptSafe);
    // Only strings, numbers, lists and structs with string keys: serializing them into memory cannot fail,
    // and serde_json writes UTF-8.
    report(b).serialize(&mut serializer).expect("the JSON-LD serializes");
    let json = String::from_utf8(json).expect("serde_json writes UTF-8");
    format!("<script type=\"application/ld+json\">{json}</script>")
}

/// Compact JSON that can sit inside an HTML `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 in
/// strings are written as `\u` escapes, and every control character as `\u00XX` (`\b` and `\f` too), as
/// the crate's other JSON writers do.
struct ScriptSafe;

impl Formatter for ScriptSafe {
    fn write_string_fragment<W: ?Sized + io::Write>(&mut self, writer: &mut W, fragment: &str) -> io::Result<()> {
        let mut written = 0;
        for (i, c) in fragment.char_indices() {
            let escaped = match c {
                '<' => "\\u003c",
                '>' => "\\u003e",
                '&' => "\\u0026",
                '\u{2028}' => "\\u2028",
                '\u{2029}' => "\\u2029",
                _ => continue,
            };
            writer.write_all(fragment.get(written..i).unwrap_or("").as_bytes())?;
            writer.write_all(escaped.as_bytes())?;
            written = i + c.len_utf8();
        }
        writer.write_all(fragment.get(written..).unwrap_or("").as_bytes())
    }

    fn write_char_escape<W: ?Sized + io::Write>(&mut self, writer: &mut W, escape: CharEscape) -> io::Result<()> {
        let escape = match escape {
            CharEscape::Backspace => CharEscape::AsciiControl(0x08),
            CharEscape::FormFeed => CharEscape::AsciiControl(0x0c),
            other => other,
        };
        CompactFormatter.write_char_escape(writer, escape)
    }
}

#[derive(Serialize)]
struct Report<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    /// The brief's page, when it gives one, as the report's `@id` and `url`.
    #[serde(rename = "@id", skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    name: &'a str,
    #[serde(rename = "reportNumber")]
    report_number: &'a str,
    #[serde(rename = "datePublished")]
    date_published: &'a str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    #[serde(rename = "copyrightNotice", skip_serializing_if = "Option::is_none")]
    copyright_notice: Option<&'a str>,
    #[serde(rename = "isPartOf")]
    is_part_of: Named<'a>,
    author: Vec<Person<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Named<'a>>,
    /// Who made this structured data: the editor.
    #[serde(rename = "sdPublisher")]
    sd_publisher: Named<'a>,
    about: Vec<Named<'a>>,
    #[serde(rename = "hasPart")]
    has_part: Vec<Part<'a>>,
}

/// Something of a schema.org type known by its name: a series, an organization, an actor.
#[derive(Serialize)]
struct Named<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
}

impl<'a> Named<'a> {
    fn new(kind: &'static str, name: &'a str) -> Named<'a> {
        Named { kind, name }
    }
}

#[derive(Serialize)]
struct Person<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(rename = "jobTitle", skip_serializing_if = "Option::is_none")]
    job_title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    affiliation: Option<Named<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Part<'a> {
    Claim(Claim<'a>),
    Dataset(Dataset<'a>),
}

#[derive(Serialize)]
struct Claim<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    identifier: &'a str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(rename = "temporalCoverage", skip_serializing_if = "Option::is_none")]
    temporal_coverage: Option<&'a str>,
    /// The editor, whose wording and classification the claim is.
    author: Named<'a>,
    appearance: Vec<Appearance<'a>>,
}

/// A quote as a `Quotation`: the brief's words, part of the brief, with its paragraph and a deep link
/// when the source is online.
#[derive(Serialize)]
struct Appearance<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    text: &'a str,
    position: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(rename = "isPartOf")]
    is_part_of: Source<'a>,
}

/// The brief a quote is from.
#[derive(Serialize, Clone)]
struct Source<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "@id", skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    name: &'a str,
}

#[derive(Serialize)]
struct Dataset<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    identifier: &'a str,
    name: &'a str,
    description: &'a str,
    #[serde(rename = "variableMeasured")]
    variable_measured: Vec<PropertyValue<'a>>,
    /// The editor, who compiled the brief's figures into this dataset.
    author: Named<'a>,
    appearance: Vec<Appearance<'a>>,
}

#[derive(Serialize)]
struct PropertyValue<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    identifier: &'a str,
    name: &'a str,
    description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<Number>,
    #[serde(rename = "minValue", skip_serializing_if = "Option::is_none")]
    min_value: Option<Number>,
    #[serde(rename = "maxValue", skip_serializing_if = "Option::is_none")]
    max_value: Option<Number>,
    #[serde(rename = "unitText", skip_serializing_if = "Option::is_none")]
    unit_text: Option<&'a str>,
    #[serde(rename = "observationDate", skip_serializing_if = "Option::is_none")]
    observation_date: Option<&'a str>,
    appearance: Vec<Appearance<'a>>,
}

/// The editor named when a brief names none.
const DEFAULT_EDITOR: &str = "brief-insights editor";

/// Who wrote the brief's paraphrases and classifications: `meta.editor` as a person, else the generic
/// editor as an organization.
fn editor(b: &LoadedBrief) -> Named<'_> {
    match b.brief.meta.editor.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
        Some(name) => Named::new("Person", name),
        None => Named::new("Organization", DEFAULT_EDITOR),
    }
}

/// What the quotes are part of, and where the claims link to.
struct Links<'a> {
    /// The brief's page, when it has one.
    url: Option<String>,
    source: Source<'a>,
}

fn report(b: &LoadedBrief) -> Report<'_> {
    let meta = &b.brief.meta;
    let url = meta.source_url.as_deref().and_then(|u| quote_link(u, ""));
    let links = Links { url: url.clone(), source: Source { kind: "Report", id: url.clone(), name: &meta.title } };
    let has_part = b
        .items()
        .into_iter()
        .filter_map(|item| match item {
            Item::Indicator(ind) => Some(Part::Dataset(dataset(b, ind, &links))),
            _ => match item.kind() {
                ItemKind::Judgment
                | ItemKind::Axis
                | ItemKind::Relation
                | ItemKind::Project
                | ItemKind::Event
                | ItemKind::Recommendation => Some(Part::Claim(claim(b, &item, &links))),
                ItemKind::Indicator | ItemKind::Actor | ItemKind::Observation | ItemKind::RecommendationArea => None,
            },
        })
        .collect();
    Report {
        context: "https://schema.org",
        kind: "Report",
        id: url.clone(),
        url,
        name: &meta.title,
        report_number: &meta.number,
        date_published: &meta.date.0,
        in_language: &meta.language,
        copyright_notice: meta.rights.as_deref(),
        is_part_of: Named::new("CreativeWorkSeries", &meta.series),
        author: meta
            .authors
            .iter()
            .map(|a| Person {
                kind: "Person",
                name: &a.name,
                job_title: a.role.as_deref(),
                affiliation: a.affiliation.as_deref().map(|aff| Named::new("Organization", aff)),
            })
            .collect(),
        publisher: meta.publisher.as_deref().map(|p| Named::new("Organization", p)),
        sd_publisher: editor(b),
        about: b
            .brief
            .actors
            .iter()
            .map(|a| {
                let kind = match a.kind {
                    ActorKind::State => "Country",
                    ActorKind::Person => "Person",
                    ActorKind::Bloc | ActorKind::Institution | ActorKind::Organization => "Organization",
                };
                // The description is the editor's, so it is not given as the report's.
                Named::new(kind, &a.name)
            })
            .collect(),
        has_part,
    }
}

fn claim<'a>(b: &'a LoadedBrief, item: &Item<'a>, links: &Links<'a>) -> Claim<'a> {
    Claim {
        kind: "Claim",
        identifier: item.id(),
        text: item.title(),
        description: match item {
            Item::Relation(r) => Some(i18n::relation_summary(actor_name(b, &r.from), actor_name(b, &r.to), &r.role)),
            _ => None,
        },
        temporal_coverage: item.date().map(|d| d.0.as_str()),
        author: editor(b),
        appearance: appearances(item.evidence(), links),
    }
}

fn appearances<'a>(evidence: &'a [Evidence], links: &Links<'a>) -> Vec<Appearance<'a>> {
    evidence
        .iter()
        .map(|ev| Appearance {
            kind: "Quotation",
            text: &ev.quote,
            position: ev.paragraph,
            url: links.url.as_deref().and_then(|u| quote_link(u, &ev.quote)),
            is_part_of: links.source.clone(),
        })
        .collect()
}

fn dataset<'a>(b: &'a LoadedBrief, ind: &'a Indicator, links: &Links<'a>) -> Dataset<'a> {
    let variable_measured = ind
        .observations
        .iter()
        .map(|o| {
            // What the numbers mean depends on the qualifier: one value, or the bounds of a range.
            let (value, min_value, max_value) = match o.qualifier {
                Qualifier::Exact | Qualifier::Approximate => (o.low.or(o.high), None, None),
                Qualifier::Range => (None, o.low, o.high),
                Qualifier::AtLeast => (None, o.low, None),
                Qualifier::AtMost => (None, None, o.high),
            };
            PropertyValue {
                kind: "PropertyValue",
                identifier: &o.id,
                name: &ind.name,
                description: format!("{} ({})", o.label, qualifier_label(Lang::En, o.qualifier)),
                value: value.and_then(json_number),
                min_value: min_value.and_then(json_number),
                max_value: max_value.and_then(json_number),
                unit_text: ind.unit.as_deref(),
                observation_date: o.date.as_ref().map(|d| d.0.as_str()),
                appearance: appearances(&o.evidence, links),
            }
        })
        .collect();
    Dataset {
        kind: "Dataset",
        identifier: &ind.id,
        name: &ind.name,
        // Google asks datasets for a description; the indicator's own, else its name.
        description: ind.description.as_deref().unwrap_or(&ind.name),
        variable_measured,
        author: editor(b),
        appearance: appearances(&ind.evidence, links),
    }
}

/// A figure of the brief as a JSON number, rounded to three decimals; whole numbers are written
/// without a fraction (`8000`, not `8000.0`). `None` for a non-finite value, which is left out.
fn json_number(v: f64) -> Option<Number> {
    if !v.is_finite() {
        return None;
    }
    // Above 2^53 every f64 is whole; scaling it could overflow.
    let rounded = if v.abs() >= 9.0e15 { v } else { (v * 1000.0).round() / 1000.0 };
    if rounded.fract() == 0.0 && rounded.abs() < 9.0e18 {
        Some(Number::from(rounded as i64))
    } else {
        Number::from_f64(rounded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_rounded_and_whole_ones_plain() {
        let text = |v: f64| json_number(v).map(|n| n.to_string());
        assert_eq!(text(8000.0).as_deref(), Some("8000"));
        assert_eq!(text(-0.0001).as_deref(), Some("0"));
        assert_eq!(text(39.03).as_deref(), Some("39.03"));
        assert_eq!(text(0.12345).as_deref(), Some("0.123"));
        assert_eq!(text(-2.5).as_deref(), Some("-2.5"));
        assert_eq!(text(1e16).as_deref(), Some("10000000000000000"));
        assert_eq!(text(f64::NAN), None);
        assert_eq!(text(f64::INFINITY), None);
    }

    #[test]
    fn strings_are_safe_inside_a_script_element() {
        let mut json = Vec::new();
        let mut serializer = serde_json::Serializer::with_formatter(&mut json, ScriptSafe);
        "</script><b>&\u{2028}\u{2029}\u{8}\u{c}\u{1}\n\"\\".serialize(&mut serializer).expect("serializes");
        assert_eq!(
            String::from_utf8(json).expect("UTF-8"),
            r#""\u003c/script\u003e\u003cb\u003e\u0026\u2028\u2029\u0008\u000c\u0001\n\"\\""#
        );
    }
}
