//! schema.org JSON-LD for the brief: a `Report` whose parts are `Claim`s (each insight, with the quote it
//! appears in) and `Dataset`s (each indicator with its observations), about the actors it names.

use super::escape::quote_link;
use super::LoadedBrief;
use crate::json::number_text;
use crate::json_text::{JsonText, ToJson};
use crate::model::{ActorKind, Evidence, Qualifier};
use crate::query::{Item, ItemKind};

/// A `<script type="application/ld+json">` element. The JSON escapes `<`, `>` and `&`, so no brief text
/// can close the element early.
pub fn render_jsonld(b: &LoadedBrief) -> String {
    // The compact writer the JS API uses: JsonWriter's nesting stack and indentation stay out of the
    // Wasm module. Its fractional numbers are never written here (values go through `number_text`).
    crate::json_text::to_json_text(&Report(b), |v| number_text(v, 3))
}

struct Report<'a>(&'a LoadedBrief);

impl ToJson for Report<'_> {
    fn write_json(&self, w: &mut JsonText) {
        report(w, self.0);
    }
}

fn report(w: &mut JsonText, b: &LoadedBrief) {
    let meta = &b.brief.meta;
    let url = meta.source_url.as_deref().and_then(|u| quote_link(u, ""));
    // The element's tags are written with the JSON, which saves copying it into them; the opening tag
    // and the members that never change are one constant text.
    w.raw(r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report""#);
    if let Some(u) = &url {
        w.string_field("@id", u);
        w.string_field("url", u);
    }
    w.string_field("name", &meta.title);
    w.string_field("reportNumber", &meta.number);
    w.string_field("datePublished", &meta.date.0);
    w.string_field("inLanguage", &meta.language);
    w.opt_str_field("abstract", &meta.summary);
    w.opt_str_field("copyrightNotice", &meta.rights);
    w.key("isPartOf");
    named_object(w, "CreativeWorkSeries", &meta.series);
    w.close('}');
    w.key("author");
    w.open('[');
    for a in &meta.authors {
        named_object(w, "Person", &a.name);
        w.opt_str_field("jobTitle", &a.role);
        if let Some(aff) = &a.affiliation {
            w.key("affiliation");
            named_object(w, "Organization", aff);
            w.close('}');
        }
        w.close('}');
    }
    w.close(']');
    w.key("publisher");
    named_object(w, "Organization", &meta.publisher);
    w.close('}');

    w.key("about");
    w.open('[');
    for a in &b.brief.actors {
        // Two tests, not a `match`, which became two lookup tables of string addresses and lengths.
        let ty = if a.kind == ActorKind::State {
            "Country"
        } else if a.kind == ActorKind::Person {
            "Person"
        } else {
            "Organization"
        };
        named_object(w, ty, &a.name);
        w.opt_str_field("description", &a.description);
        w.close('}');
    }
    w.close(']');

    w.key("hasPart");
    w.open('[');
    for item in b.items() {
        match item.kind() {
            ItemKind::Judgment
            | ItemKind::Axis
            | ItemKind::Relation
            | ItemKind::Project
            | ItemKind::Event
            | ItemKind::Recommendation => {
                claim(w, b, &item, &url);
            }
            ItemKind::Indicator => {
                if let Item::Indicator(ind) = item {
                    dataset(w, ind, &url);
                }
            }
            ItemKind::Actor | ItemKind::Observation | ItemKind::RecommendationArea => {}
        }
    }
    w.raw("]}</script>");
}

fn claim(w: &mut JsonText, b: &LoadedBrief, item: &Item<'_>, url: &Option<String>) {
    w.open('{');
    // The constant `@type` and the next member's key as one text, here and for each object below with a
    // constant type: one call rather than two, with fewer constants.
    w.raw(r#""@type":"Claim","identifier":"#);
    w.string(item.id());
    w.str_field("text", item.title());
    if let Item::Relation(r) = item {
        let summary =
            super::i18n::relation_summary(super::actor_name(b, &r.from), super::actor_name(b, &r.to), &r.role);
        w.string_field("description", &summary);
    }
    if let Some(d) = item.date() {
        w.string_field("temporalCoverage", &d.0);
    }
    appearances(w, item.evidence(), url);
    w.close('}');
}

/// Each quote as a CreativeWork: the text, its paragraph, and a deep link when the source is online.
/// `url` is passed as the `&Option<String>` it is, one pointer, here and by `claim` and `dataset`: an
/// `Option<&str>` was two words at each call.
fn appearances(w: &mut JsonText, evidence: &[Evidence], url: &Option<String>) {
    w.key("appearance");
    w.open('[');
    for ev in evidence {
        w.open('{');
        w.raw(r#""@type":"CreativeWork","text":"#);
        w.string(&ev.quote);
        w.uint_field("position", ev.paragraph);
        if let Some(link) = url.as_deref().and_then(|u| quote_link(u, &ev.quote)) {
            w.string_field("url", &link);
        }
        w.close('}');
    }
    w.close(']');
}

fn dataset(w: &mut JsonText, ind: &crate::model::Indicator, url: &Option<String>) {
    w.open('{');
    w.raw(r#""@type":"Dataset","identifier":"#);
    w.string(&ind.id);
    w.string_field("name", &ind.name);
    // Google asks datasets for a description; the indicator's own, else its name.
    w.string_field("description", ind.description.as_ref().unwrap_or(&ind.name));
    w.key("variableMeasured");
    w.open('[');
    for o in &ind.observations {
        w.open('{');
        w.raw(r#""@type":"PropertyValue","identifier":"#);
        w.string(&o.id);
        w.string_field("name", &ind.name);
        let mut description = String::from(o.label.as_str());
        description.push_str(" (");
        description.push_str(super::i18n::qualifier_label(super::Lang::En, o.qualifier));
        description.push(')');
        w.string_field("description", &description);
        // What the numbers mean depends on the qualifier: one value, or the bounds of a range.
        match o.qualifier {
            Qualifier::Exact | Qualifier::Approximate => value_field(w, "value", o.low.or(o.high)),
            Qualifier::Range => {
                value_field(w, "minValue", o.low);
                value_field(w, "maxValue", o.high);
            }
            Qualifier::AtLeast => value_field(w, "minValue", o.low),
            Qualifier::AtMost => value_field(w, "maxValue", o.high),
        }
        w.opt_str_field("unitText", &ind.unit);
        if let Some(d) = &o.date {
            w.string_field("observationDate", &d.0);
        }
        appearances(w, &o.evidence, url);
        w.close('}');
    }
    w.close(']');
    appearances(w, &ind.evidence, url);
    w.close('}');
}

/// `"key": value` for a finite value. Out of line: a table of the qualifier's keys walked in place cost
/// more than these calls.
#[inline(never)]
fn value_field(w: &mut JsonText, key: &str, value: Option<f64>) {
    if let Some(v) = value.filter(|x| x.is_finite()) {
        w.key(key);
        w.raw(&number_text(v, 3));
    }
}

/// Opens an object with its `@type` and `name`. A `&String`, not a `&str`: one pointer to pass rather
/// than two words at each of five calls.
#[inline(never)]
#[allow(clippy::ptr_arg)]
fn named_object(w: &mut JsonText, ty: &str, name: &String) {
    w.open('{');
    w.str_field("@type", ty);
    w.string_field("name", name);
}
