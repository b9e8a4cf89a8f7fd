//! Numbers as text, the way a brief's readers see them: plain decimal notation, never an exponent.
//! Used by the loader's messages and by rendering alike.

/// `n` in plain decimal notation with at most `decimals` (3 at most) digits after the point, trailing
/// zeros trimmed: `30000`, `39.03`, `-0.5`. Halves round away from zero (`0.25` to one decimal is `0.3`).
/// A value that rounds to zero has no sign. Non-finite values give `0`.
pub fn number_text(n: f64, decimals: u32) -> String {
    if !n.is_finite() {
        return "0".into();
    }
    if n.abs() >= 9.0e15 {
        // No fractional digits at this size; the cast saturates at i128's bounds.
        return (n as i128).to_string();
    }
    let decimals = decimals.min(3);
    let scale = 10u64.pow(decimals);
    // |n| < 9e15 and scale ≤ 1000, so the scaled value fits a u64.
    let scaled = (n.abs() * scale as f64).round() as u64;
    let (whole, fraction) = (scaled / scale, scaled % scale);
    let sign = if n < 0.0 && scaled != 0 { "-" } else { "" };
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{:0width$}", fraction, width = decimals as usize);
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::number_text;

    #[test]
    fn numbers_in_plain_notation() {
        assert_eq!(number_text(30000.0, 6), "30000");
        assert_eq!(number_text(39.03, 6), "39.03");
        assert_eq!(number_text(-0.5, 1), "-0.5");
        assert_eq!(number_text(-0.04, 1), "0");
        assert_eq!(number_text(0.05, 2), "0.05");
        assert_eq!(number_text(0.25, 1), "0.3", "halves round away from zero");
        assert_eq!(number_text(1.005, 3), "1.005");
        assert!(number_text(1.0e300, 2).bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(number_text(-1.0e16, 2), "-10000000000000000");
        assert_eq!(number_text(f64::NAN, 2), "0");
        assert_eq!(number_text(f64::INFINITY, 2), "0");
        assert_eq!(number_text(127.475, 1), "127.5");
    }

    #[test]
    fn large_numbers_as_128_bit_casts_write_them() {
        let mut values = vec![9.0e15, 9007199254740993.0, 1.0e16, 123456789012345678.0, 1.0e38, 1.0e39, 1.0e300];
        values.extend([f64::MAX, 2f64.powi(127), 2f64.powi(126) * 1.5, 2f64.powi(53), 2f64.powi(100) + 2f64.powi(48)]);
        for v in values {
            for n in [v, -v] {
                assert_eq!(number_text(n, 2), (n as i128).to_string(), "{n}");
            }
        }
    }
}
