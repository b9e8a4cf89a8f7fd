//! `brief-insights`: write, check and embed a policy brief's insights.
//!
//! Exit status: 0 success, 1 a brief has problems, 2 a usage error or a file that cannot be read.
//! Output is written with errors ignored (a closed pipe is not worth a panic, and the release profile
//! aborts on panic).

mod args;
mod input;
mod starter;
mod stats;

use args::{flag, option, FlagSpec, Parsed};
use brief_insights::decode::edit_distance;
use brief_insights::json::{self, JsonWriter};
use brief_insights::model::{Brief, FORMAT_VERSION};
use brief_insights::render::{self, Lang, RenderOptions, View};
use brief_insights::{load, Diagnostics, LoadedBrief};
use input::Source;
use std::io::{self, Write};
use std::path::Path;

const VERSION: &str = env!("CARGO_PKG_VERSION");

const OK: i32 = 0;
const PROBLEMS: i32 = 1;
const USAGE: i32 = 2;

const HELP: &str = "\
brief-insights: write, check and embed the key insights of a policy brief, each cited to its source.

Usage: brief-insights <command> [options]

Commands:
  validate FILE...   check briefs; print every problem as file:line:column: path: message
  new                write a starter brief that validates, with a placeholder for every field
  schema             print the JSON Schema of the brief format (for editors and other validators)
  render FILE        print the brief's insights as static HTML, with their quotes and JSON-LD
  embed FILE         print the snippet to paste into a web page: the widget and its no-script fallback
  stats FILE         count items and quotes; list items without evidence and paragraphs never cited
  help [COMMAND]     show help for a command

Options:
  -h, --help         show help (after a command: that command's help)
  -V, --version      show the version and the brief format it reads

FILE may be - to read standard input.
Exit status: 0 success, 1 a brief has problems, 2 usage error or unreadable file.
";

const VALIDATE_HELP: &str = "\
Usage: brief-insights validate [--format text|json] FILE...

Checks each brief: JSON syntax, the shape of every field, and consistency (ids unique and slugs,
references that name existing items, evidence paragraphs within meta.paragraphs, real dates).
Every problem is reported at once, one per line:

  FILE:LINE:COLUMN: PATH: MESSAGE

A valid brief prints `FILE: ok (N items, M quotes)`.

Options:
  --format text|json   json: a JSON array of {file, kind, path, line, column, message};
                       kind is syntax, schema, semantic or limit
  -h, --help           show this help

Exit status: 0 all valid, 1 any problem, 2 usage error or unreadable file.
";

const NEW_HELP: &str = "\
Usage: brief-insights new [--out FILE] [--title TITLE] [--force]

Writes a starter brief with one example of every kind of item (judgment, axis, actor, relation,
project, indicator with an observation, event, recommendation area, recommendation). It validates as
it is; every text to replace starts with \"REPLACE:\". Its \"$schema\" points at ./brief.schema.json:
create that file with `brief-insights schema > brief.schema.json` next to the brief, and editors that
understand JSON Schema explain and check every field while you type.

Options:
  --out FILE       write to FILE instead of standard output; refuses to overwrite an existing file
  --force          overwrite FILE if it exists
  --title TITLE    the brief's title (default: a placeholder)
  -h, --help       show this help
";

const SCHEMA_HELP: &str = "\
Usage: brief-insights schema

Prints the JSON Schema (draft 2020-12) of the brief format: every field with its description, type,
allowed values and patterns. Save it next to your briefs as brief.schema.json.
Some rules need the whole brief and only `brief-insights validate` checks them: ids that must exist
and be unique, evidence paragraphs within meta.paragraphs, and calendar dates such as 2025-02-30.

Options:
  -h, --help       show this help
";

const RENDER_HELP: &str = "\
Usage: brief-insights render FILE [--view VIEW] [--lang en|ko] [--standalone [--css URL]] [--id-prefix P]

Prints the brief's insights as static, semantic HTML: every item with the quote it comes from and
its paragraph number, plus schema.org JSON-LD. It needs no JavaScript; put it where readers without
the widget, printers and search engines will find it.

Options:
  --view VIEW      only one view: overview, partners, projects, timeline, economy, recommendations
  --lang en|ko     language of headings and labels (default: the brief's meta.language if ko, else en)
  --standalone     a complete HTML page (doctype, charset, viewport, title) instead of a fragment
  --css URL        with --standalone: a stylesheet to link, e.g. /brief-insights/www/brief-insights.css
  --id-prefix P    prefix every id attribute with P, so two renderings on one page never collide
  -h, --help       show this help
";

const EMBED_HELP: &str = "\
Usage: brief-insights embed FILE [--src URL] [--script URL] [--view VIEW] [--lang en|ko] [--id-prefix P]

Prints the HTML to paste into a page: the widget's script tag and a <brief-insights> element whose
content is the brief rendered as static HTML. Readers see that content until the widget is ready,
and keep it if JavaScript is off or blocked.

Options:
  --src URL        where the brief JSON is served (default: /briefs/<file name>)
  --script URL     where brief-insights.js is served
                   (default: /brief-insights/www/brief-insights.js)
  --view VIEW      the view the widget opens on: overview, partners, projects, timeline, economy,
                   recommendations, search
  --lang en|ko     the widget's language (default: the page's)
  --id-prefix P    prefix every id attribute of the fallback with P (for several briefs on one page)
  -h, --help       show this help

URLs must be relative or http(s).
";

const STATS_HELP: &str = "\
Usage: brief-insights stats [--format text|json] FILE

Counts the items of each kind and the evidence quotes, lists the body paragraphs no quote comes
from, and the items that have no evidence yet. Works on a brief that still has problems, as long as
its fields have the right shape.

Options:
  --format text|json   output format (default: text)
  -h, --help           show this help
";

fn main() {
    let mut raw = Vec::new();
    for arg in std::env::args_os().skip(1) {
        match arg.into_string() {
            Ok(s) => raw.push(s),
            Err(bad) => {
                eprint_text(&format!("error: argument {:?} is not valid UTF-8\n", bad));
                std::process::exit(USAGE);
            }
        }
    }
    std::process::exit(run(&raw));
}

fn print_text(s: &str) {
    let _ = io::stdout().lock().write_all(s.as_bytes());
}

fn eprint_text(s: &str) {
    let _ = io::stderr().lock().write_all(s.as_bytes());
}

fn usage_error(message: &str, command: Option<&str>) -> i32 {
    let hint = match command {
        Some(c) => format!("brief-insights {} --help", c),
        None => "brief-insights --help".into(),
    };
    eprint_text(&format!("error: {}\nTry `{}`.\n", message, hint));
    USAGE
}

fn run(raw: &[String]) -> i32 {
    let Some((command, rest)) = raw.split_first() else {
        eprint_text(HELP);
        return USAGE;
    };
    match command.as_str() {
        "-h" | "--help" => {
            print_text(HELP);
            OK
        }
        "-V" | "--version" => {
            print_text(&format!("brief-insights {} (brief format {})\n", VERSION, FORMAT_VERSION));
            OK
        }
        "help" => match rest.first().map(String::as_str) {
            None => {
                print_text(HELP);
                OK
            }
            Some(c) => match find_command(c) {
                Some(command) => {
                    print_text(command.help);
                    OK
                }
                None => usage_error(&format!("unknown command \"{}\"", c), None),
            },
        },
        name => match find_command(name) {
            Some(command) => match args::parse(rest, command.flags) {
                Ok(p) if p.help => {
                    print_text(command.help);
                    OK
                }
                Ok(p) => (command.run)(&p),
                Err(e) => usage_error(&e, Some(name)),
            },
            None => {
                let hint = COMMANDS
                    .iter()
                    .map(|c| c.name)
                    .chain(["help"])
                    .find(|known| edit_distance(name, known) <= 2)
                    .map(|known| format!(" (did you mean {}?)", known))
                    .unwrap_or_default();
                usage_error(&format!("unknown command \"{}\"{}", name, hint), None)
            }
        },
    }
}

struct Command {
    name: &'static str,
    help: &'static str,
    flags: &'static [FlagSpec],
    run: fn(&Parsed) -> i32,
}

static COMMANDS: [Command; 6] = [
    Command { name: "validate", help: VALIDATE_HELP, flags: &[option("format")], run: validate },
    Command { name: "new", help: NEW_HELP, flags: &[option("out"), option("title"), flag("force")], run: new_brief },
    Command { name: "schema", help: SCHEMA_HELP, flags: &[], run: schema },
    Command {
        name: "render",
        help: RENDER_HELP,
        flags: &[option("view"), option("lang"), flag("standalone"), option("css"), option("id-prefix")],
        run: render_command,
    },
    Command {
        name: "embed",
        help: EMBED_HELP,
        flags: &[option("src"), option("script"), option("view"), option("lang"), option("id-prefix")],
        run: embed,
    },
    Command { name: "stats", help: STATS_HELP, flags: &[option("format")], run: stats_command },
];

fn find_command(name: &str) -> Option<&'static Command> {
    COMMANDS.iter().find(|c| c.name == name)
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Json,
}

fn format_of(p: &Parsed, command: &str) -> Result<Format, i32> {
    match p.value("format") {
        None | Some("text") => Ok(Format::Text),
        Some("json") => Ok(Format::Json),
        Some(other) => Err(usage_error(&format!("--format must be text or json, not \"{}\"", other), Some(command))),
    }
}

/// Exactly one FILE argument.
fn single_file<'a>(p: &'a Parsed, command: &str) -> Result<&'a str, i32> {
    match p.positional.as_slice() {
        [file] => Ok(file),
        [] => Err(usage_error("missing FILE", Some(command))),
        _ => Err(usage_error("expected exactly one FILE", Some(command))),
    }
}

/// Reads a source; `Err` carries the exit status after reporting the I/O error.
fn read_source(arg: &str) -> Result<Source, i32> {
    input::read(arg).map_err(|e| {
        eprint_text(&format!("{}: cannot read: {}\n", input::display_name(arg), e));
        USAGE
    })
}

fn problem_lines(file: &str, problems: &Diagnostics) -> String {
    problems.iter().map(|d| format!("{}:{}\n", file, d)).collect()
}

/// A brief that loads, or the exit status after printing its problems.
fn load_or_report(arg: &str) -> Result<LoadedBrief, i32> {
    let name = input::display_name(arg);
    let result = match read_source(arg)? {
        Source::Text(text) => load(&text),
        Source::Rejected(problems) => Err(problems),
    };
    result.map_err(|problems| {
        eprint_text(&problem_lines(name, &problems));
        eprint_text(&format!("{}: {}; run `brief-insights validate {}`\n", name, count_problems(problems.len()), name));
        PROBLEMS
    })
}

fn count_problems(n: usize) -> String {
    format!("{} problem{}", n, if n == 1 { "" } else { "s" })
}

fn validate(p: &Parsed) -> i32 {
    let format = match format_of(p, "validate") {
        Ok(f) => f,
        Err(code) => return code,
    };
    if p.positional.is_empty() {
        return usage_error("missing FILE (use - for standard input)", Some("validate"));
    }
    let mut status = OK;
    let mut json_out = JsonWriter::new(true);
    json_out.begin_array();
    for arg in &p.positional {
        let name = input::display_name(arg);
        let result = match read_source(arg) {
            Ok(Source::Text(text)) => {
                let placeholders = text.matches(starter::PLACEHOLDER_MARK).count();
                if placeholders > 0 && format == Format::Text {
                    eprint_text(&format!(
                        "{}: note: {} text{} still start{} with \"{}\"\n",
                        name,
                        placeholders,
                        if placeholders == 1 { "" } else { "s" },
                        if placeholders == 1 { "s" } else { "" },
                        starter::PLACEHOLDER_MARK
                    ));
                }
                load(&text)
            }
            Ok(Source::Rejected(problems)) => Err(problems),
            Err(code) => {
                status = status.max(code);
                continue;
            }
        };
        match result {
            Ok(brief) => {
                if format == Format::Text {
                    let items = brief.items();
                    let quotes: usize = items.iter().map(|i| i.evidence().len()).sum();
                    print_text(&format!("{}: ok ({} items, {} quotes)\n", name, items.len(), quotes));
                }
            }
            Err(problems) => {
                status = status.max(PROBLEMS);
                match format {
                    Format::Text => {
                        print_text(&problem_lines(name, &problems));
                        eprint_text(&format!("{}: {}\n", name, count_problems(problems.len())));
                    }
                    Format::Json => {
                        for d in problems.iter() {
                            json_out.begin_object();
                            json_out.field("file", name).field("kind", d.kind.as_str()).field("path", &d.path);
                            json_out.key("line").number(f64::from(d.line));
                            json_out.key("column").number(f64::from(d.column));
                            json_out.field("message", &d.message);
                            json_out.end_object();
                        }
                    }
                }
            }
        }
    }
    json_out.end_array();
    if format == Format::Json {
        let mut text = json_out.finish();
        text.push('\n');
        print_text(&text);
    }
    status
}

fn new_brief(p: &Parsed) -> i32 {
    if let Some(extra) = p.positional.first() {
        return usage_error(&format!("unexpected argument \"{}\" (use --out FILE)", extra), Some("new"));
    }
    let text = starter::starter(p.value("title"), &starter::today());
    let Some(out) = p.value("out") else {
        print_text(&text);
        eprint_text(
            "Save this as a .json file, then run `brief-insights schema > brief.schema.json` in the same folder\n\
             so editors can check it while you type. Replace every \"REPLACE:\" text, then run\n\
             `brief-insights validate FILE`.\n",
        );
        return OK;
    };
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if p.has("force") {
        options.create(true).truncate(true);
    } else {
        // create_new fails if the file exists, atomically: no window in which another file could appear.
        options.create_new(true);
    }
    let written = options.open(out).and_then(|mut f| f.write_all(text.as_bytes()));
    if let Err(e) = written {
        if e.kind() == io::ErrorKind::AlreadyExists {
            eprint_text(&format!("{}: already exists; use --force to overwrite it\n", out));
        } else {
            eprint_text(&format!("{}: cannot write: {}\n", out, e));
        }
        return USAGE;
    }
    let folder = Path::new(out).parent().filter(|d| !d.as_os_str().is_empty());
    let schema_path = match folder {
        Some(d) => d.join("brief.schema.json").display().to_string(),
        None => "brief.schema.json".into(),
    };
    eprint_text(&format!(
        "Wrote {out}: a starter brief with one example of every kind of item.\n\
         Next:\n\
         \x20 1. brief-insights schema > {schema_path}\n\
         \x20    (its \"$schema\" points there, so editors explain and check fields while you type)\n\
         \x20 2. Replace every text starting with \"REPLACE:\"; set meta.paragraphs to the number of body\n\
         \x20    paragraphs; copy each quote verbatim from the paragraph its evidence names.\n\
         \x20 3. brief-insights validate {out}\n\
         \x20 4. brief-insights embed {out} --src /briefs/<name>.json\n"
    ));
    OK
}

fn schema(p: &Parsed) -> i32 {
    if let Some(extra) = p.positional.first() {
        return usage_error(&format!("unexpected argument \"{}\"", extra), Some("schema"));
    }
    print_text(&brief_insights::schema::json_schema());
    OK
}

fn view_of(p: &Parsed, command: &str, allow_search: bool) -> Result<Option<View>, i32> {
    let Some(name) = p.value("view") else { return Ok(None) };
    match View::parse(name) {
        Some(View::Search) if !allow_search => {
            Err(usage_error("the search view needs the widget; it has no static rendering", Some(command)))
        }
        Some(v) => Ok(Some(v)),
        None => {
            let names: Vec<&str> =
                View::ALL.iter().filter(|v| allow_search || **v != View::Search).map(|v| v.as_str()).collect();
            Err(usage_error(&format!("unknown view \"{}\"; views: {}", name, names.join(", ")), Some(command)))
        }
    }
}

fn lang_of(p: &Parsed, command: &str) -> Result<Option<Lang>, i32> {
    let Some(tag) = p.value("lang") else { return Ok(None) };
    let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    match primary.as_str() {
        "en" | "ko" => Ok(Some(Lang::parse(tag))),
        _ => Err(usage_error(&format!("--lang must be en or ko, not \"{}\"", tag), Some(command))),
    }
}

/// `--id-prefix`: a letter, then letters, digits, `-` or `_`, so every id stays a plain token.
fn id_prefix_of(p: &Parsed, command: &str) -> Result<String, i32> {
    let Some(prefix) = p.value("id-prefix") else { return Ok(String::new()) };
    let plain = prefix.len() <= 64
        && prefix.starts_with(|c: char| c.is_ascii_alphabetic())
        && prefix.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if plain {
        Ok(prefix.to_string())
    } else {
        Err(usage_error(
            &format!("--id-prefix \"{}\" must start with a letter and hold only letters, digits, - and _", prefix),
            Some(command),
        ))
    }
}

/// A URL safe to put in `src`: relative, or http(s). Never `javascript:`, `data:` and the like.
fn is_safe_url(url: &str) -> bool {
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

fn render_command(p: &Parsed) -> i32 {
    let file = match single_file(p, "render") {
        Ok(f) => f,
        Err(code) => return code,
    };
    let (view, lang) = match (view_of(p, "render", false), lang_of(p, "render")) {
        (Ok(v), Ok(l)) => (v, l),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let css = p.value("css");
    if let Some(url) = css {
        if !p.has("standalone") {
            return usage_error("--css needs --standalone", Some("render"));
        }
        if !is_safe_url(url) {
            return usage_error(&format!("--css \"{}\" must be a relative or http(s) URL", url), Some("render"));
        }
    }
    let id_prefix = match id_prefix_of(p, "render") {
        Ok(prefix) => prefix,
        Err(code) => return code,
    };
    let brief = match load_or_report(file) {
        Ok(b) => b,
        Err(code) => return code,
    };
    // Labels in the brief's own language unless asked otherwise.
    let lang = lang.unwrap_or_else(|| Lang::parse(&brief.brief.meta.language));
    let options = RenderOptions { lang, id_prefix, ..RenderOptions::default() };
    let document = render::render_document(&brief, &options);
    let body = match view {
        None => document,
        Some(v) => match document_with_one_view(&document, v) {
            Some(one) => one,
            None => {
                eprint_text(&format!("error: the document has no {} view to extract\n", v.as_str()));
                return USAGE;
            }
        },
    };
    if p.has("standalone") {
        print_text(&standalone_page(&brief.brief, lang, css, &body));
    } else {
        print_text(&body);
        if !body.ends_with('\n') {
            print_text("\n");
        }
    }
    OK
}

/// The static document with one view only: its header, that view's section and the JSON-LD. The
/// widget's `render_view` is not used because it renders controls (quotes behind buttons) that need
/// JavaScript; the document shows every quote inline.
///
/// Cutting the document at its `<section>` tags is sound because every brief string in it is escaped: a
/// literal `<section` can only be markup.
fn document_with_one_view(document: &str, view: View) -> Option<String> {
    let first_view = document.find("<section class=\"bi-view ")?;
    let start = document.find(&format!("<section class=\"bi-view bi-view-{}\"", view.as_str()))?;
    let end = start + section_length(document.get(start..)?)?;
    let json_ld = document.find("<script type=\"application/ld+json\">")?;
    if json_ld < end {
        return None;
    }
    Some(format!("{}{}{}", document.get(..first_view)?, document.get(start..end)?, document.get(json_ld..)?))
}

/// Length of the `<section>` element `s` starts with, nested sections included.
fn section_length(s: &str) -> Option<usize> {
    const OPEN: &str = "<section";
    const CLOSE: &str = "</section>";
    let mut depth = 0usize;
    let mut at = 0usize;
    loop {
        let rest = s.get(at..)?;
        match (rest.find(OPEN), rest.find(CLOSE)) {
            (Some(open), Some(close)) if open < close => {
                depth += 1;
                at += open + OPEN.len();
            }
            (_, Some(close)) => {
                depth = depth.checked_sub(1)?;
                at += close + CLOSE.len();
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => return None,
        }
    }
}

fn standalone_page(brief: &Brief, lang: Lang, css: Option<&str>, body: &str) -> String {
    let e = render::escape_html;
    let stylesheet = css.map(|url| format!("<link rel=\"stylesheet\" href=\"{}\">\n", e(url))).unwrap_or_default();
    let description = brief
        .meta
        .summary
        .as_deref()
        .map(|s| format!("<meta name=\"description\" content=\"{}\">\n", e(s)))
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} — {series} {number}</title>\n{description}{stylesheet}</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n",
        lang = lang.as_str(),
        title = e(&brief.meta.title),
        series = e(&brief.meta.series),
        number = e(&brief.meta.number),
    )
}

fn embed(p: &Parsed) -> i32 {
    let file = match single_file(p, "embed") {
        Ok(f) => f,
        Err(code) => return code,
    };
    let (view, lang) = match (view_of(p, "embed", true), lang_of(p, "embed")) {
        (Ok(v), Ok(l)) => (v, l),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let file_name =
        Path::new(file).file_name().and_then(|n| n.to_str()).filter(|_| file != "-").unwrap_or("brief.json");
    let src = p.value("src").map(str::to_string).unwrap_or_else(|| format!("/briefs/{}", file_name));
    let script = p.value("script").unwrap_or("/brief-insights/www/brief-insights.js");
    for (flag_name, url) in [("--src", src.as_str()), ("--script", script)] {
        if !is_safe_url(url) {
            return usage_error(&format!("{} \"{}\" must be a relative or http(s) URL", flag_name, url), Some("embed"));
        }
    }
    let id_prefix = match id_prefix_of(p, "embed") {
        Ok(prefix) => prefix,
        Err(code) => return code,
    };
    let brief = match load_or_report(file) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let fallback_lang = lang.unwrap_or_else(|| Lang::parse(&brief.brief.meta.language));
    let options = RenderOptions { lang: fallback_lang, id_prefix, ..RenderOptions::default() };
    let fallback = render::render_document(&brief, &options);
    let e = render::escape_html;
    let mut attributes = format!(" src=\"{}\"", e(&src));
    if let Some(v) = view {
        attributes.push_str(&format!(" view=\"{}\"", v.as_str()));
    }
    if let Some(l) = lang {
        attributes.push_str(&format!(" lang=\"{}\"", l.as_str()));
    }
    print_text(&format!(
        "<script type=\"module\" src=\"{}\"></script>\n<brief-insights{}>\n{}\n</brief-insights>\n",
        e(script),
        attributes,
        fallback.trim_end()
    ));
    if p.value("src").is_none() {
        eprint_text(&format!("note: the snippet expects the brief at {}; change it with --src URL\n", src));
    }
    OK
}

fn stats_command(p: &Parsed) -> i32 {
    let format = match format_of(p, "stats") {
        Ok(f) => f,
        Err(code) => return code,
    };
    let file = match single_file(p, "stats") {
        Ok(f) => f,
        Err(code) => return code,
    };
    let name = input::display_name(file);
    let text = match read_source(file) {
        Ok(Source::Text(t)) => t,
        Ok(Source::Rejected(problems)) => {
            eprint_text(&problem_lines(name, &problems));
            return PROBLEMS;
        }
        Err(code) => return code,
    };
    // Shape first: stats needs typed fields, but not a semantically valid brief.
    let shaped = json::parse(&text).ok().and_then(|root| brief_insights::decode::decode_brief(&root).ok());
    let problems = load(&text).err().unwrap_or_default();
    let Some(brief) = shaped else {
        eprint_text(&problem_lines(name, &problems));
        eprint_text(&format!("{}: the fields do not have the shape of a brief; fix these first\n", name));
        return PROBLEMS;
    };
    let problems = problems.len();
    let s = stats::compute(&brief);
    match format {
        Format::Text => print_text(&stats::text(name, &brief, &s, problems)),
        Format::Json => print_text(&stats::json(name, &brief, &s, problems)),
    }
    OK
}

#[cfg(test)]
mod tests {
    use super::{document_with_one_view, is_safe_url, section_length, View};

    #[test]
    fn one_view_of_the_document() {
        let doc = "<article><header>H</header>\
            <section class=\"bi-view bi-view-overview\" data-view=\"overview\">O<section>inner</section></section>\
            <section class=\"bi-view bi-view-partners\" data-view=\"partners\">P</section>\
            <script type=\"application/ld+json\">{}</script></article>";
        assert_eq!(
            document_with_one_view(doc, View::Partners).unwrap(),
            "<article><header>H</header><section class=\"bi-view bi-view-partners\" data-view=\"partners\">P</section>\
             <script type=\"application/ld+json\">{}</script></article>"
        );
        let overview = document_with_one_view(doc, View::Overview).unwrap();
        assert!(overview.contains("O<section>inner</section></section><script"));
        assert_eq!(document_with_one_view(doc, View::Timeline), None);
        assert_eq!(section_length("<section><section></section>"), None);
        assert_eq!(section_length("</section>"), None);
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
}
