//! schema.org JSON-LD for the brief: a `Report` whose parts are `Claim`s (each insight, with the quote it
//! appears in) and `Dataset`s (each indicator with its observations), about the actors it names.

use super::escape::quote_link;
use super::LoadedBrief;
use crate::json::JsonWriter;
use crate::model::{ActorKind, Evidence, Qualifier};
use crate::query::{Item, ItemKind};

/// A `<script type="application/ld+json">` element. The JSON escapes `<`, `>` and `&`, so no brief text
/// can close the element early.
pub fn render_jsonld(b: &LoadedBrief) -> String {
    let mut s = String::from("<script type=\"application/ld+json\">");
    s.push_str(&report_json(b));
    s.push_str("</script>");
    s
}

fn report_json(b: &LoadedBrief) -> String {
    let meta = &b.brief.meta;
    let url = meta.source_url.as_deref().and_then(|u| quote_link(u, ""));
    let mut w = JsonWriter::new(false);
    w.begin_object();
    w.field("@context", "https://schema.org").field("@type", "Report");
    if let Some(u) = &url {
        w.field("@id", u).field("url", u);
    }
    w.field("name", &meta.title).field("reportNumber", &meta.number).field("datePublished", &meta.date.0);
    w.field("inLanguage", &meta.language);
    optional_field(&mut w, "abstract", &meta.summary);
    optional_field(&mut w, "copyrightNotice", &meta.rights);
    w.key("isPartOf");
    named_object(&mut w, "CreativeWorkSeries", &meta.series).end_object();
    w.key("author").begin_array();
    for a in &meta.authors {
        named_object(&mut w, "Person", &a.name);
        optional_field(&mut w, "jobTitle", &a.role);
        if let Some(aff) = &a.affiliation {
            w.key("affiliation");
            named_object(&mut w, "Organization", aff).end_object();
        }
        w.end_object();
    }
    w.end_array();
    w.key("publisher");
    named_object(&mut w, "Organization", &meta.publisher).end_object();

    w.key("about").begin_array();
    for a in &b.brief.actors {
        let ty = match a.kind {
            ActorKind::State => "Country",
            ActorKind::Person => "Person",
            ActorKind::Bloc | ActorKind::Institution | ActorKind::Organization => "Organization",
        };
        named_object(&mut w, ty, &a.name);
        optional_field(&mut w, "description", &a.description);
        w.end_object();
    }
    w.end_array();

    w.key("hasPart").begin_array();
    for item in b.items() {
        match item.kind() {
            ItemKind::Judgment
            | ItemKind::Axis
            | ItemKind::Relation
            | ItemKind::Project
            | ItemKind::Event
            | ItemKind::Recommendation => {
                claim(&mut w, b, &item, url.as_deref());
            }
            ItemKind::Indicator => {
                if let Item::Indicator(ind) = item {
                    dataset(&mut w, ind, url.as_deref());
                }
            }
            ItemKind::Actor | ItemKind::Observation | ItemKind::RecommendationArea => {}
        }
    }
    w.end_array();
    w.end_object();
    w.finish()
}

fn claim(w: &mut JsonWriter, b: &LoadedBrief, item: &Item<'_>, url: Option<&str>) {
    w.begin_object().field("@type", "Claim").field("identifier", item.id());
    w.field("text", item.title());
    if let Item::Relation(r) = item {
        let summary =
            super::i18n::relation_summary(super::actor_name(b, &r.from), super::actor_name(b, &r.to), &r.role);
        w.field("description", &summary);
    }
    if let Some(d) = item.date() {
        w.field("temporalCoverage", &d.0);
    }
    appearances(w, item.evidence(), url);
    w.end_object();
}

/// Each quote as a CreativeWork: the text, its paragraph, and a deep link when the source is online.
fn appearances(w: &mut JsonWriter, evidence: &[Evidence], url: Option<&str>) {
    w.key("appearance").begin_array();
    for ev in evidence {
        w.begin_object().field("@type", "CreativeWork").field("text", &ev.quote);
        w.key("position").number(ev.paragraph as f64);
        if let Some(link) = url.and_then(|u| quote_link(u, &ev.quote)) {
            w.field("url", &link);
        }
        w.end_object();
    }
    w.end_array();
}

fn dataset(w: &mut JsonWriter, ind: &crate::model::Indicator, url: Option<&str>) {
    w.begin_object().field("@type", "Dataset").field("identifier", &ind.id).field("name", &ind.name);
    // Google asks datasets for a description; the indicator's own, else its name.
    w.field("description", ind.description.as_deref().unwrap_or(&ind.name));
    w.key("variableMeasured").begin_array();
    for o in &ind.observations {
        w.begin_object().field("@type", "PropertyValue").field("identifier", &o.id).field("name", &ind.name);
        let mut description = String::from(o.label.as_str());
        description.push_str(" (");
        description.push_str(super::i18n::qualifier_label(super::Lang::En, o.qualifier));
        description.push(')');
        w.field("description", &description);
        // What the numbers mean depends on the qualifier: one value, or the bounds of a range.
        let values = match o.qualifier {
            Qualifier::Exact | Qualifier::Approximate => [("value", o.low.or(o.high)), ("", None)],
            Qualifier::Range => [("minValue", o.low), ("maxValue", o.high)],
            Qualifier::AtLeast => [("minValue", o.low), ("", None)],
            Qualifier::AtMost => [("maxValue", o.high), ("", None)],
        };
        for (key, value) in values {
            if let Some(v) = value.filter(|x| x.is_finite()) {
                w.key(key).number(v);
            }
        }
        optional_field(w, "unitText", &ind.unit);
        if let Some(d) = &o.date {
            w.field("observationDate", &d.0);
        }
        appearances(w, &o.evidence, url);
        w.end_object();
    }
    w.end_array();
    appearances(w, &ind.evidence, url);
    w.end_object();
}

/// Opens an object with its `@type` and `name`.
#[inline(never)]
fn named_object<'w>(w: &'w mut JsonWriter, ty: &str, name: &str) -> &'w mut JsonWriter {
    w.begin_object().field("@type", ty).field("name", name)
}

/// `"key": value` when the brief gives the value.
#[inline(never)]
fn optional_field(w: &mut JsonWriter, key: &str, value: &Option<String>) {
    if let Some(v) = value {
        w.field(key, v);
    }
}
