//! The embedded brief says what Sejong Policy Brief 2025-30 says.
//!
//! These tests read the plain model fields (`loaded.brief`), not the query API, and check the facts of
//! the brief one by one: roles, stances, numbers, dates and the shape of the recommendations. The
//! sentence-by-sentence audit behind them is `briefs/AUDIT.md`.

// Native only: these tests read files, run the CLI or use the authoring API; tests/wasm_api.rs runs in the browser.
#![cfg(not(target_arch = "wasm32"))]

use brief_insights::model::date;
use brief_insights::model::item::all_items;
use brief_insights::model::*;
use brief_insights::{load, EMBEDDED_BRIEF_JSON};

fn brief() -> Brief {
    load(EMBEDDED_BRIEF_JSON).unwrap_or_else(|d| panic!("the embedded brief does not load:\n{}", d)).brief
}

fn actor<'a>(b: &'a Brief, id: &str) -> &'a Actor {
    b.actors.iter().find(|a| a.id == id).unwrap_or_else(|| panic!("no actor {:?}", id))
}

fn relation<'a>(b: &'a Brief, from: &str, to: &str) -> &'a Relation {
    b.relations
        .iter()
        .find(|r| r.from == from && r.to == to)
        .unwrap_or_else(|| panic!("no relation from {:?} to {:?}", from, to))
}

fn project<'a>(b: &'a Brief, id: &str) -> &'a Project {
    b.projects.iter().find(|p| p.id == id).unwrap_or_else(|| panic!("no project {:?}", id))
}

fn event<'a>(b: &'a Brief, id: &str) -> &'a Event {
    b.events.iter().find(|e| e.id == id).unwrap_or_else(|| panic!("no event {:?}", id))
}

fn indicator<'a>(b: &'a Brief, id: &str) -> &'a Indicator {
    b.indicators.iter().find(|i| i.id == id).unwrap_or_else(|| panic!("no indicator {:?}", id))
}

fn cites(evidence: &[Evidence], paragraph: u32, needle: &str) -> bool {
    evidence.iter().any(|e| e.paragraph == paragraph && e.quote.contains(needle))
}

fn has(list: &[String], x: &str) -> bool {
    list.iter().any(|s| s == x)
}

#[test]
fn meta_facts() {
    let b = brief();
    assert_eq!(b.format, FORMAT_VERSION);
    assert_eq!(b.schema.as_deref(), Some("../schema/brief.schema.json"));
    let m = &b.meta;
    assert_eq!(m.series, "Sejong Policy Briefs");
    assert_eq!(m.number, "2025-30");
    assert_eq!(m.title, "North Korea’s Domestic and External Policy Outlook and Assessment in the Second Half of 2025");
    assert_eq!(m.date, DateSpec("2025-11-19".into()));
    assert_eq!(m.publisher.as_deref(), Some("Sejong Institute"));
    assert_eq!(m.language, "en");
    assert_eq!(m.paragraphs, 11);
    assert_eq!(m.subject.as_deref(), Some("north-korea"));
    assert_eq!(m.authors.len(), 1);
    let a = &m.authors[0];
    assert_eq!(a.name, "CHOI Eun-ju");
    assert_eq!(a.role.as_deref(), Some("Research Fellow"));
    assert_eq!(a.affiliation.as_deref(), Some("Sejong Institute"));
    assert!(m.rights.as_deref().is_some_and(|r| r.contains("Sejong Institute")));
    assert!(m.summary.as_deref().is_some_and(|s| !s.trim().is_empty()));
}

#[test]
fn no_invented_source_url_or_personal_data() {
    let b = brief();
    // The brief's own page is not known; an invented URL would be a false citation.
    assert_eq!(b.meta.source_url, None);
    assert!(!EMBEDDED_BRIEF_JSON.contains("ej0717"), "the author's e-mail address must not be copied");
    assert!(!EMBEDDED_BRIEF_JSON.contains('@'), "no e-mail addresses in the brief data");
}

#[test]
fn three_axes_with_the_wording_of_paragraph_one() {
    let b = brief();
    let got: Vec<(&str, &str)> = b.axes.iter().map(|a| (a.id.as_str(), a.label.as_str())).collect();
    assert_eq!(
        got,
        [
            ("livelihoods-governance", "Stabilization of people’s livelihoods and enhancement of governance capacity"),
            ("regime-resilience", "Institutional consolidation of regime resilience"),
            (
                "external-diversification",
                "Diversification of external strategy and elevation of international standing"
            ),
        ]
    );
    for a in &b.axes {
        assert!(cites(&a.evidence, 1, "three axes"), "axis {} should cite the three-axes sentence", a.id);
    }
}

#[test]
fn key_judgments_cover_the_headline_assessments() {
    let b = brief();
    assert_eq!(b.key_judgments.len(), 11);
    let cited = |p: u32, needle: &str| b.key_judgments.iter().any(|j| cites(&j.evidence, p, needle));
    assert!(cited(1, "a distinctive mix of tension and accelerated policy execution"));
    assert!(cited(1, "mutually reinforcing"));
    assert!(cited(2, "dual-track strategy"));
    assert!(cited(3, "symbolic gestures"));
    assert!(cited(5, "Ninth Party Congress in 2026"));
    assert!(cited(7, "\"new normal\""));
    assert!(cited(7, "How clearly the authorities recognize these structural factors"));
    assert!(cited(8, "reshaping the very premises of negotiation"));
    assert!(cited(10, "adjustments to South Korea’s North Korea strategy are unavoidable"));
}

fn judgment<'a>(b: &'a Brief, id: &str) -> &'a Judgment {
    b.key_judgments.iter().find(|j| j.id == id).unwrap_or_else(|| panic!("no key judgment {:?}", id))
}

#[test]
fn the_two_judgments_the_first_encoding_missed() {
    let b = brief();
    // Paragraph 1, first sentence: the brief's characterisation of the period.
    let j = judgment(&b, "kj-tension-and-accelerated-execution");
    assert_eq!(j.evidence.len(), 1);
    assert_eq!(j.evidence[0].paragraph, 1);
    assert!(j.evidence[0].quote.starts_with("The situation on the Korean Peninsula in the second half of 2025"));
    assert!(j.evidence[0]
        .quote
        .ends_with("producing a phase marked by a distinctive mix of tension and accelerated policy execution."));
    assert!(j.text.contains("a distinctive mix of tension and accelerated policy execution"));
    assert!(j.axes.is_empty(), "the sentence names no axis");
    assert_eq!(b.key_judgments[0].id, j.id, "it is the brief's opening judgment");
    // Paragraph 7, last sentence: whether the authorities recognise the structural factors.
    let j = judgment(&b, "kj-structural-factors-recognition");
    assert_eq!(j.evidence.len(), 1);
    assert_eq!(j.evidence[0].paragraph, 7);
    assert_eq!(
        j.evidence[0].quote,
        "How clearly the authorities recognize these structural factors, and whether they can devise compensatory \
         measures to stabilize livelihoods under conditions of high exchange rates and high prices, will be a critical \
         variable for internal stability going forward."
    );
    assert!(j.text.contains("critical variable for North Korea’s internal stability"));
    assert!(has(&j.related, "kj-new-normal"));
}

#[test]
fn negotiation_judgment_claims_only_what_its_quotes_say() {
    let b = brief();
    let j = judgment(&b, "kj-reshaping-negotiation");
    // "is moving to institutionalize": under way, not done.
    assert!(j.text.contains("is moving to institutionalize"));
    assert!(cites(&j.evidence, 8, "is moving to institutionalize nuclear possession and the two-state doctrine"));
    // The condition has two parts in the brief; both are kept.
    assert!(j.text.contains("abandons denuclearization demands and seeks peaceful coexistence"));
    assert!(cites(&j.evidence, 9, "abandons denuclearization demands and seeks peaceful coexistence"));
    // "excluded from any future dialogue agenda" is the September address (event spa-september-address),
    // not one of this judgment's quotes.
    assert!(!j.text.contains("dialogue agenda"));
    let dismissed = judgment(&b, "kj-south-korea-policy-dismissed");
    assert!(cites(&dismissed.evidence, 8, "continuation of absorption-oriented unification attempts"));
    assert!(cites(&dismissed.evidence, 8, "As long as this structural perception persists"));
}

#[test]
fn actors_have_the_right_kinds_and_memberships() {
    let b = brief();
    let nk = actor(&b, "north-korea");
    assert_eq!(nk.kind, ActorKind::State);
    assert_eq!(nk.short_name.as_deref(), Some("DPRK"));
    for id in ["china", "russia", "vietnam", "laos", "indonesia", "united-states", "south-korea"] {
        assert_eq!(actor(&b, id).kind, ActorKind::State, "{}", id);
    }
    for id in ["asean", "global-south"] {
        assert_eq!(actor(&b, id).kind, ActorKind::Bloc, "{}", id);
    }
    for id in ["vietnam", "laos", "indonesia"] {
        assert!(has(&actor(&b, id).member_of, "asean"), "{} should be a member of ASEAN", id);
    }
    for (person, state) in [
        ("kim-jong-un", "north-korea"),
        ("kim-yo-jong", "north-korea"),
        ("li-qiang", "china"),
        ("donald-trump", "united-states"),
    ] {
        let a = actor(&b, person);
        assert_eq!(a.kind, ActorKind::Person, "{}", person);
        assert!(has(&a.member_of, state), "{} should belong to {}", person, state);
    }
    for id in ["workers-party-of-korea", "supreme-peoples-assembly", "ministry-of-public-health"] {
        let a = actor(&b, id);
        assert_eq!(a.kind, ActorKind::Institution, "{}", id);
        assert!(has(&a.member_of, "north-korea"), "{}", id);
    }
}

#[test]
fn china_is_the_diplomatic_economic_partner() {
    let b = brief();
    let r = relation(&b, "north-korea", "china");
    assert_eq!(r.role, "Diplomatic–economic partner");
    // "an ambivalent posture that relies on China without projecting excessive dependence"
    assert_eq!(r.stance, Stance::Ambivalent);
    assert!(cites(&r.evidence, 2, "China as a diplomatic-economic partner"));
    assert!(cites(&r.evidence, 2, "ambivalent posture"));
    assert!(has(&r.fields, "trade"));
    assert!(has(&r.axes, "external-diversification"));
}

#[test]
fn china_keeps_the_status_quo_without_challenging_the_nuclear_status() {
    let b = brief();
    let r = relation(&b, "china", "north-korea");
    assert_eq!(r.stance, Stance::Cooperative);
    assert!(has(&r.fields, "crisis management"));
    assert!(has(&r.fields, "status quo on the peninsula"));
    assert!(cites(&r.evidence, 2, "refraining from publicly challenging North Korea’s de facto nuclear status"));
}

#[test]
fn russia_is_the_military_security_partner() {
    let b = brief();
    let r = relation(&b, "north-korea", "russia");
    assert_eq!(r.role, "Military–security partner");
    assert_eq!(r.stance, Stance::Cooperative);
    for f in [
        "military and security cooperation",
        "manpower deployment",
        "energy",
        "forestry",
        "electricity",
        "healthcare",
        "tourism",
    ] {
        assert!(has(&r.fields, f), "Russia relation lacks field {:?}", f);
    }
    assert!(cites(&r.evidence, 2, "Russia as a military-security partner"));
    assert!(cites(&r.evidence, 2, "energy, forestry, electricity, healthcare, and tourism"));
}

#[test]
fn southern_track_vietnam_laos_indonesia() {
    let b = brief();
    for id in ["vietnam", "laos", "indonesia", "asean"] {
        let r = relation(&b, "north-korea", id);
        assert!(has(&r.axes, "external-diversification"), "{}", id);
        assert!(r.evidence.iter().any(|e| e.paragraph == 2 || e.paragraph == 3), "{}", id);
        // Every southern-track relation carries the brief's own caveat.
        assert!(
            cites(&r.evidence, 3, "likely to remain limited to symbolic gestures and localized projects"),
            "{}",
            id
        );
    }
    // Vietnam: a declared "Year of Friendship", agreed expansion of cooperation and healthcare agreements.
    assert_eq!(relation(&b, "north-korea", "vietnam").stance, Stance::Cooperative);
    assert!(cites(&relation(&b, "north-korea", "vietnam").evidence, 6, "agreements with Vietnam"));
    // Laos, Indonesia, ASEAN, the Global South: relations being "restored", protocol that "symbolically"
    // illustrates a trend, a "stepping stone": the brief states no cooperation, so no "cooperative".
    for id in ["laos", "indonesia", "asean", "global-south"] {
        assert_eq!(relation(&b, "north-korea", id).stance, Stance::Neutral, "{}", id);
    }
    assert!(cites(&relation(&b, "north-korea", "laos").evidence, 3, "symbolically illustrate this trend"));
    assert!(cites(&relation(&b, "north-korea", "global-south").evidence, 3, "stepping stone"));
    assert!(cites(&relation(&b, "north-korea", "asean").evidence, 2, "southern diplomatic track"));
    let vn = relation(&b, "north-korea", "vietnam");
    assert_eq!(
        vn.fields,
        [
            "economic management",
            "external economic relations",
            "trade",
            "society",
            "culture",
            "education",
            "healthcare",
            "information and communications"
        ]
    );
    assert!(cites(&vn.evidence, 3, "“Year of Friendship” marking the 75th anniversary"));
    assert_eq!(vn.role, "Southern-track partner");
    // The summary's "share Vietnam’s experience with economic reform" and "reference model" are quoted.
    assert!(cites(&vn.evidence, 3, "as well as to share Vietnam’s experience with economic reform."));
    assert!(cites(&vn.evidence, 3, "openness to adopting another pragmatic reference model beyond China"));
    let actor_vn = actor(&b, "vietnam");
    assert!(cites(&actor_vn.evidence, 3, "share Vietnam’s experience with economic reform"));
    assert!(cites(&actor_vn.evidence, 3, "openness to adopting another pragmatic reference model"));
    assert!(!actor_vn.description.as_deref().unwrap_or("").contains("a reference model for economic reform"));
    assert!(cites(&relation(&b, "north-korea", "indonesia").evidence, 3, "restoring bilateral diplomatic channels"));
    assert!(cites(&relation(&b, "north-korea", "laos").evidence, 3, "leaders of Vietnam and Laos"));
}

#[test]
fn united_states_conditional_south_korea_hostile() {
    let b = brief();
    let us = relation(&b, "north-korea", "united-states");
    assert_eq!(us.stance, Stance::Conditional);
    assert!(cites(&us.evidence, 9, "left open the possibility of conditional dialogue"));
    // The actor's description says what paragraph 9 says, and cites it.
    let us_actor = actor(&b, "united-states");
    assert!(cites(&us_actor.evidence, 9, "left open the possibility of conditional dialogue"));
    assert!(cites(&us_actor.evidence, 9, "nuclear possession as a “changed reality”"));
    assert!(!us_actor.description.as_deref().unwrap_or("").contains("Offered"));
    assert!(cites(&us.evidence, 9, "“good memories” with former President Donald Trump"));
    assert!(cites(&us.evidence, 9, "only if the United States abandons denuclearization demands"));
    let sk = relation(&b, "north-korea", "south-korea");
    assert_eq!(sk.stance, Stance::Hostile);
    assert!(cites(&sk.evidence, 8, "nothing to sit down over"));
    assert!(cites(&sk.evidence, 1, "\"two hostile states.\""));
}

#[test]
fn exchange_rate_observations_in_the_order_told() {
    let b = brief();
    let rate = indicator(&b, "won-dollar-rate");
    // The brief says "the dollar exchange rate"; it does not say which market or official rate.
    assert_eq!(rate.name, "Dollar exchange rate, won per US dollar");
    assert!(cites(&rate.evidence, 7, "After remaining stable in the 8,000-won range during the pandemic"));
    assert_eq!(rate.unit.as_deref(), Some("KPW per USD"));
    let o = &rate.observations;
    assert_eq!(o.len(), 3);

    assert_eq!(o[0].qualifier, Qualifier::Range);
    assert_eq!((o[0].low, o[0].high), (Some(8000.0), Some(8999.0)));
    assert_eq!(o[0].date, None, "the brief dates the pandemic level by no year");
    assert!(cites(&o[0].evidence, 7, "8,000-won range during the pandemic"));

    assert_eq!(o[1].qualifier, Qualifier::AtLeast);
    assert_eq!(o[1].low, Some(30000.0));
    assert!(cites(&o[1].evidence, 7, "beyond 30,000 won"));

    assert_eq!(o[2].qualifier, Qualifier::Range);
    assert_eq!((o[2].low, o[2].high), (Some(40000.0), Some(49999.0)));
    assert_eq!(o[2].date, Some(DateSpec("2025-summer".into())));
    assert!(cites(&o[2].evidence, 7, "40,000-won range by the summer of 2025"));

    let ids: Vec<&str> = o.iter().map(|x| x.id.as_str()).collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "observation ids must be distinct");
}

#[test]
fn rice_price_moves_with_the_rate_and_has_no_invented_numbers() {
    let b = brief();
    let rice = indicator(&b, "rice-price");
    assert!(has(&rice.related, "won-dollar-rate"));
    assert!(rice.observations.is_empty(), "the brief gives no rice prices");
    assert!(cites(&rice.evidence, 7, "synchronized volatility with the exchange rate"));
    assert!(rice.description.as_deref().is_some_and(|d| d.contains("new equilibrium")));
}

#[test]
fn rakwon_completed_in_six_months_under_the_20x10_policy() {
    let b = brief();
    let p = project(&b, "rakwon-aquaculture-complex");
    assert_eq!(p.name, "Rakwon County aquaculture complex");
    assert_eq!(p.sector, "aquaculture");
    assert_eq!(p.policy_frame.as_deref(), Some("20×10 regional development policy"));
    assert!(p.timing.as_deref().is_some_and(|t| t.contains("six months")));
    assert!(!p.risks.is_empty(), "the brief names the speed-driven approach's risks");
    assert!(cites(&p.evidence, 4, "completion within six months"));
    assert!(cites(&p.evidence, 4, "20×10 regional development policy"));
    let place = p.place.as_ref().expect("Rakwon has a place");
    assert_eq!(place.name, "Rakwon County");
}

#[test]
fn hospital_programme_builds_twenty_city_and_county_hospitals_a_year() {
    let b = brief();
    let p = project(&b, "regional-hospital-programme");
    assert_eq!(p.sector, "healthcare");
    let said =
        p.timing.iter().chain(p.claimed_results.iter()).any(|s| s.contains("20 city and county hospitals annually"));
    assert!(said, "the programme should say \"20 city and county hospitals annually\"");
    assert!(cites(
        &p.evidence,
        6,
        "a second general hospital, provincial hub hospitals, and 20 city and county hospitals annually"
    ));
    // "He presented": the quote that says who "he" is is there.
    assert!(has(&p.actors, "kim-jong-un"));
    assert!(cites(&p.evidence, 6, "Chairman Kim Jong Un sharply criticized bureaucratism"));
    // The brief states no risk of the plan; the ministry's criticism is not one, nor is the ministry an actor.
    assert!(p.risks.is_empty(), "{:?}", p.risks);
    assert!(!has(&p.actors, "ministry-of-public-health"));
    // "reflects an intent to ... by linking": an intent, not a result.
    assert!(p.claimed_results.iter().any(|c| c.starts_with("Reflects an intent")));
    assert!(cites(&p.evidence, 6, "reflects an intent to simultaneously upgrade production and living foundations"));
}

#[test]
fn pyongyang_general_hospital_opened_in_november_2025() {
    let b = brief();
    let p = project(&b, "pyongyang-general-hospital");
    assert_eq!(p.sector, "healthcare");
    assert_eq!(p.date, Some(DateSpec("2025-11".into())));
    assert!(cites(&p.evidence, 6, "opened in November 2025"));
    assert_eq!(event(&b, "pyongyang-general-hospital-opening").date, Some(DateSpec("2025-11".into())));
}

#[test]
fn every_project_the_brief_mentions_is_there() {
    let b = brief();
    for (id, sector) in [
        ("rakwon-aquaculture-complex", "aquaculture"),
        ("sinuiju-greenhouse-complex", "agriculture"),
        ("wheat-cultivation-expansion", "agriculture"),
        ("pyongyang-autumn-trade-fair", "trade"),
        ("wonsan-kalma-tourist-zone", "tourism"),
        ("baekebong-hotel", "tourism"),
        ("pyongyang-general-hospital", "healthcare"),
        ("regional-hospital-programme", "healthcare"),
    ] {
        assert_eq!(project(&b, id).sector, sector, "{}", id);
    }
    assert_eq!(project(&b, "wonsan-kalma-tourist-zone").name, "Wonsan–Kalma coastal tourist zone");
    // The brief lists the attraction of Russian tourists beside the zone, not as the zone's result.
    assert!(!has(&project(&b, "wonsan-kalma-tourist-zone").actors, "russia"));
    assert_eq!(project(&b, "baekebong-hotel").timing, None, "the brief gives the hotel no timing");
    assert_eq!(project(&b, "baekebong-hotel").place.as_ref().map(|p| p.name.as_str()), Some("Samjiyon"));
}

#[test]
fn coordinates_are_marked_approximate_and_not_from_the_brief() {
    let b = brief();
    for p in &b.projects {
        if let Some(c) = p.place.as_ref().and_then(|pl| pl.coordinates.as_ref()) {
            assert!(c.approximate, "{}: coordinates must be marked approximate", p.id);
            assert!(
                c.source.contains("not in the brief"),
                "{}: source should say the brief gives no coordinates",
                p.id
            );
            // Everything the brief names lies in North Korea.
            assert!((37.5..43.1).contains(&c.lat) && (124.0..130.8).contains(&c.lon), "{}: {:?}", p.id, c);
        }
    }
    for id in ["regional-hospital-programme", "wheat-cultivation-expansion", "regional-development-policy"] {
        let has_coords = project(&b, id).place.as_ref().is_some_and(|pl| pl.coordinates.is_some());
        assert!(!has_coords, "{} is nationwide and has no single location", id);
    }
}

#[test]
fn timeline_dates_as_the_brief_gives_them() {
    let b = brief();
    let cases = [
        ("five-year-plan", "2021/2025"),
        ("two-state-doctrine-declaration", "2023-12"),
        ("summits-2018-2019", "2018/2019"),
        ("party-80th-anniversary", "2025-H2"),
        ("china-victory-day-80th", "2025"),
        ("kim-visit-to-china", "2025"),
        ("li-qiang-visit-to-pyongyang", "2025"),
        ("spa-september-address", "2025-09"),
        ("apec-summit-speculation-collapse", "2025"),
        ("healthcare-expansion-announcement", "2025"),
        ("exchange-rate-40000-range", "2025-summer"),
        ("ninth-party-congress", "2026"),
        ("socialist-powerhouse-2035", "2035"),
    ];
    for (id, d) in cases {
        assert_eq!(event(&b, id).date, Some(DateSpec(d.into())), "{}", id);
    }
    for e in &b.events {
        let date = e.date.as_ref().expect("every Sejong event is dated");
        assert!(date::parse(date).is_ok(), "{}: {:?}", e.id, e.date);
    }
}

#[test]
fn two_hostile_states_declared_in_december_2023() {
    let b = brief();
    let e = event(&b, "two-state-doctrine-declaration");
    assert!(cites(&e.evidence, 1, "December 2023 declaration"));
    assert!(has(&e.actors, "kim-jong-un"));
}

#[test]
fn ninth_party_congress_and_the_2035_horizon() {
    let b = brief();
    let congress = event(&b, "ninth-party-congress");
    assert!(cites(&congress.evidence, 5, "Ninth Party Congress in 2026"));
    let horizon = event(&b, "socialist-powerhouse-2035");
    assert!(cites(&horizon.evidence, 1, "\"socialist powerhouse\" by 2035"));
}

#[test]
fn september_address_says_its_year_is_from_context() {
    let b = brief();
    let e = event(&b, "spa-september-address");
    assert!(has(&e.actors, "supreme-peoples-assembly"));
    assert!(cites(&e.evidence, 8, "September address to the Supreme People’s Assembly"));
    assert!(e.description.as_deref().is_some_and(|d| d.contains("second half of 2025")));
}

#[test]
fn recommendations_are_grouped_into_areas_addressed_to_south_korea() {
    let b = brief();
    assert!(b.recommendation_areas.len() >= 5);
    for a in &b.recommendation_areas {
        assert_eq!(a.addressee.as_deref(), Some("south-korea"), "area {}", a.id);
        assert!(b.recommendations.iter().any(|r| r.area == a.id), "area {} has no recommendations", a.id);
    }
    for r in &b.recommendations {
        assert!(b.recommendation_areas.iter().any(|a| a.id == r.area), "{}: unknown area {}", r.id, r.area);
        assert!(
            r.evidence.iter().all(|e| e.paragraph == 10 || e.paragraph == 11),
            "{} cites outside paragraphs 10-11",
            r.id
        );
    }
    assert_eq!(b.recommendations.len(), 12);
    let cited = |p: u32, needle: &str| b.recommendations.iter().any(|r| cites(&r.evidence, p, needle));
    assert!(cited(10, "phased management of concrete threats"));
    assert!(cited(10, "risk-reduction-centered management framework"));
    assert!(cited(10, "separating political authority-level dialogue from non-political working-level contacts"));
    assert!(cited(10, "healthcare, disaster prevention, and disaster response"));
    assert!(cited(11, "“fair” position"));
    assert!(cited(11, "Track 1.5"));
    assert!(cited(11, "strategic dialogue with countries such as Vietnam"));
    assert!(cited(11, "healthcare infrastructure, agriculture, regional construction standardization, and tourism"));
    assert!(cited(11, "public consensus and international cooperation"));
}

#[test]
fn evidence_paragraphs_are_in_range() {
    let b = brief();
    let n = b.meta.paragraphs;
    let mut all: Vec<&Evidence> = Vec::new();
    all.extend(b.key_judgments.iter().flat_map(|x| &x.evidence));
    all.extend(b.axes.iter().flat_map(|x| &x.evidence));
    all.extend(b.actors.iter().flat_map(|x| &x.evidence));
    all.extend(b.relations.iter().flat_map(|x| &x.evidence));
    all.extend(b.projects.iter().flat_map(|x| &x.evidence));
    all.extend(
        b.indicators.iter().flat_map(|x| x.evidence.iter().chain(x.observations.iter().flat_map(|o| &o.evidence))),
    );
    all.extend(b.events.iter().flat_map(|x| &x.evidence));
    all.extend(b.recommendations.iter().flat_map(|x| &x.evidence));
    assert!(all.iter().all(|e| (1..=n).contains(&e.paragraph)));
    // Every paragraph of the brief is cited somewhere: the whole brief is encoded.
    for p in 1..=n {
        assert!(all.iter().any(|e| e.paragraph == p), "paragraph {} is never cited", p);
    }
}

/// The three axes are North Korea's policy directions (paragraph 1). A recommendation addressed to South
/// Korea carries one only when its own quote ties it to that axis: the ASEAN recommendation answers
/// "North Korea’s outreach to ASEAN and the Global South", the diversification the brief describes in
/// paragraph 3. No other recommendation's quote names a North Korean policy direction.
#[test]
fn recommendations_to_south_korea_carry_no_north_korean_axis_unless_their_quote_ties_it() {
    let b = brief();
    let addressed_to_south_korea = |r: &Recommendation| {
        b.recommendation_areas.iter().any(|a| a.id == r.area && a.addressee.as_deref() == Some("south-korea"))
    };
    let mut tagged = Vec::new();
    for r in b.recommendations.iter().filter(|r| addressed_to_south_korea(r)) {
        if !r.axes.is_empty() {
            tagged.push((r.id.as_str(), r.axes.clone()));
        }
    }
    assert_eq!(tagged, [("rec-vietnam-strategic-dialogue", vec!["external-diversification".to_string()])]);
    let r = b.recommendations.iter().find(|r| r.id == "rec-vietnam-strategic-dialogue").unwrap();
    assert!(cites(&r.evidence, 11, "In response to North Korea’s outreach to ASEAN and the Global South"));
    let axis = b.axes.iter().find(|a| a.id == "external-diversification").unwrap();
    assert!(cites(&axis.evidence, 3, "giving real substance to its diplomatic diversification"));
}

/// Axis summaries are the brief's, not an encoder's theory of what each axis contains.
#[test]
fn axis_summaries_and_evidence_stay_with_paragraph_one() {
    let b = brief();
    for a in &b.axes {
        let s = a.summary.as_deref().unwrap_or("");
        assert!(s.starts_with("One of the three axes"), "{}: {}", a.id, s);
    }
    // Paragraph 8 never names the regime-resilience axis; its quote is no evidence for it.
    let rr = b.axes.iter().find(|a| a.id == "regime-resilience").unwrap();
    assert!(rr.evidence.iter().all(|e| e.paragraph == 1), "{:?}", rr.evidence);
}

/// A mechanical part of the audit: every phrase an item's prose puts in curly quotes, and every number it
/// states, is in the item's own evidence. The only numbers allowed from elsewhere are the years of the two
/// dates the brief gives by context, which their descriptions say are inferred.
#[test]
fn quoted_phrases_and_numbers_in_prose_come_from_the_items_own_quotes() {
    let b = brief();
    let inferred_year = ["spa-september-address", "healthcare-expansion-announcement"];
    let mut failures = Vec::new();
    for item in all_items(&b) {
        let evidence: String = item.evidence().iter().map(|e| e.quote.replace('"', "“")).collect::<Vec<_>>().join(" ");
        let evidence_lc = evidence.to_lowercase();
        for (field, text) in item.texts() {
            if field == "sector" {
                continue; // a slug
            }
            for phrase in text.split('“').skip(1).filter_map(|rest| rest.split('”').next()) {
                let phrase = phrase.trim_end_matches([',', '.']);
                if !evidence_lc.contains(&phrase.to_lowercase()) {
                    failures.push(format!("{} {}: “{}” is not in its quotes", item.id(), field, phrase));
                }
            }
            for number in numbers(text) {
                // An inferred date's year is the editor's, and marked as such (dateBasis: inferred).
                let inferred = inferred_year.contains(&item.id()) && number == "2025";
                if !evidence.contains(&number) && !inferred {
                    failures.push(format!("{} {}: {} is not in its quotes", item.id(), field, number));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs of digits, with the thousands commas, "×" and en dashes that join them ("20×10", "2021–2025").
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let joins = matches!(c, ',' | '×' | '\u{2013}')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_ascii_digit() || joins {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}
