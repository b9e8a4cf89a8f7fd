//! Every view renders its key content, for the embedded brief, a minimal brief and a crowded one.

use brief_insights::render::{
    render_citation, render_document, render_search_results, render_shell, render_view, Lang, RenderOptions, View,
};
use brief_insights::{load, load_embedded, LoadedBrief};

mod common;
use common::{bare_brief, tags};

fn embedded() -> LoadedBrief {
    match load_embedded() {
        Ok(b) => b,
        Err(d) => panic!("embedded brief does not load: {:?}", d),
    }
}

fn opts() -> RenderOptions {
    RenderOptions { id_prefix: "w1-".into(), ..Default::default() }
}

fn view(b: &LoadedBrief, v: View) -> String {
    render_view(b, v, &opts())
}

fn assert_clean_markup(html: &str) {
    for (name, attrs) in tags(html) {
        assert!(!["img", "iframe", "object", "embed", "style"].contains(&name.as_str()), "unexpected <{}>", name);
        for a in &attrs {
            assert!(a != "style", "inline style on <{}>", name);
            assert!(!a.starts_with("on"), "event handler attribute {} on <{}>", a, name);
        }
    }
    assert!(!html.contains(" style="), "inline style");
}

#[test]
fn shell_has_tabs_panel_and_dialog_but_no_view_content() {
    let b = embedded();
    let s = render_shell(&b, &opts());
    assert_eq!(s.matches("role=\"tab\"").count(), 7);
    assert!(s.contains("role=\"tablist\""));
    assert!(s.contains("id=\"w1-panel\"") && s.contains("data-panel"));
    assert!(s.contains("aria-controls=\"w1-panel\""));
    assert!(s.contains("<dialog") && s.contains("data-dialog") && s.contains("data-action=\"close-dialog\""));
    assert!(s.contains("aria-labelledby=\"w1-dialog-title\"") && s.contains("id=\"w1-dialog-title\""));
    assert!(s.contains("CHOI Eun-ju") && s.contains("2025-30"));
    assert!(!s.contains("bi-view"), "the shell holds no view");
    assert_clean_markup(&s);
}

#[test]
fn every_view_has_its_root_and_cited_items() {
    let b = embedded();
    for v in View::ALL {
        let s = view(&b, v);
        let root = format!("<section class=\"bi-view bi-view-{0}\" data-view=\"{0}\"", v.as_str());
        assert!(s.starts_with(&root), "{} root: {}", v.as_str(), &s[..s.len().min(200)]);
        assert!(s.contains(&format!("aria-labelledby=\"w1-{}-title\"", v.as_str())));
        assert!(s.contains("<h2"));
        if v != View::Search {
            assert!(
                s.contains("data-action=\"cite\"") && s.contains("aria-haspopup=\"dialog\""),
                "{} cites",
                v.as_str()
            );
        }
        assert_clean_markup(&s);
        // ids are all prefixed.
        for (i, _) in s.match_indices(" id=\"") {
            assert!(s[i + 5..].starts_with("w1-"), "unprefixed id in {}", v.as_str());
        }
    }
}

#[test]
fn overview_lists_judgments_and_axes() {
    let b = embedded();
    let s = view(&b, View::Overview);
    assert!(s.contains("Research Fellow") && s.contains("Sejong Institute"));
    for j in &b.brief.key_judgments {
        assert!(s.contains(&format!("data-item=\"{}\"", j.id)));
    }
    for a in &b.brief.axes {
        assert!(s.contains(&format!("data-item=\"{}\"", a.id)));
    }
    assert!(s.contains(" items</p>"));
}

#[test]
fn partners_show_roles_network_and_selection() {
    let b = embedded();
    let s = view(&b, View::Partners);
    assert!(s.contains("Military–security partner"), "partners view lacks the Russia role");
    assert!(s.contains("Diplomatic–economic partner"), "partners view lacks the China role");
    assert!(s.contains("<svg class=\"bi-chart bi-network\""));
    assert!(s.contains("role=\"button\" tabindex=\"0\" data-action=\"select\""));
    assert!(s.contains("bi-legend"));
    // Exactly one actor is pressed in the list, and the panel is about it.
    assert!(s.contains("class=\"bi-actor-panel\""));
    let chosen = render_view(&b, View::Partners, &RenderOptions { selected: Some("china".into()), ..opts() });
    assert!(chosen.contains("data-item=\"china\" aria-pressed=\"true\""));
}

#[test]
fn projects_have_cards_filter_and_map() {
    let b = embedded();
    let s = view(&b, View::Projects);
    assert!(s.contains("Rakwon"));
    assert!(s.contains("Natural Earth via world-atlas"));
    assert!(s.contains("data-action=\"filter-sector\" data-sector=\"\" aria-pressed=\"true\""));
    assert!(s.contains("the brief&#39;s assessment") || s.contains("the brief's assessment"));
    let sector = b.sectors()[0].to_string();
    let filtered = render_view(&b, View::Projects, &RenderOptions { sector: Some(sector.clone()), ..opts() });
    assert!(filtered.contains(&format!("data-sector=\"{}\" aria-pressed=\"true\"", sector)));
    let shown = filtered.matches("class=\"bi-card bi-project\"").count();
    assert_eq!(shown, b.projects_by_sector(Some(&sector)).len());
}

#[test]
fn timeline_is_ordered_with_precision() {
    let b = embedded();
    let s = view(&b, View::Timeline);
    let list = &s[s.find("<ol class=\"bi-events\"").expect("ordered list")..];
    let (i2023, i2035) = (list.find("2023").expect("2023 listed"), list.find("2035").expect("2035 listed"));
    assert!(i2023 < i2035);
    assert!(s.contains("December 2023"));
    assert!(s.contains("Precision: "));
    assert!(s.contains("bi-mark-span") && s.contains("bi-mark-point"));
    let ko = render_view(&b, View::Timeline, &RenderOptions { lang: Lang::Ko, ..opts() });
    assert!(ko.contains("2023년 12월"));
}

#[test]
fn economy_draws_honestly() {
    let b = embedded();
    let s = view(&b, View::Economy);
    assert!(s.contains("8,000"));
    assert!(s.contains("40,000"));
    assert!(s.contains("≥ 30,000"));
    assert!(s.contains("<table"));
    assert!(!s.contains("<polyline"), "no line through points");
    assert!(s.contains("bi-no-numbers"), "rice price is a described note");
}

#[test]
fn recommendations_are_grouped() {
    let b = embedded();
    let s = view(&b, View::Recommendations);
    let groups =
        b.brief.recommendation_areas.iter().filter(|a| b.brief.recommendations.iter().any(|r| r.area == a.id)).count();
    assert_eq!(s.matches("class=\"bi-rec-group\"").count(), groups);
    assert_eq!(s.matches("class=\"bi-recommendation\"").count(), b.brief.recommendations.len());
    assert!(s.contains("Addressed to"));
}

#[test]
fn search_view_and_results() {
    let b = embedded();
    let o = RenderOptions { query: "wheat".into(), ..opts() };
    let s = render_view(&b, View::Search, &o);
    assert!(s.contains("type=\"search\"") && s.contains("data-action=\"search\"") && s.contains("value=\"wheat\""));
    assert!(s.contains("role=\"status\" aria-live=\"polite\""));
    assert!(s.contains("data-results"));
    let r = render_search_results(&b, "wheat", &o);
    assert!(r.contains("<mark"), "{}", r);
    assert!(r.contains("data-action=\"goto\""));
    assert!(render_search_results(&b, "", &o).is_empty());
    assert!(render_search_results(&b, "zzzzqqq", &o).contains("data-count=\"0\""));
}

#[test]
fn citations_quote_with_paragraph_and_attribution() {
    let b = embedded();
    let id = &b.brief.key_judgments[0].id;
    let c = render_citation(&b, id, &opts()).expect("item exists");
    assert!(c.contains("<blockquote") && c.contains("Paragraph "));
    assert!(c.contains("Sejong Institute"));
    assert!(render_citation(&b, "no-such-item", &opts()).is_none());
}

#[test]
fn document_holds_every_item_and_quote() {
    let b = embedded();
    let d = render_document(&b, &opts());
    assert!(d.starts_with("<article"));
    assert!(d.contains("application/ld+json"));
    assert!(!d.contains("data-action="), "no controls in the static document");
    for item in b.items() {
        if item.kind() != brief_insights::ItemKind::RecommendationArea
            || b.brief.recommendations.iter().any(|r| r.area == item.id())
        {
            assert!(d.contains(&format!("id=\"w1-item-{}\"", item.id())), "item {} has no anchor", item.id());
        }
        for ev in item.evidence() {
            let q = brief_insights::render::escape_html(&ev.quote);
            assert!(d.contains(&q), "quote of {} missing", item.id());
        }
    }
    // Ids are unique.
    let mut ids: Vec<&str> =
        d.match_indices(" id=\"").map(|(i, _)| &d[i + 5..i + 5 + d[i + 5..].find('"').unwrap_or(0)]).collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate ids in the document");
    assert_clean_markup(&d);
}

#[test]
fn korean_labels() {
    let b = embedded();
    let o = RenderOptions { lang: Lang::Ko, ..opts() };
    let s = render_shell(&b, &o);
    for label in ["개요", "협력 관계", "사업", "연표", "경제", "정책 제언", "검색"] {
        assert!(s.contains(label), "Korean tab {}", label);
    }
    assert!(render_view(&b, View::Partners, &o).contains("협력적"));
}

#[test]
fn minimal_brief_renders_every_view_with_empty_states() {
    let b = load(&bare_brief(
        r#""actors": [{"id": "solo", "name": "Solo", "kind": "state", "evidence": [{"paragraph": 1, "quote": "q"}]}]"#,
    ))
    .expect("minimal brief loads");
    for v in View::ALL {
        let s = view(&b, v);
        assert!(s.contains("bi-view"), "{}", v.as_str());
        if !matches!(v, View::Search) {
            assert!(s.contains("bi-empty"), "{} has an empty state", v.as_str());
        }
    }
    let d = render_document(&b, &opts());
    assert!(d.contains("Solo"));
    assert!(render_shell(&b, &opts()).contains("role=\"tablist\""));
}

fn crowded_json() -> String {
    let mut actors = String::new();
    let mut relations = String::new();
    for i in 0..30 {
        actors.push_str(&format!(
            r#"{{"id":"a{i}","name":"Actor number {i} with a long name","kind":"state","evidence":[{{"paragraph":1,"quote":"q{i}"}}]}},"#
        ));
        if i > 0 {
            let stance = ["cooperative", "ambivalent", "conditional", "hostile", "neutral"][i % 5];
            relations.push_str(&format!(
                r#"{{"id":"r{i}","from":"a0","to":"a{i}","role":"Role {i}","stance":"{stance}","evidence":[{{"paragraph":1,"quote":"rq{i}"}}]}},"#
            ));
        }
    }
    bare_brief(&format!(
        r#""actors":[{}],"relations":[{}],
        "projects":[{{"id":"p1","name":"Far away","sector":"water-supply","place":{{"name":"Lima","coordinates":{{"lat":-12.0,"lon":-77.0,"approximate":true,"source":"guess"}}}},"evidence":[{{"paragraph":1,"quote":"pq"}}]}},
                    {{"id":"p2","name":"Nowhere","sector":"water-supply","evidence":[{{"paragraph":1,"quote":"pq2"}}]}}]"#,
        actors.trim_end_matches(','),
        relations.trim_end_matches(',')
    ))
}

#[test]
fn crowded_network_and_out_of_area_projects() {
    let b = load(&crowded_json()).expect("crowded brief loads");
    let s = view(&b, View::Partners);
    assert_eq!(s.matches("<circle class=\"bi-node-dot\"").count(), 30);
    assert_eq!(s.matches("<li class=\"bi-legend-item").count(), 5);
    let p = view(&b, View::Projects);
    assert!(p.contains("outside the map"), "{}", p);
    assert!(p.contains("no coordinates"));
    assert!(!p.contains("<svg class=\"bi-chart bi-map\""), "no map without a pin inside it");
    assert!(p.contains("Water supply"));
}
