//! Escaping for the three contexts brief text ends up in: HTML text and attribute values, and URL
//! text fragments (`#:~:text=`).

use std::borrow::Cow;
use std::fmt::{self, Write};

/// Escapes `& < > " '` so the result is safe both as element text and inside a quoted attribute value.
/// Control characters other than tab and newline become spaces. Bidirectional embeddings, overrides and
/// isolates the text leaves open are closed at its end.
pub fn escape_html(s: &str) -> String {
    esc(s).to_string()
}

/// Text that is written escaped as by [`escape_html`] when formatted: `write!(out, "<p>{}</p>", esc(t))`.
#[derive(Clone, Copy)]
pub(crate) struct Escaped<'a>(pub &'a str);

/// `s`, to be written escaped.
pub(crate) fn esc(s: &str) -> Escaped<'_> {
    Escaped(s)
}

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        // The closing marks of the bidi controls still open, innermost last. An unclosed right-to-left
        // override would reorder what the page writes after the text (" · 2026" read "6202 · ").
        let mut open_bidi: Vec<char> = Vec::new();
        // The text between characters that need replacing is written in one piece.
        let mut written = 0;
        for (i, c) in text.char_indices() {
            // A closing mark that closes nothing the text opened is left out: it must not close the page's.
            let stray_close = match c {
                // LRE, RLE, LRO, RLO: closed by PDF.
                '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => {
                    open_bidi.push(POP_DIRECTIONAL_FORMATTING);
                    false
                }
                // LRI, RLI, FSI: closed by PDI.
                '\u{2066}' | '\u{2067}' | '\u{2068}' => {
                    open_bidi.push(POP_DIRECTIONAL_ISOLATE);
                    false
                }
                POP_DIRECTIONAL_FORMATTING => open_bidi.pop_if(|mark| *mark == POP_DIRECTIONAL_FORMATTING).is_none(),
                // A PDI closes its isolate and every embedding opened inside it.
                POP_DIRECTIONAL_ISOLATE => match open_bidi.iter().rposition(|&mark| mark == POP_DIRECTIONAL_ISOLATE) {
                    Some(isolate) => {
                        open_bidi.truncate(isolate);
                        false
                    }
                    None => true,
                },
                _ => false,
            };
            let replacement = match c {
                _ if stray_close => "",
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                // Controls other than tab and newline are not allowed in HTML text; a brief should not
                // smuggle them into the page.
                c if (c as u32) < 0x20 && c != '\t' && c != '\n' => " ",
                _ => continue,
            };
            f.write_str(text.get(written..i).unwrap_or(""))?;
            f.write_str(replacement)?;
            written = i + c.len_utf8();
        }
        f.write_str(text.get(written..).unwrap_or(""))?;
        for &mark in open_bidi.iter().rev() {
            f.write_char(mark)?;
        }
        Ok(())
    }
}

const POP_DIRECTIONAL_FORMATTING: char = '\u{202C}';
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// Percent-encodes one text directive term of a URL text fragment. The text fragment syntax gives `-`,
/// `&` and `,` meaning, so they must be encoded along with everything outside the unreserved set;
/// encoding all other bytes too keeps the URL valid whatever the quote contains.
pub fn encode_text_fragment(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'~' | b'!' | b'*' | b'(' | b')') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Words in a quote beyond which a text fragment uses the `textStart,textEnd` form: long directives
/// make long URLs and break on the smallest difference between the quote and the page.
const FRAGMENT_WORDS: usize = 10;
const FRAGMENT_EDGE_WORDS: usize = 5;

/// The `text=` directive value for a quote: the whole quote if short, else its first and last few
/// words; `None` for a quote without words.
fn text_directive(quote: &str) -> Option<String> {
    let words: Vec<&str> = quote.split_whitespace().collect();
    if words.is_empty() {
        None
    } else if words.len() > FRAGMENT_WORDS {
        let start = words.get(..FRAGMENT_EDGE_WORDS).unwrap_or_default();
        let end = words.get(words.len() - FRAGMENT_EDGE_WORDS..).unwrap_or_default();
        Some(format!("{},{}", join_encoded(start), join_encoded(end)))
    } else {
        Some(join_encoded(&words))
    }
}

/// Words encoded for a text directive, separated by encoded spaces.
fn join_encoded(words: &[&str]) -> String {
    let encoded: Vec<String> = words.iter().map(|w| encode_text_fragment(w)).collect();
    encoded.join("%20")
}

/// The page of `source_url` (the URL without its fragment), or `None` when the URL is not http(s) (the
/// loader checks this, but the renderer never emits a link it has not checked itself). Characters a URL
/// may not hold as they are (a space in a pasted "my brief.pdf", quotes, angle brackets) are
/// percent-encoded, as a browser would before requesting it, so the link is a valid URL.
pub(crate) fn source_page(source_url: &str) -> Option<Cow<'_, str>> {
    let url = source_url.trim();
    let scheme_is = |scheme: &str| url.get(..scheme.len()).is_some_and(|p| p.eq_ignore_ascii_case(scheme));
    if !(scheme_is("https://") || scheme_is("http://")) {
        return None;
    }
    let page = url.split_once('#').map_or(url, |(page, _)| page);
    let not_allowed =
        |c: char| c.is_control() || matches!(c, ' ' | '"' | '<' | '>' | '`' | '{' | '}' | '|' | '\\' | '^');
    if !page.contains(not_allowed) {
        return Some(Cow::Borrowed(page));
    }
    let mut encoded = String::with_capacity(page.len() + 8);
    for c in page.chars() {
        if not_allowed(c) {
            let mut bytes = [0; 4];
            for b in c.encode_utf8(&mut bytes).bytes() {
                encoded.push_str(&format!("%{b:02X}"));
            }
        } else {
            encoded.push(c);
        }
    }
    Some(Cow::Owned(encoded))
}

/// The text fragment that scrolls a [`source_page`] to `quote`: `#:~:text=` and its directive, or
/// nothing for a quote without words. It holds only unreserved characters, `%` and `,`, so it needs no
/// HTML escaping.
pub(crate) fn quote_fragment(quote: &str) -> String {
    text_directive(quote).map(|d| format!("#:~:text={d}")).unwrap_or_default()
}

/// A link to `quote` inside the page at `source_url`, or `None` when the URL is not http(s).
pub fn quote_link(source_url: &str, quote: &str) -> Option<String> {
    Some(format!("{}{}", source_page(source_url)?, quote_fragment(quote)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn directive(quote: &str) -> String {
        text_directive(quote).unwrap_or_default()
    }

    #[test]
    fn escapes_markup_characters() {
        assert_eq!(escape_html(r#"<img src=x onerror="a">'&"#), "&lt;img src=x onerror=&quot;a&quot;&gt;&#39;&amp;");
        assert_eq!(escape_html("북한 – ok"), "북한 – ok");
        assert_eq!(escape_html("a\u{0}b\u{1f}c\td\ne\r"), "a b c\td\ne ");
        assert_eq!(escape_html(""), "");
    }

    #[test]
    fn bidi_controls_left_open_are_closed_at_the_end() {
        // RLO … (nothing): closed with PDF; RLI: closed with PDI; nested: innermost first.
        assert_eq!(escape_html("A. Writer \u{202E}"), "A. Writer \u{202E}\u{202C}");
        assert_eq!(escape_html("x \u{2067}y"), "x \u{2067}y\u{2069}");
        assert_eq!(escape_html("\u{2067}\u{202E}<"), "\u{2067}\u{202E}&lt;\u{202C}\u{2069}");
        // Balanced text is written as it is; a PDI closes the embeddings inside its isolate too.
        assert_eq!(escape_html("\u{202E}evil\u{202C} \u{2066}ok\u{2069}"), "\u{202E}evil\u{202C} \u{2066}ok\u{2069}");
        assert_eq!(escape_html("\u{2068}\u{202B}a\u{2069}"), "\u{2068}\u{202B}a\u{2069}");
        // A stray closing mark is left out, so it cannot close the page's.
        assert_eq!(escape_html("a\u{202C}b\u{2069}c"), "abc");
        assert_eq!(escape_html("\u{202E}a\u{202C}\u{202C}"), "\u{202E}a\u{202C}");
    }

    #[test]
    fn text_fragments_encode_their_syntax_characters() {
        assert_eq!(encode_text_fragment("a-b, c&d"), "a%2Db%2C%20c%26d");
        assert_eq!(encode_text_fragment("Wonsan–Kalma"), "Wonsan%E2%80%93Kalma");
        let long = "one two three four five six seven eight nine ten eleven twelve";
        assert_eq!(directive(long), "one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve");
        assert_eq!(directive(" a  b\tc "), "a%20b%20c");
        assert_eq!(directive("1 2 3 4 5 6 7 8 9 10"), "1%202%203%204%205%206%207%208%209%2010");
        assert_eq!(directive("1 2 3 4 5 6 7 8 9 10 11"), "1%202%203%204%205,7%208%209%2010%2011");
        assert_eq!(directive(""), "");
        assert_eq!(quote_fragment(" \t"), "");
        assert_eq!(
            quote_link("https://example.org/brief#top", "short quote").as_deref(),
            Some("https://example.org/brief#:~:text=short%20quote")
        );
        assert_eq!(quote_link("javascript:alert(1)", "x"), None);
        // Characters a URL may not hold are percent-encoded; the rest is kept as written.
        assert_eq!(
            quote_link("https://example.org/my brief (final).pdf", "").as_deref(),
            Some("https://example.org/my%20brief%20(final).pdf")
        );
        assert_eq!(
            quote_link("https://example.invalid/?q=\"><script>x</script>&a=1", "").as_deref(),
            Some("https://example.invalid/?q=%22%3E%3Cscript%3Ex%3C/script%3E&a=1")
        );
        assert_eq!(quote_link("https://example.org/북한?x=1", "").as_deref(), Some("https://example.org/북한?x=1"));
    }
}
