//! The command line as clap types: commands, their flags, and the checks on flag values that need no
//! brief (views, languages, URLs, id prefixes). A mistake here is a usage error: clap prints it with a
//! pointer to the help and the process exits with status 2.

use brief_insights::load::convert::TextFormat;
use brief_insights::render::{Lang, View};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// The help of each command starts with its usage line, then says what it does.
const COMMAND_HELP: &str = "{usage-heading} {usage}\n\n{about-with-newline}\n{all-args}{after-help}";

#[derive(Parser)]
#[command(
    name = "brief-insights",
    about = "brief-insights: write, check and embed the key insights of a policy brief, each cited to its source.",
    after_help = "FILE may be - to read standard input.\n\
                  Exit status: 0 success, 1 a brief has problems, 2 usage error or unreadable file.",
    arg_required_else_help = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// check briefs; print every problem as file:line:column: path: message
    ///
    /// Checks each brief: JSON syntax, the shape of every field, and consistency (ids unique and slugs,
    /// references that name existing items, evidence paragraphs within meta.paragraphs, real dates).
    /// When the brief names its text (meta.source.text, a path relative to the brief file), every quote
    /// must also be text of the paragraph it cites (docs/paragraphs.md), and meta.paragraphs must be the
    /// number of paragraphs of that text. Every problem is reported at once, one per line:
    ///
    ///   FILE:LINE:COLUMN: PATH: MESSAGE
    ///
    /// A valid brief prints `FILE: ok (N items, M quotes)`.
    #[command(
        verbatim_doc_comment,
        help_template = COMMAND_HELP,
        after_help = "Exit status: 0 all valid, 1 any problem, 2 usage error or unreadable file."
    )]
    Validate(ValidateArgs),
    /// write a starter brief that validates, with a placeholder for every field
    ///
    /// Writes a starter brief with one example of every kind of item (judgment, axis, actor, relation,
    /// project, indicator with an observation, event, recommendation area, recommendation). It validates
    /// as it is; every text to replace starts with "REPLACE:". Its "$schema" points at
    /// ./brief.schema.json: create that file with `brief-insights schema > brief.schema.json` next to
    /// the brief, and editors that understand JSON Schema explain and check every field while you type.
    #[command(verbatim_doc_comment, help_template = COMMAND_HELP)]
    New(NewArgs),
    /// print the JSON Schema of the brief format (for editors and other validators)
    ///
    /// Prints the JSON Schema (draft 2020-12) of the brief format: every field with its description,
    /// type, allowed values and patterns. Save it next to your briefs as brief.schema.json.
    /// Some rules need the whole brief and only `brief-insights validate` checks them: ids that must
    /// exist and be unique, evidence paragraphs within meta.paragraphs, and calendar dates such as
    /// 2025-02-30.
    #[command(verbatim_doc_comment, help_template = COMMAND_HELP)]
    Schema,
    /// print the brief's insights as static HTML, with their quotes and JSON-LD
    ///
    /// Prints the brief's insights as static, semantic HTML: every item with the quote it comes from and
    /// its paragraph number, plus schema.org JSON-LD. It needs no JavaScript; put it where readers
    /// without the widget, printers and search engines will find it.
    #[command(verbatim_doc_comment, help_template = COMMAND_HELP)]
    Render(RenderArgs),
    /// print the snippet to paste into a web page: the widget and its no-script fallback
    ///
    /// Prints the HTML to paste into a page: the widget's script tag and a <brief-insights> element whose
    /// content is the brief rendered as static HTML. Readers see that content until the widget is
    /// ready, and keep it if JavaScript is off or blocked.
    #[command(verbatim_doc_comment, help_template = COMMAND_HELP, after_help = "URLs must be relative or http(s).")]
    Embed(EmbedArgs),
    /// count items and quotes; list items without evidence and paragraphs never cited
    ///
    /// Counts the items of each kind and the evidence quotes, lists the body paragraphs no quote comes
    /// from, and the items that have no evidence yet. When the brief names its text (meta.source), also
    /// its coverage: the share of sentences cited, the paragraphs no quote is found in (those listed in
    /// meta.source.uncited apart, as left uncited on purpose), and for each paragraph which sentences are
    /// cited by which items. Works on a brief that still has problems, as long as its fields have the
    /// right shape.
    #[command(verbatim_doc_comment, help_template = COMMAND_HELP)]
    Stats(StatsArgs),
    /// number the paragraphs of a text (plain, Markdown or HTML); write it as a brief's text and a starter
    ///
    /// Reads the brief's text and prints its paragraphs, numbered by the rule of docs/paragraphs.md:
    /// blocks of non-blank lines, the first --header-blocks of them (title, byline) and the last
    /// --footer-blocks (notes, disclaimer) not numbered.
    /// Markdown: headings, front matter, thematic breaks and code fences are not paragraphs; paragraphs,
    /// list items and block quotes are. HTML: the text of p, li and blockquote elements.
    ///
    /// --out-text writes the canonical text file (one paragraph per block, blocks separated by blank
    /// lines) that quotes are checked against; --out-brief writes a starter brief (as `new` does) whose
    /// meta.paragraphs and meta.source match that text and whose quotes are sentences of it.
    #[command(verbatim_doc_comment, help_template = COMMAND_HELP)]
    Text(TextArgs),
    /// serve Brief Studio on 127.0.0.1 and open it in the browser
    ///
    /// Serves the studio (www/studio.html: turn a brief's text into cited insights, docs/studio.md) and
    /// what it needs (www/, pkg/, schema/, briefs/) from the checkout, or from --root, on 127.0.0.1 only,
    /// and opens it in the default browser. Needs the Wasm build (`bash tools/build-wasm.sh`). Stop it
    /// with Ctrl+C; the studio keeps its work in the browser.
    #[command(verbatim_doc_comment, help_template = COMMAND_HELP)]
    Studio(crate::studio::StudioArgs),
    /// build a static site from a folder of briefs: pages, a search index, sitemap and feed
    ///
    /// Checks every brief of BRIEFS_DIR (*.json, with the texts their meta.source names) as `validate`
    /// does, and publishes nothing if any has a problem: every problem of every brief is listed. Then
    /// writes SITE_DIR: index.html (every brief, inside <brief-insights-library>), briefs/ID.html (the
    /// brief's static rendering inside <brief-insights>), library/ (the sharded search index, the
    /// catalogue, the actors' timelines), sitemap.xml and feed.xml (Atom; with --base-url), and assets/
    /// (the widget and the library element). A rebuild writes only the files whose content changed.
    /// docs/library.md describes the site and its index.
    #[command(verbatim_doc_comment, help_template = COMMAND_HELP)]
    Site(crate::site::SiteArgs),
    /// print a shell completion script
    ///
    /// Prints the completion script for SHELL. For example, for bash:
    ///
    ///   brief-insights completions bash > ~/.local/share/bash-completion/completions/brief-insights
    #[command(verbatim_doc_comment, help_template = COMMAND_HELP)]
    Completions {
        /// the shell to complete in
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Args)]
pub struct ValidateArgs {
    /// json: a JSON array of {file, kind, path, line, column, message}; kind is syntax, schema, semantic
    /// or limit
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// do not check quotes against the brief's text (meta.source)
    #[arg(long)]
    pub no_source: bool,
    /// the briefs to check (- for standard input)
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,
}

#[derive(Args)]
pub struct NewArgs {
    /// write to FILE instead of standard output; refuses to overwrite an existing file
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// overwrite FILE if it exists
    #[arg(long)]
    pub force: bool,
    /// the brief's title (default: a placeholder)
    #[arg(long)]
    pub title: Option<String>,
    /// the brief's language, meta.language: a BCP 47 tag such as en, ko or pt-BR
    #[arg(long, value_name = "TAG", value_parser = language_tag, default_value = "en")]
    pub lang: String,
}

#[derive(Args)]
pub struct TextArgs {
    /// the text (- for standard input)
    #[arg(value_name = "INPUT")]
    pub input: String,
    /// txt, md or html (default: from the file name's extension; plain text otherwise)
    #[arg(long, value_enum)]
    pub format: Option<TextFormat>,
    /// how many leading blocks are front matter (series, title, byline), not numbered
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub header_blocks: u32,
    /// how many trailing blocks are back matter (notes, disclaimer), not numbered
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub footer_blocks: u32,
    /// write the canonical text file here
    #[arg(long, value_name = "FILE")]
    pub out_text: Option<PathBuf>,
    /// write a starter brief here, with meta.source naming the text
    #[arg(long, value_name = "FILE")]
    pub out_brief: Option<PathBuf>,
    /// the starter's meta.language: a BCP 47 tag
    #[arg(long, value_name = "TAG", value_parser = language_tag, default_value = "en")]
    pub lang: String,
    /// the starter's title (default: the text's own title if it has one, else a placeholder)
    #[arg(long)]
    pub title: Option<String>,
    /// overwrite the output files if they exist
    #[arg(long)]
    pub force: bool,
}

/// What `render` and `embed` share.
#[derive(Args)]
pub struct FallbackArgs {
    /// language of headings and labels (default: the brief's meta.language if ko, else en)
    #[arg(long, value_name = "en|ko", value_parser = language)]
    pub lang: Option<Lang>,
    /// prefix every id attribute with P, so two renderings on one page never collide
    #[arg(long, value_name = "P", value_parser = id_prefix)]
    pub id_prefix: Option<String>,
}

#[derive(Args)]
pub struct RenderArgs {
    /// the brief (- for standard input)
    #[arg(value_name = "FILE")]
    pub file: String,
    /// only one view: overview, partners, projects, timeline, economy, recommendations
    #[arg(long, value_name = "VIEW", value_parser = static_view)]
    pub view: Option<View>,
    #[command(flatten)]
    pub fallback: FallbackArgs,
    /// a complete HTML page (doctype, charset, viewport, title) instead of a fragment
    #[arg(long)]
    pub standalone: bool,
    /// with --standalone: a stylesheet to link, e.g. /brief-insights/www/brief-insights.css
    #[arg(long, value_name = "URL", requires = "standalone", value_parser = safe_url)]
    pub css: Option<String>,
    /// only one item, as a piece for an article (html), or its chart (svg)
    #[arg(long, value_name = "ID", conflicts_with = "view")]
    pub item: Option<String>,
    /// html, or svg: the chart(s) of --view (partners, projects, timeline, economy) or --item as an
    /// image file with the citation and source drawn in
    #[arg(long, value_enum, default_value_t = RenderFormat::Html)]
    pub format: RenderFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RenderFormat {
    Html,
    Svg,
}

#[derive(Args)]
pub struct EmbedArgs {
    /// the brief (- for standard input)
    #[arg(value_name = "FILE")]
    pub file: String,
    /// where the brief JSON is served (default: /briefs/<file name>)
    #[arg(long, value_name = "URL", value_parser = safe_url)]
    pub src: Option<String>,
    /// where brief-insights.js is served
    #[arg(long, value_name = "URL", value_parser = safe_url, default_value = "/brief-insights/www/brief-insights.js")]
    pub script: String,
    /// the view the widget opens on: overview, partners, projects, timeline, economy, recommendations,
    /// search
    #[arg(long, value_name = "VIEW", value_parser = any_view)]
    pub view: Option<View>,
    /// one item as a piece for an article (`item` attribute; its static rendering is the fallback)
    #[arg(long, value_name = "ID", conflicts_with = "view")]
    pub item: Option<String>,
    /// with --item: where the piece links to the whole brief (default: the brief's meta.sourceUrl)
    #[arg(long, value_name = "URL", requires = "item", value_parser = safe_url)]
    pub href: Option<String>,
    /// leave out the first screen: the opening view (or piece) rendered ahead of time as a declarative
    /// shadow root, which browsers show as they parse the page, before the widget's script and module
    #[arg(long)]
    pub no_first_screen: bool,
    #[command(flatten)]
    pub fallback: FallbackArgs,
}

#[derive(Args)]
pub struct StatsArgs {
    /// output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// leave out the coverage of the brief's text (meta.source)
    #[arg(long)]
    pub no_source: bool,
    /// the brief (- for standard input)
    #[arg(value_name = "FILE")]
    pub file: String,
}

fn view_names(with_search: bool) -> String {
    let names: Vec<&str> =
        View::ALL.iter().filter(|v| with_search || **v != View::Search).map(|v| v.as_str()).collect();
    names.join(", ")
}

/// A view `render` can print: every view but search, which needs the widget.
fn static_view(name: &str) -> Result<View, String> {
    match View::parse(name) {
        Some(View::Search) => Err("the search view needs the widget; it has no static rendering".into()),
        Some(view) => Ok(view),
        None => Err(format!("unknown view \"{}\"; views: {}", name, view_names(false))),
    }
}

/// A view the widget can open on.
fn any_view(name: &str) -> Result<View, String> {
    View::parse(name).ok_or_else(|| format!("unknown view \"{}\"; views: {}", name, view_names(true)))
}

/// `en` or `ko`, with any region (`ko-KR`).
fn language(tag: &str) -> Result<Lang, String> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match primary.as_str() {
        "en" | "ko" => Ok(Lang::parse(tag)),
        _ => Err("must be en or ko".into()),
    }
}

/// A BCP 47 language tag by its syntax (RFC 5646, well-formed): subtags of 1 to 8 letters or digits
/// separated by `-`, the first 2 to 8 letters. Whether the tag is registered is not checked.
fn language_tag(tag: &str) -> Result<String, String> {
    let mut subtags = tag.split('-');
    let first = subtags.next().unwrap_or("");
    let first_ok = (2..=8).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok = subtags.all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()));
    if first_ok && rest_ok {
        Ok(tag.to_string())
    } else {
        Err("not a BCP 47 language tag; use one such as en, ko or pt-BR".into())
    }
}

/// `--id-prefix`: a letter, then letters, digits, `-` or `_`, so every id stays a plain token.
fn id_prefix(prefix: &str) -> Result<String, String> {
    let plain = prefix.len() <= 64
        && prefix.starts_with(|c: char| c.is_ascii_alphabetic())
        && prefix.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if plain {
        Ok(prefix.to_string())
    } else {
        Err("must start with a letter and hold only letters, digits, - and _ (at most 64)".into())
    }
}

fn safe_url(url: &str) -> Result<String, String> {
    if is_safe_url(url) {
        Ok(url.to_string())
    } else {
        Err("must be a relative or http(s) URL".into())
    }
}

/// A URL safe to put in `src`: relative, or http(s). Never `javascript:`, `data:` and the like.
pub fn is_safe_url(url: &str) -> bool {
    let url = url.trim();
    if url.is_empty() || url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return true;
    }
    // Anything before the first '/', '?' or '#' that contains ':' is a scheme.
    let head = url.split(['/', '?', '#']).next().unwrap_or("");
    !head.contains(':')
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn urls() {
        for ok in ["/briefs/a.json", "a.json", "../x/y.json?v=1#z", "https://example.org/a.json", "HTTP://x"] {
            assert!(is_safe_url(ok), "{}", ok);
        }
        for bad in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", " ", "", "a b", "vbscript:x"] {
            assert!(!is_safe_url(bad), "{}", bad);
        }
    }

    #[test]
    fn flag_values() {
        assert!(static_view("search").is_err());
        assert!(any_view("search").is_ok());
        assert!(static_view("Partners").is_ok());
        assert!(language("ko-KR").is_ok() && language("fr").is_err());
        for bad in ["1x", "a b", "a\"b", "<x>", ""] {
            assert!(id_prefix(bad).is_err(), "{:?}", bad);
        }
        assert!(id_prefix("second-").is_ok());
        for ok in ["en", "ko", "pt-BR", "zh-Hant-TW", "sr-Latn", "art-lojban"] {
            assert!(language_tag(ok).is_ok(), "{}", ok);
        }
        for bad in ["", "Korean ", "e", "en_GB", "en--GB", "ko-", "1ab"] {
            assert!(language_tag(bad).is_err(), "{:?}", bad);
        }
    }
}
