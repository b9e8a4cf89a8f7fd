//! Briefs that are not the Sejong brief: two fictional ones (briefs/examples/: an English brief on water
//! in the Lower Mekong, a Korean one on Indonesian nickel, without a publisher) and, beside them, the
//! Sejong brief, through both loading paths, every view in English, Korean and the brief's own language,
//! the static document, the JSON-LD and the command line. The fictional briefs together use every part of
//! the format (a test below checks that they still do), and every quote in them is taken from their text.

// Native only: these tests read files, run the CLI or use the authoring API; tests/wasm_api.rs runs in the browser.
#![cfg(not(target_arch = "wasm32"))]

use brief_insights::model::{ActorKind, Brief, DateBasis, Qualifier, Stance, Status, Wording};
use brief_insights::render::{
    escape_html, render_citation, render_document, render_jsonld, render_search_results, render_shell, render_view,
    Lang, RenderOptions, View,
};
use brief_insights::{ItemKind, LoadedBrief};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_brief-insights");

const MEKONG: &str = "briefs/examples/mekong-water-2026-04.json";
const NICKEL: &str = "briefs/examples/nickel-supply-chain-2026-7.json";
const SEJONG: &str = "briefs/sejong-2025-30.json";
const FICTIONAL: [&str; 2] = [MEKONG, NICKEL];
const ALL: [&str; 3] = [MEKONG, NICKEL, SEJONG];

fn path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn text_of(relative: &str) -> String {
    std::fs::read_to_string(path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// The author path: the crate's own reader, decoder and checks.
fn loaded(relative: &str) -> LoadedBrief {
    brief_insights::load(&text_of(relative)).unwrap_or_else(|d| panic!("{relative} does not load: {d:?}"))
}

/// The languages a brief is rendered in: English, Korean, and the brief's own.
fn languages(b: &LoadedBrief) -> [Lang; 3] {
    [Lang::En, Lang::Ko, Lang::parse(&b.brief.meta.language)]
}

fn options(lang: Lang) -> RenderOptions {
    RenderOptions { lang, id_prefix: "t-".into(), ..RenderOptions::default() }
}

/// Everything the library renders for a brief, in every language: the shell, every view, every item's
/// citation, a search, the document and the JSON-LD.
fn every_rendering(b: &LoadedBrief) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for lang in languages(b) {
        let o = options(lang);
        out.push((format!("shell/{}", lang.as_str()), render_shell(b, &o)));
        for view in View::ALL {
            out.push((format!("{}/{}", view.as_str(), lang.as_str()), render_view(b, view, &o)));
        }
        for item in b.items() {
            if let Some(html) = render_citation(b, item.id(), &o) {
                out.push((format!("citation {}/{}", item.id(), lang.as_str()), html));
            }
        }
        let word = b.brief.meta.title.split_whitespace().next().unwrap_or("");
        out.push((format!("search/{}", lang.as_str()), render_search_results(b, word, &o)));
        out.push((format!("document/{}", lang.as_str()), render_document(b, &o)));
    }
    out.push(("json-ld".into(), render_jsonld(b)));
    out
}

#[test]
fn each_brief_loads_on_the_author_and_the_reader_path() {
    for file in ALL {
        let text = text_of(file);
        let author = loaded(file);
        let decoded: Brief = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: serde: {e}"));
        let reader = brief_insights::load::check(decoded).unwrap_or_else(|d| panic!("{file}: check: {d:?}"));
        assert_eq!(author.brief, reader, "{file}: both paths read the same brief");
        assert!(author.items().len() > 40, "{file}: {} items", author.items().len());
    }
}

/// The items a view is home to, with their anchors, in the widget (`document` false) or in the static
/// document. Observations are drawn in their indicator's chart; in the widget the partners view shows
/// one actor's partners at a time, so actors are anchored only in the document; undated events are
/// checked on their own (`undated_events_are_listed_in_the_timeline`).
fn anchored_items(b: &LoadedBrief, view: View, document: bool) -> Vec<String> {
    b.items()
        .into_iter()
        .filter(|item| View::home_of(item.kind()) == view && item.kind() != ItemKind::Observation)
        .filter(|item| document || item.kind() != ItemKind::Actor)
        .filter(|item| item.date().is_some() || item.kind() != ItemKind::Event)
        .map(|item| item.id().to_string())
        .collect()
}

#[test]
fn every_view_shows_the_items_it_is_home_to_in_every_language() {
    for file in ALL {
        let b = loaded(file);
        for lang in languages(&b) {
            let o = options(lang);
            let doc = render_document(&b, &o);
            for view in View::ALL {
                let html = render_view(&b, view, &o);
                let root = format!("<section class=\"bi-view bi-view-{0}\" data-view=\"{0}\"", view.as_str());
                assert!(html.starts_with(&root), "{file} {}/{}", view.as_str(), lang.as_str());
                assert!(html.ends_with("</section>"), "{file} {}/{}", view.as_str(), lang.as_str());
                if view == View::Search {
                    continue;
                }
                for (document, rendered) in [(false, &html), (true, &doc)] {
                    for id in anchored_items(&b, view, document) {
                        let anchor = format!(" id=\"t-item-{id}\"");
                        assert_eq!(
                            rendered.matches(&anchor).count(),
                            1,
                            "{file}: {id} once in {}/{} (document: {document})",
                            view.as_str(),
                            lang.as_str()
                        );
                    }
                }
            }
        }
    }
}

/// FORMAT14: an event without a date is listed under "Undated" in the timeline, not dropped.
#[test]
fn undated_events_are_listed_in_the_timeline() {
    for file in FICTIONAL {
        let b = loaded(file);
        let undated: Vec<_> = b.brief.events.iter().filter(|e| e.date.is_none()).collect();
        assert!(!undated.is_empty(), "{file} has undated events");
        for lang in languages(&b) {
            let o = options(lang);
            let timeline = render_view(&b, View::Timeline, &o);
            let doc = render_document(&b, &o);
            for e in &undated {
                let anchor = format!(" id=\"t-item-{}\"", e.id);
                assert!(timeline.contains(&anchor), "{file}: {} in timeline/{}", e.id, lang.as_str());
                assert!(doc.contains(&anchor), "{file}: {} in the document/{}", e.id, lang.as_str());
                assert!(timeline.contains(&escape_html(&e.title)), "{file}: {}", e.id);
            }
        }
    }
}

#[test]
fn document_and_json_ld_carry_the_title_and_every_quote() {
    for file in ALL {
        let b = loaded(file);
        let title = &b.brief.meta.title;
        for lang in languages(&b) {
            let doc = render_document(&b, &options(lang));
            assert!(doc.starts_with("<article"), "{file}/{}", lang.as_str());
            assert!(doc.contains(&escape_html(title)), "{file}/{}: title", lang.as_str());
            for item in b.items() {
                for e in item.evidence() {
                    assert!(
                        doc.contains(&escape_html(&e.quote)),
                        "{file}/{}: the quote of {} is missing: {}",
                        lang.as_str(),
                        item.id(),
                        e.quote
                    );
                }
            }
        }
        let jsonld = render_jsonld(&b);
        let json = jsonld
            .strip_prefix("<script type=\"application/ld+json\">")
            .and_then(|s| s.strip_suffix("</script>"))
            .unwrap_or_else(|| panic!("{file}: not a JSON-LD script: {}", &jsonld[..jsonld.len().min(80)]));
        let value: serde_json::Value = serde_json::from_str(json).unwrap_or_else(|e| panic!("{file}: JSON-LD: {e}"));
        assert!(value.to_string().contains(title.as_str()), "{file}: the JSON-LD names the brief");
    }
}

/// `needle` (ASCII, lower case) as a whole word of `haystack`, ignoring case.
fn has_word(haystack: &str, needle: &str) -> bool {
    let lower = haystack.to_ascii_lowercase();
    lower.match_indices(needle).any(|(i, _)| {
        let before = lower[..i].chars().next_back();
        let after = lower[i + needle.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric()) && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

#[test]
fn nothing_of_the_sejong_brief_leaks_into_other_briefs() {
    assert!(has_word("8,000 won", "won") && !has_word("wonderful", "won") && has_word("(Won)", "won"));
    for file in FICTIONAL {
        let b = loaded(file);
        let mut renderings = every_rendering(&b);
        let page = cli(&["render", "--standalone", &path(file).to_string_lossy()]);
        renderings.push(("render --standalone".into(), page.stdout));
        for (what, html) in renderings {
            let lower = html.to_lowercase();
            for word in ["north korea", "sejong", "dprk", "pyongyang", "kpw", "북한", "세종", "평양"] {
                assert!(!lower.contains(word), "{file} {what}: contains {word:?}");
            }
            assert!(!has_word(&html, "won"), "{file} {what}: mentions the won");
        }
    }
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn cli(args: &[&str]) -> Run {
    let out = Command::new(BIN).args(args).output().expect("the binary runs");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn the_command_line_validates_and_renders_them() {
    for file in ALL {
        let full = path(file).to_string_lossy().into_owned();
        let run = cli(&["validate", &full]);
        assert_eq!(run.code, Some(0), "{file}: {}{}", run.stdout, run.stderr);
        assert!(run.stdout.contains(": ok ("), "{file}: {}", run.stdout);

        let b = loaded(file);
        let page = cli(&["render", "--standalone", &full]);
        assert_eq!(page.code, Some(0), "{file}: {}", page.stderr);
        assert!(page.stdout.starts_with("<!DOCTYPE html>"), "{file}");
        let lang = Lang::parse(&b.brief.meta.language).as_str();
        assert!(page.stdout.contains(&format!("<html lang=\"{lang}\">")), "{file}: page language");
        assert!(page.stdout.contains(&escape_html(&b.brief.meta.title)), "{file}: title");
        assert!(page.stdout.contains("application/ld+json"), "{file}: JSON-LD");
        for item in b.items() {
            for e in item.evidence() {
                assert!(page.stdout.contains(&escape_html(&e.quote)), "{file}: quote of {}", item.id());
            }
        }
    }
}

/// The paragraph rule of docs/paragraphs.md: blocks of non-blank lines (blank: only white space), each
/// block's lines trimmed and joined by one space, without the header and footer blocks.
fn paragraphs(text: &str, header: usize, footer: usize) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut blocks: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.split('\n').chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    let end = blocks.len().saturating_sub(footer);
    blocks.get(header..end).map(<[String]>::to_vec).unwrap_or_default()
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn fictional_quotes_are_verbatim_from_their_texts() {
    for file in FICTIONAL {
        let b = loaded(file);
        let source = b.brief.meta.source.as_ref().unwrap_or_else(|| panic!("{file}: meta.source"));
        let dir = Path::new(file).parent().expect("in a folder");
        let text = text_of(&dir.join(&source.text).to_string_lossy());
        let paras = paragraphs(&text, source.header_blocks as usize, source.footer_blocks as usize);
        assert_eq!(paras.len(), b.brief.meta.paragraphs as usize, "{file}: meta.paragraphs");
        let mut cited = BTreeSet::new();
        for item in b.items() {
            for e in item.evidence() {
                let para = paras.get(e.paragraph as usize - 1).expect("paragraph in range");
                assert!(
                    collapse(para).contains(&collapse(&e.quote)),
                    "{file}: {}: not in ¶{}: {}",
                    item.id(),
                    e.paragraph,
                    e.quote
                );
                cited.insert(e.paragraph);
            }
        }
        for n in 1..=b.brief.meta.paragraphs {
            assert_eq!(
                cited.contains(&n),
                !source.uncited.contains(&n),
                "{file}: paragraph {n} is cited if and only if it is not marked uncited"
            );
        }
    }
}

/// Every item that says its text is the brief's words has that text in one of its quotes.
#[test]
fn quoted_wording_is_in_the_items_quotes() {
    for file in ALL {
        let b = loaded(file);
        let brief = &b.brief;
        let mut quoted: Vec<(&str, &str, &[brief_insights::model::Evidence])> = Vec::new();
        for j in &brief.key_judgments {
            if j.wording == Some(Wording::Quote) {
                quoted.push((&j.id, &j.text, &j.evidence));
            }
        }
        for a in &brief.axes {
            if a.wording == Some(Wording::Quote) {
                quoted.push((&a.id, &a.label, &a.evidence));
            }
        }
        for e in &brief.events {
            if e.wording == Some(Wording::Quote) {
                quoted.push((&e.id, &e.title, &e.evidence));
            }
        }
        for r in &brief.recommendations {
            if r.wording == Some(Wording::Quote) {
                quoted.push((&r.id, &r.text, &r.evidence));
            }
        }
        for (id, text, evidence) in quoted {
            assert!(
                evidence.iter().any(|e| collapse(&e.quote).contains(&collapse(text))),
                "{file}: {id} is marked as the brief's words, but its text is in none of its quotes"
            );
        }
    }
}

/// Together, the two fictional briefs use every part of the format, so that every view, the CLI and the
/// document are exercised on all of it.
#[test]
fn the_fictional_briefs_use_every_part_of_the_format() {
    let briefs: Vec<LoadedBrief> = FICTIONAL.iter().map(|f| loaded(f)).collect();
    let mut kinds = BTreeSet::new();
    let mut actor_kinds = Vec::new();
    let mut stances = Vec::new();
    let mut qualifiers = Vec::new();
    let mut observation_statuses = Vec::new();
    let mut event_statuses = Vec::new();
    let mut date_forms = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut mark = |what: &str| {
        seen.insert(what.to_string());
    };
    for lb in &briefs {
        let b = &lb.brief;
        for item in lb.items() {
            kinds.insert(format!("{:?}", item.kind()));
        }
        if b.meta.publisher.is_none() {
            mark("no publisher");
        }
        if b.meta.publisher.is_some() {
            mark("publisher");
        }
        if b.meta.language == "ko" {
            mark("language ko");
        }
        if b.meta.editor.is_some() {
            mark("editor");
        }
        if let Some(s) = &b.meta.source {
            mark("source");
            if s.header_blocks > 0 {
                mark("headerBlocks");
            }
            if s.footer_blocks > 0 {
                mark("footerBlocks");
            }
            if !s.uncited.is_empty() {
                mark("uncited");
            }
        }
        if let Some(m) = &b.map {
            if !m.countries.is_empty() {
                mark("map countries");
            }
        }
        actor_kinds.extend(b.actors.iter().map(|a| a.kind));
        if b.actors.iter().any(|a| !a.member_of.is_empty()) {
            mark("memberOf");
        }
        stances.extend(b.relations.iter().map(|r| r.stance));
        if b.relations.iter().any(|r| r.stance_label.is_some()) {
            mark("stanceLabel");
        }
        for p in &b.projects {
            match &p.place {
                None => mark("project without place"),
                Some(place) => match &place.coordinates {
                    None => mark("place without coordinates"),
                    Some(c) => {
                        mark("place with coordinates");
                        if let Some(outline) = b.map.as_ref().and_then(|m| m.outline.as_ref()) {
                            let inside = (outline.lon_min..=outline.lon_max).contains(&c.lon)
                                && (outline.lat_min..=outline.lat_max).contains(&c.lat);
                            mark(if inside { "place on the map" } else { "place outside the map" });
                        }
                    }
                },
            }
            assert!(b.sectors.iter().any(|s| s.id == p.sector), "{}: sector {} has no label", p.id, p.sector);
        }
        for ind in &b.indicators {
            for o in &ind.observations {
                qualifiers.push(o.qualifier);
                observation_statuses.extend(o.status);
                if o.date_basis == Some(DateBasis::Inferred) {
                    mark("inferred observation date");
                }
                if let Some(d) = &o.date {
                    date_forms.insert(date_form(&d.0));
                }
            }
        }
        for e in &b.events {
            event_statuses.extend(e.status);
            match &e.date {
                None => mark("undated event"),
                Some(d) => {
                    date_forms.insert(date_form(&d.0));
                }
            }
            if e.date_basis == Some(DateBasis::Inferred) {
                mark("inferred event date");
            }
        }
        let all_wordings = b
            .key_judgments
            .iter()
            .map(|j| j.wording)
            .chain(b.axes.iter().map(|a| a.wording))
            .chain(b.events.iter().map(|e| e.wording))
            .chain(b.recommendations.iter().map(|r| r.wording));
        if all_wordings.into_iter().any(|w| w == Some(Wording::Quote)) {
            mark("wording quote");
        }
    }
    assert_eq!(kinds.len(), 10, "every item kind: {kinds:?}");
    for k in [ActorKind::State, ActorKind::Bloc, ActorKind::Person, ActorKind::Institution, ActorKind::Organization] {
        assert!(actor_kinds.contains(&k), "actor kind {k:?}");
    }
    let every_stance = [
        Stance::Cooperative,
        Stance::Ambivalent,
        Stance::Conditional,
        Stance::Hostile,
        Stance::Neutral,
        Stance::Tense,
        Stance::Disputed,
    ];
    for s in every_stance {
        assert!(stances.contains(&s), "stance {s:?}");
    }
    for q in [Qualifier::Exact, Qualifier::Approximate, Qualifier::Range, Qualifier::AtLeast, Qualifier::AtMost] {
        assert!(qualifiers.contains(&q), "qualifier {q:?}");
    }
    for s in [Status::Target, Status::Plan, Status::Forecast] {
        assert!(observation_statuses.contains(&s), "observation status {s:?}");
        assert!(event_statuses.contains(&s), "event status {s:?}");
    }
    let forms: Vec<&str> = date_forms.iter().map(String::as_str).collect();
    for form in ["day", "month", "quarter", "half", "season", "year", "period", "early", "mid", "late", "end"] {
        assert!(forms.contains(&form), "date form {form}: {forms:?}");
    }
    for part in [
        "publisher",
        "no publisher",
        "language ko",
        "editor",
        "source",
        "headerBlocks",
        "footerBlocks",
        "uncited",
        "map countries",
        "memberOf",
        "stanceLabel",
        "project without place",
        "place without coordinates",
        "place with coordinates",
        "place on the map",
        "place outside the map",
        "inferred observation date",
        "inferred event date",
        "undated event",
        "wording quote",
    ] {
        assert!(seen.contains(part), "no fictional brief has: {part}");
    }
}

/// The form of a date string: "day", "month", "quarter", "half", "season", "year", "period", or the
/// fuzzy "early", "mid", "late", "end".
fn date_form(d: &str) -> String {
    if d.contains('/') {
        return "period".into();
    }
    let Some((_, rest)) = d.split_once('-') else { return "year".into() };
    match rest {
        "early" | "mid" | "late" | "end" => rest.into(),
        "spring" | "summer" | "autumn" | "winter" => "season".into(),
        _ if rest.starts_with('Q') => "quarter".into(),
        _ if rest.starts_with('H') => "half".into(),
        _ if rest.contains('-') => "day".into(),
        _ => "month".into(),
    }
}

/// FORMAT14: the projects view draws the brief's own outline (`map.outline`), not a compiled-in one.
#[test]
fn the_projects_map_is_the_briefs_own_outline() {
    for file in ALL {
        let b = loaded(file);
        let outline =
            b.brief.map.as_ref().and_then(|m| m.outline.as_ref()).unwrap_or_else(|| panic!("{file}: map.outline"));
        let html = render_view(&b, View::Projects, &options(Lang::En));
        assert!(html.contains(&format!("d=\"{}\"", escape_html(&outline.d))), "{file}: the brief's outline is drawn");
    }
}
