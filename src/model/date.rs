//! Dates with the precision a brief gives them: a day, a month, a quarter, a season, a half-year, the
//! early, middle or late part of a year, its end, a year, or a period between two of those.

use std::fmt;

use crate::model::DateSpec;

/// How much of a date is known, from finest to coarsest (by the span of days each covers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Month,
    /// The end of a year (`2026-end`): December, as a brief says "by the end of 2026".
    End,
    Season,
    Quarter,
    /// January to April (`2028-early`).
    Early,
    /// May to August (`2028-mid`).
    Mid,
    /// September to December (`2028-late`).
    Late,
    Half,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::End => "end",
            Precision::Season => "season",
            Precision::Quarter => "quarter",
            Precision::Early => "early",
            Precision::Mid => "mid",
            Precision::Late => "late",
            Precision::Half => "half",
            Precision::Year => "year",
        }
    }

    /// The first and last month covered by a point of this precision, given its `part` (quarter, half or
    /// season number) or, for a day or a month, its `month`. A last month past 12 runs into the next
    /// year (winter).
    fn months(self, part: u32, month: u32) -> (u32, u32) {
        match self {
            Precision::Day | Precision::Month => (month, month),
            Precision::End => (12, 12),
            // Meteorological seasons, northern hemisphere: spring is March to May; winter runs into the
            // next year.
            Precision::Season => (part * 3, part * 3 + 2),
            Precision::Quarter => (part * 3 - 2, part * 3),
            Precision::Early => (1, 4),
            Precision::Mid => (5, 8),
            Precision::Late => (9, 12),
            Precision::Half => (part * 6 - 5, part * 6),
            Precision::Year => (1, 12),
        }
    }
}

/// One end of a date: the span of days it covers, as (year, month, day) triples, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatePoint {
    pub precision: Precision,
    pub year: i32,
    /// 1–12 for day and month precision; the first month covered otherwise (0 for a whole year).
    pub month: u32,
    pub day: u32,
    /// Quarter 1–4, half 1–2, or season 1–4 (spring, summer, autumn, winter); 0 otherwise.
    pub part: u32,
    pub first: (i32, u32, u32),
    pub last: (i32, u32, u32),
}

/// A parsed [`DateSpec`]: a point, or a period from `start` to `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParsedDate {
    pub start: DatePoint,
    pub end: DatePoint,
    pub is_period: bool,
}

impl ParsedDate {
    /// Days since 1970-01-01 of the first day covered; used to order a timeline.
    pub fn first_day(&self) -> i64 {
        days_from_civil(self.start.first)
    }
    /// Days since 1970-01-01 of the last day covered.
    pub fn last_day(&self) -> i64 {
        days_from_civil(self.end.last)
    }
    /// Position on a continuous year axis (2025.0 is 1 January 2025) of the start of the first day and
    /// the end of the last (31 December 2025 ends at 2026.0).
    pub fn year_span(&self) -> (f64, f64) {
        (year_fraction(self.start.first), year_fraction_after(self.end.last))
    }
}

/// Why a date spec was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not written in any of the accepted forms; `found` is the text (one end of a period), `suggestion`
    /// the accepted form it most likely means ("late 2028" → "2028-late"), when there is one.
    Form { found: String, suggestion: Option<String> },
    /// Written in an accepted form, but naming no date: a month 13, 30 February, a quarter 5, a period
    /// that ends before it starts, an empty date. The message says which.
    Invalid(String),
}

/// The accepted forms, each by an example, as the start of a message about a date in none of them.
pub const ACCEPTED_FORMS: &str = "expected a date like 2025-11-19, 2025-09, 2025-Q3, 2025-H2, 2025-summer, \
2025-early, 2025-mid, 2025-late, 2025-end, 2025, or a period such as 2021/2025";

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Form { found, suggestion } => {
                write!(f, "{ACCEPTED_FORMS}; found \"{found}\"")?;
                if let Some(suggestion) = suggestion {
                    write!(f, "; did you mean \"{suggestion}\"?")?;
                }
                Ok(())
            }
            DateError::Invalid(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for DateError {}

fn year_fraction((y, m, d): (i32, u32, u32)) -> f64 {
    let day_of_year = days_from_civil((y, m, d)) - days_from_civil((y, 1, 1));
    y as f64 + day_of_year as f64 / f64::from(365 + u32::from(is_leap(y)))
}

/// Where day `(y, m, d)` ends, as a year with its fraction: the start of the next day, so 31 December
/// ends at `y + 1` exactly, in a leap year too (a fixed 1/365.25 of a year overshot it there, and a
/// timeline ending on 31 December 2040 drew an empty 2041).
fn year_fraction_after((y, m, d): (i32, u32, u32)) -> f64 {
    let day_of_year = days_from_civil((y, m, d)) - days_from_civil((y, 1, 1));
    y as f64 + (day_of_year + 1) as f64 / f64::from(365 + u32::from(is_leap(y)))
}

/// Howard Hinnant's days-from-civil algorithm.
pub fn days_from_civil((y, m, d): (i32, u32, u32)) -> i64 {
    let y = if m <= 2 { y as i64 - 1 } else { y as i64 };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 => 28 + u32::from(is_leap(y)),
        4 | 6 | 9 | 11 => 30,
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        _ => 0,
    }
}

/// The name of season `part` (1 spring, 2 summer, 3 autumn, 4 winter) as dates write it (`2025-spring`);
/// also its English label.
pub fn season_name(part: u32) -> Option<&'static str> {
    match part {
        1 => Some("spring"),
        2 => Some("summer"),
        3 => Some("autumn"),
        4 => Some("winter"),
        _ => None,
    }
}

/// The season numbered as in [`season_name`].
fn season_number(name: &str) -> Option<u32> {
    match name {
        "spring" => Some(1),
        "summer" => Some(2),
        "autumn" => Some(3),
        "winter" => Some(4),
        _ => None,
    }
}

/// The season names one a line, in the order of their `part`. Transitional: rendering still picks its
/// labels from it by line; [`season_name`] is the way to name a season.
pub const SEASONS: &str = "spring\nsummer\nautumn\nwinter";

/// The value of `s` if it is exactly `len` ASCII digits (no sign, no spaces).
fn fixed_digits(s: &str, len: usize) -> Option<u32> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// A date in none of the accepted forms, without a suggestion yet (see [`parse`]).
fn not_a_form(s: &str) -> DateError {
    DateError::Form { found: s.to_string(), suggestion: None }
}

/// Parses one end of a date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Q1`..`Q4`, `YYYY-H1`/`H2`,
/// `YYYY-<season>`, or `YYYY-early`/`mid`/`late`/`end`.
fn parse_point(s: &str) -> Result<DatePoint, DateError> {
    let (year_text, rest) = match s.split_once('-') {
        Some((year, rest)) => (year, Some(rest)),
        None => (s, None),
    };
    if year_text.is_empty() || !year_text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(not_a_form(s));
    }
    let Some(year) = fixed_digits(year_text, 4) else {
        return Err(DateError::Invalid(format!("\"{s}\": the year must have four digits")));
    };
    // ISO 8601 has a year 0000 (1 BC), HTML's `datetime` does not; no brief dates anything then, so it is
    // a typo.
    if year == 0 {
        return Err(DateError::Invalid(format!("\"{s}\": there is no year 0000; years run from 0001 to 9999")));
    }
    let year = year as i32;
    let (precision, part, month) = match rest {
        None => (Precision::Year, 0, 0),
        Some("early") => (Precision::Early, 0, 0),
        Some("mid") => (Precision::Mid, 0, 0),
        Some("late") => (Precision::Late, 0, 0),
        Some("end") => (Precision::End, 0, 0),
        Some(rest) => {
            if let Some(q) = rest.strip_prefix('Q') {
                match fixed_digits(q, 1) {
                    Some(part @ 1..=4) => (Precision::Quarter, part, 0),
                    _ => return Err(DateError::Invalid(format!("\"{s}\": quarters are Q1 to Q4"))),
                }
            } else if let Some(h) = rest.strip_prefix('H') {
                match fixed_digits(h, 1) {
                    Some(part @ 1..=2) => (Precision::Half, part, 0),
                    _ => return Err(DateError::Invalid(format!("\"{s}\": halves are H1 and H2"))),
                }
            } else if let Some(part) = season_number(rest) {
                (Precision::Season, part, 0)
            } else {
                let (month_text, day_text) = match rest.split_once('-') {
                    Some((month, day)) => (month, Some(day)),
                    None => (rest, None),
                };
                let month = match fixed_digits(month_text, 2) {
                    Some(month) if !day_text.is_some_and(|d| d.contains('-')) => month,
                    _ => return Err(not_a_form(s)),
                };
                if !(1..=12).contains(&month) {
                    return Err(DateError::Invalid(format!("\"{s}\": there is no month {month}")));
                }
                let Some(day_text) = day_text else {
                    return Ok(point(Precision::Month, year, 0, month));
                };
                let Some(day) = fixed_digits(day_text, 2) else {
                    // More than a day (a time: 2025-11-19T10:00Z) is no accepted form; `parse` suggests the day.
                    if day_text.len() > 2 {
                        return Err(not_a_form(s));
                    }
                    return Err(DateError::Invalid(format!("\"{s}\": the day must have two digits")));
                };
                let max = days_in_month(year, month);
                if day == 0 || day > max {
                    return Err(DateError::Invalid(format!(
                        "\"{s}\": day {day} does not exist (month {month} of {year} has {max} days)"
                    )));
                }
                return Ok(DatePoint {
                    precision: Precision::Day,
                    year,
                    month,
                    day,
                    part: 0,
                    first: (year, month, day),
                    last: (year, month, day),
                });
            }
        }
    };
    Ok(point(precision, year, part, month))
}

/// A point coarser than a day: from the first day of its first month to the last day of its last.
fn point(precision: Precision, year: i32, part: u32, month: u32) -> DatePoint {
    let (first_month, last_month) = precision.months(part, month);
    let (last_year, last_month) = if last_month > 12 { (year + 1, last_month - 12) } else { (year, last_month) };
    DatePoint {
        precision,
        year,
        month: if precision == Precision::Year { 0 } else { first_month },
        day: 0,
        part,
        first: (year, first_month, 1),
        last: (last_year, last_month, days_in_month(last_year, last_month)),
    }
}

/// `(year, month, day)` as an ISO 8601 date (also a valid HTML `datetime`) cut to `precision`:
/// `YYYY-MM-DD` for a day, `YYYY-MM` for a month (and for a year's end, which is its December),
/// `YYYY` for anything coarser.
pub fn iso_date((year, month, day): (i32, u32, u32), precision: Precision) -> String {
    let sign = if year < 0 { "-" } else { "" };
    let year = year.unsigned_abs();
    match precision {
        Precision::Day => format!("{sign}{year:04}-{month:02}-{day:02}"),
        Precision::Month | Precision::End => format!("{sign}{year:04}-{month:02}"),
        Precision::Season
        | Precision::Quarter
        | Precision::Early
        | Precision::Mid
        | Precision::Late
        | Precision::Half
        | Precision::Year => format!("{sign}{year:04}"),
    }
}

/// Parses a [`DateSpec`]. The error says what is wrong in words a brief author can act on; a date in
/// none of the accepted forms gets the form it most likely means, when one can be told.
pub fn parse(spec: &DateSpec) -> Result<ParsedDate, DateError> {
    parse_text(spec.0.trim()).map_err(|e| match e {
        DateError::Form { found, .. } => {
            let suggestion = suggest(&found);
            DateError::Form { found, suggestion }
        }
        invalid => invalid,
    })
}

fn parse_text(s: &str) -> Result<ParsedDate, DateError> {
    if s.is_empty() {
        return Err(DateError::Invalid("the date is empty".into()));
    }
    // A period has one slash; more make no accepted form, though the text may still be a date written
    // with slashes (2025/11/19), which `parse` then suggests in its accepted form.
    if s.matches('/').count() > 1 {
        return Err(not_a_form(s));
    }
    let date = match s.split_once('/') {
        Some((a, b)) => ParsedDate { start: parse_point(a)?, end: parse_point(b)?, is_period: true },
        None => {
            let point = parse_point(s)?;
            ParsedDate { start: point, end: point, is_period: false }
        }
    };
    if days_from_civil(date.end.last) < days_from_civil(date.start.first) {
        return Err(DateError::Invalid(format!("\"{s}\": the period ends before it starts")));
    }
    Ok(date)
}

/// The accepted form that date text in words or in a near form most likely means: "late 2028" →
/// `2028-late`, "end of 2026" → `2026-end`, "May 2024" → `2024-05`, "2025-fall" → `2025-autumn`,
/// "2025-1-1" → `2025-01-01`, "2021–2025" → `2021/2025`, and the same in Korean ("2026년 4월 2일" →
/// `2026-04-02`, "2025년 하반기" → `2025-H2`). `None` unless exactly one reading is found,
/// and it is a valid date.
fn suggest(text: &str) -> Option<String> {
    // A date and time (ISO 8601 `2025-11-19T10:00:00Z`, or with a space): a brief dates the day.
    if let Some((day, _time)) = text.split_once(['T', ' ']) {
        if day.len() == 10 && parse_text(day).is_ok() {
            return Some(day.to_string());
        }
    }
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut years = Vec::new();
    let mut numbers = Vec::new();
    let mut parts = Vec::new();
    let mut half_word = false;
    for word in &words {
        if let Some(korean) = korean_word(word) {
            match korean {
                KoreanWord::Year(year) => years.push(year),
                KoreanWord::Day(day) => numbers.push(day),
                KoreanWord::Part(part) => parts.push(part),
            }
        } else if let Some(year) = fixed_digits(word, 4) {
            years.push(year);
        } else if word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()) {
            numbers.push(word.parse::<u32>().ok()?);
        } else if *word == "half" {
            half_word = true;
        } else if let Some(part) = word_part(word) {
            parts.push(part);
        } else if !matches!(*word, "of" | "the" | "in" | "by" | "to" | "from" | "until" | "through" | "and") {
            return None;
        }
    }
    let candidate = match (years.as_slice(), parts.as_slice(), numbers.as_slice(), half_word) {
        ([year], [], [], false) => format!("{year}"),
        ([start, end], [], [], false) => format!("{start}/{end}"),
        ([year], [WordPart::Suffix(suffix)], [], false) => format!("{year}-{suffix}"),
        ([year], [WordPart::Ordinal(n @ 1..=2)], [], true) => format!("{year}-H{n}"),
        ([year], [WordPart::Month(month)], [], false) => format!("{year}-{month:02}"),
        ([year], [WordPart::Month(month)], [day], false) => format!("{year}-{month:02}-{day:02}"),
        // Numbers only, year first: a month and perhaps a day without their leading zeros.
        ([year], [], [month], false) if text.trim_start().starts_with(&year.to_string()) => {
            format!("{year}-{month:02}")
        }
        ([year], [], [month, day], false) if text.trim_start().starts_with(&year.to_string()) => {
            format!("{year}-{month:02}-{day:02}")
        }
        _ => return None,
    };
    (candidate != text && parse_text(&candidate).is_ok()).then_some(candidate)
}

/// A word of a date written the Korean way: a number with its unit (2026년, 2일; 4월 and 3분기 are
/// parts) or a part of a year (하반기, 여름, 말).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
// The readers' build reads no Korean date words (see `korean_word`).
#[cfg_attr(not(feature = "author"), allow(dead_code))]
enum KoreanWord {
    Year(u32),
    Day(u32),
    Part(WordPart),
}

/// What `word` stands for in a date written the Korean way, if it is such a word. Only the authors'
/// build suggests dates written this way (like every "did you mean"), keeping the readers' module small.
#[cfg(feature = "author")]
fn korean_word(word: &str) -> Option<KoreanWord> {
    let number = |unit: char| {
        word.strip_suffix(unit)
            .filter(|n| !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|n| n.parse::<u32>().ok())
    };
    if let Some(year) = word.strip_suffix('년').and_then(|y| fixed_digits(y, 4)) {
        return Some(KoreanWord::Year(year));
    }
    if let Some(month) = number('월') {
        return Some(KoreanWord::Part(WordPart::Month(month)));
    }
    if let Some(day) = number('일') {
        return Some(KoreanWord::Day(day));
    }
    let suffix = match word {
        "1분기" => "Q1",
        "2분기" => "Q2",
        "3분기" => "Q3",
        "4분기" => "Q4",
        "상반기" => "H1",
        "하반기" => "H2",
        "봄" => "spring",
        "여름" => "summer",
        "가을" => "autumn",
        "겨울" => "winter",
        "초" | "초반" | "연초" => "early",
        "중반" => "mid",
        "후반" => "late",
        "말" | "연말" => "end",
        _ => return None,
    };
    Some(KoreanWord::Part(WordPart::Suffix(suffix)))
}

#[cfg(not(feature = "author"))]
fn korean_word(_word: &str) -> Option<KoreanWord> {
    None
}

/// What a word in a date written in words stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordPart {
    /// Written after the year as it is: `early`, `Q3`, `summer`...
    Suffix(&'static str),
    /// A month, 1–12.
    Month(u32),
    /// "first", "second": which half.
    Ordinal(u32),
}

fn word_part(word: &str) -> Option<WordPart> {
    let suffix = match word {
        "early" | "beginning" | "start" => "early",
        "mid" | "middle" => "mid",
        "late" => "late",
        "end" => "end",
        "spring" => "spring",
        "summer" => "summer",
        "autumn" | "fall" => "autumn",
        "winter" => "winter",
        "q1" => "Q1",
        "q2" => "Q2",
        "q3" => "Q3",
        "q4" => "Q4",
        "h1" => "H1",
        "h2" => "H2",
        "first" | "1st" => return Some(WordPart::Ordinal(1)),
        "second" | "2nd" => return Some(WordPart::Ordinal(2)),
        _ => return month_number(word).map(WordPart::Month),
    };
    Some(WordPart::Suffix(suffix))
}

/// The month an English month name (or its first three letters, or "sept") names.
fn month_number(word: &str) -> Option<u32> {
    let month = match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(month)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn p(s: &str) -> Result<ParsedDate, String> {
        parse(&DateSpec(s.into())).map_err(|e| e.to_string())
    }
    #[test]
    fn precision_names_follow_the_variants() {
        let names = [
            (Precision::Day, "day"),
            (Precision::Month, "month"),
            (Precision::End, "end"),
            (Precision::Season, "season"),
            (Precision::Quarter, "quarter"),
            (Precision::Early, "early"),
            (Precision::Mid, "mid"),
            (Precision::Late, "late"),
            (Precision::Half, "half"),
            (Precision::Year, "year"),
        ];
        for (precision, name) in names {
            assert_eq!(precision.as_str(), name);
        }
    }
    #[test]
    fn precisions() {
        assert_eq!(p("2025-11-19").unwrap().start.precision, Precision::Day);
        assert_eq!(p("2023-12").unwrap().start.precision, Precision::Month);
        assert_eq!(p("2025-H2").unwrap().start.first, (2025, 7, 1));
        assert_eq!(p("2025-Q3").unwrap().end.last, (2025, 9, 30));
        assert_eq!(p("2025-summer").unwrap().start.first, (2025, 6, 1));
        assert_eq!(p("2024-winter").unwrap().end.last, (2025, 2, 28));
        assert!(p("2021/2025").unwrap().is_period);
        assert_eq!(p("2035").unwrap().start.precision, Precision::Year);
    }
    #[test]
    fn impossible_dates() {
        assert!(p("2025-02-29").is_err());
        assert!(p("2024-02-29").is_ok());
        assert!(p("2025-13").is_err());
        assert!(p("2025-00").is_err());
        assert!(p("2025-04-31").is_err());
        assert!(p("2025/2021").is_err());
        assert!(p("25").is_err());
        assert!(p("2025-H3").is_err());
        assert!(p("2025-fall").is_err());
        assert!(p("").is_err());
        assert!(p("2025-1-1").is_err());
    }
    #[test]
    fn seasons() {
        assert_eq!(p("2025-autumn").unwrap().start.part, 3);
        for part in 1..=4 {
            let name = season_name(part).unwrap();
            assert_eq!(SEASONS.lines().nth(part as usize - 1), Some(name));
            assert_eq!(season_number(name), Some(part));
        }
        assert_eq!(season_name(0), None);
    }
    #[test]
    fn messages() {
        assert_eq!(p("2025-13").unwrap_err(), "\"2025-13\": there is no month 13");
        assert_eq!(p("2023-02-29").unwrap_err(), "\"2023-02-29\": day 29 does not exist (month 2 of 2023 has 28 days)");
        assert_eq!(
            p("2025-1-1").unwrap_err(),
            format!("{ACCEPTED_FORMS}; found \"2025-1-1\"; did you mean \"2025-01-01\"?")
        );
        assert_eq!(p("2025-01-01-01").unwrap_err(), format!("{ACCEPTED_FORMS}; found \"2025-01-01-01\""));
        assert_eq!(
            p("late 2028").unwrap_err(),
            "expected a date like 2025-11-19, 2025-09, 2025-Q3, 2025-H2, 2025-summer, 2025-early, 2025-mid, \
2025-late, 2025-end, 2025, or a period such as 2021/2025; found \"late 2028\"; did you mean \"2028-late\"?"
        );
        assert_eq!(p("25").unwrap_err(), "\"25\": the year must have four digits");
        assert_eq!(p("0000-02-29").unwrap_err(), "\"0000-02-29\": there is no year 0000; years run from 0001 to 9999");
        assert!(p("0001").is_ok() && p("9999-12-31").is_ok() && p("0004-02-29").is_ok());
        assert_eq!(p("").unwrap_err(), "the date is empty");
        assert_eq!(p("2025-Q5").unwrap_err(), "\"2025-Q5\": quarters are Q1 to Q4");
        assert_eq!(p("2025/2021").unwrap_err(), "\"2025/2021\": the period ends before it starts");
        // Slashes between a day's parts are no period: the whole text is shown, and its ISO form offered.
        assert_eq!(
            p("2025/11/19").unwrap_err(),
            format!("{ACCEPTED_FORMS}; found \"2025/11/19\"; did you mean \"2025-11-19\"?")
        );
        assert_eq!(p("19/11/2025").unwrap_err(), format!("{ACCEPTED_FORMS}; found \"19/11/2025\""));
        // A time is more than a brief dates: the day is suggested.
        for with_time in ["2025-11-19T10:00:00Z", "2025-11-19 10:00"] {
            assert_eq!(
                p(with_time).unwrap_err(),
                format!("{ACCEPTED_FORMS}; found \"{with_time}\"; did you mean \"2025-11-19\"?")
            );
        }
        assert_eq!(
            p("2025-02-30/2026").unwrap_err(),
            "\"2025-02-30\": day 30 does not exist (month 2 of 2025 has 28 days)"
        );
    }
    #[test]
    fn fuzzy_parts_of_a_year() {
        let span = |s: &str| {
            let d = p(s).unwrap();
            (d.start.precision, d.start.first, d.end.last)
        };
        assert_eq!(span("2028-early"), (Precision::Early, (2028, 1, 1), (2028, 4, 30)));
        assert_eq!(span("2028-mid"), (Precision::Mid, (2028, 5, 1), (2028, 8, 31)));
        assert_eq!(span("2028-late"), (Precision::Late, (2028, 9, 1), (2028, 12, 31)));
        assert_eq!(span("2026-end"), (Precision::End, (2026, 12, 1), (2026, 12, 31)));
        let period = p("2026-end/2028-early").unwrap();
        assert!(period.is_period);
        assert_eq!((period.start.precision, period.end.precision), (Precision::End, Precision::Early));
        assert_eq!((period.start.first, period.end.last), ((2026, 12, 1), (2028, 4, 30)));
        assert!(p("2021/2028-late").is_ok() && p("2028-mid/2030").is_ok());
        assert!(p("2028-late/2028-early").is_err());
        for bad in ["2028-Early", "2028-middle", "2028-end-12", "early-2028"] {
            assert!(p(bad).is_err(), "{bad}");
        }
        let (start, end) = p("2028-late").unwrap().year_span();
        assert!((start - 2028.67).abs() < 0.01 && (end - 2029.0).abs() < 0.01, "{start} {end}");
        assert_eq!(iso_date((2026, 12, 1), Precision::End), "2026-12");
        assert_eq!(iso_date((2028, 9, 1), Precision::Late), "2028");
    }

    #[test]
    fn dates_in_words_get_the_form_they_mean() {
        let suggested = |s: &str| match parse(&DateSpec(s.into())) {
            Err(DateError::Form { suggestion, .. }) => suggestion,
            other => panic!("{s}: {other:?}"),
        };
        let cases = [
            ("late 2028", "2028-late"),
            ("end of 2026", "2026-end"),
            ("the end of 2026", "2026-end"),
            ("mid-2027", "2027-mid"),
            ("early 2028", "2028-early"),
            ("beginning of 2028", "2028-early"),
            ("May 2024", "2024-05"),
            ("19 November 2025", "2025-11-19"),
            ("November 19, 2025", "2025-11-19"),
            ("2025-fall", "2025-autumn"),
            ("Summer 2025", "2025-summer"),
            ("2025-q3", "2025-Q3"),
            ("Q3 2025", "2025-Q3"),
            ("second half of 2025", "2025-H2"),
            ("2025-End", "2025-end"),
            ("2025-1-1", "2025-01-01"),
            ("2021–2025", "2021/2025"),
            ("2021 to 2025", "2021/2025"),
            ("2021/late 2028", "2028-late"),
        ];
        for (text, want) in cases {
            assert_eq!(suggested(text).as_deref(), Some(want), "{text}");
        }
        for text in ["someday", "late or early 2028", "30 February 2025", "2025 or 2026 or 2027", "soon after 2025"] {
            assert_eq!(suggested(text), None, "{text}");
        }
    }

    #[test]
    fn months_have_their_days() {
        let days: Vec<u32> = (1..=12).map(|m| days_in_month(2023, m)).collect();
        assert_eq!(days, [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2024, 13), 0);
    }
    #[test]
    fn iso_dates_are_padded_to_their_precision() {
        assert_eq!(iso_date((812, 3, 4), Precision::Day), "0812-03-04");
        assert_eq!(iso_date((2025, 11, 19), Precision::Month), "2025-11");
        assert_eq!(iso_date((2025, 7, 1), Precision::Half), "2025");
    }
    #[test]
    fn ordering() {
        assert!(p("2023-12").unwrap().first_day() < p("2025").unwrap().first_day());
        assert_eq!(days_from_civil((1970, 1, 1)), 0);
    }
}
