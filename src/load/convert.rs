//! Plain text, Markdown or HTML turned into the blocks of a canonical text file (one block per
//! paragraph, blocks separated by blank lines), which the paragraph rule of docs/paragraphs.md
//! ([`crate::load::source`]) then numbers. Used by `brief-insights text` and, through the authors' Wasm
//! module (`convertText`), by Brief Studio, so both make the same text from the same file.
//!
//! Markdown: headings, front matter, thematic breaks, code fences and HTML comments are not paragraphs;
//! paragraphs, list items and block quotes are. HTML: the text of `p`, `li` and `blockquote` elements,
//! tags stripped and character references decoded, by the small extractor below (no HTML crate: the
//! briefs' pages need no more than this, and it keeps the CLI's dependencies few).

use crate::load::source;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[cfg_attr(all(feature = "cli", not(target_arch = "wasm32")), derive(clap::ValueEnum))]
pub enum TextFormat {
    Txt,
    Md,
    Html,
}

impl TextFormat {
    /// The format a file name suggests: `.md`/`.markdown`, `.html`/`.htm`, anything else plain text.
    pub fn from_name(name: &str) -> TextFormat {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            TextFormat::Md
        } else if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml") {
            TextFormat::Html
        } else {
            TextFormat::Txt
        }
    }
}

/// What a text gave: its blocks in order (each one line, trimmed, not empty) and a title if it has
/// one (Markdown front matter `title:` or first level-1 heading; HTML `<title>` or first `<h1>`).
#[derive(Debug, PartialEq)]
pub struct Converted {
    pub title: Option<String>,
    pub blocks: Vec<String>,
}

pub fn convert(input: &str, format: TextFormat) -> Converted {
    // A byte order mark would hide a Markdown file's front matter (`---` must start the file).
    let input = source::without_bom(input);
    match format {
        TextFormat::Txt => Converted { title: None, blocks: source::blocks(input) },
        TextFormat::Md => markdown(input),
        TextFormat::Html => html(input),
    }
}

/// The canonical text file: the blocks separated by blank lines.
pub fn canonical_text(blocks: &[String]) -> String {
    let mut text = blocks.join("\n\n");
    text.push('\n');
    text
}

/// Collects blocks: lines are added to the current block; `end` closes it.
#[derive(Default)]
struct Blocks {
    done: Vec<String>,
    current: Vec<String>,
}

impl Blocks {
    fn push_line(&mut self, line: &str) {
        let line = line.trim();
        if !line.is_empty() {
            self.current.push(line.to_string());
        }
    }
    fn end(&mut self) {
        if !self.current.is_empty() {
            self.done.push(self.current.join(" "));
            self.current.clear();
        }
    }
}

/// The line without up to three leading spaces, if it has no more (four make an indented line).
fn unindented(line: &str) -> &str {
    let spaces = line.len() - line.trim_start_matches(' ').len();
    if spaces <= 3 {
        line.trim_start_matches(' ')
    } else {
        line
    }
}

fn is_thematic_break(line: &str) -> bool {
    let t: String = unindented(line).chars().filter(|c| !c.is_whitespace()).collect();
    t.chars().count() >= 3 && ["*", "-", "_"].iter().any(|m| t.chars().all(|c| c.to_string() == *m))
}

/// An ATX heading (`# Title`): its level and text.
fn atx_heading(line: &str) -> Option<(usize, String)> {
    let t = unindented(line);
    let level = t.chars().take_while(|&c| c == '#').count();
    let rest = t.get(level..)?;
    if !(1..=6).contains(&level) || !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    Some((level, rest.trim().trim_end_matches('#').trim().to_string()))
}

/// A list item's marker (`- `, `* `, `+ `, `1. `, `1) `): the text after it.
fn list_item(line: &str) -> Option<&str> {
    let t = unindented(line);
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = t.strip_prefix(marker) {
            return Some(rest);
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = t.get(digits..)?;
        return rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") "));
    }
    None
}

fn is_fence(line: &str) -> bool {
    let t = unindented(line);
    t.starts_with("```") || t.starts_with("~~~")
}

/// Markdown to blocks. Inline markup is reduced to its text: links and images to their text, code
/// spans and strong/emphasis markers (`**`, `__`, `*`) dropped, backslash escapes resolved.
pub fn markdown(input: &str) -> Converted {
    let text = input.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines = text.split('\n').peekable();
    let mut title: Option<String> = None;
    // Front matter: a first line `---`, up to the next `---` or `...`.
    if lines.peek().is_some_and(|l| l.trim_end() == "---") {
        lines.next();
        for line in lines.by_ref() {
            let line = line.trim_end();
            if line == "---" || line == "..." {
                break;
            }
            if let Some(value) = line.strip_prefix("title:") {
                let value = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
                if !value.is_empty() {
                    title = Some(value.to_string());
                }
            }
        }
    }
    let mut blocks = Blocks::default();
    let mut in_fence = false;
    let mut in_comment = false;
    for line in lines {
        if in_fence {
            if is_fence(line) {
                in_fence = false;
            }
            continue;
        }
        if in_comment {
            if line.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        if is_fence(line) {
            blocks.end();
            in_fence = true;
            continue;
        }
        let trimmed = line.trim();
        if trimmed.starts_with("<!--") {
            blocks.end();
            in_comment = !trimmed.contains("-->");
            continue;
        }
        if trimmed.is_empty() {
            blocks.end();
            continue;
        }
        // A table row (`| a | b |`, GFM) is data, not prose: no paragraph, as table cells are none in HTML.
        // A link reference definition (`[ref]: https://…`) is not shown at all.
        if trimmed.starts_with('|') || is_link_reference_definition(trimmed) {
            blocks.end();
            continue;
        }
        // Setext heading underline: the lines above are a heading, not a paragraph.
        let underline: String = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
        let setext = !blocks.current.is_empty()
            && !underline.is_empty()
            && (underline.chars().all(|c| c == '=') || underline.chars().all(|c| c == '-'));
        if setext {
            let heading = blocks.current.join(" ");
            blocks.current.clear();
            if underline.starts_with('=') && title.is_none() {
                title = Some(inline_text(&heading));
            }
            continue;
        }
        if is_thematic_break(line) {
            blocks.end();
            continue;
        }
        if let Some((level, heading)) = atx_heading(line) {
            blocks.end();
            if level == 1 && title.is_none() {
                title = Some(inline_text(&heading));
            }
            continue;
        }
        // Block quotes: the text after the markers.
        let mut content = trimmed;
        while let Some(rest) = content.strip_prefix('>') {
            content = rest.trim_start();
        }
        if let Some(item) = list_item(content) {
            blocks.end();
            content = item;
        }
        blocks.push_line(&inline_text(content));
    }
    blocks.end();
    Converted { title, blocks: blocks.done }
}

/// `[label]: destination`, which defines the target of `[text][label]` links. A footnote (`[^1]: …`) is
/// not one: its text is shown, as a note.
fn is_link_reference_definition(line: &str) -> bool {
    let Some(rest) = line.strip_prefix('[') else { return false };
    match rest.split_once("]:") {
        Some((label, destination)) => {
            !label.is_empty()
                && !label.starts_with('^')
                && !label.contains(['[', ']'])
                && !destination.trim().is_empty()
        }
        None => false,
    }
}

/// Markdown inline markup reduced to its text.
fn inline_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut k = 0;
    while let Some(&c) = chars.get(k) {
        match c {
            '\\' if chars.get(k + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.extend(chars.get(k + 1));
                k += 2;
            }
            '`' => k += 1,
            '*' => k += 1,
            '_' if chars.get(k + 1) == Some(&'_') => k += 2,
            // `_emphasis_`: an underscore at the edge of a word; one inside a word (snake_case) is text.
            '_' if !(k > 0
                && chars.get(k - 1).is_some_and(|p| p.is_alphanumeric())
                && chars.get(k + 1).is_some_and(|n| n.is_alphanumeric())) =>
            {
                k += 1
            }
            // `<https://example.org>`, `<name@example.org>`: an autolink shows its address.
            '<' => match (autolink_end(&chars, k), html_tag_end(&chars, k)) {
                (Some(end), _) => {
                    out.extend(chars.get(k + 1..end).unwrap_or_default());
                    k = end + 1;
                }
                // Raw HTML (`<div align="center">`, `<br>`, `</b>`) is markup: only the text between tags shows.
                (None, Some(end)) => k = end + 1,
                (None, None) => {
                    out.push('<');
                    k += 1;
                }
            },
            '!' if chars.get(k + 1) == Some(&'[') => k += 1,
            '[' => match link_end(&chars, k) {
                // `[text](url)`: the text stays, the target goes.
                Some((text_end, after)) => {
                    out.push_str(&inline_text(
                        &chars.get(k + 1..text_end).unwrap_or_default().iter().collect::<String>(),
                    ));
                    k = after;
                }
                None => {
                    out.push('[');
                    k += 1;
                }
            },
            _ => {
                out.push(c);
                k += 1;
            }
        }
    }
    out
}

/// For a `[` at `open` starting `[text](target)`, or `[text][label]` / `[text][]` (a reference link): the
/// index of `]` and the index after the target.
fn link_end(chars: &[char], open: usize) -> Option<(usize, usize)> {
    let close = open + 1 + chars.get(open + 1..)?.iter().position(|&c| c == ']')?;
    let end = match chars.get(close + 1) {
        Some('(') => ')',
        Some('[') => ']',
        _ => return None,
    };
    let target_end = close + 2 + chars.get(close + 2..)?.iter().position(|&c| c == end)?;
    Some((close, target_end + 1))
}

/// For a `<` at `open` starting an HTML tag (`<name …>` or `</name>`, on one line): the index of its `>`.
fn html_tag_end(chars: &[char], open: usize) -> Option<usize> {
    let name_start = if chars.get(open + 1) == Some(&'/') { open + 2 } else { open + 1 };
    if !chars.get(name_start)?.is_ascii_alphabetic() {
        return None;
    }
    let length = chars.get(name_start..)?.iter().position(|&c| c == '>' || c == '<')?;
    let close = name_start + length;
    (chars.get(close) == Some(&'>')).then_some(close)
}

/// For a `<` at `open` starting an autolink (`<scheme:…>` or `<name@host>`, no white space): the index of
/// its `>`.
fn autolink_end(chars: &[char], open: usize) -> Option<usize> {
    let length = chars.get(open + 1..)?.iter().position(|&c| c == '>' || c == '<' || c.is_whitespace())?;
    let close = open + 1 + length;
    let inner = chars.get(open + 1..close)?;
    let looks_like_address = inner.contains(&':') || inner.contains(&'@');
    (chars.get(close) == Some(&'>') && length > 0 && looks_like_address).then_some(close)
}

/// Elements whose text is a paragraph.
const PARAGRAPH_ELEMENTS: [&str; 3] = ["p", "li", "blockquote"];
/// Elements that end a paragraph where they open or close.
const BLOCK_ELEMENTS: [&str; 32] = [
    "p",
    "li",
    "blockquote",
    "div",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "nav",
    "main",
    "table",
    "tr",
    "td",
    "th",
    "pre",
    "hr",
    "figure",
    "figcaption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "body",
    "form",
];
/// Elements whose content is never text of the brief.
const SKIPPED_ELEMENTS: [&str; 7] = ["script", "style", "template", "noscript", "svg", "head", "nav"];

/// HTML to blocks: the text of `p`, `li` and `blockquote` elements; a nested one starts a new block.
pub fn html(input: &str) -> Converted {
    let mut blocks = Blocks::default();
    let mut heading: Option<String> = None;
    let mut document_title: Option<String> = None;
    let mut in_title = false;
    let mut title_text = String::new();
    let mut paragraph_depth = 0usize;
    // The skipped element we are in (script, style, ...): its content is not text of the brief.
    let mut skip: Option<String> = None;
    let mut text = String::new();
    let mut rest = input;
    loop {
        let lt = rest.find('<').unwrap_or(rest.len());
        let segment = rest.get(..lt).unwrap_or_default();
        if in_title {
            title_text.push_str(segment);
        } else if skip.is_none() {
            text.push_str(segment);
        }
        let Some(tag_text) = rest.get(lt..).filter(|t| !t.is_empty()) else { break };
        // Comments, with whatever they hold.
        if let Some(after) = tag_text.strip_prefix("<!--") {
            rest = after.find("-->").and_then(|e| after.get(e + 3..)).unwrap_or("");
            continue;
        }
        // A `<` that starts no tag ("a < b") is text.
        let starts_tag =
            tag_text.chars().nth(1).is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
        let gt = tag_text.find('>');
        let (Some(gt), true) = (gt, starts_tag) else {
            if skip.is_none() && !in_title {
                text.push('<');
            }
            rest = tag_text.get(1..).unwrap_or_default();
            continue;
        };
        let tag = tag_text.get(1..gt).unwrap_or_default();
        rest = tag_text.get(gt + 1..).unwrap_or_default();
        let closing = tag.starts_with('/');
        let name = tag.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect::<String>();
        let name = name.to_ascii_lowercase();
        if name.is_empty() {
            continue; // doctype, processing instruction
        }
        if name == "title" {
            if closing && in_title {
                document_title.get_or_insert_with(|| collapse(&decode_entities(&title_text)));
            }
            in_title = !closing;
            title_text.clear();
            continue;
        }
        if let Some(skipped) = &skip {
            if closing && &name == skipped {
                skip = None;
            }
            continue;
        }
        if !closing && SKIPPED_ELEMENTS.contains(&name.as_str()) && !tag.trim_end().ends_with('/') {
            skip = Some(name);
            continue;
        }
        if name == "br" {
            text.push(' ');
            continue;
        }
        if matches!(name.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            if closing && name == "h1" && heading.is_none() {
                heading = Some(collapse(&decode_entities(&text)));
            }
            flush(&mut blocks, &mut text, if closing { 0 } else { paragraph_depth });
            continue;
        }
        if BLOCK_ELEMENTS.contains(&name.as_str()) {
            flush(&mut blocks, &mut text, paragraph_depth);
            if PARAGRAPH_ELEMENTS.contains(&name.as_str()) {
                paragraph_depth = if closing { paragraph_depth.saturating_sub(1) } else { paragraph_depth + 1 };
            }
        }
    }
    flush(&mut blocks, &mut text, paragraph_depth);
    blocks.end();
    let title = document_title.filter(|t| !t.is_empty()).or(heading.filter(|t| !t.is_empty()));
    Converted { title, blocks: blocks.done }
}

/// Ends the text gathered so far: a block if it was inside a paragraph element, dropped otherwise.
fn flush(blocks: &mut Blocks, text: &mut String, paragraph_depth: usize) {
    if paragraph_depth > 0 {
        blocks.push_line(&collapse(&decode_entities(text)));
        blocks.end();
    }
    text.clear();
}

/// HTML's white space (space, tab, line feed, form feed, carriage return) collapsed to one space and
/// trimmed; other characters, U+00A0 among them, are kept.
fn collapse(s: &str) -> String {
    s.split([' ', '\t', '\n', '\u{000C}', '\r']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Character references: numeric ones and the named ones briefs use. An unknown name is left as it is.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or_default());
        let after = rest.get(amp + 1..).unwrap_or_default();
        let decoded = after.find(';').filter(|&end| end <= 32).and_then(|end| {
            let name = after.get(..end)?;
            Some((entity(name)?, end + 1))
        });
        match decoded {
            Some((c, used)) => {
                out.push(c);
                rest = after.get(used..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{00A0}',
        "ndash" => '\u{2013}',
        "mdash" => '\u{2014}',
        "lsquo" => '\u{2018}',
        "rsquo" => '\u{2019}',
        "ldquo" => '\u{201C}',
        "rdquo" => '\u{201D}',
        "hellip" => '\u{2026}',
        "middot" => '\u{00B7}',
        "laquo" => '\u{00AB}',
        "raquo" => '\u{00BB}',
        "copy" => '\u{00A9}',
        "reg" => '\u{00AE}',
        "trade" => '\u{2122}',
        "deg" => '\u{00B0}',
        "times" => '\u{00D7}',
        "shy" => '\u{00AD}',
        "bull" => '\u{2022}',
        "euro" => '\u{20AC}',
        "pound" => '\u{00A3}',
        "yen" => '\u{00A5}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_paragraphs_and_list_items() {
        let md = "---\ntitle: \"A brief\"\nauthor: X\n---\n# Heading one\n\nFirst *paragraph* with a [link](https://x.org)\nand a second line.\n\n## Section\n\n- item one\n- item `two`\n  continued\n\n---\n\n```\ncode block\n\nstill code\n```\n\n> A quoted\n> passage.\n\nSetext heading\n--------------\n\n1. numbered\n2) also\n\n<!-- a comment\nover lines -->\nLast \\*escaped\\* one.\n";
        let c = markdown(md);
        assert_eq!(c.title.as_deref(), Some("A brief"));
        assert_eq!(
            c.blocks,
            [
                "First paragraph with a link and a second line.",
                "item one",
                "item two continued",
                "A quoted passage.",
                "numbered",
                "also",
                "Last *escaped* one."
            ]
        );
        assert_eq!(markdown("Title\n=====\n\nBody.").title.as_deref(), Some("Title"));
        assert_eq!(markdown("# T #\nBody.\r\n").blocks, ["Body."]);
    }

    #[test]
    fn markdown_links_by_reference_autolinks_and_underscore_emphasis() {
        let c = markdown(
            "See [the plan][plan], [the law][] and <https://example.org/a_b> or <press@example.org>; \
             _stressed_ but snake_case_name, 2 < 3 > 1.\n\n[plan]: https://example.org/plan\n[the law]: <https://x.org> \"Title\"\n\n\
             Noted.[^1]\n\n[^1]: The note.",
        );
        assert_eq!(
            c.blocks,
            [
                "See the plan, the law and https://example.org/a_b or press@example.org; stressed but snake_case_name, 2 < 3 > 1.",
                "Noted.[^1]",
                "[^1]: The note.",
            ]
        );
        // Raw HTML in Markdown: a block of tags alone is no paragraph; tags around text leave the text.
        let c = markdown(
            "<div align=\"center\">\n<img src=\"logo.png\">\n</div>\n\n<b>Note</b>: it grew.<br>\nA lot, 2 < 3.",
        );
        assert_eq!(c.blocks, ["Note: it grew. A lot, 2 < 3."]);
    }

    #[test]
    fn html_paragraphs() {
        let page = "<!DOCTYPE html><html><head><title>The &amp; title</title><style>p{}</style></head><body>\
            <nav><p>Menu</p></nav><h1>Heading</h1><p>First &ldquo;para&rdquo;\n  with <b>bold</b> &#8212; and&nbsp;more.</p>\
            <ul><li>One</li><li><p>Two</p></li></ul><div>Loose text</div><blockquote>Quoted<br>line</blockquote>\
            <p>Unclosed<p>Next &unknown; &#x41;</p><script>var p = '<p>no</p>';</script><!-- <p>no</p> --></body></html>";
        let c = html(page);
        assert_eq!(c.title.as_deref(), Some("The & title"));
        assert_eq!(
            c.blocks,
            [
                "First \u{201C}para\u{201D} with bold \u{2014} and\u{00A0}more.",
                "One",
                "Two",
                "Quoted line",
                "Unclosed",
                "Next &unknown; A"
            ]
        );
        assert_eq!(html("<h1>Only <i>heading</i></h1><p>a < b</p>").title.as_deref(), Some("Only heading"));
        assert_eq!(html("<p>a < b</p>").blocks, ["a < b"]);
        assert_eq!(html("<p>broken <b").blocks, ["broken <b"]);
        assert!(html("").blocks.is_empty());
    }

    #[test]
    fn canonical_text_gives_the_blocks_back() {
        let blocks = vec!["One.".to_string(), "Two\u{00A0}words.".to_string()];
        let text = canonical_text(&blocks);
        assert_eq!(source::blocks(&text), blocks);
        assert_eq!(TextFormat::from_name("a.MD"), TextFormat::Md);
        assert_eq!(TextFormat::from_name("a.htm"), TextFormat::Html);
        assert_eq!(TextFormat::from_name("a"), TextFormat::Txt);
    }
}
