//! A second think tank's first briefs (`tests/fixtures/second-tank/`, fictional): a web team that is not
//! Sejong's encodes its own briefs by the README and the CLI's messages alone, and each test here is a
//! problem it met, told as that team's story.

// Native only, with the CLI: these tests read files and run the command.
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]

use brief_insights::render::{render_view, RenderOptions, View};
use brief_insights::{load, LoadedBrief};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/second-tank/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn brief(name: &str) -> LoadedBrief {
    load(&fixture(&format!("{name}.json"))).unwrap_or_else(|d| panic!("{name} does not load: {d:?}"))
}

fn opts() -> RenderOptions {
    RenderOptions { id_prefix: "t-".into(), ..Default::default() }
}

/// The value of attribute `name` in the tag text `tag` (`<text x="1" …>`).
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    tag.split(&format!(" {name}=\"")).nth(1).and_then(|rest| rest.split('"').next())
}

/// The width of the chart's `viewBox="0 0 W H"` in `svg`.
fn view_box_width(svg: &str) -> f64 {
    let value = attr(svg, "viewBox").expect("a viewBox");
    value.split(' ').nth(2).and_then(|w| w.parse().ok()).expect("a width")
}

/// Every `<text class="CLASS" …>content</text>` of `svg`: its x, anchor and content.
fn texts(svg: &str, class: &str) -> Vec<(f64, String, String)> {
    let opening = format!("<text class=\"{class}");
    svg.split(&opening)
        .skip(1)
        .map(|rest| {
            let (tag, after) = rest.split_once('>').expect("a closed tag");
            let content = after.split("</text>").next().unwrap_or_default();
            let x = attr(tag, "x").and_then(|x| x.parse().ok()).expect("an x");
            let anchor = attr(tag, "text-anchor").unwrap_or("start").to_string();
            (x, anchor, content.to_string())
        })
        .collect()
}

/// The rendered width of `text` at 12 units, estimated as the renderer estimates it (0.62 em for Latin
/// letters and digits, 1 em for Hangul), which is what it must keep inside the chart.
fn estimated_width(text: &str) -> f64 {
    text.chars().map(|c| if (c as u32) >= 0x1100 { 1.0 } else { 0.62 }).sum::<f64>() * 12.0
}

#[test]
fn the_timeline_of_1950_to_2040_labels_its_last_decade_inside_the_chart() {
    // The team's chronology runs from 1950 to "end of 2040": the axis is labelled every ten years, and its
    // last label, 2040, sat at the right edge, half of it cut off ("204").
    let html = render_view(&brief("harbour-2026-04"), View::Timeline, &opts());
    let width = view_box_width(&html);
    let ticks = texts(&html, "bi-tick-label");
    assert!(ticks.iter().any(|(_, _, year)| year == "2040"), "the axis names 2040: {ticks:?}");
    for (x, anchor, year) in &ticks {
        let (left, right) = match anchor.as_str() {
            "end" => (x - estimated_width(year), *x),
            _ => (*x, x + estimated_width(year)),
        };
        assert!(left >= 0.0 && right <= width, "tick label {year} spans {left:.1}–{right:.1}, outside 0–{width}");
    }
}

/// Every mark of the timeline chart (`<circle>` or `<rect>`) as its left and right x, in row order.
fn marks(svg: &str) -> Vec<(f64, f64)> {
    let marks = svg.split("<g class=\"bi-marks\">").nth(1).expect("the marks");
    let mut out = Vec::new();
    for tag in marks.split('<').filter(|t| t.starts_with("circle ") || t.starts_with("rect ")) {
        let number = |name: &str| attr(tag, name).and_then(|v| v.parse::<f64>().ok()).expect(name);
        if tag.starts_with("circle ") {
            let (cx, r) = (number("cx"), number("r"));
            out.push((cx - r, cx + r));
        } else {
            let x = number("x");
            out.push((x, x + number("width")));
        }
    }
    out
}

#[test]
fn no_timeline_label_is_written_across_its_own_mark() {
    // Mid-chart, "16. The authority issues its first bond, worth…" fitted on neither side of its mark (mid
    // 1994) at full length, and was drawn over it ("16. T|he authority"), where it hides the mark. A
    // label shortened a little more fits beside it.
    let b = brief("harbour-2026-04");
    for lang in [brief_insights::render::Lang::En, brief_insights::render::Lang::Ko] {
        let html = render_view(&b, View::Timeline, &RenderOptions { lang, ..opts() });
        let labels = texts(&html, "bi-mark-label");
        let marks = marks(&html);
        assert_eq!(labels.len(), marks.len(), "one label per mark");
        for ((x, anchor, label), (left, right)) in labels.iter().zip(&marks) {
            let (from, to) = match anchor.as_str() {
                "end" => (x - estimated_width(label), *x),
                _ => (*x, x + estimated_width(label)),
            };
            assert!(
                to <= *left || from >= *right,
                "{label:?} ({from:.1}–{to:.1}) covers its mark ({left:.1}–{right:.1})"
            );
        }
    }
}

/// The row headers (`<th scope="row" …>…</th>`) of the economy view's data tables, tags removed.
fn row_headers(html: &str) -> Vec<String> {
    html.split("<th scope=\"row\"")
        .skip(1)
        .map(|rest| {
            let cell = rest.split_once('>').map_or("", |(_, after)| after);
            let cell = cell.split("</th>").next().unwrap_or_default();
            let mut text = String::new();
            let mut in_tag = false;
            for c in cell.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    _ if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text
        })
        .collect()
}

#[test]
fn a_data_table_row_labelled_with_its_own_date_does_not_say_it_twice() {
    // The operating balance's observations are labelled "2022" and "2023", as the brief says them, and
    // dated 2022 and 2023: the table read "2022 (2022)". The throughput's first is labelled "first
    // quarter of 2024", its date's own words. A label that differs from its date keeps the date beside it.
    let b = brief("harbour-2026-04");
    let html = render_view(&b, View::Economy, &opts());
    let rows = row_headers(&html);
    for expected in ["2022", "2023", "first quarter of 2024"] {
        assert!(rows.iter().any(|r| r == expected), "a row headed {expected:?} alone: {rows:?}");
    }
    assert!(rows.iter().any(|r| r == "second (second quarter of 2024)"), "{rows:?}");
    assert!(rows.iter().any(|r| r == "2024 (unaudited) (2024)"), "{rows:?}");
    // An inferred date is the editor's: it stays named as such even when the label says the same.
    let inferred = fixture("harbour-2026-04.json").replacen(
        r#""label": "2023""#,
        r#""label": "2023", "dateBasis": "inferred""#,
        1,
    );
    let html = render_view(&load(&inferred).expect("loads"), View::Economy, &opts());
    assert!(row_headers(&html).iter().any(|r| r == "2023 (2023 (inferred date))"), "{:?}", row_headers(&html));
}

/// The one problem `load` reports for `text`.
fn only_problem(text: &str) -> brief_insights::Diagnostic {
    let Err(problems) = load(text) else { panic!("the brief loads, but it should not") };
    assert_eq!(problems.0.len(), 1, "{problems:?}");
    problems.0.into_iter().next().expect("one problem")
}

#[test]
fn numbers_copied_from_the_briefs_typography_are_named_in_the_syntax_error() {
    // The brief prints "−5.1 %" with a true minus sign (U+2212), "+1.2 %" with a plus and "7,900 jobs"
    // with a thousands separator, and a word processor puts no-break spaces between words. Copied into
    // the JSON as numbers, they were "expected a value (object, array, string, number, true, false or
    // null)" or "expected a member name in double quotes": true, but it did not say what was wrong.
    let text = fixture("harbour-2026-04.json");
    let cases = [
        (r#""low": -5.1"#, r#""low": −5.1"#, ["U+2212", "-5.1"]),
        (r#""low": 1.2"#, r#""low": +1.2"#, ["plus sign", "1.2"]),
        (r#""low": 7900"#, r#""low": 7,900"#, ["thousands separator", "7900"]),
        ("\"format\": 1,", "\"format\":\u{a0}1,", ["U+00A0", "space"]),
    ];
    for (from, to, words) in cases {
        assert!(text.contains(from), "the fixture has {from}");
        let broken = text.replacen(from, to, 1);
        let problem = only_problem(&broken);
        // Where: the line of the pasted number, and a column on it.
        let line = broken.lines().position(|l| l.contains(to)).expect("the changed line") + 1;
        assert_eq!(problem.line as usize, line, "{problem:?}");
        assert!(problem.column > 1, "{problem:?}");
        for word in words {
            assert!(problem.message.contains(word), "{to}: the message names {word:?}: {}", problem.message);
        }
    }
    // Anything else unexpected is named too: "14 %" copied as it is printed.
    let problem = only_problem(&text.replacen(r#""low": 14"#, r#""low": 14 %"#, 1));
    assert!(problem.message.contains("found \"%\""), "{}", problem.message);
}

#[test]
fn a_footnote_marker_after_a_full_stop_ends_the_sentence_for_coverage() {
    // "…about −€9.8 million in 2024.² The regional council's share…" and "…a fall of about 33 %.[1] Its
    // port authority…": a note marker right after the full stop kept the two sentences one, so `stats`
    // counted the council's sentence as cited by the operating balance, and a paragraph of two sentences
    // as one.
    let b = brief("harbour-2026-04").brief;
    let coverage = brief_insights::load::source::coverage(&b, &fixture("harbour-2026-04.txt"));
    let paragraph = |n: u32| coverage.paragraphs.iter().find(|p| p.number == n).expect("the paragraph");
    let first: Vec<&str> = paragraph(1).sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(first.len(), 2, "{first:?}");
    assert!(first[0].ends_with("33 %.[1]"), "the marker stays with its sentence: {first:?}");
    let ninth = &paragraph(9).sentences;
    assert_eq!(ninth.len(), 2, "{ninth:?}");
    assert!(ninth[0].text.ends_with("in 2024.²"), "{ninth:?}");
    assert!(ninth[1].cited_by.iter().all(|id| id.starts_with("council-share")), "{ninth:?}");
    // Korean text with a marker after the full stop, at the end of the paragraph: one sentence as before.
    let b = brief("hanbada").brief;
    let coverage = brief_insights::load::source::coverage(&b, &fixture("hanbada.txt"));
    let fourth = &coverage.paragraphs.iter().find(|p| p.number == 4).expect("paragraph 4").sentences;
    assert_eq!(fourth.len(), 2, "{fourth:?}");
    // Brackets that are not note markers still end nothing by themselves: "[sic]" is text.
    assert_eq!(brief_insights::load::source::sentences("It rose.[sic] Then fell."), ["It rose.[sic] Then fell."]);
    assert_eq!(brief_insights::load::source::sentences("It rose.[12] Then fell.¹²"), ["It rose.[12]", "Then fell.¹²"]);
}

#[test]
fn the_starter_lists_every_value_the_format_allows() {
    // The team wrote `"stance": "tense"` for the regional council after reading the starter's "stance is
    // one of cooperative, ambivalent, conditional, hostile, neutral", and thought `tense` was a mistake:
    // the list left out `tense` and `disputed`. Every "X is one of …" of the starter names exactly the
    // values the JSON Schema allows.
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_brief-insights")).arg("new").output().expect("runs");
    let starter = String::from_utf8(output.stdout).expect("UTF-8");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{}/schema/brief.schema.json", env!("CARGO_MANIFEST_DIR")))
            .expect("the schema"),
    )
    .expect("JSON");
    let allowed = |definition: &str| -> Vec<String> {
        // Values with a description each are `oneOf` consts; plain ones an `enum`.
        let definition_value = &schema["$defs"][definition];
        let mut values: Vec<String> = match definition_value["oneOf"].as_array() {
            Some(one_of) => one_of.iter().map(|v| v["const"].as_str().expect("a value").to_string()).collect(),
            None => definition_value["enum"]
                .as_array()
                .unwrap_or_else(|| panic!("{definition} lists its values"))
                .iter()
                .map(|v| v.as_str().expect("a value").to_string())
                .collect(),
        };
        values.sort();
        values
    };
    for (field, definition) in [("stance", "Stance"), ("kind", "ActorKind"), ("qualifier", "Qualifier")] {
        let listed = starter
            .split(&format!("({field} is one of "))
            .nth(1)
            .and_then(|rest| rest.split(')').next())
            .unwrap_or_else(|| panic!("the starter says which {field}s there are"));
        let mut listed: Vec<String> = listed.split(", ").map(str::to_string).collect();
        listed.sort();
        assert_eq!(listed, allowed(definition), "the starter's list of {field}s");
    }
}

#[test]
fn the_librarys_actors_are_listed_by_the_names_readers_see() {
    // The library of the team's two briefs and the Sejong brief lists each actor once, those named in
    // most briefs first; among equals the order was the ids', so "City of Velmora" (id `velmora-city`)
    // came between "United States" and "Velmora Port Authority", where no reader looks for it.
    let dir = std::env::temp_dir().join(format!("brief-insights-second-tank-{}", std::process::id()));
    let (briefs, out) = (dir.join("briefs"), dir.join("site"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&briefs).expect("a folder");
    let root = env!("CARGO_MANIFEST_DIR");
    for file in ["harbour-2026-04.json", "harbour-2026-04.txt", "hanbada.json", "hanbada.txt"] {
        std::fs::copy(format!("{root}/tests/fixtures/second-tank/{file}"), briefs.join(file)).expect("copy");
    }
    for file in ["sejong-2025-30.json", "sejong-2025-30.txt"] {
        std::fs::copy(format!("{root}/briefs/{file}"), briefs.join(file)).expect("copy");
    }
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_brief-insights"))
        .args(["site", "--assets-url", "/brief-insights"])
        .arg(&briefs)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("runs");
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let actors: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("library/actors.json")).expect("actors.json"))
            .expect("JSON");
    let _ = std::fs::remove_dir_all(&dir);
    let listed: Vec<(u64, String)> = actors
        .as_array()
        .expect("a list")
        .iter()
        .map(|a| {
            let names: Vec<&str> = a["names"].as_array().expect("names").iter().filter_map(|n| n.as_str()).collect();
            (a["briefs"].as_u64().expect("a count"), names.join(" / "))
        })
        .collect();
    assert!(listed.iter().any(|(_, name)| name == "City of Velmora"), "{listed:?}");
    let mut expected = listed.clone();
    expected.sort_by_key(|(briefs, name)| (std::cmp::Reverse(*briefs), name.to_lowercase()));
    assert_eq!(listed, expected, "most briefs first, then by name");
}

#[test]
fn a_quote_retyped_with_other_punctuation_is_told_where_it_differs() {
    // The team retyped two quotes instead of copying them: "..." for the text's "……" (U+2026 twice) in
    // Korean, and a curly apostrophe for the text's straight one. The message showed the closest passage,
    // which looked exactly like the quote; it now says which character differs, and how.
    let cases = [
        (
            "hanbada",
            "\"「재교육」이 곧 '일자리'라는 말은 …… 현장에서는",
            "\"「재교육」이 곧 '일자리'라는 말은 ...... 현장에서는",
            "\"…\" (U+2026)",
            "\".\"",
        ),
        (
            "harbour-2026-04",
            "Velmora's container traffic will keep",
            "Velmora\u{2019}s container traffic will keep",
            "\"'\"",
            "\"\u{2019}\" (U+2019)",
        ),
    ];
    for (name, from, to, text_has, quote_has) in cases {
        let json = fixture(&format!("{name}.json"));
        assert!(json.contains(from), "{name} quotes {from:?}");
        let b = load(&json.replacen(from, to, 1)).expect("loads").brief;
        let problems = brief_insights::load::source::check_quotes(&b, &fixture(&format!("{name}.txt")));
        assert_eq!(problems.len(), 1, "{problems:?}");
        let message = &problems[0].message;
        assert!(
            message.contains(&format!("the text has {text_has} where the quote has {quote_has}")),
            "{name}: {message}"
        );
    }
}

#[test]
fn the_text_command_leaves_the_notes_at_the_end_unnumbered() {
    // The brief ends with two notes and a rights line: back matter, which `meta.source.footerBlocks`
    // leaves out of the numbering. `text` had `--header-blocks` but nothing for the end, so its listing
    // numbered the notes as paragraphs 80 to 82 and its starter said "paragraphs": 82, with no
    // footerBlocks: the team had to count and correct both by hand.
    let dir = std::env::temp_dir().join(format!("brief-insights-second-tank-text-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder");
    let markdown = format!("{}/tests/fixtures/second-tank/velmora.md", env!("CARGO_MANIFEST_DIR"));
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_brief-insights"))
        .args(["text", &markdown, "--header-blocks", "2", "--footer-blocks", "3", "--out-text"])
        .arg(dir.join("harbour.txt"))
        .arg("--out-brief")
        .arg(dir.join("harbour.json"))
        .output()
        .expect("runs");
    let listing = String::from_utf8_lossy(&run.stdout).to_string();
    let messages = String::from_utf8_lossy(&run.stderr).to_string();
    assert!(run.status.success(), "{messages}");
    assert!(messages.contains("79 paragraphs after 2 header blocks and before 3 footer blocks"), "{messages}");
    assert!(listing.contains("\n79: The authority should retrain dockworkers"), "{listing}");
    assert!(listing.contains("\nfooter 1: [1] TEU: twenty-foot equivalent unit."), "{listing}");
    assert!(!listing.contains("\n80: "), "{listing}");
    let starter = std::fs::read_to_string(dir.join("harbour.json")).expect("the starter");
    assert!(starter.contains("\"paragraphs\": 79,"), "{starter}");
    assert!(starter.contains("\"headerBlocks\": 2, \"footerBlocks\": 3"), "{starter}");
    // The starter validates against the text it names.
    let validate = std::process::Command::new(env!("CARGO_BIN_EXE_brief-insights"))
        .arg("validate")
        .arg(dir.join("harbour.json"))
        .output()
        .expect("runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(validate.status.success(), "{}", String::from_utf8_lossy(&validate.stdout));
}

#[test]
fn the_saved_economy_image_names_each_of_its_charts() {
    // "Save image" under the economy view (and `render --view economy --format svg`) stacks the eight
    // indicators' charts in one file: each chart was drawn without its indicator's name, so two charts
    // in "%" (the change on a year earlier, the unemployment) could not be told apart once saved.
    let b = brief("harbour-2026-04");
    let svg = brief_insights::render::render_svg(&b, brief_insights::render::Figure::View(View::Economy), &opts())
        .expect("an image");
    let charts: Vec<usize> = svg.match_indices("<svg class=\"bi-chart").map(|(at, _)| at).collect();
    assert_eq!(charts.len(), b.brief.indicators.len(), "one chart per indicator");
    let mut searched_from = 0;
    for (indicator, chart_at) in b.brief.indicators.iter().zip(&charts) {
        let name = brief_insights::render::escape_html(&indicator.name);
        let named_at = svg[searched_from..]
            .find(&format!(">{name}</text>"))
            .map(|at| at + searched_from)
            .unwrap_or_else(|| panic!("no visible text names {:?} after byte {searched_from}", indicator.name));
        assert!(named_at < *chart_at, "{:?} is named above its chart", indicator.name);
        searched_from = *chart_at;
    }
}

#[test]
fn a_timeline_ending_in_a_leap_year_ends_with_that_year() {
    // The piece of the team's last event ("2040-end", "The authority's long-term plan ends") drew an axis
    // from 2035 to 2041 with an empty 2041 after the mark: the last day of a leap year (2040, 2028, 2024)
    // was counted as ending a hair after the new year, so the chart took one more year.
    let b = brief("harbour-2026-04");
    let piece =
        brief_insights::render::render_item(&b, "2040-the-authority-s-long-term-plan-ends", &opts()).expect("a piece");
    let years: Vec<String> = texts(&piece, "bi-tick-label").into_iter().map(|(_, _, year)| year).collect();
    assert_eq!(years.last().map(String::as_str), Some("2040"), "{years:?}");
    for (spec, from, to) in [
        ("2040", 2040.0, 2041.0),
        ("2028-end", 2028.9, 2029.0),
        ("2027", 2027.0, 2028.0),
        ("2024-02-29", 2024.1, 2024.2),
    ] {
        let date = brief_insights::model::date::parse(&brief_insights::model::DateSpec(spec.into())).expect("a date");
        let (start, end) = date.year_span();
        assert!(start >= from && end <= to, "{spec} spans {start}–{end}, outside {from}–{to}");
    }
}

#[test]
fn a_misspelt_reference_suggests_the_id_it_most_likely_means() {
    // "local-goverment" for the area "local-government", "ministy-area" for "ministry-area": the message
    // said the id names no item, and left the team to find the one it meant among 109.
    let cases = [
        (
            "hanbada",
            r#""area": "local-government""#,
            r#""area": "local-goverment""#,
            r#"did you mean "local-government"?"#,
        ),
        (
            "harbour-2026-04",
            r#""area": "ministry-area""#,
            r#""area": "ministy-area""#,
            r#"did you mean "ministry-area"?"#,
        ),
    ];
    for (name, from, to, suggestion) in cases {
        let json = fixture(&format!("{name}.json"));
        assert!(json.contains(from), "{name} has {from}");
        let problem = only_problem(&json.replacen(from, to, 1));
        assert!(
            problem.message.contains("does not name any item") && problem.message.contains(suggestion),
            "{}",
            problem.message
        );
    }
    // Nothing close: no guess.
    let json = fixture("hanbada.json").replacen(r#""area": "government""#, r#""area": "ministry-of-finance""#, 1);
    assert!(!only_problem(&json).message.contains("did you mean"));
}

#[test]
fn a_date_written_the_korean_way_gets_its_form_suggested() {
    // The Korean team typed the publication date as the brief prints it, "2026년 4월 2일": the message
    // listed the accepted forms but, unlike "late 2028" → "2028-late", suggested none.
    let json = fixture("hanbada.json");
    for (written, meant) in [
        ("2026년 4월 2일", "2026-04-02"),
        ("2026년 4월", "2026-04"),
        ("2025년 하반기", "2025-H2"),
        ("2025년 3분기", "2025-Q3"),
        ("2025년 여름", "2025-summer"),
        ("2028년 말", "2028-end"),
        ("2026년", "2026"),
    ] {
        let problem = only_problem(&json.replacen(r#""date": "2026-04-02""#, &format!(r#""date": "{written}""#), 1));
        assert_eq!(problem.path, "$.meta.date");
        assert!(problem.message.ends_with(&format!("did you mean \"{meant}\"?")), "{written}: {}", problem.message);
    }
    // A day that does not exist is not suggested.
    let problem = only_problem(&json.replacen(r#""date": "2026-04-02""#, r#""date": "2026년 2월 30일""#, 1));
    assert!(!problem.message.contains("did you mean"), "{}", problem.message);
}
