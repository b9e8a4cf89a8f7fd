//! The widget's first screen rendered ahead of time (a declarative shadow root): for every view and every
//! item of every brief in the repository, in English and Korean, it holds exactly what the widget renders
//! itself once its module is ready, so nothing changes on screen when the widget takes over; and `embed`
//! and `site` put it inside `<brief-insights>`.

#![cfg(not(target_arch = "wasm32"))]

use brief_insights::render::{
    render_first_screen, render_item, render_shell, render_view, Lang, Opening, RenderOptions, View,
};
use brief_insights::LoadedBrief;
use std::path::Path;
use std::process::Command;

const BRIEFS: [&str; 3] = [
    "briefs/sejong-2025-30.json",
    "briefs/examples/mekong-water-2026-04.json",
    "briefs/examples/nickel-supply-chain-2026-7.json",
];
const CSS: &str = "/brief-insights/www/brief-insights.css";

fn loaded(relative: &str) -> LoadedBrief {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)).expect("brief file");
    brief_insights::load(&text).unwrap_or_else(|d| panic!("{relative} does not load: {d:?}"))
}

/// The part between the first screen's app element and the end of the template.
fn app_content<'a>(screen: &'a str, what: &str) -> &'a str {
    let open = screen.find(" data-static hidden>").unwrap_or_else(|| panic!("{what}: no hidden static app"));
    let rest = &screen[open + " data-static hidden>".len()..];
    rest.strip_suffix("</div></div></template>").unwrap_or_else(|| panic!("{what}: ends otherwise"))
}

#[test]
fn every_view_opens_on_the_markup_the_widget_renders() {
    for file in BRIEFS {
        let b = loaded(file);
        for lang in [Lang::En, Lang::Ko] {
            let o = RenderOptions { lang, ..RenderOptions::default() };
            for view in View::ALL {
                let what = format!("{file} {} {}", view.as_str(), lang.as_str());
                let screen = render_first_screen(&b, &o, Opening::View(view), CSS).expect("a view always renders");
                assert!(
                    screen.starts_with(&format!(
                        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{CSS}\">\
                         <div class=\"bi-root\" part=\"root\" data-state=\"static\" dir=\"ltr\" lang=\"{}\">\
                         <div class=\"bi-fallback\" part=\"fallback\"><slot></slot></div>",
                        lang.as_str()
                    )),
                    "{what}: {}",
                    &screen[..200]
                );
                assert_eq!(screen.matches("<template").count(), 1, "{what}: one template");
                assert_eq!(screen.matches("</template>").count(), 1, "{what}: closed once, at the end");
                let content = app_content(&screen, &what);
                // The panel holds the view exactly as `renderView` gives it to the widget.
                let view_html = render_view(&b, view, &o);
                let panel_open =
                    format!("aria-labelledby=\"tab-{0}\" tabindex=\"0\" data-view=\"{0}\">", view.as_str());
                assert!(
                    content.contains(&format!("{panel_open}{view_html}</div>")),
                    "{what}: the panel holds the view"
                );
                // One tab selected: this view's, the one keyboard focus enters by.
                assert_eq!(content.matches("aria-selected=\"true\"").count(), 1, "{what}");
                assert!(content.contains(&format!(
                    "id=\"tab-{0}\" data-view=\"{0}\" aria-controls=\"panel\" aria-selected=\"true\" tabindex=\"0\"",
                    view.as_str()
                )));
                // Apart from the selected tab and the filled panel, the shell is the widget's own.
                let shell = render_shell(&b, &o);
                let header_end = shell.find("<div class=\"bi-tabs\"").expect("tabs");
                assert!(content.starts_with(&shell[..header_end]), "{what}: the same header");
            }
        }
    }
}

#[test]
fn every_item_opens_as_its_piece() {
    for file in BRIEFS {
        let b = loaded(file);
        let o = RenderOptions { lang: Lang::Auto, href: Some("/analysis/a.html".into()), ..RenderOptions::default() };
        for item in b.items() {
            let what = format!("{file} {}", item.id());
            let screen = render_first_screen(&b, &o, Opening::Item(item.id()), CSS).expect("a known item");
            assert!(screen.contains(" data-mode=\"piece\" data-static hidden>"), "{what}");
            let piece = render_item(&b, item.id(), &o).expect("piece");
            assert_eq!(app_content(&screen, &what), piece, "{what}: the piece as the widget renders it");
        }
        assert_eq!(render_first_screen(&b, &o, Opening::Item("no-such-item"), CSS), None);
    }
}

#[test]
fn the_brief_language_marks_the_content_and_the_stylesheet_url_is_escaped() {
    let b = loaded("briefs/examples/mekong-water-2026-04.json");
    let language = b.brief.meta.language.trim().to_string();
    let o = RenderOptions { lang: Lang::En, ..RenderOptions::default() };
    let screen = render_first_screen(&b, &o, Opening::View(View::Timeline), "x.css?a=1&b=\"><script>").expect("view");
    assert!(screen.contains("<link rel=\"stylesheet\" href=\"x.css?a=1&amp;b=&quot;&gt;&lt;script&gt;\">"));
    assert!(!screen.contains("<script"));
    assert!(screen.contains(&format!(
        "<div class=\"bi-app\" part=\"app\" lang=\"{language}\" data-brief-lang=\"{language}\" data-static hidden>"
    )));
}

fn cli(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_brief-insights"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run the CLI");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn embed_puts_the_first_screen_inside_the_element_before_the_fallback() {
    let out = cli(&["embed", "briefs/sejong-2025-30.json", "--view", "economy", "--script", "/js/w/brief-insights.js"]);
    let inside =
        out.split("<brief-insights src=\"/briefs/sejong-2025-30.json\" view=\"economy\">\n").nth(1).expect("element");
    assert!(inside
        .starts_with("<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/js/w/brief-insights.css\">"));
    // The stylesheet the first screen links is the one the page preloads.
    assert!(out.contains("<link rel=\"preload\" href=\"/js/w/brief-insights.css\" as=\"style\">"));
    assert!(inside.contains("data-view=\"economy\" aria-controls=\"panel\" aria-selected=\"true\""));
    let (_, fallback) = inside.split_once("</template>\n").expect("the template, then the fallback");
    assert!(fallback.starts_with("<article class=\"bi-document\""), "{}", &fallback[..80]);

    let default_view = cli(&["embed", "briefs/sejong-2025-30.json"]);
    assert!(default_view.contains("data-view=\"overview\" aria-controls=\"panel\" aria-selected=\"true\""));

    let without = cli(&["embed", "briefs/sejong-2025-30.json", "--no-first-screen"]);
    assert!(!without.contains("<template"));
    assert!(without.contains("<brief-insights src=\"/briefs/sejong-2025-30.json\">\n<article class=\"bi-document\""));

    let piece = cli(&["embed", "briefs/sejong-2025-30.json", "--item", "russia", "--lang", "ko"]);
    assert!(piece.contains("<template shadowrootmode=\"open\">"));
    assert!(piece.contains("data-state=\"static\" dir=\"ltr\" lang=\"ko\">"));
    assert!(piece.contains(" data-mode=\"piece\" data-static hidden><article class=\"bi-piece"));
}
