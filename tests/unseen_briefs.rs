//! Briefs unlike the Sejong brief and the examples, as a new user might write them
//! (`tests/fixtures/unseen/`, written by its `generate.mjs`): only the required fields; Korean with dates at
//! the edges of the format (0004-02-29, 0001/9999, 9999-winter; year 0000 is refused); hostile and difficult strings everywhere;
//! 100 actors and 320 events. Each loads, renders every view and the document with every string escaped,
//! and its charts stay legible.

// Native only: these tests read files.
#![cfg(not(target_arch = "wasm32"))]

use brief_insights::render::{render_document, render_item, render_view, RenderOptions, View};
use brief_insights::{load, LoadedBrief};

mod common;
use common::tags;

const UNSEEN: [&str; 4] = ["required-only", "korean-edges", "hostile-unicode", "large"];

fn unseen(name: &str) -> LoadedBrief {
    let path = format!("{}/tests/fixtures/unseen/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    load(&text).unwrap_or_else(|d| panic!("{name} does not load: {d:?}"))
}

fn opts() -> RenderOptions {
    RenderOptions { id_prefix: "u-".into(), ..Default::default() }
}

/// The numbers of a `viewBox="x y w h"` attribute in `svg`.
fn view_box(svg: &str) -> [f64; 4] {
    let value = svg.split("viewBox=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("a viewBox");
    let numbers: Vec<f64> = value.split(' ').map(|n| n.parse().expect("a number")).collect();
    [numbers[0], numbers[1], numbers[2], numbers[3]]
}

#[test]
fn every_unseen_brief_renders_every_view_with_only_the_renderers_markup() {
    // Elements the renderer never writes from a brief string: any of them would be injected markup.
    let forbidden = ["img", "style", "template", "iframe", "object", "embed", "image", "foreignobject", "base", "form"];
    for name in UNSEEN {
        let b = unseen(name);
        let mut pages: Vec<String> = View::ALL.iter().map(|&v| render_view(&b, v, &opts())).collect();
        pages.push(render_document(&b, &opts()));
        for html in &pages {
            for (tag, attrs) in tags(html) {
                assert!(!forbidden.contains(&tag.as_str()), "{name}: unexpected <{tag}>");
                assert!(!attrs.iter().any(|a| a.starts_with("on")), "{name}: <{tag}> has an event handler: {attrs:?}");
                if tag == "script" {
                    assert!(
                        html.contains("<script type=\"application/ld+json\">"),
                        "{name}: a script that is not JSON-LD"
                    );
                }
            }
        }
        if name == "hostile-unicode" {
            let document = &pages[pages.len() - 1];
            // The only script element is the JSON-LD, whose `</script` in strings is escaped.
            assert_eq!(document.matches("<script").count(), 1, "one script element, the JSON-LD");
            assert_eq!(document.matches("</script").count(), 1, "no string closes the JSON-LD early");
            assert!(!document.contains("</style>"), "no string closes a style element");
            // Right-to-left text, emoji sequences and combining marks arrive intact.
            for text in ["مرحبا بالعالم العربي", "שלום עולם", "👩‍👩‍👧‍👦", "e\u{301}\u{301}\u{301}"]
            {
                assert!(document.contains(text), "{text} is kept as written");
            }
        }
    }
}

#[test]
fn every_item_of_the_unseen_briefs_renders_as_a_piece() {
    for name in ["korean-edges", "hostile-unicode"] {
        let b = unseen(name);
        for item in b.items() {
            let html = render_item(&b, item.id(), &opts());
            assert!(html.is_some_and(|h| h.contains("bi-piece")), "{name}: item {} does not render", item.id());
        }
    }
}

#[test]
fn a_timeline_from_year_1_to_9999_labels_at_most_twenty_ticks() {
    // It labelled every 50th year: 200 labels overprinted into one black bar.
    // The year 0000 is refused (HTML's datetime has none); 0001 is the first year.
    let year_zero =
        std::fs::read_to_string(format!("{}/tests/fixtures/unseen/korean-edges.json", env!("CARGO_MANIFEST_DIR")))
            .expect("fixture")
            .replace("0001-01-01", "0000-01-01");
    let Err(refused) = load(&year_zero) else { panic!("year 0000 is refused") };
    assert!(
        refused.0.iter().any(|d| d.path == "$.events[0].date" && d.message.contains("there is no year 0000")),
        "{refused:?}"
    );
    let b = unseen("korean-edges");
    let html = render_view(&b, View::Timeline, &opts());
    let labels: Vec<&str> = html
        .split("<text class=\"bi-tick-label\"")
        .skip(1)
        .filter_map(|rest| rest.split('>').nth(1)?.split('<').next())
        .collect();
    assert!((5..=20).contains(&labels.len()), "{} tick labels: {labels:?}", labels.len());
    assert_eq!(labels.first(), Some(&"500"));
    // The steps of shorter spans are unchanged (the Sejong brief: 2018 to 2036, every other year).
    let sejong = brief_insights::load_embedded().expect("the embedded brief loads");
    let html = render_view(&sejong, View::Timeline, &opts());
    assert!(
        html.contains(">2018</text>") && html.contains(">2020</text>"),
        "every other year on a span of 13 to 24 years"
    );
}

#[test]
fn network_labels_fit_the_figure_at_the_size_a_narrow_widget_draws_them() {
    // A narrow widget draws node labels at 24px (brief-insights.css); "Global South" on the left of the
    // Sejong network was cut to "obal South" at 320 px. Every label must lie within the viewBox at that size.
    let briefs = [
        ("sejong", brief_insights::load_embedded().expect("the embedded brief loads")),
        ("large", unseen("large")),
        ("hostile-unicode", unseen("hostile-unicode")),
    ];
    for (name, b) in briefs {
        let html = render_view(&b, View::Partners, &opts());
        let svg_start = html.find("<svg class=\"bi-chart bi-network").expect("a network");
        let [vx, vy, vw, vh] = view_box(&html[svg_start..]);
        for label in html.split("<text class=\"bi-node-label\"").skip(1) {
            let attr = |name: &str| -> String {
                label.split(&format!(" {name}=\"")).nth(1).and_then(|r| r.split('"').next()).unwrap_or("").to_string()
            };
            let x: f64 = attr("x").parse().expect("x");
            let y: f64 = attr("y").parse().expect("y");
            let text = label.split('>').nth(1).and_then(|r| r.split('<').next()).unwrap_or("");
            let text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
            let width: f64 = text.chars().map(|c| if (c as u32) >= 0x1100 { 1.0 } else { 0.62 }).sum::<f64>() * 24.0;
            let (left, right) = match attr("text-anchor").as_str() {
                "end" => (x - width, x),
                "middle" => (x - width / 2.0, x + width / 2.0),
                _ => (x, x + width),
            };
            assert!(
                left >= vx - 0.5 && right <= vx + vw + 0.5,
                "{name}: label {text:?} [{left}, {right}] outside x {vx}..{}",
                vx + vw
            );
            assert!(
                y - 24.0 >= vy - 0.5 && y <= vy + vh + 0.5,
                "{name}: label {text:?} at y {y} outside y {vy}..{}",
                vy + vh
            );
        }
    }
}

#[test]
fn validate_counts_one_item_and_one_quote_in_the_singular() {
    // It printed "ok (1 items, 1 quotes)".
    let path = format!("{}/tests/fixtures/unseen/required-only.json", env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_brief-insights"))
        .args(["validate", &path])
        .output()
        .expect("the CLI runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.ends_with(": ok (1 item, 1 quote)\n"), "{stdout}");
}

#[test]
fn a_right_to_left_override_left_open_in_a_name_does_not_reverse_the_widgets_own_words() {
    // An author name ending in U+202E (RLO) turned the byline's " · 2026" into "6202 · ".
    let path = format!("{}/tests/fixtures/unseen/required-only.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("fixture").replace("A. Writer", "A. Writer \\u202e");
    let b = load(&text).expect("loads");
    let shell = brief_insights::render::render_shell(&b, &opts());
    assert!(shell.contains("A. Writer \u{202E}\u{202C}"), "the override is closed where the name ends");
    let document = render_document(&b, &opts());
    // What is shown (the JSON-LD, data for search engines, keeps the name as written).
    let shown = document.split("<script type=\"application/ld+json\">").next().unwrap_or_default();
    assert_eq!(shown.matches('\u{202E}').count(), shown.matches('\u{202C}').count(), "every override closed");
    assert!(shown.matches('\u{202E}').count() >= 2, "the name is shown");
}

#[test]
fn a_network_nodes_spoken_name_starts_with_the_whole_words_it_shows() {
    // A label cut inside a word ("Donaudampfschif…") was spoken as the name alone, which does not contain
    // the shown word "Donaudampfschif" (axe: label-content-name-mismatch, WCAG 2.5.3).
    for (name, b) in [("hostile-unicode", unseen("hostile-unicode")), ("large", unseen("large"))] {
        let html = render_view(&b, View::Partners, &opts());
        for node in html.split("<g class=\"bi-node").skip(1) {
            let spoken = node.split("aria-label=\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or("");
            let shown = node
                .split("class=\"bi-node-label\"")
                .nth(1)
                .and_then(|r| r.split('>').nth(1)?.split('<').next())
                .unwrap_or("");
            let shown_words = shown.trim_end_matches('…');
            let rest = spoken
                .strip_prefix(shown_words)
                .unwrap_or_else(|| panic!("{name}: {spoken:?} does not start with {shown:?}"));
            assert!(!rest.starts_with(char::is_alphanumeric), "{name}: {shown:?} is cut inside a word of {spoken:?}");
        }
    }
}

#[test]
fn an_indicators_tick_labels_fit_its_chart_however_large_the_values() {
    // Values in won or dollars ("1,000,000,000,000") were cut to "00,000,000" at the chart's left edge.
    let b = unseen("korean-edges");
    let html = render_view(&b, View::Economy, &opts());
    let chart = &html[html.find("<svg class=\"bi-chart bi-indicator-chart").expect("a chart")..];
    let chart = &chart[..chart.find("</svg>").expect("the chart ends")];
    let [vx, _, vw, _] = view_box(chart);
    let mut labels = 0;
    for tick in chart.split("<text class=\"bi-tick-label\"").skip(1) {
        if !tick.contains("text-anchor=\"end\"") {
            continue; // the x axis's labels are centred under their marks
        }
        let x: f64 =
            tick.split(" x=\"").nth(1).and_then(|r| r.split('"').next()).and_then(|x| x.parse().ok()).expect("x");
        let label = tick.split('>').nth(1).and_then(|r| r.split('<').next()).unwrap_or("");
        let width = label.chars().count() as f64 * 0.62 * 12.0;
        assert!(x - width >= vx && x <= vx + vw, "{label:?} from {} to {x}, viewBox from {vx}", x - width);
        labels += 1;
    }
    assert!(labels >= 3, "{labels} y-axis labels");
    assert!(chart.contains(">1,000,000,000,000</text>") || chart.contains(">−500,000,000,000</text>"), "{chart}");
}
