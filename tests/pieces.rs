//! Pieces (one item as a card for an article) and figures exported as SVG, for every item of every
//! brief in the repository (the Sejong brief, the two fictional ones in briefs/examples/), in English
//! and Korean.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use brief_insights::render::{escape_html, render_item, render_svg, ExportError, Figure, Lang, RenderOptions, View};
use brief_insights::{ItemKind, LoadedBrief};
use std::collections::BTreeSet;
use std::path::Path;

const BRIEFS: [&str; 3] = [
    "briefs/sejong-2025-30.json",
    "briefs/examples/mekong-water-2026-04.json",
    "briefs/examples/nickel-supply-chain-2026-7.json",
];

fn loaded(relative: &str) -> LoadedBrief {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)).expect("brief file");
    brief_insights::load(&text).unwrap_or_else(|d| panic!("{relative} does not load: {d:?}"))
}

fn options(lang: Lang) -> RenderOptions {
    RenderOptions { lang, id_prefix: "p-".into(), ..RenderOptions::default() }
}

/// Every element of `markup` (HTML as the renderer writes it, or SVG) is closed in order: the renderer
/// writes void HTML elements without a slash, which are skipped.
fn assert_balanced(what: &str, markup: &str) {
    const VOID: [&str; 6] = ["br", "img", "input", "meta", "link", "hr"];
    let mut open: Vec<String> = Vec::new();
    let mut rest = markup;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').unwrap_or_else(|| panic!("{what}: unclosed tag"));
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('?') || tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let top = open.pop().unwrap_or_else(|| panic!("{what}: </{name}> closes nothing"));
            assert_eq!(top, name, "{what}: </{name}> closes <{top}>");
            continue;
        }
        let name = tag.split_whitespace().next().unwrap_or("").trim_end_matches('/').to_string();
        if !tag.ends_with('/') && !VOID.contains(&name.as_str()) {
            open.push(name);
        }
    }
    assert!(open.is_empty(), "{what}: left open: {open:?}");
}

#[test]
fn every_item_of_every_brief_renders_as_a_piece_with_its_quotes() {
    let mut kinds_seen = BTreeSet::new();
    for path in BRIEFS {
        let b = loaded(path);
        for lang in Lang::UI {
            let o = options(lang);
            for item in b.items() {
                let what = format!("{path} {} {}", item.id(), lang.as_str());
                let piece = render_item(&b, item.id(), &o).unwrap_or_else(|| panic!("{what}: no piece"));
                kinds_seen.insert(item.kind().as_str());
                assert!(piece.starts_with("<article class=\"bi-piece bi-piece-"), "{what}");
                assert!(piece.contains(&format!("data-item=\"{}\"", escape_html(item.id()))), "{what}");
                assert_balanced(&what, &piece);
                // Tags well formed, no inline handlers or styles, ids unique.
                let tags = common::tags(&piece);
                for (name, attrs) in &tags {
                    assert!(name != "script", "{what}: script");
                    assert!(attrs.iter().all(|a| !a.starts_with("on") && a != "style"), "{what}: <{name} {attrs:?}>");
                }
                // Its provenance is said, and every quote is there with its paragraph.
                assert!(piece.contains("class=\"bi-prov bi-prov-"), "{what}: provenance");
                for e in item.evidence() {
                    assert!(piece.contains(&escape_html(&e.quote)), "{what}: quote {:?}", e.quote);
                }
                if !item.evidence().is_empty() {
                    assert!(piece.contains("class=\"bi-paragraph\""), "{what}: paragraph");
                    assert!(piece.contains("<details class=\"bi-evidence\""), "{what}: evidence");
                }
                // The source line.
                assert!(piece.contains("class=\"bi-attribution\""), "{what}: attribution");
                assert!(piece.contains(&escape_html(&b.brief.meta.title)), "{what}: the brief's title");
                // With a source URL, each quote links to its passage.
                if b.brief.meta.source_url.as_deref().is_some_and(|u| u.starts_with("http"))
                    && !item.evidence().is_empty()
                {
                    assert!(piece.contains("#:~:text="), "{what}: text fragment link");
                }
            }
        }
    }
    let all: BTreeSet<&str> = [
        ItemKind::Judgment,
        ItemKind::Axis,
        ItemKind::Actor,
        ItemKind::Relation,
        ItemKind::Project,
        ItemKind::Indicator,
        ItemKind::Observation,
        ItemKind::Event,
        ItemKind::RecommendationArea,
        ItemKind::Recommendation,
    ]
    .into_iter()
    .map(ItemKind::as_str)
    .collect();
    assert_eq!(kinds_seen, all, "the briefs hold every kind of item");
}

#[test]
fn each_kind_gets_its_figure() {
    let b = loaded("briefs/sejong-2025-30.json");
    let o = options(Lang::En);
    let piece = |id: &str| render_item(&b, id, &o).expect(id);
    // An indicator: its chart and table.
    let rate = piece("won-dollar-rate");
    assert!(rate.contains("bi-indicator-chart") && rate.contains("<table"), "indicator chart");
    // An observation: its indicator's chart.
    assert!(piece("won-dollar-rate-pandemic").contains("bi-indicator-chart"));
    // An actor: a network of its own relations only.
    let russia = piece("russia");
    assert!(russia.contains("bi-network"));
    assert_eq!(
        russia.matches("class=\"bi-edge ").count(),
        b.brief.relations.iter().filter(|r| r.from == "russia" || r.to == "russia").count()
    );
    // A relation: the network of that one relation.
    assert_eq!(piece("rel-nk-russia").matches("class=\"bi-edge ").count(), 1);
    // A project with coordinates: the map with its one pin.
    let kalma = piece("wonsan-kalma-tourist-zone");
    assert!(kalma.contains("bi-map-figure"), "map");
    assert_eq!(kalma.matches("<g class=\"bi-pin").count(), 1);
    // An event: a short timeline, the event marked.
    let visit = piece("kim-visit-to-china");
    assert!(visit.contains("bi-timeline"));
    assert!(visit.contains("bi-mark-current"));
    assert!(visit.matches("class=\"bi-mark bi-mark-").count() <= 5);
    // A judgment and a recommendation: no figure.
    assert!(!piece("kj-new-normal").contains("<svg class=\"bi-chart"));
    assert!(!piece("rec-public-consensus").contains("<svg class=\"bi-chart"));
}

#[test]
fn korean_labels_in_a_korean_piece() {
    let b = loaded("briefs/examples/nickel-supply-chain-2026-7.json");
    let item = b.items().into_iter().find(|i| !i.evidence().is_empty()).expect("an item with evidence");
    let ko = render_item(&b, item.id(), &RenderOptions::default()).expect("piece");
    assert!(ko.contains("lang=\"ko"), "the brief's language");
    assert!(ko.contains("인용 출처"), "Korean source line: {ko}");
    let en = render_item(&b, item.id(), &options(Lang::En)).expect("piece");
    assert!(en.contains("Quotes are from"));
}

#[test]
fn unknown_ids_have_no_piece() {
    let b = loaded("briefs/sejong-2025-30.json");
    assert!(render_item(&b, "no-such-item", &options(Lang::En)).is_none());
    assert!(render_item(&b, "", &options(Lang::En)).is_none());
    assert_eq!(
        render_svg(&b, Figure::Item("no-such-item"), &options(Lang::En)),
        Err(ExportError::UnknownItem("no-such-item".into()))
    );
    assert_eq!(
        render_svg(&b, Figure::Item("no-such-item"), &options(Lang::En)).unwrap_err().to_string(),
        "the brief has no item \"no-such-item\""
    );
}

#[test]
fn the_link_to_the_whole_brief_is_the_pages_or_the_briefs() {
    let b = loaded("briefs/sejong-2025-30.json");
    let with_href = RenderOptions { href: Some("/analysis/nk-2025.html".into()), ..options(Lang::En) };
    let piece = render_item(&b, "kj-new-normal", &with_href).expect("piece");
    assert!(piece.contains("<a href=\"/analysis/nk-2025.html\" part=\"piece-link\">Read the whole brief</a>"));
    let hostile = RenderOptions { href: Some("javascript:alert(1)".into()), ..options(Lang::En) };
    assert!(!render_item(&b, "kj-new-normal", &hostile).expect("piece").contains("javascript:"));
}

/// The text of the `<text class="bi-export-{class}">` lines of an exported SVG, joined by spaces.
fn export_text(svg: &str, class: &str) -> String {
    let open = format!("<text class=\"bi-export-{class}\"");
    let mut lines = Vec::new();
    for part in svg.split(&open).skip(1) {
        let start = part.find('>').expect("tag end") + 1;
        let end = part.find("</text>").expect("text end");
        lines.push(&part[start..end]);
    }
    lines.join(" ")
}

#[test]
fn figures_export_as_standalone_svg_with_citation_and_source() {
    for path in BRIEFS {
        let b = loaded(path);
        for lang in Lang::UI {
            let o = options(lang);
            let mut exported = 0;
            for item in b.items() {
                let what = format!("{path} {} {}", item.id(), lang.as_str());
                match render_svg(&b, Figure::Item(item.id()), &o) {
                    Ok(svg) => {
                        exported += 1;
                        assert!(
                            svg.starts_with(
                                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                            ),
                            "{what}"
                        );
                        assert_balanced(&what, &svg);
                        let citation = export_text(&svg, "citation");
                        for e in item.evidence() {
                            let words: Vec<&str> = e.quote.split_whitespace().collect();
                            assert!(
                                citation.contains(&escape_html(&words.join(" "))),
                                "{what}: {:?} in {citation}",
                                e.quote
                            );
                        }
                        assert!(
                            export_text(&svg, "source").contains(&escape_html(&b.brief.meta.title)),
                            "{what}: source"
                        );
                    }
                    Err(ExportError::NoFigure) => {
                        assert!(
                            !render_item(&b, item.id(), &o).expect("piece").contains("<svg class=\"bi-chart"),
                            "{what}"
                        );
                    }
                    Err(other) => panic!("{what}: {other}"),
                }
            }
            assert!(exported > 0, "{path}: some items have figures");
            for view in [View::Partners, View::Projects, View::Timeline, View::Economy] {
                let what = format!("{path} {} {}", view.as_str(), lang.as_str());
                match render_svg(&b, Figure::View(view), &o) {
                    Ok(svg) => {
                        assert_balanced(&what, &svg);
                        assert!(export_text(&svg, "source").contains(&escape_html(&b.brief.meta.title)), "{what}");
                    }
                    Err(ExportError::NoFigure) => {}
                    Err(other) => panic!("{what}: {other}"),
                }
            }
            assert_eq!(render_svg(&b, Figure::View(View::Overview), &o), Err(ExportError::NoFigure));
        }
    }
    // The Sejong brief has every chart.
    let b = loaded("briefs/sejong-2025-30.json");
    for view in [View::Partners, View::Projects, View::Timeline, View::Economy] {
        assert!(render_svg(&b, Figure::View(view), &options(Lang::En)).is_ok(), "{}", view.as_str());
    }
    let network = render_svg(&b, Figure::View(View::Partners), &options(Lang::En)).expect("network");
    assert!(export_text(&network, "legend").contains("Cooperative"), "the stances in words");
}

/// The `id` attribute values of rendered HTML.
fn ids(html: &str) -> Vec<String> {
    html.split(" id=\"").skip(1).filter_map(|rest| rest.split('"').next()).map(str::to_string).collect()
}

#[test]
fn pieces_share_a_page_with_the_document_and_each_other_without_id_clashes() {
    for path in BRIEFS {
        let b = loaded(path);
        let o = RenderOptions::default();
        let mut seen: BTreeSet<String> = ids(&brief_insights::render::render_document(&b, &o)).into_iter().collect();
        for item in b.items() {
            for id in ids(&render_item(&b, item.id(), &o).expect("piece")) {
                assert!(seen.insert(id.clone()), "{path}: id {id} appears twice on a page with every piece");
            }
        }
    }
}

/// The `viewBox` of the first chart `<svg>` of class `class` in `html`: x, y, width, height.
fn chart_view_box(html: &str, class: &str) -> [f64; 4] {
    let start = html.find(&format!("<svg class=\"bi-chart {class}")).unwrap_or_else(|| panic!("no {class} chart"));
    let tag = &html[start..start + html[start..].find('>').expect("tag ends")];
    let value = tag.split("viewBox=\"").nth(1).and_then(|v| v.split('"').next()).expect("viewBox");
    let numbers: Vec<f64> = value.split_whitespace().map(|n| n.parse().expect("number")).collect();
    numbers.try_into().expect("four numbers")
}

#[test]
fn a_pieces_figure_is_cropped_to_what_it_shows() {
    let b = loaded("briefs/sejong-2025-30.json");
    for lang in [Lang::En, Lang::Ko] {
        let o = options(lang);
        // Russia has one relation: a compact figure, drawn no larger than its crop.
        let actor = render_item(&b, "russia", &o).expect("piece");
        let [_, _, w, h] = chart_view_box(&actor, "bi-network");
        assert!(w < 720.0 * 0.6 && h < 440.0, "{lang:?}: one relation, {w}×{h}");
        assert!(actor.contains(&format!("width=\"{w}\" height=\"{h}\"")), "drawn at its crop's size");
        // Exported, it keeps its size (not blown up to the image's width), and no tag repeats an attribute.
        let svg = render_svg(&b, Figure::Item("russia"), &o).expect("an image");
        let placed = &svg[svg.find("<svg x=").expect("the chart placed")..];
        let placed = &placed[..placed.find('>').expect("tag ends")];
        assert!(placed.contains(&format!(" width=\"{w}\" height=\"{h}\"")), "{placed}");
        for tag in svg.split('<').skip(1) {
            let tag = tag.split('>').next().unwrap_or_default();
            let mut names: Vec<&str> = tag
                .split('"')
                .step_by(2)
                .filter_map(|part| part.trim().rsplit(' ').next()?.strip_suffix('='))
                .collect();
            let all = names.len();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), all, "a repeated attribute in <{tag}>");
        }
        // The subject of ten relations needs more room than one relation, still no more than the canvas.
        let hub = render_item(&b, "north-korea", &o).expect("piece");
        let [_, _, hw, hh] = chart_view_box(&hub, "bi-network");
        assert!(hw * hh > w * h && hw <= 760.0 && hh <= 480.0, "{lang:?}: {hw}×{hh}");
        // The partners view keeps the whole canvas, grown only where a label at a narrow widget's size
        // would run past it (tests/unseen_briefs.rs).
        let view = brief_insights::render::render_view(&b, View::Partners, &o);
        let [vx, vy, vw, vh] = chart_view_box(&view, "bi-network");
        assert!(vx <= 0.0 && vy <= 0.0 && vx + vw >= 720.0 && vy + vh >= 440.0, "{lang:?}: {vx} {vy} {vw} {vh}");
        assert!(vw <= 720.0 * 1.25 && vh <= 440.0 * 1.25, "{lang:?}: {vw}×{vh}");
        // A project's map is zoomed to its place: a window of the outline, not all of it.
        let project = render_item(&b, "wonsan-kalma-tourist-zone", &o).expect("piece");
        let outline = b.brief.map.as_ref().and_then(|m| m.outline.as_ref()).expect("the brief has a map");
        let [x, y, mw, mh] = chart_view_box(&project, "bi-map");
        assert!(mw < outline.width && mh < outline.height, "{lang:?}: map {mw}×{mh}");
        assert!(x >= 0.0 && y >= 0.0 && x + mw <= outline.width + 1.0 && y + mh <= outline.height + 1.0);
        // An event's short timeline is narrower than the view's.
        let event = render_item(&b, "kim-visit-to-china", &o).expect("piece");
        assert_eq!(chart_view_box(&event, "bi-timeline")[2], 440.0);
    }
}
