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
    "language": "en",
    "sourceUrl": "https://example.org/REPLACE-with-the-address-of-the-published-brief",
    "paragraphs": 3,
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
      "summary": "REPLACE: the relation in a sentence (stance is one of cooperative, ambivalent, conditional, hostile, neutral)",
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
      "unit": "REPLACE: the unit, e.g. won per kg",
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

pub fn starter(title: Option<&str>, date: &str) -> String {
    let title = title.unwrap_or("REPLACE: the brief's title, as published");
    // A JSON string literal, quotes included.
    let title = serde_json::to_string(title).expect("a string always serializes");
    TEMPLATE.replace("@TITLE@", &title).replace("@DATE@", date)
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
        let text = starter(Some("A \"quoted\" <title>"), &today());
        let loaded = brief_insights::load(&text).unwrap_or_else(|d| panic!("{}", d));
        assert_eq!(loaded.brief.meta.title, "A \"quoted\" <title>");
    }
}
