//! A small JSON parser that remembers where every value starts, so any problem found later — by the
//! schema or by the semantic checks — can be reported with a line and column, not just a path.
//!
//! Never panics: every malformed input is an `Err`; nesting is capped at [`MAX_DEPTH`] so hostile input
//! cannot exhaust the (small, in Wasm) stack.

use super::{Key, Node, Path, PathSeg, Value, MAX_DEPTH, TOO_DEEP};
use crate::load::diagnostics::{Diagnostic, DiagnosticKind};

/// Parses `text` as one JSON document. The error is the first syntax problem (or the nesting limit).
pub fn parse(text: &str) -> Result<Node, Diagnostic> {
    // A UTF-8 byte-order mark is common in files saved by Windows editors.
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut p = Parser { text, pos: start, line: 1, column: 1, path: Vec::new(), last_comma: (1, 1) };
    match p.skip_ws() {
        None => return Err(p.error("the file is empty; a brief is a JSON object")),
        // A web page where the brief was expected: a wrong URL answered by the site's page (or by a
        // server that sends its index page for any path), or a `src` left empty.
        Some(b'<') => {
            return Err(p.error(
                "this is HTML or XML, not JSON: a web page was given where the brief was expected (check the brief's URL or file name)",
            ))
        }
        Some(_) => {}
    }
    let node = p.value(0)?;
    if p.skip_ws().is_some() {
        return Err(p.unexpected("unexpected text after the end of the JSON document"));
    }
    Ok(node)
}

/// Text right after a string's closing quote.
const UNESCAPED_QUOTE: &str = "the string ends before this text: write a `\"` inside a string as `\\\"`";

struct Parser<'a> {
    text: &'a str,
    /// Byte offset of the cursor.
    pos: usize,
    /// 1-based line and column of the cursor; the column counts characters, not bytes.
    line: u32,
    column: u32,
    /// Where the cursor is in the document, for the error's path.
    path: Path,
    /// Line and column of the last `,` read, so a trailing comma is reported where it stands.
    last_comma: (u32, u32),
}

impl Parser<'_> {
    /// A syntax error at the cursor.
    fn error(&self, message: &str) -> Diagnostic {
        self.error_at(self.line, self.column, message)
    }

    fn error_at(&self, line: u32, column: u32, message: &str) -> Diagnostic {
        Diagnostic {
            kind: DiagnosticKind::Syntax,
            path: super::path_string(&self.path),
            line,
            column,
            message: message.to_string(),
        }
    }

    /// A syntax error at the cursor where `expected` was due. The common habits JSON does not allow
    /// (comments, single or curly quotes) are named, so the author knows what to change; so are numbers
    /// copied as a brief prints them (a true minus sign, a plus sign, a thousands separator) and white
    /// space JSON does not know (a no-break space). Anything else is named as what was found.
    fn unexpected(&self, expected: &str) -> Diagnostic {
        let rest = self.text.get(self.pos..).unwrap_or_default();
        let mut chars = rest.chars();
        let (first, second) = (chars.next(), chars.next());
        let digit_follows = second.is_some_and(|c| c.is_ascii_digit());
        let message = if rest.starts_with("//") || rest.starts_with("/*") {
            "comments (// or /* */) are not allowed in JSON; delete the comment".to_string()
        } else if rest.starts_with('\'') {
            "strings and member names must use double quotes (\"), not single quotes".to_string()
        } else if rest.starts_with(['\u{201C}', '\u{201D}']) {
            "curly quotes (\u{201C} \u{201D}) are not JSON quotes; use straight double quotes (\")".to_string()
        } else if let Some(dash) = first.filter(|&c| is_minus_look_alike(c) && digit_follows) {
            format!(
                "\"{dash}\" ({}) is not JSON's minus sign: write a negative number with the hyphen-minus \"-\", as -{}",
                code_point(dash),
                number_text(chars.as_str(), second)
            )
        } else if first == Some('+') && digit_follows {
            let number = number_text(chars.as_str(), second);
            format!("a JSON number has no plus sign: write {number}, not +{number}")
        } else if let Some(space) = first.filter(|&c| c.is_whitespace()) {
            format!("{} is white space JSON does not allow; use an ordinary space", code_point(space))
        } else if let Some(before) = self.number_before_comma().filter(|_| first.is_some_and(|c| c.is_ascii_digit())) {
            let after = number_text(rest, None);
            format!(
                "a JSON number has no thousands separator: write {before}{after}, not {before},{after} (a comma separates members)"
            )
        } else {
            match first {
                Some(c) if c.is_ascii_graphic() => format!("{expected}, found \"{c}\""),
                Some(c) if c.is_control() => format!("{expected}, found the control character {}", code_point(c)),
                Some(c) => format!("{expected}, found \"{c}\" ({})", code_point(c)),
                None => expected.to_string(),
            }
        };
        self.error(&message)
    }

    /// The digits right before the `,` just before the cursor (`7` in `7,900`), if the text there is a
    /// number followed by a comma.
    fn number_before_comma(&self) -> Option<&str> {
        let before = self.text.get(..self.pos)?.trim_end_matches([' ', '\t']);
        let before = before.strip_suffix(',')?;
        let start = before.rfind(|c: char| !c.is_ascii_digit()).map_or(0, |i| i + 1);
        let digits = before.get(start..)?;
        (!digits.is_empty()).then_some(digits)
    }

    /// Whether `value` is a string whose closing quote is right before the cursor, followed by more text
    /// than JSON allows there: most likely a `"` inside the string, as in `"he said "no""`.
    fn string_just_ended(&self, value: &Node) -> bool {
        let before = self.text.as_bytes().get(..self.pos).unwrap_or_default();
        let after = self.peek();
        matches!(value.value, Value::String(_))
            && before.last() == Some(&b'"')
            && after.is_some_and(|b| !matches!(b, b',' | b'}' | b']' | b':' | b' ' | b'\t' | b'\n' | b'\r'))
    }

    fn trailing_comma(&self, message: &str) -> Diagnostic {
        let (line, column) = self.last_comma;
        self.error_at(line, column, message)
    }

    fn comma(&mut self) {
        self.last_comma = (self.line, self.column);
        self.bump();
    }

    /// The byte at the cursor, `None` at the end of the input.
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// Advances one byte, keeping line and (character) column current, and gives the byte it moves to.
    fn bump(&mut self) -> Option<u8> {
        if let Some(b) = self.peek() {
            self.pos += 1;
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                // Not a UTF-8 continuation byte: a new character starts here.
                self.column += 1;
            }
        }
        self.peek()
    }

    /// Skips whitespace and gives the byte that follows it.
    fn skip_ws(&mut self) -> Option<u8> {
        let mut c = self.peek();
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = c {
            c = self.bump();
        }
        c
    }

    /// `true`, `false` or `null`, told apart by the first letter.
    fn literal(&mut self) -> Result<Value, Diagnostic> {
        let (literal, value) = match self.peek() {
            Some(b't') => ("true", Value::Bool(true)),
            Some(b'f') => ("false", Value::Bool(false)),
            _ => ("null", Value::Null),
        };
        if !self.text.get(self.pos..).unwrap_or_default().starts_with(literal) {
            return Err(self.error(&format!("invalid literal; did you mean `{literal}`?")));
        }
        for _ in 0..literal.len() {
            self.bump();
        }
        Ok(value)
    }

    fn value(&mut self, depth: usize) -> Result<Node, Diagnostic> {
        let (line, column) = (self.line, self.column);
        let value = match self.peek() {
            None => return Err(self.error("unexpected end of file; the JSON is truncated")),
            Some(b'{' | b'[') if depth >= MAX_DEPTH => {
                let mut d = self.error(TOO_DEEP);
                d.kind = DiagnosticKind::Limit;
                return Err(d);
            }
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b't' | b'f' | b'n') => self.literal()?,
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(b'}' | b']') => return Err(self.error("expected a value, found a closing bracket (trailing comma?)")),
            Some(_) => {
                return Err(self.unexpected("expected a value (object, array, string, number, true, false or null)"))
            }
        };
        Ok(Node { value, line, column })
    }

    fn object(&mut self, depth: usize) -> Result<Value, Diagnostic> {
        self.bump(); // {
        let mut members: Vec<(Key, Node)> = Vec::new();
        if self.skip_ws() == Some(b'}') {
            self.bump();
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_ws();
            let (line, column) = (self.line, self.column);
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.trailing_comma("trailing comma before `}` is not allowed in JSON")),
                None => return Err(self.error("unexpected end of file inside an object")),
                Some(_) => return Err(self.unexpected("expected a member name in double quotes")),
            }
            let name = self.string()?;
            if self.skip_ws() != Some(b':') {
                return Err(self.error(&format!("expected `:` after member name \"{name}\"")));
            }
            self.bump();
            self.skip_ws();
            if members.iter().any(|(k, _)| k.name == name) {
                return Err(self.error_at(line, column, &format!("member \"{name}\" appears twice in this object")));
            }
            self.path.push(PathSeg::Key(name.clone()));
            let value = self.value(depth + 1)?;
            if self.string_just_ended(&value) {
                return Err(self.error(UNESCAPED_QUOTE));
            }
            self.path.pop();
            members.push((Key { name, line, column }, value));

            match self.skip_ws() {
                Some(b',') => self.comma(),
                Some(b'}') => {
                    self.bump();
                    return Ok(Value::Object(members));
                }
                None => return Err(self.error("unexpected end of file inside an object; missing `}`")),
                Some(_) => return Err(self.unexpected("expected `,` or `}` after an object member")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, Diagnostic> {
        self.bump(); // [
        let mut items = Vec::new();
        if self.skip_ws() == Some(b']') {
            self.bump();
            return Ok(Value::Array(items));
        }
        loop {
            if self.skip_ws() == Some(b']') {
                return Err(self.trailing_comma("trailing comma before `]` is not allowed in JSON"));
            }
            self.path.push(PathSeg::Index(items.len()));
            let item = self.value(depth + 1)?;
            if self.string_just_ended(&item) {
                return Err(self.error(UNESCAPED_QUOTE));
            }
            self.path.pop();
            items.push(item);

            match self.skip_ws() {
                Some(b',') => self.comma(),
                Some(b']') => {
                    self.bump();
                    return Ok(Value::Array(items));
                }
                None => return Err(self.error("unexpected end of file inside an array; missing `]`")),
                Some(_) => return Err(self.unexpected("expected `,` or `]` after an array element")),
            }
        }
    }

    /// The four hexadecimal digits of a `\u` escape.
    fn hex4(&mut self) -> Result<u32, Diagnostic> {
        let mut n = 0u32;
        for _ in 0..4 {
            let Some(digit) = self.peek().and_then(|b| char::from(b).to_digit(16)) else {
                return Err(self.error("invalid \\u escape: expected 4 hexadecimal digits"));
            };
            n = n * 16 + digit;
            self.bump();
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, Diagnostic> {
        self.bump(); // opening quote
        let mut out = String::new();
        loop {
            // Copy a run of plain characters at once. The run starts and ends at an ASCII byte or the
            // end of the input, so on character boundaries.
            let start = self.pos;
            let mut c = self.peek();
            while matches!(c, Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                c = self.bump();
            }
            out.push_str(self.text.get(start..self.pos).unwrap_or_default());
            match c {
                None => return Err(self.error("unexpected end of file inside a string; missing `\"`")),
                Some(b'"') => {
                    self.bump();
                    return Ok(out);
                }
                Some(b'\\') => out.push(self.escape()?),
                Some(_) => {
                    return Err(self.error("control character in string; write line breaks as \\n and tabs as \\t"))
                }
            }
        }
    }

    /// The character an escape stands for, the cursor on its backslash.
    fn escape(&mut self) -> Result<char, Diagnostic> {
        let escape = self.bump();
        let code = match escape {
            Some(b @ (b'"' | b'\\' | b'/')) => u32::from(b),
            Some(b'b') => 0x8,
            Some(b'f') => 0xC,
            Some(b'n') => 0xA,
            Some(b'r') => 0xD,
            Some(b't') => 0x9,
            Some(b'u') => {
                self.bump();
                return self.unicode_escape();
            }
            _ => return Err(self.error("invalid escape in string")),
        };
        self.bump();
        char::from_u32(code).ok_or_else(|| self.error("invalid escape in string"))
    }

    /// The character of a `\uXXXX` escape (the cursor on its first digit), or of a surrogate pair of two.
    fn unicode_escape(&mut self) -> Result<char, Diagnostic> {
        let mut code = self.hex4()?;
        if (0xD800..0xDC00).contains(&code) {
            // A high surrogate needs `\u` and a low one right after it. Where that is missing, `code`
            // stays a lone surrogate, which `from_u32` refuses below, with the error placed where the
            // reading stopped.
            let mut low = 0;
            if self.peek() == Some(b'\\') && self.bump() == Some(b'u') {
                self.bump();
                low = self.hex4()?;
            }
            if (0xDC00..0xE000).contains(&low) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            }
        }
        char::from_u32(code).ok_or_else(|| self.error("unpaired UTF-16 surrogate in \\u escape"))
    }

    /// Reads a number: JSON's grammar is checked here, with a message for each way to get it wrong,
    /// and the text is then converted by the standard library.
    fn number(&mut self) -> Result<f64, Diagnostic> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        match self.peek() {
            Some(b'0') => {
                if self.bump().is_some_and(|b| b.is_ascii_digit()) {
                    return Err(self.error("numbers may not have leading zeros"));
                }
            }
            Some(b'1'..=b'9') => self.skip_digits(),
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            if !self.bump().is_some_and(|b| b.is_ascii_digit()) {
                return Err(self.error("invalid number: expected digits after `.`"));
            }
            self.skip_digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            if let Some(b'+' | b'-') = self.bump() {
                self.bump();
            }
            if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return Err(self.error("invalid number: expected digits in exponent"));
            }
            self.skip_digits();
        }
        match self.text.get(start..self.pos).and_then(|t| t.parse::<f64>().ok()) {
            Some(value) if value.is_finite() => Ok(value),
            _ => Err(self.error("number out of range")),
        }
    }

    fn skip_digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.bump();
        }
    }
}

/// Dashes a brief's typography uses for a minus sign, which JSON does not accept in a number.
fn is_minus_look_alike(c: char) -> bool {
    matches!(c, '\u{2212}' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{FE63}' | '\u{FF0D}')
}

/// `U+2212`, how a message names a character that is hard to tell apart by eye.
fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// The number that starts `rest` (digits, `.`, exponent), after its already-read first character `first`,
/// for an example in a message.
fn number_text(rest: &str, first: Option<char>) -> String {
    let tail: String = rest.chars().take_while(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E')).collect();
    first.map(String::from).unwrap_or_default() + &tail
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
