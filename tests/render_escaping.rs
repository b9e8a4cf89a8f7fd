//! A brief whose every text field is markup renders as text everywhere: no tag, attribute or script
//! of the brief's making reaches the output, and the output itself has no inline styles or handlers.

// Native only: these tests read files, run the CLI or use the authoring API; tests/wasm_api.rs runs in the browser.
#![cfg(not(target_arch = "wasm32"))]

use brief_insights::render::{
    render_citation, render_document, render_first_screen, render_jsonld, render_search_results, render_shell,
    render_view, Lang, Opening, RenderOptions, View,
};
use brief_insights::{load, load_embedded, LoadedBrief};

mod common;
use common::tags;

/// The hostile string, as a JSON string body.
const H: &str = r#"<img src=x onerror=alert(1)>\"'&"#;

fn hostile_json() -> String {
    let ev = format!(r#"[{{"paragraph": 1, "quote": "{H} quote"}}]"#);
    format!(
        r#"{{
  "format": 1,
  "meta": {{"series": "{H}", "number": "{H}", "title": "{H}", "date": "2025-11-19",
           "authors": [{{"name": "{H}", "role": "{H}", "affiliation": "{H}"}}],
           "publisher": "{H}", "language": "en", "paragraphs": 3, "subject": "a1",
           "sourceUrl": "https://example.invalid/{H}", "rights": "{H}", "summary": "{H}"}},
  "keyJudgments": [{{"id": "j1", "text": "{H}", "axes": ["x1"], "evidence": {ev}}}],
  "axes": [{{"id": "x1", "label": "{H}", "summary": "{H}", "evidence": {ev}}}],
  "actors": [
    {{"id": "a1", "name": "{H}", "kind": "state", "shortName": "{H}", "description": "{H}", "evidence": {ev}}},
    {{"id": "a2", "name": "{H} 2", "kind": "person", "memberOf": ["a1"], "evidence": {ev}}}
  ],
  "relations": [{{"id": "r1", "from": "a1", "to": "a2", "role": "{H}", "stance": "conditional",
                  "fields": ["{H}"], "summary": "{H}", "evidence": {ev}}}],
  "projects": [{{"id": "p1", "name": "{H}", "sector": "{H}",
                 "place": {{"name": "{H}", "coordinates": {{"lat": 39.0, "lon": 125.7, "approximate": true, "source": "{H}"}}}},
                 "policyFrame": "{H}", "timing": "{H}", "date": "2025-H2", "claimedResults": ["{H}"], "risks": ["{H}"],
                 "actors": ["a1"], "evidence": {ev}}},
               {{"id": "p2", "name": "{H} b", "sector": "other", "evidence": {ev}}}],
  "indicators": [{{"id": "i1", "name": "{H}", "unit": "{H}", "description": "{H}", "related": ["i2"], "evidence": {ev},
                   "observations": [
                     {{"id": "o1", "label": "{H}", "qualifier": "range", "low": 8000, "high": 8999, "note": "{H}", "evidence": {ev}}},
                     {{"id": "o2", "label": "{H}", "qualifier": "atLeast", "low": 30000, "date": "2025-summer", "evidence": {ev}}},
                     {{"id": "o3", "label": "{H}", "qualifier": "approximate", "low": 5, "evidence": {ev}}},
                     {{"id": "o4", "label": "{H}", "qualifier": "atMost", "high": 7, "evidence": {ev}}}]}},
                 {{"id": "i2", "name": "{H} rice", "evidence": {ev}}}],
  "events": [{{"id": "e1", "title": "{H}", "date": "2021/2025", "description": "{H}", "actors": ["a1"], "evidence": {ev}}}],
  "recommendationAreas": [{{"id": "ra1", "label": "{H}", "addressee": "a2"}}],
  "recommendations": [{{"id": "rec1", "area": "ra1", "text": "{H}", "actors": ["a1"], "evidence": {ev}}}]
}}"#
    )
}

fn hostile() -> LoadedBrief {
    match load(&hostile_json()) {
        Ok(b) => b,
        Err(d) => panic!("hostile brief should load: {:?}", d),
    }
}

fn assert_safe(what: &str, html: &str) {
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<img"), "{}: unescaped <img", what);
    assert!(!html.contains(" style="), "{}: inline style", what);
    for (name, attrs) in tags(html) {
        assert!(
            !["img", "iframe", "object", "embed", "style", "link", "meta", "base", "form"].contains(&name.as_str()),
            "{}: <{}>",
            what,
            name
        );
        if name == "script" {
            assert!(!attrs.iter().any(|a| a == "src"), "{}: script with src", what);
        }
        for a in attrs {
            assert!(
                a != "style" && !a.starts_with("on") && a != "srcdoc" && a != "formaction",
                "{}: attribute {} on <{}>",
                what,
                a,
                name
            );
        }
    }
    // The only script is the JSON-LD block, and its text cannot close it early.
    for (i, _) in lower.match_indices("<script") {
        let tag_end = i + lower[i..].find('>').expect("tag end");
        assert!(lower[i..tag_end].contains("type=\"application/ld+json\""), "{}: a script that is not JSON-LD", what);
        let close = tag_end + lower[tag_end..].find("</script").expect("closed");
        assert!(!lower[tag_end + 1..close].contains('<'), "{}: '<' inside JSON-LD", what);
    }
    // Links only go to http(s).
    for (i, _) in lower.match_indices(" href=\"") {
        let v = &lower[i + 7..];
        assert!(
            v.starts_with("https://") || v.starts_with("http://") || v.starts_with('#'),
            "{}: href {}",
            what,
            &v[..v.len().min(40)]
        );
    }
}

fn all_outputs(b: &LoadedBrief, o: &RenderOptions) -> Vec<(String, String)> {
    let mut out = vec![("shell".to_string(), render_shell(b, o)), ("document".to_string(), render_document(b, o))];
    out.push(("jsonld".into(), render_jsonld(b)));
    for v in View::ALL {
        out.push((v.as_str().to_string(), render_view(b, v, o)));
        // The first screen of `embed`, without the one stylesheet link of its own making.
        let screen = render_first_screen(b, o, Opening::View(v), "/w/brief-insights.css").expect("a view");
        let without_link = screen.replacen("<link rel=\"stylesheet\" href=\"/w/brief-insights.css\">", "", 1);
        out.push((format!("first screen {}", v.as_str()), without_link));
    }
    for item in b.items() {
        if let Some(c) = render_citation(b, item.id(), o) {
            out.push((format!("citation {}", item.id()), c));
        }
        if let Some(piece) = brief_insights::render::render_item(b, item.id(), o) {
            out.push((format!("piece {}", item.id()), piece));
        }
        if let Ok(svg) = brief_insights::render::render_svg(b, brief_insights::render::Figure::Item(item.id()), o) {
            out.push((format!("svg {}", item.id()), svg));
        }
    }
    for q in ["img", "onerror", "<img", "\"'&", "alert(1)", "x"] {
        out.push((format!("search {}", q), render_search_results(b, q, o)));
    }
    out
}

#[test]
fn hostile_brief_renders_as_text_everywhere() {
    let b = hostile();
    for lang in [Lang::En, Lang::Ko] {
        for selected in [None, Some("a2".to_string()), Some("\"><img src=x onerror=alert(1)>".to_string())] {
            let o = RenderOptions {
                lang,
                id_prefix: "\"><img src=x onerror=alert(1)>".into(),
                sector: Some("<img src=x onerror=alert(1)>\"'&".into()),
                selected,
                query: "<img src=x onerror=alert(1)>\"'&".into(),
                href: Some("javascript:alert(1)\"><img src=x onerror=alert(1)>".into()),
            };
            for (what, html) in all_outputs(&b, &o) {
                assert_safe(&what, &html);
            }
        }
    }
}

#[test]
fn hostile_text_is_shown_escaped_not_dropped() {
    let b = hostile();
    let o = RenderOptions::default();
    let d = render_document(&b, &o);
    assert!(d.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"));
    let p = render_view(&b, View::Projects, &o);
    // A hostile sector is a data attribute value, escaped.
    assert!(p.contains("data-sector=\"&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;\""));
    let j = render_jsonld(&b);
    assert!(j.contains("\\u003cimg src=x onerror=alert(1)\\u003e"));
    assert_eq!(j.matches("</script").count(), 1);
}

#[test]
fn embedded_brief_has_no_inline_styles_or_handlers() {
    let b = match load_embedded() {
        Ok(b) => b,
        Err(d) => panic!("embedded brief does not load: {:?}", d),
    };
    for lang in [Lang::En, Lang::Ko] {
        let o = RenderOptions { lang, id_prefix: "x-".into(), query: "exchange rate".into(), ..Default::default() };
        for (what, html) in all_outputs(&b, &o) {
            assert_safe(&what, &html);
            // No ` on...=` anywhere in the text either, for a brief without markup in it.
            let bytes = html.as_bytes();
            for (i, _) in html.match_indices(" on") {
                let tail = &bytes[i + 3..];
                let letters = tail.iter().take_while(|c| c.is_ascii_lowercase()).count();
                assert!(!(letters > 0 && tail.get(letters) == Some(&b'=')), "{}: handler-like attribute", what);
            }
        }
    }
}

#[test]
fn the_checks_catch_what_they_look_for() {
    for bad in [
        "<p><img src=x></p>",
        "<p onclick=\"x\">a</p>",
        "<p style=\"color:red\">a</p>",
        "<script>alert(1)</script>",
        "<script type=\"application/ld+json\">{\"a\":\"</b>\"}</script>",
        "<a href=\"javascript:alert(1)\">a</a>",
    ] {
        let caught = std::panic::catch_unwind(|| assert_safe("self-test", bad)).is_err();
        assert!(caught, "not caught: {}", bad);
    }
    assert_safe("self-test", "<p class=\"a\">&lt;img onerror=x&gt;</p>");
}
