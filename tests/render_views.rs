//! Every view renders its key content, for the embedded brief, a minimal brief and a crowded one.

// Native only: these tests read files, run the CLI or use the authoring API; tests/wasm_api.rs runs in the browser.
#![cfg(not(target_arch = "wasm32"))]

use brief_insights::render::{
    render_citation, render_document, render_search_results, render_shell, render_view, Lang, RenderOptions, View,
};
use brief_insights::{load, load_embedded, LoadedBrief};

mod common;
use common::{bare_brief, tags};

/// A `map` member with North Korea's outline as `tools/make-map.mjs` prepares it (Natural Earth via
/// world-atlas; equirectangular, 124.05–130.99°E, 37.42–43.3°N, in a 400 × 444.8 viewBox).
const NK_MAP: &str = r#""map": {"countries": ["KP"], "outline": {"attribution": "Natural Earth via world-atlas", "lonMin": 124.05, "lonMax": 130.99, "latMin": 37.42, "latMax": 43.3, "width": 400, "height": 444.8, "d": "M249.3 353.8l-2.1 1.2-6.6 14.4-3.1 4.3-7.5 3.8-7.9 .7-9.1-1.4-12.2 1-13.7-.5-7.3 .6-4.6 1.5-4.5 3.3-14.8 19.8-5.2 4.7 0 8.8-1.8 1.5-15.2-7.4-9.5 3.8-2.5 4.9-2.5 1.6-3.9-9.6-6.3-.3-9.9-8.5-4.4 1.7-1 3.4-5.4 7.9-7.7 6.3-2.5 .9-2.7-.4 .4-1.8-3.1-7.3-12-2.8-6.6-3.9 14.9-9.4-2.3-1.8-2.5-1-9.7 1.2-5-2.6-7.5 .9-5-2.1 10.6-7.9 .2-8.2 5.4-10.6 5.4-5.7 13.9-8.2 14.1-1.5-3.7-3.2-3.7-1.4-7.3 .2-7.5-4.7-.6-5 14.5-31.5 .2-2.9-2.2-7.6-.7-7.5-10.5-4.3-4.6-.6-18.7-12.7-2.1 1.3-.4 6.7-5.4 2.9-1.8-7.8-2.9-5.5-12.1-8.8 1.7-6.8-.8-.5 1.4-7.6 5.4-5.9 13.3-10.4 3.5-4.9 6.9-5.8 6.2-.4 1.6-4.4 2.7-1.7 13.9-7.4 5.8-1.2 10.2-9 3.1 0 2.5-4.5 2.3-2.1 14.9-2.9 4.6-5.2 4.4-7.9 6.4-4.5 9.1-13.9 2.3-2.4 2.1-.4 6.4-21.4 7.1-5.7 1.2-.7 2.5 .5 6.6-4.7 6.1 2.9 3.1 4.2 3.9 6 .4 4 2.5 1.8 13.9 3.6 5.6 .1 3.1 2.1 6.7 1 13.3-1.5 5.4 .9 2.2 2.5 3.6 2.1 2 .1 8.3-13.2-.2-3.5-1.8-3.6-4.4-3.3-7.3-12.5-1.2-2.6 .6-6.7 15.2-2.9 6.8 1.2 11.6-.8 7.1-1.6 9.9 .3 15.8-13.7 1.3-7.1 5.6-7.6 2.9-2 3.3 .3 5.8 3.8 2.5-.5 2.1-3.3 5.4-.9 1.2-2.1 3.5-22.7 4.8-14.4 2.1-2.5 2.5 .2 4.5 2.5 3.6-.8 2.4 1.3 1.5 2.9 5.2 2 .4 11.1 6.4 8.6 5.2 3.8 2.9 .8 3.1 7.2 5.6 7.7 .5 3.4 1.6 2-2.9 2.1-10.4-2.1-8.1 6.7-4.5 2.2-3.3 6.6-6.5 3.9-3.5 4.1-4.6 7.1-2.9 7-6.8 7.1-4.2 8.8-.2 7.6 4.4 7.7 .4 6.7-3.1 13.7 1.9 14.4-2.1 5.7-21.2 9.9-5.4 4.9-7.9 12.9-9.5 4.7-5.8 5.3-8.1 3.1-5.4 9.1-5.6 5.1-6.9 3.1-5.1 4-11.5 .2-8 2.8-5.6 7.6-17.3 8.7-2.5 6.4 1.3 17.8-1.5 6.4-3.7-1.9-2.1 2.1-2.3 5.8 .9 6.7 10.6 4.9 6.8 1.4 5 3.2 10.8 14 15.9 11.6ZM49.3 284.7l-3.3 2.2 0-3.9 2.5-3.3 2.4-.4Z"}}"#;

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
    // The count rests on the editor's axis tags, and says so.
    assert!(s.contains(" items <span class=\"bi-prov bi-prov-classification\""), "{s}");
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
    // The map is the brief's own: with one, its outline and attribution; without, the places listed.
    match b.brief.map.as_ref().and_then(|m| m.outline.as_ref()) {
        Some(outline) => assert!(s.contains(&outline.attribution)),
        None => assert!(s.contains("class=\"bi-places\"") && !s.contains("bi-map-outline")),
    }
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
        {NK_MAP},
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

/// A fictional brief about a coast that is not North Korea's, using the format's additions: the editor's
/// and the brief's words, statuses, an undated event, fuzzy and inferred dates, the brief's stance words,
/// sector labels and (with `map`) a map. `language` is its `meta.language`.
fn coast_brief(language: &str, map: &str) -> String {
    format!(
        r#"{{"format": 1,
  "meta": {{"series": "Coastal Papers", "number": "C-9", "title": "Lagoon towns", "date": "2026-03",
            "authors": [{{"name": "R. Writer"}}], "language": "{language}", "paragraphs": 5, "subject": "lagoon",
            "editor": "E. Ditor", "summary": "What the editor says the brief is about."}},
  "keyJudgments": [
    {{"id": "kj-paraphrase", "text": "The editor's words for paragraph one.",
      "evidence": [{{"paragraph": 1, "quote": "The towns rebuild their dunes."}}]}},
    {{"id": "kj-quote", "text": "Fishing has come back", "wording": "quote",
      "evidence": [{{"paragraph": 2, "quote": "Fishing has come back to the lagoon."}}]}}
  ],
  "actors": [
    {{"id": "lagoon", "name": "Lagoon League", "kind": "bloc", "evidence": [{{"paragraph": 1, "quote": "The League"}}]}},
    {{"id": "harbour", "name": "Harbour City", "kind": "institution", "evidence": [{{"paragraph": 2, "quote": "The city"}}]}},
    {{"id": "island", "name": "Island Council", "kind": "organization", "evidence": [{{"paragraph": 2, "quote": "The council"}}]}}
  ],
  "relations": [
    {{"id": "lagoon-harbour", "from": "lagoon", "to": "harbour", "role": "Funder", "stance": "cooperative",
      "stanceLabel": "restored", "evidence": [{{"paragraph": 2, "quote": "ties were restored"}}]}},
    {{"id": "lagoon-island", "from": "lagoon", "to": "island", "role": "Rival claimant", "stance": "disputed",
      "evidence": [{{"paragraph": 3, "quote": "both claim the sandbank"}}]}},
    {{"id": "harbour-island", "from": "harbour", "to": "island", "role": "Neighbour", "stance": "tense",
      "evidence": [{{"paragraph": 3, "quote": "relations are strained"}}]}}
  ],
  "sectors": [{{"id": "coastal-restoration", "label": "해안 복원"}}],
  {map}
  "projects": [
    {{"id": "dune-works", "name": "Dune works", "sector": "coastal-restoration", "date": "2025", "dateBasis": "inferred",
      "place": {{"name": "North spit", "coordinates": {{"lat": 40.0, "lon": 127.0, "approximate": true, "source": "editor's estimate"}}}},
      "evidence": [{{"paragraph": 1, "quote": "The towns rebuild their dunes."}}]}},
    {{"id": "far-pier", "name": "Far pier", "sector": "ports",
      "place": {{"name": "Cape Far", "coordinates": {{"lat": 10.0, "lon": 10.0, "approximate": false, "source": "gazetteer"}}}},
      "evidence": [{{"paragraph": 4, "quote": "a pier far away"}}]}},
    {{"id": "ghost-quay", "name": "Ghost quay", "sector": "ports", "place": {{"name": "Fabled Bay"}},
      "evidence": [{{"paragraph": 4, "quote": "a quay no map shows"}}]}}
  ],
  "indicators": [
    {{"id": "catch", "name": "Fish catch", "unit": "tonnes", "evidence": [{{"paragraph": 2, "quote": "the catch"}}],
      "observations": [
        {{"id": "catch-2024", "label": "in 2024", "date": "2024", "qualifier": "exact", "low": 800,
          "evidence": [{{"paragraph": 2, "quote": "800 tonnes in 2024"}}]}},
        {{"id": "catch-2030", "label": "by 2030", "date": "2030", "status": "target", "qualifier": "exact", "low": 1200,
          "evidence": [{{"paragraph": 5, "quote": "1,200 tonnes by 2030"}}]}}
      ]}}
  ],
  "events": [
    {{"id": "storm", "title": "The great storm", "date": "2023-10", "evidence": [{{"paragraph": 1, "quote": "the storm of October 2023"}}]}},
    {{"id": "new-dyke", "title": "A new dyke", "date": "2028-late", "status": "plan",
      "evidence": [{{"paragraph": 5, "quote": "a dyke planned for late 2028"}}]}},
    {{"id": "harbour-reopens", "title": "Harbour reopens", "date": "2026-end", "dateBasis": "inferred",
      "evidence": [{{"paragraph": 5, "quote": "the harbour should reopen"}}]}},
    {{"id": "old-flood", "title": "An old flood, undated", "evidence": [{{"paragraph": 4, "quote": "a flood long ago"}}]}}
  ],
  "recommendationAreas": [{{"id": "towns", "label": "For the towns", "addressee": "harbour"}}],
  "recommendations": [{{"id": "keep-dunes", "area": "towns", "text": "Keep the dunes planted.",
    "evidence": [{{"paragraph": 5, "quote": "the dunes must stay planted"}}]}}]
}}"#
    )
}

fn coast(language: &str, map: &str) -> LoadedBrief {
    match load(&coast_brief(language, map)) {
        Ok(b) => b,
        Err(d) => panic!("the coast brief does not load: {:?}", d),
    }
}

fn english() -> RenderOptions {
    RenderOptions { lang: Lang::En, ..opts() }
}

#[test]
fn provenance_is_marked_in_every_view_the_dialog_and_the_document() {
    let b = coast("en", "");
    let o = english();
    let overview = render_view(&b, View::Overview, &o);
    // The legend says what the marks mean, in words.
    assert!(overview.contains("class=\"bi-provenance-legend\""));
    assert!(overview.contains("Editor&#39;s summary") && overview.contains("Editor&#39;s classification"));
    assert!(overview.contains("inferred date"));
    // The editor's summary is marked as the editor's.
    assert!(overview.contains("<p class=\"bi-summary\" part=\"summary\" data-provenance=\"paraphrase\">"));
    // A paraphrased judgment and a quoted one say which they are.
    assert!(overview.contains("data-provenance=\"paraphrase\">The editor&#39;s words for paragraph one.</p>"));
    assert!(overview.contains("data-provenance=\"quote\">Fishing has come back</p>"));
    assert!(overview
        .contains("<span class=\"bi-prov bi-prov-quote\" data-provenance=\"quote\">The brief&#39;s words</span>"));
    // Classifications: actor kinds, stances, roles, sectors, locations; each with words for screen readers.
    let partners = render_view(&b, View::Partners, &o);
    assert!(partners.contains("<span class=\"bi-kind\" data-provenance=\"classification\">Institution</span>"));
    assert!(partners.contains("<dd class=\"bi-role\" data-provenance=\"classification\">Funder"));
    assert!(partners.contains("<span class=\"bi-sr-only\">Editor&#39;s classification</span>"));
    let projects = render_view(&b, View::Projects, &o);
    assert!(projects.contains("<dd class=\"bi-sector\" data-provenance=\"classification\">"));
    // An inferred date is marked in the card and on the timeline.
    assert!(projects.contains("bi-date-inferred") && projects.contains("(inferred date)"));
    let timeline = render_view(&b, View::Timeline, &o);
    assert!(timeline.contains("<span class=\"bi-date-inferred\" data-provenance=\"classification\"><time datetime=\"2026-12\">end of 2026</time>"));
    // Every view with items marks them (the search view holds none until a query).
    for v in View::ALL.into_iter().filter(|&v| v != View::Search) {
        let s = render_view(&b, v, &o);
        assert!(s.contains("data-provenance=\""), "{} marks provenance", v.as_str());
        assert!(s.contains("class=\"bi-prov "), "{} shows a provenance label", v.as_str());
    }
    // The citation dialog: the item's words are the editor's, the quotes the brief's.
    let dialog = render_citation(&b, "kj-paraphrase", &o).expect("item exists");
    assert!(dialog.contains("<span class=\"bi-citation-title\" data-provenance=\"paraphrase\">"));
    assert!(dialog.contains("Editor&#39;s summary"));
    assert!(dialog.contains("<figure class=\"bi-quote\" part=\"quote\" data-provenance=\"quote\">"));
    // The static document carries the same marks and the legend.
    let d = render_document(&b, &o);
    assert!(d.contains("bi-provenance-legend"));
    assert!(d.contains("data-provenance=\"quote\"") && d.contains("data-provenance=\"classification\""));
    assert!(d.contains(
        "<span class=\"bi-prov bi-prov-paraphrase\" data-provenance=\"paraphrase\">Editor&#39;s summary</span> \
         <details class=\"bi-evidence\""
    ));
    assert_clean_markup(&d);
}

#[test]
fn targets_and_plans_are_drawn_hollow_and_dashed_and_named() {
    let b = coast("en", "");
    let o = english();
    let economy = render_view(&b, View::Economy, &o);
    // The observed value is a filled dot; the target a hollow, dashed one, named in the title, label and table.
    assert!(
        economy.contains("<g class=\"bi-mark bi-mark-exact\"><circle cx=")
            && economy.contains("fill=\"currentColor\"/>")
    );
    let target = &economy[economy.find("bi-mark-exact bi-status-target").expect("the target is marked as such")..];
    let mark = &target[..target.find("</g>").expect("mark closed")];
    assert!(mark.contains("fill=\"none\"") && mark.contains("stroke-dasharray="), "{mark}");
    assert!(mark.contains("1,200 (target)</text>"));
    assert!(economy.contains("by 2030 1,200 (target)"), "the chart's accessible title names the target");
    assert!(economy.contains("<tr id=\"w1-item-catch-2030\" class=\"bi-status-target\">"));
    assert!(economy.contains("1,200 <span class=\"bi-status bi-status-target\">(target)</span>"));
    assert!(!economy.contains("<polyline"));
    let timeline = render_view(&b, View::Timeline, &o);
    assert!(timeline.contains("bi-mark bi-mark-span bi-status-plan"));
    let planned = &timeline[timeline.find("bi-status-plan\" x=").expect("the plan's mark")..];
    assert!(planned[..planned.find("/>").unwrap_or(0)].contains("fill=\"none\""));
    assert!(timeline.contains("A new dyke (plan)</text>"));
    assert!(timeline.contains("<li class=\"bi-event bi-kind-event bi-status-plan\""));
    assert!(timeline.contains("<span class=\"bi-status bi-status-plan\">plan</span>"));
    assert!(timeline.contains("Hollow, dashed marks are plans, targets or forecasts"));
    // What happened is drawn as before.
    assert!(timeline.contains("<circle class=\"bi-mark bi-mark-point\" cx="));
}

#[test]
fn undated_events_are_listed_not_placed_and_fuzzy_dates_read_as_words() {
    let b = coast("en", "");
    let s = render_view(&b, View::Timeline, &english());
    let undated_at = s.find("<section class=\"bi-undated\"").expect("an Undated section");
    let undated = &s[undated_at..];
    assert!(undated.contains(">Undated</h3>"));
    assert!(undated.contains("An old flood, undated"));
    let chart = &s[..s.find("</svg>").expect("a chart")];
    assert!(!chart.contains("An old flood"), "the undated event is not placed on the chart");
    assert!(s.contains("<time datetime=\"2028\">late 2028</time>"), "{s}");
    assert!(s.contains(">end of 2026</time>"));
    let ko = render_view(&b, View::Timeline, &RenderOptions { lang: Lang::Ko, ..opts() });
    assert!(ko.contains(">2028년 말</time>") && ko.contains(">2026년 말</time>"));
    assert!(ko.contains(">날짜 미상</h3>"));
    // Without events at all, the empty state.
    let none = load(&bare_brief("")).expect("loads");
    assert!(render_view(&none, View::Timeline, &opts()).contains("bi-empty"));
}

#[test]
fn stances_show_the_brief_s_word_and_every_stance_has_a_legend_entry() {
    let b = coast("en", "");
    let s = render_view(&b, View::Partners, &english());
    // The brief's word is shown; the class (and so the line) is still the stance's.
    assert!(s.contains(
        "<dd class=\"bi-stance bi-stance-cooperative\" data-provenance=\"classification\">restored \
         <span class=\"bi-stance-class\">(Cooperative)</span>"
    ));
    assert!(s.contains("fill=\"currentColor\">restored</text>"), "the edge is labelled with the brief's word");
    // Tense and disputed are in the legend with their patterns.
    for (slug, name, pattern) in [("tense", "Tense", "long-dash line"), ("disputed", "Disputed", "dash-dot-dot line")] {
        assert!(s.contains(&format!("<li class=\"bi-legend-item bi-stance-{slug}\">")), "{slug} in the legend");
        assert!(s.contains(&format!(
            "<span class=\"bi-stance\">{name}</span> <span class=\"bi-pattern\">({pattern})</span>"
        )));
    }
    let css = std::fs::read_to_string("www/brief-insights.css").expect("the stylesheet");
    for class in
        [".bi-stance-tense", ".bi-stance-disputed", ".bi-prov", ".bi-status", ":lang(ko)", "word-break: keep-all"]
    {
        assert!(css.contains(class), "the stylesheet styles {class}");
    }
}

#[test]
fn sectors_are_shown_by_the_brief_s_labels() {
    let b = coast("ko", "");
    let s = render_view(&b, View::Projects, &opts());
    assert!(s.contains("data-sector=\"coastal-restoration\" aria-pressed=\"false\">해안 복원</button>"));
    assert!(s.contains("data-provenance=\"classification\">해안 복원"));
    assert!(!s.contains("Coastal restoration"));
    // A sector without a label is named from its slug, as before.
    assert!(s.contains(">Ports</button>"));
    let d = render_document(&b, &opts());
    assert!(d.contains("해안 복원") && !d.contains("Coastal restoration"));
}

#[test]
fn the_map_is_the_brief_s_outline_and_unmapped_places_are_listed() {
    let b = coast("en", &format!("{NK_MAP},"));
    let s = render_view(&b, View::Projects, &english());
    let outline = b.brief.map.as_ref().and_then(|m| m.outline.as_ref()).expect("the brief has an outline");
    assert!(s.contains("viewBox=\"0 0 400 444.8\""));
    assert!(s.contains(&format!("<path class=\"bi-map-outline\" d=\"{}\"", outline.d)));
    assert!(s.contains("Outline: Natural Earth via world-atlas."));
    // Where places lie is the editor's finding.
    assert!(s.contains("<p class=\"bi-map-note\" data-provenance=\"classification\">Locations are approximate."));
    assert!(s.contains("Area shown: KP."));
    // One pin, for the place inside the outline's box; the others listed, never drawn at the edge.
    assert_eq!(s.matches("<circle class=\"bi-pin-dot\"").count(), 1);
    assert!(s.contains("<li>Dune works — North spit</li>"));
    assert!(s.contains(
        "Not on the map: Far pier — Cape Far (outside the map&#39;s area); Ghost quay — Fabled Bay (no coordinates)"
    ));
    // Without a map: no outline, the places listed.
    let plain = coast("en", "");
    let s = render_view(&plain, View::Projects, &english());
    assert!(!s.contains("<svg class=\"bi-chart bi-map\""));
    assert!(s.contains("This brief has no map; the places are listed."));
    assert!(s.contains("<li>Dune works — North spit</li><li>Far pier — Cape Far</li><li>Ghost quay — Fabled Bay</li>"));
    // Nothing in the renderer assumes one country.
    for file in ["map.rs", "projects.rs", "mod.rs", "i18n/en.rs", "i18n/ko.rs", "economy.rs"] {
        let source = std::fs::read_to_string(format!("src/render/{file}")).expect("renderer source");
        for word in ["North Korea", "Pyongyang", "Sejong", "won"] {
            let code: String = source.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
            assert!(!code.contains(&format!("\"{word}")), "{file} assumes {word}");
        }
    }
}

#[test]
fn labels_follow_the_brief_s_language_unless_asked_otherwise() {
    let b = coast("ko-KR", "");
    // No language given: Korean labels for a Korean brief, and the brief's tag on the root.
    let shell = render_shell(&b, &opts());
    assert!(
        shell.starts_with("<div class=\"bi-widget\" part=\"widget\" lang=\"ko-KR\" data-brief-lang=\"ko-KR\">"),
        "{shell}"
    );
    for label in ["개요", "협력 관계", "사업", "연표", "경제", "정책 제언", "검색", "저자"] {
        assert!(shell.contains(label), "Korean label {label}");
    }
    assert!(shell.contains("2026년 3월"));
    let overview = render_view(&b, View::Overview, &opts());
    assert!(overview.contains("핵심 판단") && overview.contains("편집자 요약"));
    let d = render_document(&b, &opts());
    assert!(d.starts_with("<article class=\"bi-document\" part=\"document\" lang=\"ko-KR\" data-brief-lang=\"ko-KR\">"));
    // The page asks for English: English labels, the brief's language still said for its text.
    let en = render_shell(&b, &english());
    assert!(en.starts_with("<div class=\"bi-widget\" part=\"widget\" lang=\"en\" data-brief-lang=\"ko-KR\">"));
    assert!(en.contains("Overview") && !en.contains("개요"));
    let dialog = render_citation(&b, "kj-quote", &english()).expect("item exists");
    assert!(dialog.contains("<blockquote class=\"bi-quote-text\" lang=\"ko-KR\">"));
    // A language without UI labels falls back to English.
    let fr = coast("fr", "");
    assert!(render_shell(&fr, &opts()).contains("lang=\"en\" data-brief-lang=\"fr\""));
    assert_eq!(Lang::for_brief(&b.brief), Lang::Ko);
    assert_eq!(Lang::Auto.resolve(&fr.brief), Lang::En);
}
