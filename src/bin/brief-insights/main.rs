//! `brief-insights`: write, check and embed a policy brief's insights.
//!
//! Exit status: 0 success, 1 a brief has problems, 2 a usage error or a file that cannot be read.
//! Output is written with errors ignored (a closed pipe is not worth a panic, and the release profile
//! aborts on panic).

mod cli;
mod input;
mod pieces;
mod site;
mod source_file;
mod starter;
mod stats;
mod studio;
mod text_command;

use brief_insights::load::source;
use brief_insights::model::item::all_items;
use brief_insights::model::{Brief, FORMAT_VERSION};
use brief_insights::render::{self, Lang, Opening, RenderOptions, View};
use brief_insights::{load, Diagnostic, Diagnostics, LoadedBrief};
use clap::{CommandFactory, FromArgMatches};
use cli::{Cli, Command, EmbedArgs, Format, NewArgs, RenderArgs, StatsArgs, ValidateArgs};
use input::Source;
use serde::Serialize;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

const OK: u8 = 0;
const PROBLEMS: u8 = 1;
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let version = format!("{} (brief format {})", env!("CARGO_PKG_VERSION"), FORMAT_VERSION);
    let matches = Cli::command().version(version).get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    ExitCode::from(run(cli.command))
}

fn run(command: Command) -> u8 {
    match command {
        Command::Validate(args) => validate(&args),
        Command::New(args) => new_brief(&args),
        Command::Schema => {
            print_text(&brief_insights::schema::json_schema());
            OK
        }
        Command::Render(args) => render_command(&args),
        Command::Embed(args) => embed(&args),
        Command::Stats(args) => stats_command(&args),
        Command::Text(args) => text_command::run(&args),
        Command::Studio(args) => studio::run(&args),
        Command::Site(args) => site::run(&args),
        Command::Completions { shell } => {
            print_text(&completions(shell));
            OK
        }
    }
}

fn completions(shell: clap_complete::Shell) -> String {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "brief-insights", &mut script);
    let script = String::from_utf8_lossy(&script).into_owned();
    if shell != clap_complete::Shell::Bash {
        return script;
    }
    // clap_complete 4.6 spells the bash states of a hyphenated program's subcommands two ways, so none
    // of a subcommand's options complete (clap-rs/clap#6421). Use the spelling its dispatch loop builds.
    script.replace("brief__subcmd__insights__", "brief__insights__")
}

fn print_text(s: &str) {
    let _ = io::stdout().lock().write_all(s.as_bytes());
}

fn eprint_text(s: &str) {
    let _ = io::stderr().lock().write_all(s.as_bytes());
}

/// Reads a source; `Err` carries the exit status after reporting the I/O error.
fn read_source(arg: &str) -> Result<Source, u8> {
    input::read(arg).map_err(|e| {
        eprint_text(&format!("{}: cannot read: {}\n", input::display_name(arg), e));
        USAGE
    })
}

fn problem_lines(file: &str, problems: &Diagnostics) -> String {
    problems.iter().map(|d| format!("{}:{}\n", file, d)).collect()
}

/// A brief that loads, or the exit status after printing its problems.
fn load_or_report(arg: &str) -> Result<LoadedBrief, u8> {
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

/// One problem in `validate --format json`.
#[derive(Serialize)]
struct Problem<'a> {
    file: &'a str,
    kind: &'static str,
    path: &'a str,
    line: u32,
    column: u32,
    message: &'a str,
}

impl<'a> Problem<'a> {
    fn new(file: &'a str, d: &'a Diagnostic) -> Problem<'a> {
        Problem { file, kind: d.kind.as_str(), path: &d.path, line: d.line, column: d.column, message: &d.message }
    }
}

/// Writes `text` to `out`, refusing to overwrite an existing file unless `force`. `Err` carries the exit
/// status after reporting the problem.
fn write_new_file(out: &Path, text: &str, force: bool) -> Result<(), u8> {
    let shown = out.display();
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        // create_new fails if the file exists, atomically: no window in which another file could appear.
        options.create_new(true);
    }
    let written = options.open(out).and_then(|mut f| f.write_all(text.as_bytes()));
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            eprint_text(&format!("{}: already exists; use --force to overwrite it\n", shown));
            Err(USAGE)
        }
        Err(e) => {
            eprint_text(&format!("{}: cannot write: {}\n", shown, e));
            Err(USAGE)
        }
    }
}

/// Pretty-printed JSON and a newline.
fn json_text(value: &impl Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("the CLI's output structs always serialize");
    text.push('\n');
    text
}

fn validate(args: &ValidateArgs) -> u8 {
    let mut status = OK;
    // Every file's problems, kept for the JSON report printed at the end.
    let mut reports: Vec<(&str, Diagnostics)> = Vec::new();
    for arg in &args.files {
        let name = input::display_name(arg);
        let text = match read_source(arg) {
            Ok(Source::Text(text)) => text,
            Ok(Source::Rejected(problems)) => {
                status = status.max(PROBLEMS);
                if args.format == Format::Text {
                    print_text(&problem_lines(name, &problems));
                    eprint_text(&format!("{}: {}\n", name, count_problems(problems.len())));
                }
                reports.push((name, problems));
                continue;
            }
            Err(code) => {
                status = status.max(code);
                continue;
            }
        };
        let placeholders = text.matches(starter::PLACEHOLDER_MARK).count();
        if placeholders > 0 && args.format == Format::Text {
            let (s, verb_s) = if placeholders == 1 { ("", "s") } else { ("s", "") };
            eprint_text(&format!(
                "{}: note: {} text{} still start{} with \"{}\"\n",
                name,
                placeholders,
                s,
                verb_s,
                starter::PLACEHOLDER_MARK
            ));
        }
        // Every diagnostic, warnings included: warnings are printed but do not fail the brief.
        let (brief, mut found) = brief_insights::load::load_report(&text);
        if !args.no_source {
            found.0.extend(check_against_text(arg, &text, brief.as_ref()));
            found.0.sort_by_key(|d| (d.line, d.column));
        }
        let errors = found.iter().filter(|d| d.kind.is_error()).count();
        let warnings = found.len() - errors;
        if args.format == Format::Text {
            print_text(&problem_lines(name, &found));
        }
        match brief.filter(|_| errors == 0) {
            Some(brief) => {
                if args.format == Format::Text {
                    let items = all_items(&brief);
                    let quotes: usize = items.iter().map(|i| i.evidence().len()).sum();
                    let against = match brief.meta.source.as_ref().filter(|_| !args.no_source) {
                        Some(s) => format!("; every quote found in {}", s.text),
                        None => String::new(),
                    };
                    let warned = match warnings {
                        0 => String::new(),
                        1 => "; 1 warning".to_string(),
                        n => format!("; {n} warnings"),
                    };
                    let counted = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
                    print_text(&format!(
                        "{}: ok ({}, {}{}{})\n",
                        name,
                        counted(items.len(), "item", "items"),
                        counted(quotes, "quote", "quotes"),
                        against,
                        warned
                    ));
                }
            }
            None => {
                status = status.max(PROBLEMS);
                if args.format == Format::Text {
                    let warned = match warnings {
                        0 => String::new(),
                        1 => " and 1 warning".to_string(),
                        n => format!(" and {n} warnings"),
                    };
                    eprint_text(&format!("{}: {}{}\n", name, count_problems(errors), warned));
                }
            }
        }
        if !found.is_empty() {
            reports.push((name, found));
        }
    }
    if args.format == Format::Json {
        let problems: Vec<Problem> =
            reports.iter().flat_map(|(name, problems)| problems.iter().map(|d| Problem::new(name, d))).collect();
        print_text(&json_text(&problems));
    }
    status
}

/// Compares the quotes of the brief in `json` (read from `arg`) with the text its `meta.source` names:
/// problems with line and column in the brief file. A brief that does not load is still checked if its
/// fields have the right shape; one without `meta.source` is not checked. A text that cannot be read is
/// a problem at `$.meta.source.text`.
fn check_against_text(arg: &str, json: &str, loaded: Option<&Brief>) -> Vec<Diagnostic> {
    let shaped;
    let brief = match loaded {
        Some(b) => b,
        None => match serde_json::from_str::<Brief>(json) {
            Ok(b) => {
                shaped = b;
                &shaped
            }
            Err(_) => return Vec::new(),
        },
    };
    let mut problems = match source_file::read_for(arg, brief.meta.source.as_ref()) {
        Ok(Some((_, text))) => source::check_quotes(brief, &text),
        Ok(None) => Vec::new(),
        Err(why) => vec![Diagnostic {
            kind: brief_insights::DiagnosticKind::Semantic,
            path: "$.meta.source.text".into(),
            line: 0,
            column: 0,
            message: why,
        }],
    };
    source::locate(json, &mut problems);
    problems
}

fn new_brief(args: &NewArgs) -> u8 {
    let date = starter::today();
    let text = starter::starter_with(&starter::StarterOptions {
        title: args.title.as_deref(),
        date: &date,
        language: &args.lang,
        source: None,
    });
    let Some(out) = &args.out else {
        print_text(&text);
        eprint_text(
            "Save this as a .json file, then run `brief-insights schema > brief.schema.json` in the same folder\n\
             so editors can check it while you type. Replace every \"REPLACE:\" text, then run\n\
             `brief-insights validate FILE`.\n",
        );
        return OK;
    };
    if let Err(code) = write_new_file(out, &text, args.force) {
        return code;
    }
    let shown = out.display();
    let folder = out.parent().filter(|d| !d.as_os_str().is_empty());
    let schema_path = match folder {
        Some(d) => d.join("brief.schema.json").display().to_string(),
        None => "brief.schema.json".into(),
    };
    eprint_text(&format!(
        "Wrote {shown}: a starter brief with one example of every kind of item.\n\
         Next:\n\
         \x20 1. brief-insights schema > {schema_path}\n\
         \x20    (its \"$schema\" points there, so editors explain and check fields while you type)\n\
         \x20 2. Replace every text starting with \"REPLACE:\"; set meta.paragraphs to the number of body\n\
         \x20    paragraphs; copy each quote verbatim from the paragraph its evidence names.\n\
         \x20    (To check quotes against the brief's text, start from the text instead:\n\
         \x20    brief-insights text BRIEF.txt --header-blocks N --out-brief {shown} --force)\n\
         \x20 3. brief-insights validate {shown}\n\
         \x20 4. brief-insights embed {shown} --src /briefs/<name>.json\n"
    ));
    OK
}

fn render_command(args: &RenderArgs) -> u8 {
    let brief = match load_or_report(&args.file) {
        Ok(b) => b,
        Err(code) => return code,
    };
    // Labels in the brief's own language unless asked otherwise.
    let lang = args.fallback.lang.unwrap_or_else(|| Lang::parse(&brief.brief.meta.language));
    let id_prefix = args.fallback.id_prefix.clone().unwrap_or_default();
    let options = RenderOptions { lang, id_prefix, ..RenderOptions::default() };
    if let Some(code) = pieces::render_piece_or_svg(args, &brief, &options) {
        return code;
    }
    let document = render::render_document(&brief, &options);
    let body = match args.view {
        None => document,
        Some(v) => match document_with_one_view(&document, v) {
            Some(one) => one,
            None => {
                eprint_text(&format!("error: the document has no {} view to extract\n", v.as_str()));
                return USAGE;
            }
        },
    };
    if args.standalone {
        print_text(&standalone_page(&brief.brief, lang, args.css.as_deref(), &body));
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
    // Korean (and other CJK) text breaks between words, not inside them, with or without a stylesheet.
    let line_breaking =
        "<style>:lang(ko), :lang(ja), :lang(zh) { word-break: keep-all; overflow-wrap: anywhere; }</style>\n";
    let description = brief
        .meta
        .summary
        .as_deref()
        .map(|s| format!("<meta name=\"description\" content=\"{}\">\n", e(s)))
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} — {series} {number}</title>\n{description}{line_breaking}{stylesheet}</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n",
        lang = lang.as_str(),
        title = e(&brief.meta.title),
        series = e(&brief.meta.series),
        number = e(&brief.meta.number),
    )
}

fn embed(args: &EmbedArgs) -> u8 {
    let brief = match load_or_report(&args.file) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let file_name =
        Path::new(&args.file).file_name().and_then(|n| n.to_str()).filter(|_| args.file != "-").unwrap_or("brief.json");
    let src = args.src.clone().unwrap_or_else(|| format!("/briefs/{}", file_name));
    let lang = args.fallback.lang;
    let fallback_lang = lang.unwrap_or_else(|| Lang::parse(&brief.brief.meta.language));
    let id_prefix = args.fallback.id_prefix.clone().unwrap_or_default();
    let options = RenderOptions { lang: fallback_lang, id_prefix, ..RenderOptions::default() };
    let (fallback, item_attributes) = match pieces::embed_piece(args, &brief, &options) {
        Ok(Some(piece)) => piece,
        Ok(None) => (render::render_document(&brief, &options), String::new()),
        Err(code) => return code,
    };
    let e = render::escape_html;
    let mut attributes = format!(" src=\"{}\"{item_attributes}", e(&src));
    if let Some(v) = args.view {
        attributes.push_str(&format!(" view=\"{}\"", v.as_str()));
    }
    if let Some(l) = lang {
        attributes.push_str(&format!(" lang=\"{}\"", l.as_str()));
    }
    // Preload hints, so the browser fetches the glue, the module, the brief and the stylesheet at once,
    // with the page, instead of one after the other as the widget script discovers them. The package
    // sits in ../pkg/ beside the script's folder and the stylesheet next to the script.
    let script_dir = args.script.rsplit_once('/').map(|(dir, _)| format!("{dir}/")).unwrap_or_default();
    let pkg_dir = match script_dir.strip_suffix("www/") {
        Some(root) => format!("{root}pkg/"),
        None => format!("{script_dir}../pkg/"),
    };
    let stylesheet = format!("{script_dir}brief-insights.css");
    let first_screen = if args.no_first_screen {
        String::new()
    } else {
        let opening = match (args.item.as_deref(), args.view) {
            (Some(id), _) => Opening::Item(id),
            (None, view) => Opening::View(view.unwrap_or(View::Overview)),
        };
        let options = RenderOptions { href: args.href.clone(), ..options.clone() };
        // The item is known to exist: embed_piece above has rendered it.
        render::render_first_screen(&brief, &options, opening, &stylesheet).map(|t| t + "\n").unwrap_or_default()
    };
    let preload = format!(
        "<link rel=\"modulepreload\" href=\"{pkg}brief_insights.js\">\n\
         <link rel=\"preload\" href=\"{pkg}brief_insights_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n\
         <link rel=\"preload\" href=\"{src}\" as=\"fetch\" type=\"application/json\" crossorigin>\n\
         <link rel=\"preload\" href=\"{css}\" as=\"style\">\n",
        pkg = e(&pkg_dir),
        src = e(&src),
        css = e(&stylesheet),
    );
    print_text(&format!(
        "{preload}<script type=\"module\" src=\"{}\"></script>\n<brief-insights{}>\n{first_screen}{}\n</brief-insights>\n",
        e(&args.script),
        attributes,
        fallback.trim_end()
    ));
    if args.src.is_none() {
        eprint_text(&format!("note: the snippet expects the brief at {}; change it with --src URL\n", src));
    }
    OK
}

fn stats_command(args: &StatsArgs) -> u8 {
    let name = input::display_name(&args.file);
    let text = match read_source(&args.file) {
        Ok(Source::Text(t)) => t,
        Ok(Source::Rejected(problems)) => {
            eprint_text(&problem_lines(name, &problems));
            return PROBLEMS;
        }
        Err(code) => return code,
    };
    // Shape first: stats needs typed fields (the model's own deserializer), not a semantically valid brief.
    let shaped = serde_json::from_str::<Brief>(&text).ok();
    let problems = load(&text).err().unwrap_or_default();
    let Some(brief) = shaped else {
        eprint_text(&problem_lines(name, &problems));
        eprint_text(&format!("{}: the fields do not have the shape of a brief; fix these first\n", name));
        return PROBLEMS;
    };
    let s = stats::compute(&brief);
    let coverage = if args.no_source {
        None
    } else {
        match source_file::read_for(&args.file, brief.meta.source.as_ref()) {
            Ok(Some((_, text))) => Some(Ok(stats::SourceCoverage::new(&brief, &text))),
            Ok(None) => None,
            Err(why) => Some(Err(why)),
        }
    };
    let coverage = match coverage {
        Some(Err(why)) => {
            eprint_text(&format!("{}: {}\n", name, why));
            None
        }
        Some(Ok(c)) => Some(c),
        None => None,
    };
    match args.format {
        Format::Text => print_text(&stats::text(name, &brief, &s, problems.len(), coverage.as_ref())),
        Format::Json => {
            print_text(&json_text(&stats::Report::new(name, &brief, &s, problems.len(), coverage.as_ref())))
        }
    }
    OK
}

#[cfg(test)]
mod tests {
    use super::{document_with_one_view, section_length, View};

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
}
