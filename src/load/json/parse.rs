//! A small JSON parser that remembers where every value starts, so any problem found later — by the
//! schema or by the semantic checks — can be reported with a line and column, not just a path.
//!
//! Never panics: every malformed input is an `Err`; nesting is capped at [`MAX_DEPTH`] so hostile input
//! cannot exhaust the (small, in Wasm) stack.

use super::{Node, Path, PathSeg, Value};
use crate::diagnostics::{Diagnostic, DiagnosticKind};

/// What [`Parser::peek`] gives at the end of the input: no byte can turn into this `char`.
const END: char = '\u{100}';

/// Deepest nesting of arrays and objects accepted. A brief needs about 6.
pub const MAX_DEPTH: usize = 64;

pub fn parse(text: &str) -> Result<Node, Diagnostic> {
    let mut p = Parser { text, src: text.as_bytes(), pos: 0, line: 1, column: 1, path: Vec::new(), last_comma: (1, 1) };
    // A UTF-8 byte-order mark is common in files saved by Windows editors.
    if p.src.starts_with(&[0xEF, 0xBB, 0xBF]) {
        p.pos = 3;
    }
    if p.skip_ws() == END {
        return Err(*p.error("the file is empty; a brief is a JSON object"));
    }
    let node = p.value(0).map_err(|failure| *failure)?;
    if p.skip_ws() != END {
        return Err(*p.error("unexpected text after the end of the JSON document"));
    }
    Ok(node)
}

/// A syntax error on its way out. Boxed: every `?` and `Err` return in the parser then moves one pointer,
/// not a whole `Diagnostic`.
type Failure = Box<Diagnostic>;

struct Parser<'a> {
    /// The input as text, for copying string runs out without `str::from_utf8` (~650 B of Wasm).
    text: &'a str,
    /// The same input as bytes, for the byte-by-byte scan.
    src: &'a [u8],
    pos: usize,
    line: u32,
    column: u32,
    path: Path,
    /// Line and column of the last `,` read, so a trailing comma is reported where it stands.
    last_comma: (u32, u32),
}

impl Parser<'_> {
    fn trailing_comma(&self, message: &'static str) -> Failure {
        let mut d = self.error(message);
        (d.line, d.column) = self.last_comma;
        d
    }

    fn comma(&mut self) {
        self.last_comma = (self.line, self.column);
        self.bump();
    }

    /// A syntax error here. Out of line and not generic over the message: it has ~25 call sites.
    #[inline(never)]
    fn error(&self, message: &str) -> Failure {
        Box::new(Diagnostic {
            kind: DiagnosticKind::Syntax,
            path: super::path_string(&self.path),
            line: self.line,
            column: self.column,
            message: message.to_string(),
        })
    }

    /// The byte at the cursor as a `char` (bytes ≥ 0x80 become U+0080..U+00FF, which only ever meet a
    /// catch-all arm), or [`END`] past the end. A plain scalar: an `Option<u8>` came back through memory,
    /// with a stack slot at each of the ~25 call sites.
    fn peek(&self) -> char {
        self.src.get(self.pos).map_or(END, |&b| char::from(b))
    }

    /// Advances one byte, keeping line and (character) column current.
    /// Also gives the byte it moves to, as [`Parser::peek`] would: most callers look at it next.
    fn bump(&mut self) -> char {
        if let Some(&b) = self.src.get(self.pos) {
            self.pos += 1;
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                self.column += 1;
            }
        }
        self.peek()
    }

    /// Skips whitespace and gives what follows it, as [`Parser::peek`] would.
    fn skip_ws(&mut self) -> char {
        let mut c = self.peek();
        while let ' ' | '\t' | '\n' | '\r' = c {
            c = self.bump();
        }
        c
    }

    /// `true`, `false` or `null`, told apart by the first letter: one call site, not three.
    fn literal(&mut self) -> Result<Value, Failure> {
        let (lit, value) = match self.peek() {
            't' => ("true", Value::Bool(true)),
            'f' => ("false", Value::Bool(false)),
            _ => ("null", Value::Null),
        };
        if self.src.get(self.pos..).unwrap_or_default().starts_with(lit.as_bytes()) {
            for _ in 0..lit.len() {
                self.bump();
            }
            Ok(value)
        } else {
            Err(self.error(&quoted("invalid literal; did you mean `", lit, "`?")))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, Failure> {
        let (line, column) = (self.line, self.column);
        let value = match self.peek() {
            END => return Err(self.error("unexpected end of file; the JSON is truncated")),
            '{' | '[' if depth >= MAX_DEPTH => {
                // MAX_DEPTH spelt out: a `format!` costs more than keeping the two in step (a test pins it).
                let mut d = self.error("nesting deeper than 64 levels is not accepted");
                d.kind = DiagnosticKind::Limit;
                return Err(d);
            }
            '{' => self.object(depth)?,
            '[' => self.array(depth)?,
            '"' => Value::String(self.string()?),
            't' | 'f' | 'n' => self.literal()?,
            '-' | '0'..='9' => Value::Number(self.number()?),
            '\'' => return Err(self.error("strings must use double quotes (\"), not single quotes")),
            '}' | ']' => return Err(self.error("expected a value, found a closing bracket (trailing comma?)")),
            _ => return Err(self.error("expected a value (object, array, string, number, true, false or null)")),
        };
        Ok(Node { value, line, column })
    }

    fn object(&mut self, depth: usize) -> Result<Value, Failure> {
        self.bump(); // {
        let mut members: Vec<(super::Key, Node)> = Vec::new();

        if self.skip_ws() == '}' {
            self.bump();
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_ws();
            let (kline, kcol) = (self.line, self.column);
            match self.peek() {
                '"' => {}
                '}' => return Err(self.trailing_comma("trailing comma before `}` is not allowed in JSON")),
                END => return Err(self.error("unexpected end of file inside an object")),
                _ => return Err(self.error("expected a member name in double quotes")),
            }
            let name = self.string()?;

            if self.skip_ws() != ':' {
                return Err(self.error(&quoted("expected `:` after member name \"", &name, "\"")));
            }
            self.bump();
            self.skip_ws();
            if members.iter().any(|(k, _)| k.name == name) {
                let mut d = self.error(&quoted("member \"", &name, "\" appears twice in this object"));
                d.line = kline;
                d.column = kcol;
                return Err(d);
            }
            self.path.push(PathSeg::Key(name.clone()));
            let v = self.value(depth + 1)?;
            self.path.pop();
            members.push((super::Key { name, line: kline, column: kcol }, v));

            match self.skip_ws() {
                ',' => self.comma(),
                '}' => {
                    self.bump();
                    return Ok(Value::Object(members));
                }
                END => return Err(self.error("unexpected end of file inside an object; missing `}`")),
                _ => return Err(self.error("expected `,` or `}` after an object member")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, Failure> {
        self.bump(); // [
        let mut items = Vec::new();

        if self.skip_ws() == ']' {
            self.bump();
            return Ok(Value::Array(items));
        }
        loop {
            if self.skip_ws() == ']' {
                return Err(self.trailing_comma("trailing comma before `]` is not allowed in JSON"));
            }
            self.path.push(PathSeg::Index(items.len()));
            let v = self.value(depth + 1)?;
            self.path.pop();
            items.push(v);

            match self.skip_ws() {
                ',' => self.comma(),
                ']' => {
                    self.bump();
                    return Ok(Value::Array(items));
                }
                END => return Err(self.error("unexpected end of file inside an array; missing `]`")),
                _ => return Err(self.error("expected `,` or `]` after an array element")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, Failure> {
        let mut n = 0u32;
        for _ in 0..4 {
            let Some(d) = self.peek().to_digit(16) else {
                return Err(self.error("invalid \\u escape: expected 4 hexadecimal digits"));
            };
            n = n * 16 + d;
            self.bump();
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, Failure> {
        self.bump(); // opening quote
        let mut out = String::new();
        loop {
            // Copy a run of plain bytes at once; the input is &str so runs are valid UTF-8.
            let start = self.pos;
            let mut c = self.peek();
            while !matches!(c, END | '"' | '\\' | '\0'..='\u{1f}') {
                c = self.bump();
            }
            // `start` and `pos` sit on ASCII bytes or the ends of the input, so on character boundaries.
            out.push_str(self.text.get(start..self.pos).unwrap_or_default());
            match c {
                END => return Err(self.error("unexpected end of file inside a string; missing `\"`")),
                '"' => {
                    self.bump();
                    return Ok(out);
                }
                '\\' => {
                    // Every escape ends as a code point and one `push`; `\u` reads its digits after the `u`.
                    let escape = self.bump();
                    let mut code = match escape {
                        '"' | '\\' | '/' => u32::from(escape),
                        'b' => 0x8,
                        'f' => 0xC,
                        'n' => 0xA,
                        'r' => 0xD,
                        't' => 0x9,
                        'u' => 0,
                        _ => return Err(self.error("invalid escape in string")),
                    };
                    self.bump();
                    if escape == 'u' {
                        code = self.hex4()?;
                        if (0xD800..0xDC00).contains(&code) {
                            // A high surrogate needs `\\u` and a low one right after it. Where that is
                            // missing, `code` stays a lone surrogate, which `from_u32` refuses below, with
                            // the error placed where the reading stopped.
                            let mut low = 0;
                            if self.peek() == '\\' && self.bump() == 'u' {
                                self.bump();
                                low = self.hex4()?;
                            }
                            if (0xDC00..0xE000).contains(&low) {
                                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            }
                        }
                    }
                    match char::from_u32(code) {
                        Some(c) => out.push(c),
                        None => return Err(self.error("unpaired UTF-16 surrogate in \\u escape")),
                    }
                }
                _ => return Err(self.error("control character in string; write line breaks as \\n and tabs as \\t")),
            }
        }
    }

    /// Reads a number, checking JSON's grammar and converting it in the same pass.
    ///
    /// Not `str::parse::<f64>`: its correctly rounded algorithm carries ~13 KB of tables and code into the
    /// Wasm module. Here the digits are exact up to 19 significant digits and scaled by exact powers of
    /// ten, which is exact for every number a brief plausibly holds (≤ 15 significant digits, exponent
    /// ≤ 22) and within a few units in the last place beyond.
    fn number(&mut self) -> Result<f64, Failure> {
        let negative = self.peek() == '-';
        if negative {
            self.bump();
        }
        match self.peek() {
            // A lone leading zero adds nothing to the mantissa.
            '0' => {
                if self.bump().is_ascii_digit() {
                    return Err(self.error("numbers may not have leading zeros"));
                }
            }
            '1'..='9' => {}
            _ => return Err(self.error("invalid number")),
        }
        // The first 19 significant digits, and the power of ten that places them.
        let mut mantissa: u64 = 0;
        let mut significant = 0u32;
        let mut exp10: i64 = 0;
        let mut in_fraction = false;
        loop {
            let c = self.peek();
            if let Some(d) = c.to_digit(10) {
                if significant < 19 {
                    mantissa = mantissa * 10 + u64::from(d);
                    if mantissa > 0 {
                        significant += 1;
                    }
                    if in_fraction {
                        exp10 -= 1;
                    }
                } else if !in_fraction {
                    exp10 += 1;
                }
            } else if c == '.' && !in_fraction {
                in_fraction = true;
                if !self.bump().is_ascii_digit() {
                    return Err(self.error("invalid number: expected digits after `.`"));
                }
                continue;
            } else {
                break;
            }
            self.bump();
        }
        if let 'e' | 'E' = self.peek() {
            let sign = self.bump();
            if let '+' | '-' = sign {
                self.bump();
            }
            if !self.peek().is_ascii_digit() {
                return Err(self.error("invalid number: expected digits in exponent"));
            }
            // Capped: anything past ±100,000 is out of range or zero either way.
            let mut e: i64 = 0;
            while let Some(d) = self.peek().to_digit(10) {
                e = (e * 10 + i64::from(d)).min(100_000);
                self.bump();
            }
            exp10 += if sign == '-' { -e } else { e };
        }
        let value = scale_by_power_of_ten(mantissa as f64, exp10);
        if !value.is_finite() {
            return Err(self.error("number out of range"));
        }
        Ok(if negative { -value } else { value })
    }
}

/// `value` × 10^`exp10`, by exact powers of ten up to 10^22 at a time. Infinite when out of range.
fn scale_by_power_of_ten(mut value: f64, mut exp10: i64) -> f64 {
    if value == 0.0 {
        return value;
    }
    while exp10 != 0 {
        let step = exp10.clamp(-22, 22);
        exp10 -= step;
        // 10^|step|, exact: 10^k = 5^k × 2^k and 5^22 < 2^53, so 10^0 to 10^22 are all exact in an `f64`
        // and so is each product on the way. Computed: a table of them was 184 B of data (~170 B gzipped).
        let mut power = 1.0;
        for _ in 0..step.unsigned_abs() {
            power *= 10.0;
        }
        if step > 0 {
            value *= power;
            if value.is_infinite() {
                break;
            }
        } else {
            value /= power;
            if value == 0.0 {
                break;
            }
        }
    }
    value
}

/// `before` + `name` + `after`, for the messages that quote a member name or literal.
#[inline(never)]
fn quoted(before: &str, name: &str, after: &str) -> String {
    let mut m = String::from(before);
    m.push_str(name);
    m.push_str(after);
    m
}

#[cfg(test)]
mod tests {
    use super::{parse, Value};

    fn number(text: &str) -> Option<f64> {
        match parse(text).ok()?.value {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    #[test]
    fn decimals() {
        let cases: [(&str, f64); 12] = [
            ("0", 0.0),
            ("-0", -0.0),
            ("30000", 30000.0),
            ("39.03", 39.03),
            ("127.475", 127.475),
            ("-12.5e2", -1250.0),
            ("1E3", 1000.0),
            ("2.5e-3", 0.0025),
            ("0.1", 0.1),
            ("123456789012345", 123456789012345.0),
            ("1e22", 1e22),
            ("4294967295", 4294967295.0),
        ];
        for (text, want) in cases {
            let got = number(text);
            assert_eq!(got, Some(want), "{}", text);
            assert_eq!(got.map(f64::is_sign_negative), Some(want.is_sign_negative()), "{}", text);
        }
        assert_eq!(number("1e999"), None);
        assert_eq!(number("1e-999"), Some(0.0));
        assert_eq!(number("12345678901234567890123"), Some(1.2345678901234567e22));
        assert_eq!(number("0.000000000000000000001234"), Some(1.234e-21));
    }
}
