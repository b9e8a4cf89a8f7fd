//! Dates with the precision a brief gives them: a day, a month, a quarter, a season, a half-year,
//! a year, or a period between two of those.

use crate::json::push_int;
use crate::json::push_zero_padded;
use crate::model::DateSpec;
use crate::text::{line_of, split_once_ascii, strip_ascii_prefix};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Precision {
    /// The default only for a `DatePoint` about to be filled in by `parse_point`.
    #[default]
    Day,
    Month,
    Season,
    Quarter,
    Half,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        // A line table in the order of the variants, not a `match`: that was a table of string pointers.
        line_of("day\nmonth\nseason\nquarter\nhalf\nyear", self as usize)
    }
}

/// One end of a date: the span of days it covers, as (year, month, day) triples, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
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
        // 31 days in the odd months up to July and the even ones from August: arithmetic, not a table.
        1..=12 => 30 + (m + m / 8) % 2,
        _ => 0,
    }
}

/// The season names of dates (`2025-spring`), one a line in the order of their `part`: a line table, not an
/// array of `&str` (a pointer table). Also the English labels of seasons.
pub const SEASONS: &str = "spring\nsummer\nautumn\nwinter";

/// `"s"` and then `problem`: the shape of most date errors, built in one place.
#[inline(never)]
fn quoted(s: &str, problem: &str) -> String {
    let mut m = String::from("\"");
    m.push_str(s);
    m.push('"');
    m.push_str(problem);
    m
}

/// The value of `s` if it is exactly `len` ASCII digits (`len` ≤ 4). One helper for the year, month and
/// day: no `str::parse`, which is instantiated per integer type, and one digit check, not three.
fn fixed_digits(s: &str, len: usize) -> Option<u32> {
    if s.len() != len {
        return None;
    }
    let mut n = 0;
    for b in s.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(b - b'0');
    }
    Some(n)
}

/// Parses `s` into `point`: written in place, as a returned `DatePoint` was copied out of its `Result`.
fn parse_point(s: &str, point: &mut DatePoint) -> Result<(), String> {
    let (ys, rest) = match split_once_ascii(s, b'-') {
        Some((ys, rest)) => (ys, Some(rest)),
        None => (s, None),
    };
    let Some(year) = fixed_digits(ys, 4) else {
        return Err(quoted(s, ": the year must have four digits"));
    };
    let year = year as i32;
    // One `DatePoint` refined below rather than one built per form: each construction was inlined.
    *point = DatePoint {
        precision: Precision::Year,
        year,
        month: 0,
        day: 0,
        part: 0,
        first: (year, 1, 1),
        last: (year, 12, 31),
    };
    let Some(rest) = rest else {
        return Ok(());
    };
    // The first and last month covered; a `last_month` past 12 runs into the next year (winter).
    let (first_month, last_month);
    if let Some(q) = strip_ascii_prefix(rest, b'Q') {
        let Some(part @ 1..=4) = fixed_digits(q, 1) else {
            return Err(quoted(s, ": quarters are Q1 to Q4"));
        };
        point.precision = Precision::Quarter;
        point.part = part;
        (first_month, last_month) = (point.part * 3 - 2, point.part * 3);
    } else if let Some(h) = strip_ascii_prefix(rest, b'H') {
        let Some(part @ 1..=2) = fixed_digits(h, 1) else {
            return Err(quoted(s, ": halves are H1 and H2"));
        };
        point.precision = Precision::Half;
        point.part = part;
        (first_month, last_month) = (point.part * 6 - 5, point.part * 6);
    } else if let Some(i) = (0..4).find(|&i| line_of(SEASONS, i) == rest) {
        // Meteorological seasons, northern hemisphere: spring is March to May; winter runs into the next year.
        point.precision = Precision::Season;
        point.part = i as u32 + 1;
        (first_month, last_month) = (point.part * 3, point.part * 3 + 2);
    } else {
        let (ms, ds) = match split_once_ascii(rest, b'-') {
            Some((ms, ds)) => (ms, Some(ds)),
            None => (rest, None),
        };
        // A third `-` is found by the byte splitter: `<[u8]>::contains` was the module's only `memchr`,
        // 0.2 KB gzipped.
        let month = match fixed_digits(ms, 2) {
            Some(month) if ds.is_none_or(|ds| split_once_ascii(ds, b'-').is_none()) => month,
            _ => {
                return Err(quoted(
                    s,
                    " is not a date; write YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Q1..Q4, YYYY-H1/H2, YYYY-spring/summer/autumn/winter, or START/END",
                ))
            }
        };
        if !(1..=12).contains(&month) {
            let mut message = quoted(s, ": there is no month ");
            push_int(&mut message, month.into());
            return Err(message);
        }
        if let Some(ds) = ds {
            let Some(day) = fixed_digits(ds, 2) else {
                return Err(quoted(s, ": the day must have two digits"));
            };
            let max = days_in_month(year, month);
            if day == 0 || day > max {
                let mut message = quoted(s, ": day ");
                push_int(&mut message, day.into());
                message.push_str(" does not exist (month ");
                push_int(&mut message, month.into());
                message.push_str(" of ");
                push_int(&mut message, year.into());
                message.push_str(" has ");
                push_int(&mut message, max.into());
                message.push_str(" days)");
                return Err(message);
            }
            point.precision = Precision::Day;
            point.month = month;
            point.day = day;
            point.first = (year, month, day);
            point.last = point.first;
            return Ok(());
        }
        point.precision = Precision::Month;
        (first_month, last_month) = (month, month);
    }
    point.month = first_month;
    point.first = (year, first_month, 1);
    let (last_year, last_month) = if last_month > 12 { (year + 1, last_month - 12) } else { (year, last_month) };
    point.last = (last_year, last_month, days_in_month(last_year, last_month));
    Ok(())
}

/// Parses a [`DateSpec`]. The error says what is wrong in words a brief author can act on.
/// `(year, month, day)` as an ISO 8601 date (also a valid HTML `datetime`) cut to `precision`:
/// `YYYY-MM-DD` for a day, `YYYY-MM` for a month, `YYYY` for anything coarser. Padded by hand: `format!`
/// width specifiers pull padding code into the Wasm module.
pub fn iso_date((year, month, day): (i32, u32, u32), precision: Precision) -> String {
    let mut out = String::with_capacity(10);
    if year < 0 {
        out.push('-');
    }
    push_zero_padded(&mut out, year.unsigned_abs().into(), 4);
    if matches!(precision, Precision::Day | Precision::Month) {
        out.push('-');
        push_zero_padded(&mut out, month.into(), 2);
    }
    if precision == Precision::Day {
        out.push('-');
        push_zero_padded(&mut out, day.into(), 2);
    }
    out
}

pub fn parse(spec: &DateSpec) -> Result<ParsedDate, String> {
    let s = spec.0.trim();
    if s.is_empty() {
        return Err("the date is empty".into());
    }
    // A point is parsed as the period from itself to itself (it never ends before it starts): one path
    // and two calls of `parse_point`, not three.
    let (a, b, is_period) = match split_once_ascii(s, b'/') {
        Some((a, b)) => (a, b, true),
        None => (s, s, false),
    };
    let mut date = ParsedDate { start: DatePoint::default(), end: DatePoint::default(), is_period };
    parse_point(a, &mut date.start)?;
    parse_point(b, &mut date.end)?;
    if days_from_civil(date.end.last) < days_from_civil(date.start.first) {
        return Err(quoted(s, ": the period ends before it starts"));
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
