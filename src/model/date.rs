//! Dates with the precision a brief gives them: a day, a month, a quarter, a season, a half-year,
//! a year, or a period between two of those.

use crate::model::DateSpec;

/// How much of a date is known, from finest to coarsest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Month,
    Season,
    Quarter,
    Half,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Quarter => "quarter",
            Precision::Half => "half",
            Precision::Year => "year",
        }
    }
}

/// One end of a date: the span of days it covers, as (year, month, day) triples, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatePoint {
    pub precision: Precision,
    pub year: i32,
    /// 1–12 for day and month precision; the first month of the quarter, season or half otherwise.
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
    /// Position on a continuous year axis (2025.0 is 1 January 2025) of the first and last day.
    pub fn year_span(&self) -> (f64, f64) {
        (year_fraction(self.start.first), year_fraction(self.end.last) + 1.0 / 365.25)
    }
}

fn year_fraction((y, m, d): (i32, u32, u32)) -> f64 {
    let day_of_year = days_from_civil((y, m, d)) - days_from_civil((y, 1, 1));
    y as f64 + day_of_year as f64 / f64::from(365 + u32::from(is_leap(y)))
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

/// Parses one end of a date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Q1`..`Q4`, `YYYY-H1`/`H2` or
/// `YYYY-<season>`.
fn parse_point(s: &str) -> Result<DatePoint, String> {
    let (year_text, rest) = match s.split_once('-') {
        Some((year, rest)) => (year, Some(rest)),
        None => (s, None),
    };
    let Some(year) = fixed_digits(year_text, 4) else {
        return Err(format!("\"{s}\": the year must have four digits"));
    };
    let year = year as i32;
    let Some(rest) = rest else {
        return Ok(DatePoint {
            precision: Precision::Year,
            year,
            month: 0,
            day: 0,
            part: 0,
            first: (year, 1, 1),
            last: (year, 12, 31),
        });
    };
    // The precision, the part (quarter, half or season), and the first and last month covered; a last
    // month past 12 runs into the next year (winter).
    let (precision, part, first_month, last_month) = if let Some(q) = rest.strip_prefix('Q') {
        match fixed_digits(q, 1) {
            Some(part @ 1..=4) => (Precision::Quarter, part, part * 3 - 2, part * 3),
            _ => return Err(format!("\"{s}\": quarters are Q1 to Q4")),
        }
    } else if let Some(h) = rest.strip_prefix('H') {
        match fixed_digits(h, 1) {
            Some(part @ 1..=2) => (Precision::Half, part, part * 6 - 5, part * 6),
            _ => return Err(format!("\"{s}\": halves are H1 and H2")),
        }
    } else if let Some(part) = season_number(rest) {
        // Meteorological seasons, northern hemisphere: spring is March to May; winter runs into the next year.
        (Precision::Season, part, part * 3, part * 3 + 2)
    } else {
        let (month_text, day_text) = match rest.split_once('-') {
            Some((month, day)) => (month, Some(day)),
            None => (rest, None),
        };
        let month = match fixed_digits(month_text, 2) {
            Some(month) if !day_text.is_some_and(|d| d.contains('-')) => month,
            _ => {
                return Err(format!(
                    "\"{s}\" is not a date; write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Q1..Q4, YYYY-H1/H2, YYYY-spring/summer/autumn/winter, or START/END"
                ))
            }
        };
        if !(1..=12).contains(&month) {
            return Err(format!("\"{s}\": there is no month {month}"));
        }
        if let Some(day_text) = day_text {
            let Some(day) = fixed_digits(day_text, 2) else {
                return Err(format!("\"{s}\": the day must have two digits"));
            };
            let max = days_in_month(year, month);
            if day == 0 || day > max {
                return Err(format!("\"{s}\": day {day} does not exist (month {month} of {year} has {max} days)"));
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
        (Precision::Month, 0, month, month)
    };
    let (last_year, last_month) = if last_month > 12 { (year + 1, last_month - 12) } else { (year, last_month) };
    Ok(DatePoint {
        precision,
        year,
        month: first_month,
        day: 0,
        part,
        first: (year, first_month, 1),
        last: (last_year, last_month, days_in_month(last_year, last_month)),
    })
}

/// `(year, month, day)` as an ISO 8601 date (also a valid HTML `datetime`) cut to `precision`:
/// `YYYY-MM-DD` for a day, `YYYY-MM` for a month, `YYYY` for anything coarser.
pub fn iso_date((year, month, day): (i32, u32, u32), precision: Precision) -> String {
    let sign = if year < 0 { "-" } else { "" };
    let year = year.unsigned_abs();
    match precision {
        Precision::Day => format!("{sign}{year:04}-{month:02}-{day:02}"),
        Precision::Month => format!("{sign}{year:04}-{month:02}"),
        _ => format!("{sign}{year:04}"),
    }
}

/// Parses a [`DateSpec`]. The error says what is wrong in words a brief author can act on.
pub fn parse(spec: &DateSpec) -> Result<ParsedDate, String> {
    let s = spec.0.trim();
    if s.is_empty() {
        return Err("the date is empty".into());
    }
    let date = match s.split_once('/') {
        Some((a, b)) => ParsedDate { start: parse_point(a)?, end: parse_point(b)?, is_period: true },
        None => {
            let point = parse_point(s)?;
            ParsedDate { start: point, end: point, is_period: false }
        }
    };
    if days_from_civil(date.end.last) < days_from_civil(date.start.first) {
        return Err(format!("\"{s}\": the period ends before it starts"));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn p(s: &str) -> Result<ParsedDate, String> {
        parse(&DateSpec(s.into()))
    }
    #[test]
    fn precision_names_follow_the_variants() {
        let names = [
            (Precision::Day, "day"),
            (Precision::Month, "month"),
            (Precision::Season, "season"),
            (Precision::Quarter, "quarter"),
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
        assert_eq!(p("2025-1-1").unwrap_err().split(';').next(), Some("\"2025-1-1\" is not a date"));
        assert_eq!(p("2025-01-01-01").unwrap_err().split(';').next(), Some("\"2025-01-01-01\" is not a date"));
        assert_eq!(p("2025/2021").unwrap_err(), "\"2025/2021\": the period ends before it starts");
        assert_eq!(
            p("2025-02-30/2026").unwrap_err(),
            "\"2025-02-30\": day 30 does not exist (month 2 of 2025 has 28 days)"
        );
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
