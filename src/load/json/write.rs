//! Writing JSON text: correct escaping, and safe to place inside an HTML `<script>` element.

use crate::model::numbers::number_text;
use std::fmt::Write;

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
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
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
    use super::escape_json_string;

    #[test]
    fn control_and_html_characters_are_escaped() {
        assert_eq!(escape_json_string("\u{1}\u{1f}a\u{7f}"), "\"\\u0001\\u001fa\u{7f}\"");
        assert_eq!(escape_json_string("</script>&\u{2028}"), "\"\\u003c/script\\u003e\\u0026\\u2028\"");
        assert_eq!(escape_json_string("\"\\\n\r\t"), r#""\"\\\n\r\t""#);
    }
}
