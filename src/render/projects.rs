//! Projects: a sector filter, a map of those with coordinates, and a card for each project with what
//! is claimed for it and the risks the brief sees.

use super::i18n::{self, Msg};
use super::shell::push_date_html;
use super::svg::{bool_text, fill, Arg::*};
use super::{map, non_blank, Ctx, View};
use crate::model::Project;
use crate::query::Item;

pub(crate) fn render(ctx: &Ctx<'_>, s: &mut String) {
    if ctx.b.brief.projects.is_empty() {
        ctx.push_empty(s, Msg::NoProjects);
        return;
    }
    let sectors = ctx.b.sectors();
    // Only a sector the brief has filters; anything else (empty, stale, unknown) shows all.
    let active: Option<&str> =
        if ctx.document { None } else { ctx.o.sector.as_deref().filter(|want| sectors.contains(want)) };
    if !ctx.document && sectors.len() > 1 {
        fill(
            s,
            "<div class=\"bi-filter\" part=\"filter\" role=\"group\" aria-label=\"{}\">",
            &[ctx.msg(Msg::FilterBySector)],
        );
        filter_button(s, "", ctx.t(Msg::AllSectors), active.is_none());
        for sector in &sectors {
            filter_button(s, sector, &i18n::sector_label(ctx.o.lang, sector), active == Some(*sector));
        }
        s.push_str("</div>");
    }
    let shown = ctx.b.projects_by_sector(active);
    map::render(ctx, s, &shown);
    if shown.is_empty() {
        ctx.push_empty(s, Msg::NoProjectsInSector);
    } else {
        s.push_str("<ul class=\"bi-cards\">");
        // By reference: consuming the list brought in its `IntoIter` and the drop of that.
        for p in &shown {
            s.push_str("<li>");
            card(ctx, s, p);
            s.push_str("</li>");
        }
        s.push_str("</ul>");
    }
}

fn filter_button(s: &mut String, sector: &str, label: &str, pressed: bool) {
    fill(
        s,
        "<button type=\"button\" class=\"bi-filter-button\" part=\"filter-button\" data-action=\"filter-sector\" data-sector=\"{}\" aria-pressed=\"{}\">{}</button>",
        &[Text(sector), Raw(bool_text(pressed)), Text(label)],
    );
}

fn card(ctx: &Ctx<'_>, s: &mut String, p: &Project) {
    let item = Item::Project(p);
    ctx.open_item(s, "<article class=\"bi-card bi-project\" part=\"card\"", &item, View::Projects);
    ctx.push_heading(s, 1, "bi-card-title", &p.name);
    s.push_str("<dl class=\"bi-facts\">");
    fact(ctx, s, Msg::Sector, &i18n::sector_label(ctx.o.lang, &p.sector));
    if let Some(place) = &p.place {
        fact(ctx, s, Msg::Place, &place.name);
    }
    if let Some(frame) = non_blank(&p.policy_frame) {
        fact(ctx, s, Msg::PolicyFrame, frame);
    }
    let timing = non_blank(&p.timing);
    if timing.is_some() || p.date.is_some() {
        fill(s, "<dt>{}</dt><dd>{}", &[ctx.msg(Msg::Timing), Text(timing.unwrap_or(""))]);
        // The date is shown unless the timing already says it in words ("Opened in November 2025").
        if let Some(d) = &p.date {
            let said = timing.is_some_and(|t| {
                crate::date::parse(d).is_ok_and(|pd| {
                    let mut words = String::new();
                    i18n::push_date_label(&mut words, ctx.o.lang, &pd);
                    !words.is_empty() && contains_text(t, &words)
                })
            });
            if !said {
                if timing.is_some() {
                    s.push_str(" · ");
                }
                push_date_html(s, ctx, d);
            }
        }
        s.push_str("</dd>");
    }
    s.push_str("</dl>");
    entries(ctx, s, Msg::ClaimedResults, &p.claimed_results, "bi-claims");
    entries(ctx, s, Msg::RisksAssessment, &p.risks, "bi-risks");
    ctx.push_cite(s, &item);
    s.push_str("</article>");
}

/// A labelled list of the card (claimed results, risks); nothing when it is empty. A function called twice:
/// a loop over an array of the two lists was larger (the array by value brought its `IndexRange` walk).
#[inline(never)]
fn entries(ctx: &Ctx<'_>, s: &mut String, label: Msg, list: &[String], class: &str) {
    if list.is_empty() {
        return;
    }
    fill(s, "<div class=\"{}\"><p class=\"bi-list-label\">{}</p><ul class=\"bi-list\">", &[Raw(class), ctx.msg(label)]);
    for entry in list {
        fill(s, "<li>{}</li>", &[Text(entry)]);
    }
    s.push_str("</ul></div>");
}

/// A term and its value in the card's facts. Out of line: a closure was inlined at each of its three uses.
#[inline(never)]
fn fact(ctx: &Ctx<'_>, s: &mut String, label: Msg, value: &str) {
    fill(s, "<dt>{}</dt><dd>{}</dd>", &[ctx.msg(label), Text(value)]);
}

/// Whether `text` contains `part`, by comparing bytes at each offset: `str::contains` with a string
/// needle brought in the two-way substring searcher (0.5 KB and more), for one short timing text.
fn contains_text(text: &str, part: &str) -> bool {
    // A plain loop over the suffixes: a range `any` with a closure was its own 108-byte function, and
    // comparing a `get` of each offset was larger code than `starts_with`.
    let (mut rest, part) = (text.as_bytes(), part.as_bytes());
    loop {
        if rest.starts_with(part) {
            return true;
        }
        match rest.split_first() {
            Some((_, after)) => rest = after,
            None => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn contains_text_matches_str_contains() {
        for (text, part) in [
            ("Opened in November 2025", "November 2025"),
            ("abc", "abcd"),
            ("abc", ""),
            ("", ""),
            ("가나다", "나다"),
            ("가나다", "다가"),
            ("aaab", "aab"),
        ] {
            assert_eq!(super::contains_text(text, part), text.contains(part), "{text:?} {part:?}");
        }
    }
}
