//! `brief-insights site`: a folder of briefs as a static site (brief_insights::site does the work; this
//! is its flags, its progress bar and its messages).

use brief_insights::site::{self, Assets, Progress, SiteError, SiteOptions};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Args)]
pub struct SiteArgs {
    /// the folder of briefs: every *.json in it and its sub-folders (not *.schema.json, not hidden files),
    /// each with its text
    #[arg(value_name = "BRIEFS_DIR")]
    pub briefs_dir: PathBuf,
    /// the folder to write the site into (created if needed; a rebuild rewrites only what changed)
    #[arg(long, value_name = "SITE_DIR")]
    pub out: PathBuf,
    /// the site's public URL, e.g. https://example.org/library: needed for sitemap.xml and feed.xml
    #[arg(long, value_name = "URL", value_parser = http_url)]
    pub base_url: Option<String>,
    /// the title of the index page and the feed [default: "Brief library", with --lang ko "브리프 자료실"]
    #[arg(long)]
    pub title: Option<String>,
    /// language of the index page and the library's labels
    #[arg(long, value_name = "en|ko", default_value = "en", value_parser = ["en", "ko"])]
    pub lang: String,
    /// the folder holding www/ (the widget and the library element) and pkg/ (the Wasm package), copied
    /// into SITE_DIR/assets/
    #[arg(long, value_name = "DIR", default_value = ".", conflicts_with = "assets_url")]
    pub assets: PathBuf,
    /// copy no assets: the pages load the scripts from URL/www/ (with URL/pkg/ beside it), e.g. where
    /// the widget is already installed
    #[arg(long, value_name = "URL")]
    pub assets_url: Option<String>,
}

/// The site's folder URL: sitemap, feed and canonical URLs are this followed by `/index.html`,
/// `/briefs/ID.html`. A page's URL copied from the address bar (`…/index.html`), a query or a fragment
/// would make every one of them wrong, so they are refused.
fn http_url(s: &str) -> Result<String, String> {
    let lower = s.to_ascii_lowercase();
    let example = "such as https://example.org/library";
    if !(lower.starts_with("https://") || lower.starts_with("http://")) || s.chars().any(char::is_whitespace) {
        return Err(format!("expected an http(s) URL {example}"));
    }
    if s.contains(['?', '#']) {
        return Err(format!("expected the site's folder URL, without ?query or #fragment, {example}"));
    }
    let base = s.trim_end_matches('/');
    if lower.trim_end_matches('/').ends_with(".html") || lower.trim_end_matches('/').ends_with(".htm") {
        let folder = base.rsplit_once('/').map_or(base, |(folder, _)| folder);
        return Err(format!("expected the site's folder URL, not a page's: {folder}"));
    }
    Ok(base.to_string())
}

/// The title of a library whose team gave none, in its language.
fn default_title(lang: &str) -> &'static str {
    match lang {
        "ko" => "브리프 자료실",
        _ => "Brief library",
    }
}

/// A progress bar on standard error, drawn only when it is a terminal (indicatif hides it otherwise).
struct Bar {
    bar: Option<ProgressBar>,
}

impl Progress for Bar {
    fn phase(&mut self, name: &str, total: usize) {
        if !std::io::stderr().is_terminal() {
            return;
        }
        let bar = self.bar.get_or_insert_with(|| ProgressBar::new(0));
        if let Ok(style) = ProgressStyle::with_template("{msg:24} [{bar:32}] {pos}/{len} {elapsed}") {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(name.to_string());
        bar.set_length(total as u64);
        bar.set_position(0);
    }
    fn advance(&mut self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }
    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

pub fn run(args: &SiteArgs) -> u8 {
    let options = SiteOptions {
        briefs_dir: args.briefs_dir.clone(),
        out: args.out.clone(),
        base_url: args.base_url.clone(),
        title: args.title.clone().unwrap_or_else(|| default_title(&args.lang).to_string()),
        lang: args.lang.clone(),
        assets: match &args.assets_url {
            Some(url) => Assets::Url(url.clone()),
            None => Assets::Copy(args.assets.clone()),
        },
    };
    let started = Instant::now();
    let mut bar = Bar { bar: None };
    match site::build(&options, &mut bar) {
        Ok(report) => {
            for note in &report.notes {
                eprintln!("note: {note}");
            }
            eprintln!(
                "{}: {}, {}; {} written, {} unchanged, {} removed ({:.1} s)",
                args.out.display(),
                counted(report.briefs, "brief", "briefs"),
                counted(report.items, "item", "items"),
                counted(report.written.len(), "file", "files"),
                report.unchanged,
                report.removed.len(),
                started.elapsed().as_secs_f64()
            );
            super::OK
        }
        Err(e @ SiteError::Broken(_)) => {
            eprintln!("{e}");
            super::PROBLEMS
        }
        Err(e) => {
            eprintln!("error: {e}");
            super::USAGE
        }
    }
}

/// "1 brief", "2 briefs".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
