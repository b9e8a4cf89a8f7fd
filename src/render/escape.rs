//! Escaping for the three contexts brief text ends up in: HTML text and attribute values, and URL
//! text fragments (`#:~:text=`).

/// Escapes `& < > " '` so the result is safe both as element text and inside a quoted attribute value.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    push_escaped(&mut out, s);
    out
}

/// Appends `s`, escaped as by [`escape_html`], to `out` without an intermediate allocation.
pub fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Controls other than tab and newline are not allowed in HTML text; a brief should not
            // smuggle them into the page.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
}

/// Percent-encodes one text directive term of a URL text fragment. The text fragment syntax gives `-`,
/// `&` and `,` meaning, so they must be encoded along with everything outside the unreserved set;
/// encoding all other bytes too keeps the URL valid whatever the quote contains.
pub fn encode_text_fragment(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3 / 2);
    push_encoded(&mut out, s);
    out
}

/// Appends `s` encoded as by [`encode_text_fragment`].
fn push_encoded(out: &mut String, s: &str) {
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'~' | b'!' | b'*' | b'(' | b')') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(char::from(HEX[(b >> 4) as usize]));
            out.push(char::from(HEX[(b & 0xF) as usize]));
        }
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// The words of a text, split at whitespace and never empty, as `str::split_whitespace` gives them: by
/// one loop over the characters, as `SplitWhitespace` was 0.2 KB of iterator code of its own.
pub(crate) struct Words<'a>(pub &'a str);

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let text = self.0;
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (c.is_whitespace(), start) {
                (false, None) => start = Some(i),
                (true, Some(s)) => {
                    self.0 = text.get(i..).unwrap_or("");
                    return text.get(s..i);
                }
                _ => {}
            }
        }
        self.0 = "";
        start.and_then(|s| text.get(s..))
    }
}

/// Words in a quote beyond which a text fragment uses the `textStart,textEnd` form: long directives
/// make long URLs and break on the smallest difference between the quote and the page.
const FRAGMENT_WORDS: usize = 10;
const FRAGMENT_EDGE_WORDS: usize = 5;

/// Appends the `text=` directive value for a quote (the whole quote if short, else its first and last
/// few words) after `prefix`; nothing at all, not even `prefix`, for a quote without words. In place: a
/// returned directive cost each link a copy and a free.
fn push_text_directive(out: &mut String, prefix: &str, quote: &str) {
    // The words are encoded one by one, each separated by an encoded space (or the `,` between the
    // start and the end): no list of words and no joined copies of them.
    let count = Words(quote).count();
    let cut = count > FRAGMENT_WORDS;
    let end_start = count.saturating_sub(FRAGMENT_EDGE_WORDS);
    for (i, word) in Words(quote).enumerate() {
        if cut && (FRAGMENT_EDGE_WORDS..end_start).contains(&i) {
            continue;
        }
        if cut && i == end_start {
            out.push(',');
        } else if i > 0 {
            out.push_str("%20");
        } else {
            out.push_str(prefix);
        }
        push_encoded(out, word);
    }
}

/// The page of `source_url` (the URL without its fragment), or `None` when the URL is not http(s) (the
/// loader checks this, but the renderer never emits a link it has not checked itself).
pub(crate) fn source_page(source_url: &str) -> Option<&str> {
    let url = source_url.trim();
    let scheme_is = |scheme: &str| url.get(..scheme.len()).is_some_and(|p| p.eq_ignore_ascii_case(scheme));
    if !(scheme_is("https://") || scheme_is("http://")) {
        return None;
    }
    Some(crate::text::split_once_ascii(url, b'#').map_or(url, |(base, _)| base))
}

/// Appends the text fragment that scrolls a [`source_page`] to `quote`: `#:~:text=` and its directive,
/// nothing for a quote without words. The fragment holds only unreserved characters, `%` and `,`, so it
/// needs no HTML escaping.
pub(crate) fn push_quote_fragment(out: &mut String, quote: &str) {
    push_text_directive(out, "#:~:text=", quote);
}

/// A link to `quote` inside the page at `source_url`, or `None` when the URL is not http(s).
pub fn quote_link(source_url: &str, quote: &str) -> Option<String> {
    let mut link = String::from(source_page(source_url)?);
    push_quote_fragment(&mut link, quote);
    Some(link)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_directive(quote: &str) -> String {
        let mut s = String::new();
        push_text_directive(&mut s, "", quote);
        s
    }

    #[test]
    fn escapes_markup_characters() {
        assert_eq!(escape_html(r#"<img src=x onerror="a">'&"#), "&lt;img src=x onerror=&quot;a&quot;&gt;&#39;&amp;");
        assert_eq!(escape_html("북한 – ok"), "북한 – ok");
    }

    #[test]
    fn text_fragments_encode_their_syntax_characters() {
        assert_eq!(encode_text_fragment("a-b, c&d"), "a%2Db%2C%20c%26d");
        assert_eq!(encode_text_fragment("Wonsan–Kalma"), "Wonsan%E2%80%93Kalma");
        let long = "one two three four five six seven eight nine ten eleven twelve";
        assert_eq!(text_directive(long), "one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve");
        assert_eq!(text_directive(" a  b\tc "), "a%20b%20c");
        assert_eq!(text_directive("1 2 3 4 5 6 7 8 9 10"), "1%202%203%204%205%206%207%208%209%2010");
        assert_eq!(text_directive("1 2 3 4 5 6 7 8 9 10 11"), "1%202%203%204%205,7%208%209%2010%2011");
        assert_eq!(text_directive(""), "");
        for t in ["", " ", "a", " a  b\tc ", "가 나\u{3000}다\n", "x\u{a0}y  "] {
            assert!(Words(t).eq(t.split_whitespace()), "{:?}", t);
        }
        assert_eq!(
            quote_link("https://example.org/brief#top", "short quote").as_deref(),
            Some("https://example.org/brief#:~:text=short%20quote")
        );
        assert_eq!(quote_link("javascript:alert(1)", "x"), None);
    }
}
