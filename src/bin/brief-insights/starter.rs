//! The starter brief `brief-insights new` writes: valid as it stands, with one example of every kind of
//! item, and every text a placeholder that says what belongs there.

use std::time::{SystemTime, UNIX_EPOCH};

/// Every placeholder starts with this, so an author can search for what is left to fill in.
pub const PLACEHOLDER_MARK: &str = "REPLACE:";

const TEMPLATE: &str = r#"{
  "$schema": "./brief.schema.json",
  "format": 1,
  "meta": {
    "series": "REPLACE: the series name, e.g. Policy Briefs",
    "number": "REPLACE: the number within the series, e.g. 2025-30",
    "title": @TITLE@,
    "date": "@DATE@",
    "authors": [
      { "name": "REPLACE: the author's name", "role": "REPLACE: e.g. Research Fellow", "affiliation": "REPLACE: e.g. the institute" }
    ],
    "publisher": "REPLACE: the publishing institution",
    "language": @LANGUAGE@,
    "sourceUrl": "https://example.org/REPLACE-with-the-address-of-the-published-brief",
    "paragraphs": @PARAGRAPHS@,@SOURCE@
    "subject": "subject-actor",
    "rights": "REPLACE: copyright or attribution line shown with quotes",
    "summary": "REPLACE: one or two sentences saying what the brief is about, in your words"
  },
  "keyJudgments": [
    {
      "id": "first-judgment",
      "text": "REPLACE: a headline assessment of the brief, in one or two sentences",
      "axes": ["first-axis"],
      "evidence": [{ "paragraph": 1, "quote": "REPLACE: the sentence of paragraph 1 that supports it, copied verbatim" }]
    }
  ],
  "axes": [
    {
      "id": "first-axis",
      "label": "REPLACE: short name of a policy axis the brief is organised around",
      "summary": "REPLACE: what the brief says under this axis",
      "evidence": [{ "paragraph": 1, "quote": "REPLACE: the sentence that names this axis, copied verbatim" }]
    }
  ],
  "actors": [
    {
      "id": "subject-actor",
      "name": "REPLACE: full name of the actor the brief is about",
      "kind": "state",
      "shortName": "REPLACE: short name",
      "description": "REPLACE: who this actor is (kind is one of state, bloc, person, institution, organization)",
      "evidence": [{ "paragraph": 1, "quote": "REPLACE: a sentence about this actor, copied verbatim" }]
    },
    {
      "id": "partner-actor",
      "name": "REPLACE: full name of another actor",
      "kind": "state",
      "evidence": [{ "paragraph": 2, "quote": "REPLACE: a sentence about this actor, copied verbatim" }]
    }
  ],
  "relations": [
    {
      "id": "subject-partner",
      "from": "subject-actor",
      "to": "partner-actor",
      "role": "REPLACE: the role the partner plays for the subject, e.g. Economic partner",
      "stance": "cooperative",
      "fields": ["REPLACE: a field of cooperation, e.g. energy"],
      "summary": "REPLACE: the relation in a sentence (stance is one of cooperative, ambivalent, conditional, tense, disputed, hostile, neutral)",
      "axes": ["first-axis"],
      "evidence": [{ "paragraph": 2, "quote": "REPLACE: the sentence describing the relation, copied verbatim" }]
    }
  ],
  "projects": [
    {
      "id": "first-project",
      "name": "REPLACE: the project's name",
      "sector": "replace-with-a-sector-slug",
      "place": { "name": "REPLACE: the place (add \"coordinates\": { lat, lon, approximate, source } only if you know them)" },
      "policyFrame": "REPLACE: the policy the project is promoted under",
      "timing": "REPLACE: timing in the brief's words",
      "date": "@DATE@",
      "claimedResults": ["REPLACE: a result claimed for the project"],
      "risks": ["REPLACE: a risk or weakness the brief sees"],
      "actors": ["subject-actor"],
      "axes": ["first-axis"],
      "evidence": [{ "paragraph": 2, "quote": "REPLACE: the sentence about the project, copied verbatim" }]
    }
  ],
  "indicators": [
    {
      "id": "first-indicator",
      "name": "REPLACE: what is measured",
      "unit": "REPLACE: the unit, e.g. US dollars per tonne",
      "description": "REPLACE: what the indicator shows",
      "observations": [
        {
          "id": "first-observation",
          "label": "REPLACE: when, in the brief's words",
          "date": "@DATE@",
          "qualifier": "exact",
          "low": 1,
          "note": "REPLACE: anything needed to read the number (qualifier is one of exact, approximate, range, atLeast, atMost)",
          "evidence": [{ "paragraph": 3, "quote": "REPLACE: the sentence that gives the number, copied verbatim" }]
        }
      ],
      "axes": ["first-axis"],
      "evidence": [{ "paragraph": 3, "quote": "REPLACE: the sentence that introduces the measure, copied verbatim" }]
    }
  ],
  "events": [
    {
      "id": "first-event",
      "title": "REPLACE: what happened, in a few words",
      "date": "@DATE@",
      "description": "REPLACE: more about the event (dates may be 2025, 2025-09, 2025-09-30, 2025-Q3, 2025-H2, 2025-summer or 2021/2025)",
      "actors": ["subject-actor", "partner-actor"],
      "axes": ["first-axis"],
      "evidence": [{ "paragraph": 3, "quote": "REPLACE: the sentence reporting the event, copied verbatim" }]
    }
  ],
  "recommendationAreas": [
    { "id": "first-area", "label": "REPLACE: the area a group of recommendations addresses", "addressee": "partner-actor" }
  ],
  "recommendations": [
    {
      "id": "first-recommendation",
      "area": "first-area",
      "text": "REPLACE: the recommendation, in one or two sentences",
      "actors": ["partner-actor"],
      "axes": ["first-axis"],
      "evidence": [{ "paragraph": 3, "quote": "REPLACE: the sentence making the recommendation, copied verbatim" }]
    }
  ]
}
"#;

/// The brief's text, when the starter is made from it (`brief-insights text`).
pub struct StarterSource<'a> {
    /// `meta.source.text`: the text file, relative to the brief file.
    pub text: &'a str,
    pub header_blocks: u32,
    /// `meta.source.footerBlocks`, written only when there are any.
    pub footer_blocks: u32,
    /// The numbered paragraphs of that text, by the rule of docs/paragraphs.md.
    pub paragraphs: &'a [String],
}

pub struct StarterOptions<'a> {
    pub title: Option<&'a str>,
    pub date: &'a str,
    /// `meta.language`, a BCP 47 tag.
    pub language: &'a str,
    pub source: Option<StarterSource<'a>>,
}

/// A JSON string literal, quotes included.
fn json_string(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serializes")
}

/// The starter brief. Without a source it has three placeholder paragraphs; with one, `meta.paragraphs`
/// and `meta.source` match the text, and every evidence quotes the first sentence of the paragraph it
/// cites (paragraphs past the last become the last), so the starter validates against its text.
pub fn starter_with(options: &StarterOptions) -> String {
    let title = options.title.unwrap_or("REPLACE: the brief's title, as published");
    let (paragraphs, source) = match &options.source {
        None => ("3".to_string(), String::new()),
        Some(s) => (
            s.paragraphs.len().to_string(),
            format!(
                "\n    \"source\": {{ \"text\": {}, \"headerBlocks\": {}{} }},",
                json_string(s.text),
                s.header_blocks,
                match s.footer_blocks {
                    0 => String::new(),
                    n => format!(", \"footerBlocks\": {n}"),
                }
            ),
        ),
    };
    let text = TEMPLATE
        .replace("@TITLE@", &json_string(title))
        .replace("@DATE@", options.date)
        .replace("@LANGUAGE@", &json_string(options.language))
        .replace("@PARAGRAPHS@", &paragraphs)
        .replace("@SOURCE@", &source);
    match &options.source {
        Some(s) if !s.paragraphs.is_empty() => text.lines().map(|l| quote_from(l, s.paragraphs) + "\n").collect(),
        _ => text,
    }
}

/// A template line holding `{ "paragraph": N, "quote": "REPLACE: …" }`, with the quote replaced by the
/// first sentence of paragraph N of the text (or of the last paragraph, when there are fewer than N).
/// Other lines are returned as they are.
fn quote_from(line: &str, paragraphs: &[String]) -> String {
    const PARAGRAPH: &str = "{ \"paragraph\": ";
    const QUOTE: &str = ", \"quote\": ";
    let Some((before, rest)) = line.split_once(PARAGRAPH) else { return line.to_string() };
    let Some((number, rest)) = rest.split_once(QUOTE) else { return line.to_string() };
    let Some(after) = rest.rfind(" }").and_then(|end| rest.get(end..)) else { return line.to_string() };
    let n = number.parse::<usize>().unwrap_or(1).clamp(1, paragraphs.len());
    let paragraph = paragraphs.get(n - 1).map_or("", String::as_str);
    let sentence = brief_insights::load::source::sentences(&brief_insights::load::source::normalize(paragraph))
        .first()
        .map_or_else(String::new, |s| s.to_string());
    format!("{before}{PARAGRAPH}{n}{QUOTE}{}{after}", json_string(&sentence))
}

/// Today's date (UTC) as `YYYY-MM-DD`; the epoch if the clock is before it.
pub fn today() -> String {
    let days = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400) as i64;
    let (y, m, d) = civil_from_days(days);
    format!("{:04}-{:02}-{:02}", y, m, d)
}

/// Howard Hinnant's civil-from-days, the inverse of `date::days_from_civil`.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_513), (2026, 3, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        for days in [-1000, 0, 59, 10_000, 20_000, 30_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(brief_insights::model::date::days_from_civil((y as i32, m, d)), days);
        }
    }

    #[test]
    fn starter_is_a_valid_brief() {
        let date = today();
        let text = starter_with(&StarterOptions {
            title: Some("A \"quoted\" <title>"),
            date: &date,
            language: "en",
            source: None,
        });
        let loaded = brief_insights::load(&text).unwrap_or_else(|d| panic!("{}", d));
        assert_eq!(loaded.brief.meta.title, "A \"quoted\" <title>");
        assert_eq!(loaded.brief.meta.language, "en");
        assert_eq!(loaded.brief.meta.source, None);
    }

    #[test]
    fn starter_from_a_text_quotes_it() {
        let paragraphs = vec!["First one. More.".to_string(), "Second \"quoted\" one.".to_string()];
        let source = StarterSource { text: "dir/t.txt", header_blocks: 2, footer_blocks: 0, paragraphs: &paragraphs };
        let text =
            starter_with(&StarterOptions { title: None, date: "2025-01-02", language: "ko", source: Some(source) });
        let brief = brief_insights::load(&text).unwrap_or_else(|d| panic!("{}\n{}", d, text)).brief;
        assert_eq!(brief.meta.language, "ko");
        assert_eq!(brief.meta.paragraphs, 2);
        let s = brief.meta.source.as_ref().unwrap();
        assert_eq!((s.text.as_str(), s.header_blocks), ("dir/t.txt", 2));
        assert_eq!(brief.key_judgments[0].evidence[0].quote, "First one.");
        // Paragraph 3 of the template becomes the text's last paragraph.
        assert_eq!(brief.events[0].evidence[0].paragraph, 2);
        assert_eq!(brief.events[0].evidence[0].quote, "Second \"quoted\" one.");
        let problems =
            brief_insights::load::source::check_quotes(&brief, "h\n\nh2\n\nFirst one. More.\n\nSecond \"quoted\" one.");
        assert!(problems.is_empty(), "{:?}", problems);
    }
}
