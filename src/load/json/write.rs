//! Writing JSON text: correct escaping, and safe to place inside an HTML `<script>` element.

/// `s` as a JSON string literal, quotes included. `<`, `>` and `&` are escaped as `\u003c` etc., so
/// the result can sit inside `<script type="application/ld+json">` without ending it early.
pub fn escape_json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_json_string(&mut out, s);
    out
}

/// Appends `s` as a JSON string literal, escaped as [`escape_json_string`] does.
pub(crate) fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // `\u` and four hex digits: one way for the HTML-significant characters, the line separators
            // JavaScript does not allow in strings, and the other control characters.
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' | '\0'..='\u{1f}' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u");
                for i in 0..4 {
                    out.push(char::from(HEX[(c as usize >> (12 - 4 * i)) & 0xf]));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `n` in decimal ("-12"), without `core::fmt` and its `Arguments` setup at each call site.
#[inline(never)]
pub(crate) fn push_int(s: &mut String, n: i64) {
    if n < 0 {
        s.push('-');
    }
    let v = n.unsigned_abs();
    let mut div = 1u64;
    while div <= v / 10 {
        div *= 10;
    }
    loop {
        s.push(char::from(b'0' + (v / div % 10) as u8));
        if div == 1 {
            break;
        }
        div /= 10;
    }
}

/// `n` in decimal. Built on [`push_int`], not `to_string()`: no integer `Display` anywhere keeps
/// `core::fmt` out of the Wasm module.
#[inline(never)]
pub fn integer_text(n: i64) -> String {
    let mut out = String::new();
    push_int(&mut out, n);
    out
}

/// `n` in decimal, with leading zeros up to `width` digits: `push_zero_padded(s, 7, 3)` appends `007`.
#[inline(never)]
pub(crate) fn push_zero_padded(out: &mut String, n: u64, width: u32) {
    // One zero for each digit `n` lacks.
    let mut digits = 1;
    let mut rest = n / 10;
    while rest > 0 {
        digits += 1;
        rest /= 10;
    }
    while digits < width {
        out.push('0');
        digits += 1;
    }
    push_int(out, n as i64);
}

/// `n` in plain decimal notation with at most `decimals` (≤ 3) digits after the point, trailing zeros
/// trimmed: `30000`, `39.03`, `-0.5`. Integer arithmetic only, because `f64`'s `Display` pulls about
/// 14 KB of float-formatting code into the Wasm module. Non-finite values give `0`.
pub fn number_text(n: f64, decimals: u32) -> String {
    if !n.is_finite() {
        return "0".into();
    }
    if n.abs() >= 9.0e15 {
        // No fractional digits at this size. Saturates at i128's bounds, as `n as i128` would: the
        // lower one is -2^127, and the upper one 2^127 - 1, whose digits are 2^127's with the last
        // (an 8) one less. No digit strings of their own for either.
        const TWO_POW_127: f64 = 170141183460469231731687303715884105728.0;
        let mut out = String::new();
        if n < 0.0 {
            out.push('-');
        }
        out.push_str(&whole_number_digits(n.abs().min(TWO_POW_127)));
        if n >= TWO_POW_127 {
            out.pop();
            out.push('7');
        }
        return out;
    }
    let decimals = decimals.min(3);
    // Multiplied out: a table of the four scales was data that compressed worse than this loop.
    let mut scale = 1u64;
    for _ in 0..decimals {
        scale *= 10;
    }
    let scaled = (n.abs() * scale as f64).round() as u64;
    let (int, mut frac) = (scaled / scale, scaled % scale);
    let mut out = String::new();
    if n < 0.0 && scaled != 0 {
        out.push('-');
    }
    // `int` < 9.0e15 here, so it fits an `i64`.
    push_int(&mut out, int as i64);
    if frac != 0 {
        let mut width = decimals;
        while frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        out.push('.');
        push_zero_padded(&mut out, frac, width);
    }
    out
}

/// The exact decimal digits of a whole, finite, non-negative `whole` of any size (`1e300` gives all 301
/// digits), without 128-bit integers: `(x as u128).to_string()` was the module's only use of 128-bit
/// formatting and division, about 2 KB of Wasm.
pub(crate) fn whole_number_digits(whole: f64) -> String {
    // whole = mantissa × 2^exponent, exactly.
    let bits = whole.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    // Zero needs no case of its own: its exponent shifts the implicit bit out.
    let mut rest = mantissa >> (-exponent).clamp(0, 63);
    // Decimal digits, least significant first (at least one: zero is "0"), then doubled `exponent` times.
    let mut digits: Vec<u8> = Vec::new();
    loop {
        digits.push((rest % 10) as u8);
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for _ in 0..exponent.max(0) {
        let mut carry = 0;
        for d in digits.iter_mut() {
            let doubled = *d * 2 + carry;
            *d = doubled % 10;
            carry = doubled / 10;
        }
        if carry > 0 {
            digits.push(carry);
        }
    }
    let mut text = String::with_capacity(digits.len());
    while let Some(d) = digits.pop() {
        text.push(char::from(b'0' + d));
    }
    text
}

/// A streaming writer for pretty-printed JSON. Commas and indentation are handled for the caller.
pub struct JsonWriter {
    out: String,
    /// One entry per open container: has it had a member yet?
    stack: Vec<bool>,
    after_key: bool,
    indent: bool,
}

impl JsonWriter {
    pub fn new(pretty: bool) -> Self {
        JsonWriter { out: String::new(), stack: Vec::new(), after_key: false, indent: pretty }
    }

    fn newline(&mut self) {
        if self.indent {
            self.out.push('\n');
            for _ in 0..self.stack.len() {
                self.out.push_str("  ");
            }
        }
    }

    fn before_value(&mut self) {
        if self.after_key {
            self.after_key = false;
            return;
        }
        if let Some(has) = self.stack.last_mut() {
            if *has {
                self.out.push(',');
            }
            *has = true;
            self.newline();
        }
    }

    pub fn begin_object(&mut self) -> &mut Self {
        self.before_value();
        self.out.push('{');
        self.stack.push(false);
        self
    }

    pub fn end_object(&mut self) -> &mut Self {
        self.end_container('}')
    }

    pub fn begin_array(&mut self) -> &mut Self {
        self.before_value();
        self.out.push('[');
        self.stack.push(false);
        self
    }

    pub fn end_array(&mut self) -> &mut Self {
        self.end_container(']')
    }

    fn end_container(&mut self, close: char) -> &mut Self {
        let had = self.stack.pop().unwrap_or(false);
        if had {
            self.newline();
        }
        self.out.push(close);
        self
    }

    pub fn key(&mut self, k: &str) -> &mut Self {
        self.before_value();
        push_json_string(&mut self.out, k);
        self.out.push(':');
        if self.indent {
            self.out.push(' ');
        }
        self.after_key = true;
        self
    }

    pub fn string(&mut self, s: &str) -> &mut Self {
        self.before_value();
        push_json_string(&mut self.out, s);
        self
    }

    pub fn number(&mut self, n: f64) -> &mut Self {
        self.before_value();
        if n.is_finite() {
            self.out.push_str(&number_text(n, 3));
        } else {
            self.out.push_str("null");
        }
        self
    }

    pub fn bool(&mut self, b: bool) -> &mut Self {
        self.before_value();
        self.out.push_str(if b { "true" } else { "false" });
        self
    }

    pub fn null(&mut self) -> &mut Self {
        self.before_value();
        self.out.push_str("null");
        self
    }

    /// Shorthand for `key(k).string(v)`.
    pub fn field(&mut self, k: &str, v: &str) -> &mut Self {
        self.key(k).string(v)
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::{escape_json_string, integer_text, number_text};
    #[test]
    fn integers_and_control_characters() {
        for n in [0, 7, -7, 10, 4096, i64::MAX, i64::MIN, -1_000_000_000_000_000] {
            assert_eq!(integer_text(n), n.to_string());
        }
        assert_eq!(escape_json_string("\u{1}\u{1f}a\u{7f}"), "\"\\u0001\\u001fa\u{7f}\"");
    }
    #[test]
    fn zero_padding() {
        for (n, width) in [(0, 1), (0, 4), (7, 3), (9, 2), (10, 2), (99, 2), (100, 2), (2025, 4), (12345, 4), (5, 0)] {
            let mut out = String::new();
            super::push_zero_padded(&mut out, n, width);
            assert_eq!(out, format!("{:0w$}", n, w = width as usize));
        }
    }
    #[test]
    fn numbers_without_float_formatting() {
        assert_eq!(number_text(30000.0, 6), "30000");
        assert_eq!(number_text(39.03, 6), "39.03");
        assert_eq!(number_text(-0.5, 1), "-0.5");
        assert_eq!(number_text(-0.04, 1), "0");
        assert_eq!(number_text(0.05, 2), "0.05");
        assert!(number_text(1.0e300, 2).bytes().all(|b| b.is_ascii_digit()));
        assert_eq!(number_text(-1.0e16, 2), "-10000000000000000");
        assert_eq!(number_text(f64::NAN, 2), "0");
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
            if v < 2f64.powi(128) {
                assert_eq!(super::whole_number_digits(v), (v as u128).to_string(), "{v}");
            }
        }
        assert_eq!(super::whole_number_digits(0.0), "0");
    }
}
