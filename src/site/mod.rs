//! The brief library: a folder of briefs (with their texts) as a static site. Native only (the CLI's
//! `site` command); it sits above `render`, whose static document every brief page shows.
//!
//! What it writes, relative to the output folder (docs/library.md has the full description):
//!
//! - `index.html`: every brief (title, series, date, authors, language, summary) inside
//!   `<brief-insights-library>`, whose fallback that list is; `briefs/ID.html`: the brief's static
//!   rendering inside `<brief-insights>`, and `briefs/ID.json`, the brief the widget loads;
//! - `library/`: the search index ([`index`]), the catalogue of briefs with their filter values, and
//!   the cross-brief actor timelines;
//! - `sitemap.xml` and `feed.xml` (Atom) when a base URL is given; JSON-LD on every page;
//! - `assets/`: the widget and the library element, copied from the project (or referenced by URL).
//!
//! Incremental: `.brief-insights-site.json` records the SHA-256 of every file written; a rebuild writes
//! only the files whose content changed, and removes those no longer produced.

pub mod index;
mod pages;

use crate::load::{self, source};
use crate::model::date;
use crate::model::Brief;
use crate::query::search::fold_str;
use crate::query::{all_items, Item, LoadedBrief};
use crate::render::View;
use index::{LibraryIndex, RECORDS_PER_SHARD};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The build manifest's file name in the output folder.
pub const BUILD_MANIFEST: &str = ".brief-insights-site.json";
/// Largest brief text read (the same limit as `validate`'s).
const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;

/// Where the pages find the widget and the library element.
#[derive(Debug, Clone)]
pub enum Assets {
    /// Copy `www/brief-insights{,-library}.{js,css}` and `pkg/` from this folder (the project's root, or
    /// an unpacked release) into `assets/` of the site.
    Copy(PathBuf),
    /// Copy nothing: the scripts are at `URL/www/…` (with `URL/pkg/` beside), already on the host.
    Url(String),
}

#[derive(Debug, Clone)]
pub struct SiteOptions {
    pub briefs_dir: PathBuf,
    pub out: PathBuf,
    /// The site's public URL (no trailing slash needed): needed for sitemap.xml and the Atom feed.
    pub base_url: Option<String>,
    /// The index page's title.
    pub title: String,
    /// Language of the index page and of the library's labels: `en` or `ko`.
    pub lang: String,
    pub assets: Assets,
}

/// Told about the build's progress (the CLI draws a bar on a terminal).
pub trait Progress {
    fn phase(&mut self, name: &str, total: usize);
    fn advance(&mut self);
    fn finish(&mut self);
}

/// Progress nobody watches.
pub struct Silent;

impl Progress for Silent {
    fn phase(&mut self, _: &str, _: usize) {}
    fn advance(&mut self) {}
    fn finish(&mut self) {}
}

/// Why no site was written.
#[derive(Debug)]
pub enum SiteError {
    /// Some briefs have problems: every problem of every broken brief, as `FILE:LINE:COLUMN: PATH:
    /// MESSAGE` lines, per file. Nothing is written.
    Broken(Vec<(String, Vec<String>)>),
    /// A file could not be read or written.
    Io(String),
    /// Nothing to publish, or a setting that cannot work (what to do is said).
    Usage(String),
}

impl fmt::Display for SiteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SiteError::Broken(briefs) => {
                for (file, problems) in briefs {
                    for p in problems {
                        writeln!(f, "{p}")?;
                    }
                    let s = if problems.len() == 1 { "" } else { "s" };
                    writeln!(f, "{file}: {} problem{s}", problems.len())?;
                }
                write!(f, "not published: {} brief(s) have problems; fix them and build again", briefs.len())
            }
            SiteError::Io(why) | SiteError::Usage(why) => f.write_str(why),
        }
    }
}

fn io_error(what: &str, path: &Path, e: io::Error) -> SiteError {
    SiteError::Io(format!("cannot {what} {}: {e}", path.display()))
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    pub briefs: usize,
    pub items: usize,
    /// Files written (new or changed), relative to the output folder, `/`-separated.
    pub written: Vec<String>,
    /// Files left as they were.
    pub unchanged: usize,
    /// Files of the previous build no longer produced, removed.
    pub removed: Vec<String>,
    /// Said to the user, not an error (e.g. no sitemap without a base URL).
    pub notes: Vec<String>,
}

/// A checked brief and what the site needs of it.
pub struct SiteBrief {
    /// The file name without `.json`: the brief's page is `briefs/ID.html`.
    pub id: String,
    pub json: String,
    pub loaded: LoadedBrief,
}

/// The brief files under a folder and its sub-folders (a team may keep a folder per year): every `*.json`
/// but `*.schema.json`, by path. Hidden files and folders (a name starting with `.`: the `._NAME.json`
/// resource forks macOS leaves on shared drives, `.git`) are not briefs, and neither is anything inside
/// `skip` (the output folder, when it sits inside the briefs' folder, holds copies of the briefs) or
/// inside another site this command built (a folder with a build manifest: an earlier `--out`).
/// Symbolic links to folders are not followed (no loops).
pub fn brief_files(dir: &Path, skip: Option<&Path>) -> Result<Vec<PathBuf>, SiteError> {
    let skip = skip.and_then(|s| fs::canonicalize(s).ok());
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let is_site = folder != dir && folder.join(BUILD_MANIFEST).is_file();
        if is_site || (skip.is_some() && fs::canonicalize(&folder).ok() == skip) {
            continue;
        }
        let entries = fs::read_dir(&folder).map_err(|e| io_error("read the folder", &folder, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| io_error("read the folder", &folder, e))?;
            let path = entry.path();
            let name = entry.file_name();
            let name = name.to_str().unwrap_or_default();
            if name.starts_with('.') {
                continue;
            }
            let is_folder = entry.file_type().is_ok_and(|t| t.is_dir());
            if is_folder {
                folders.push(path);
            } else if path.is_file() && name.ends_with(".json") && !name.ends_with(".schema.json") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// A brief's id as a URL path segment. The id is its file name, which may hold spaces, `#`, `?`, `%` or
/// Korean letters: a link carries them percent-encoded (a bare `#` would start a fragment), and sitemap
/// and feed URLs must be URL-escaped. Only letters, digits and `-._~` stay as they are.
pub fn url_segment(id: &str) -> String {
    use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
    const SEGMENT: &percent_encoding::AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');
    utf8_percent_encode(id, SEGMENT).to_string()
}

/// The URL of a brief's page, relative to the site root.
pub fn page_url(id: &str) -> String {
    format!("briefs/{}.html", url_segment(id))
}

/// A brief's id: its file name without `.json` (its page is `briefs/ID.html`).
fn brief_id(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "brief".into())
}

fn read_limited(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let file = fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_TEXT_BYTES + 1).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(format!("it is larger than {MAX_TEXT_BYTES} bytes"));
    }
    String::from_utf8(bytes).map_err(|e| format!("it is not UTF-8 text (byte {})", e.utf8_error().valid_up_to()))
}

/// Checks one brief file as `brief-insights validate` does, its quotes against its text included:
/// the loaded brief, or every error as a `FILE:LINE:COLUMN: PATH: MESSAGE` line.
pub fn check_brief(path: &Path) -> Result<SiteBrief, Vec<String>> {
    let name = path.display().to_string();
    let json = read_limited(path).map_err(|why| vec![format!("{name}: cannot read it: {why}")])?;
    let (brief, mut found) = load::load_report(&json);
    // The text is checked even when the brief has other problems, if its fields have the right shape,
    // so one run lists every problem.
    let shaped = brief.clone().or_else(|| serde_json::from_str::<Brief>(&json).ok());
    if let Some(source_text) = shaped.as_ref().and_then(|b| b.meta.source.as_ref().map(|s| (b, s))) {
        let (b, s) = source_text;
        let text_path = path.parent().map_or_else(|| PathBuf::from(&s.text), |dir| dir.join(&s.text));
        let mut problems = match read_limited(&text_path) {
            Ok(text) => source::check_quotes(b, &text),
            Err(why) => vec![crate::Diagnostic {
                kind: crate::DiagnosticKind::Semantic,
                path: "$.meta.source.text".into(),
                line: 0,
                column: 0,
                message: format!(
                    "cannot read the brief's text \"{}\" (looked for {}): {why}",
                    s.text,
                    text_path.display()
                ),
            }],
        };
        source::locate(&json, &mut problems);
        found.0.extend(problems);
        found.0.sort_by_key(|d| (d.line, d.column));
    }
    let errors: Vec<String> = found.iter().filter(|d| d.kind.is_error()).map(|d| format!("{name}:{d}")).collect();
    match brief {
        Some(b) if errors.is_empty() => Ok(SiteBrief { id: brief_id(path), json, loaded: LoadedBrief::new(b) }),
        _ if errors.is_empty() => Err(vec![format!("{name}: the brief does not load")]),
        _ => Err(errors),
    }
}

/// Builds (or rebuilds) the site. Every brief is checked first; if any is broken, nothing is written.
pub fn build(options: &SiteOptions, progress: &mut dyn Progress) -> Result<BuildReport, SiteError> {
    let same_folder =
        fs::canonicalize(&options.briefs_dir).ok().is_some_and(|dir| fs::canonicalize(&options.out).ok() == Some(dir));
    if same_folder {
        return Err(SiteError::Usage(format!(
            "--out {} is the briefs' folder: give the site a folder of its own (it writes briefs/, library/ and \
             assets/, which would mix with the briefs), e.g. --out {}",
            options.out.display(),
            options.briefs_dir.join("public").display()
        )));
    }
    let files = brief_files(&options.briefs_dir, Some(&options.out))?;
    if files.is_empty() {
        return Err(SiteError::Usage(format!(
            "no brief (*.json) in {} or its sub-folders",
            options.briefs_dir.display()
        )));
    }
    // A brief's page is named after its file: two files of one name (in different sub-folders) would
    // be one page, and so would `Brief.json` and `brief.json` on the file systems of macOS and Windows,
    // which do not tell capitals apart (where the site is often previewed or uploaded from).
    let mut by_id: BTreeMap<String, &Path> = BTreeMap::new();
    for file in &files {
        if let Some(other) = by_id.insert(brief_id(file).to_lowercase(), file) {
            let page = if brief_id(other) == brief_id(file) {
                format!("the page briefs/{}.html", brief_id(file))
            } else {
                "one page where capitals are not told apart (macOS, Windows)".to_string()
            };
            return Err(SiteError::Usage(format!(
                "{} and {} would both be {page}: rename one of them",
                other.display(),
                file.display(),
            )));
        }
    }
    progress.phase("checking briefs", files.len());
    let mut briefs = Vec::new();
    let mut broken = Vec::new();
    for file in &files {
        match check_brief(file) {
            Ok(b) => briefs.push(b),
            Err(problems) => broken.push((file.display().to_string(), problems)),
        }
        progress.advance();
    }
    if !broken.is_empty() {
        progress.finish();
        return Err(SiteError::Broken(broken));
    }
    // Newest first: the order of the index page, the feed and the library's numbering.
    briefs.sort_by_key(|b| (std::cmp::Reverse(first_day(&b.loaded.brief)), b.id.clone()));

    let mut report = BuildReport { briefs: briefs.len(), ..BuildReport::default() };
    report.notes.extend(same_briefs(&briefs));
    // The assets are read before anything is written: a wrong --assets folder is refused with no
    // half-written site left behind.
    let assets = match &options.assets {
        Assets::Copy(root) => read_assets(root, &mut report)?,
        Assets::Url(_) => Vec::new(),
    };
    let mut writer = Writer::open(&options.out)?;

    progress.phase("writing pages", briefs.len());
    let site = pages::SiteInfo::new(options);
    let mut library = LibraryIndex::default();
    for b in &briefs {
        writer.write(&format!("briefs/{}.html", b.id), pages::brief_page(&site, b).as_bytes())?;
        writer.write(&format!("briefs/{}.json", b.id), b.json.as_bytes())?;
        library.add_brief(&b.id, &b.loaded);
        progress.advance();
    }
    report.items = library.records.len();

    progress.phase("writing the search index", 1);
    let actors = ActorGroups::new(&briefs);
    // An actor's result leads to its timeline across briefs.
    for record in library.records.iter_mut().filter(|r| r.kind == crate::query::ItemKind::Actor) {
        record.across = actors.key(&record.brief, &record.id).cloned();
    }
    write_library(&mut writer, &briefs, &library, &actors, options)?;
    let index_pages = briefs.len().div_ceil(pages::INDEX_PAGE_BRIEFS).max(1);
    for page in 1..=index_pages {
        let from = (page - 1) * pages::INDEX_PAGE_BRIEFS;
        let listed = briefs.get(from..briefs.len().min(from + pages::INDEX_PAGE_BRIEFS)).unwrap_or_default();
        let html = pages::index_page(&site, listed, page, index_pages, briefs.len());
        writer.write(&pages::index_file(page), html.as_bytes())?;
    }
    writer.write("assets/site.css", pages::SITE_CSS.as_bytes())?;
    // GitHub Pages runs Jekyll on a branch it publishes, and Jekyll drops files whose names start with `_`
    // (a brief `_draft.json`) or `#`; an empty `.nojekyll` turns that off. Other hosts ignore the file.
    writer.write(".nojekyll", b"")?;
    match &options.base_url {
        Some(base) => {
            writer.write("sitemap.xml", pages::sitemap(base, &briefs).as_bytes())?;
            writer.write("feed.xml", pages::atom_feed(&site, base, &briefs).as_bytes())?;
        }
        None => report.notes.push("no sitemap.xml and feed.xml: they need --base-url".into()),
    }
    for (path, bytes) in &assets {
        writer.write(path, bytes)?;
    }
    progress.advance();
    progress.finish();
    writer.finish(&mut report)?;
    Ok(report)
}

/// Notes on briefs of one series, number and language under two file names ("brief copy.json", an old
/// draft beside the final): both are published, so every search finds their insights twice. Not an
/// error: the team may mean it (a corrected edition). The English and Korean editions of one brief differ
/// by language and are not noted.
fn same_briefs(briefs: &[SiteBrief]) -> Vec<String> {
    let mut files: BTreeMap<(&str, &str, &str), Vec<&str>> = BTreeMap::new();
    for b in briefs {
        let m = &b.loaded.brief.meta;
        files.entry((&m.series, &m.number, &m.language)).or_default().push(&b.id);
    }
    files
        .into_iter()
        .filter(|(_, ids)| ids.len() > 1)
        .map(|((series, number, language), mut ids)| {
            ids.sort();
            format!(
                "{} are the same brief ({series} {number}, {language}): each is published, and a search finds its \
                 insights once per file",
                ids.iter().map(|id| format!("{id}.json")).collect::<Vec<_>>().join(" and ")
            )
        })
        .collect()
}

/// The widget, the library element and the Wasm package, read from `root`, each with its path under
/// `assets/`; a missing Wasm package is a note (pages then show their static rendering).
fn read_assets(root: &Path, report: &mut BuildReport) -> Result<Vec<(String, Vec<u8>)>, SiteError> {
    let mut assets = Vec::new();
    for name in ["brief-insights-library.js", "brief-insights-library.css", "brief-insights.js", "brief-insights.css"] {
        let from = root.join("www").join(name);
        let bytes = fs::read(&from).map_err(|e| {
            SiteError::Usage(format!(
                "cannot read {} ({e}): give --assets the folder holding www/ and pkg/, or --assets-url",
                from.display()
            ))
        })?;
        assets.push((format!("assets/www/{name}"), bytes));
    }
    let pkg_files =
        ["brief_insights.js", "brief_insights_bg.wasm", "author/brief_insights.js", "author/brief_insights_bg.wasm"];
    let mut missing = Vec::new();
    for name in pkg_files {
        let from = root.join("pkg").join(name);
        match fs::read(&from) {
            Ok(bytes) => assets.push((format!("assets/pkg/{name}"), bytes)),
            Err(_) => missing.push(from.display().to_string()),
        }
    }
    if !missing.is_empty() {
        report.notes.push(format!(
            "the Wasm package is missing ({}): brief pages show their static rendering only; build it with \
             bash tools/build-wasm.sh",
            missing.join(", ")
        ));
    }
    Ok(assets)
}

/// The first day of the brief's date, days since 1970 (0 if it does not parse: validated briefs do).
fn first_day(b: &Brief) -> i64 {
    date::parse(&b.meta.date).map(|d| d.first_day()).unwrap_or(0)
}

/// `YYYY-MM-DD` of the brief's first day.
pub fn iso_day(b: &Brief) -> String {
    match date::parse(&b.meta.date) {
        Ok(d) => date::iso_date(d.start.first, date::Precision::Day),
        Err(_) => "1970-01-01".into(),
    }
}

/// The primary subtag of a language tag, lower-cased: `ko-KR` → `ko`.
pub fn primary_language(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase()
}

/// The brief's year.
pub fn year(b: &Brief) -> i32 {
    date::parse(&b.meta.date).map(|d| d.start.first.0).unwrap_or(1970)
}

/// Actors of different briefs that are the same actor. Two actors are one when they share their id (ids
/// are the editors' slugs, the same in English and Korean briefs: `china` is China and 중국), their
/// folded name, or their folded short name. Groups are closed under these links (union–find).
pub struct ActorGroups {
    /// (brief id, actor id) → group key.
    pub of_actor: HashMap<(String, String), String>,
    /// Group key → names, in order of first appearance.
    pub names: BTreeMap<String, Vec<String>>,
}

impl ActorGroups {
    pub fn new(briefs: &[SiteBrief]) -> ActorGroups {
        let mut actors: Vec<(String, String, Vec<String>, String)> = Vec::new();
        for b in briefs {
            for a in &b.loaded.brief.actors {
                let mut links = vec![format!("id:{}", a.id), format!("name:{}", fold_str(&a.name))];
                if let Some(short) = &a.short_name {
                    links.push(format!("name:{}", fold_str(short)));
                }
                actors.push((b.id.clone(), a.id.clone(), links, a.name.clone()));
            }
        }
        // Union–find over actors, joined through the links they share. Indices are positions in
        // `actors`, so every `parent` lookup is in bounds.
        let mut parent: Vec<usize> = (0..actors.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while let Some(&up) = parent.get(i).filter(|&&up| up != i) {
                let grand = parent.get(up).copied().unwrap_or(up);
                if let Some(slot) = parent.get_mut(i) {
                    *slot = grand;
                }
                i = grand;
            }
            i
        }
        let mut owner: HashMap<&str, usize> = HashMap::new();
        for (i, (_, _, links, _)) in actors.iter().enumerate() {
            for link in links {
                match owner.get(link.as_str()) {
                    Some(&j) => {
                        let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                        if let Some(slot) = parent.get_mut(a.max(b)) {
                            *slot = a.min(b);
                        }
                    }
                    None => {
                        owner.insert(link, i);
                    }
                }
            }
        }
        // A group's key is the smallest actor id in it (a slug: safe as a file name).
        let mut key_of_root: HashMap<usize, String> = HashMap::new();
        for (i, (_, id, _, _)) in actors.iter().enumerate() {
            let r = root(&mut parent, i);
            let key = key_of_root.entry(r).or_insert_with(|| id.clone());
            if id < key {
                *key = id.clone();
            }
        }
        let mut of_actor = HashMap::new();
        let mut names: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (i, (brief, actor, _, name)) in actors.iter().enumerate() {
            let r = root(&mut parent, i);
            let key = key_of_root.get(&r).cloned().unwrap_or_default();
            of_actor.insert((brief.clone(), actor.clone()), key.clone());
            let list = names.entry(key).or_default();
            if !list.contains(name) {
                list.push(name.clone());
            }
        }
        ActorGroups { of_actor, names }
    }

    fn key(&self, brief: &str, actor: &str) -> Option<&String> {
        self.of_actor.get(&(brief.to_string(), actor.to_string()))
    }
}

/// A brief as the catalogue lists it.
#[derive(Serialize)]
struct CatalogueEntry<'a> {
    id: &'a str,
    url: String,
    title: &'a str,
    series: &'a str,
    number: &'a str,
    date: &'a str,
    day: String,
    year: i32,
    language: &'a str,
    authors: Vec<&'a str>,
    summary: Option<&'a str>,
    /// Actor group keys (see `actors.json`).
    actors: Vec<String>,
    axes: Vec<&'a str>,
    sectors: Vec<String>,
    items: usize,
}

/// One point of an actor's timeline: what one brief says of it.
#[derive(Serialize)]
struct ActorPoint<'a> {
    brief: &'a str,
    #[serde(rename = "briefTitle")]
    brief_title: &'a str,
    /// The brief's page (see [`page_url`]).
    #[serde(rename = "briefUrl")]
    brief_url: String,
    day: String,
    date: &'a str,
    language: &'a str,
    /// The item cited, and where it opens: `briefs/ID.html#brief-insights=VIEW/ITEM`.
    item: &'a str,
    kind: &'static str,
    url: String,
    /// The actor's name in that brief.
    name: &'a str,
    /// For a relation: the partner's name, the role and the stance.
    partner: Option<&'a str>,
    role: Option<&'a str>,
    stance: Option<String>,
    text: Option<&'a str>,
    paragraph: Option<u32>,
    quote: Option<&'a str>,
}

#[derive(Serialize)]
struct ActorSummary<'a> {
    key: &'a str,
    names: &'a [String],
    briefs: usize,
    points: usize,
}

/// The `briefs/ID.html#brief-insights=VIEW/ITEM` link opening an item in its brief.
pub fn item_url(brief: &str, item: &Item<'_>) -> String {
    format!("{}#brief-insights={}/{}", page_url(brief), View::home_of(item.kind()).as_str(), item.id())
}

/// The version of the library's files, checked by the element: 3 since head shards carry each key's
/// first postings and count (`lists`), which a one-key search reads instead of the term shards, and
/// `facets.json` gives each filter value's count and the file of its briefs.
pub const LIBRARY_FORMAT: u32 = 3;

#[derive(Serialize)]
struct Manifest<'a> {
    format: u32,
    /// The site root, relative to the manifest: page URLs in records are relative to it.
    root: &'static str,
    lang: &'a str,
    briefs: usize,
    items: usize,
    /// Files relative to the manifest.
    catalogue: CatalogueInfo,
    actors: &'static str,
    terms: TermsInfo,
    records: RecordsInfo,
    heads: HeadsInfo,
}

/// Briefs per catalogue page (the list view shows this many at a time).
pub const CATALOGUE_PAGE: usize = 50;

#[derive(Serialize)]
struct CatalogueInfo {
    /// Page `i` is `briefs/i.json`: the briefs `i * perPage` to `(i + 1) * perPage - 1`, newest first.
    path: &'static str,
    #[serde(rename = "perPage")]
    per_page: usize,
    /// For each filter (actor, axis, sector, year, language) and value, how many briefs have it and
    /// the file of their places in the catalogue.
    facets: &'static str,
}

#[derive(Serialize)]
struct HeadsInfo {
    /// Head shard `i` is `heads/i.json`: for every key from `first[i]` up to `first[i + 1]`, its first
    /// `items` postings (in score order) and its count (`lists`), and those postings' records by item
    /// number, with the briefs they cite. Every term shard's first key starts a head shard too.
    path: &'static str,
    first: Vec<String>,
    items: usize,
}

/// The briefs that `records` cite, by id: what a result shows of its brief.
fn cited_briefs<'a>(
    by_id: &HashMap<&str, &'a SiteBrief>,
    records: impl Iterator<Item = &'a index::ItemRecord>,
) -> BTreeMap<&'a str, RecordBrief<'a>> {
    let mut cited = BTreeMap::new();
    for record in records {
        if let Some(b) = by_id.get(record.brief.as_str()) {
            let m = &b.loaded.brief.meta;
            cited.entry(b.id.as_str()).or_insert_with(|| RecordBrief {
                title: &m.title,
                series: &m.series,
                number: &m.number,
                date: &m.date.0,
                language: &m.language,
                url: page_url(&b.id),
            });
        }
    }
    cited
}

#[derive(Serialize)]
struct TermsInfo {
    /// Shard `i` is `terms/i.json` and holds the keys from `first[i]` up to `first[i + 1]`.
    path: &'static str,
    first: Vec<String>,
    #[serde(rename = "maxPrefixShards")]
    max_prefix_shards: usize,
}

#[derive(Serialize)]
struct RecordsInfo {
    /// Item `n` is entry `n % perShard` of `items/{n / perShard}.json`.
    path: &'static str,
    #[serde(rename = "perShard")]
    per_shard: usize,
}

/// A filter value in `facets.json`: how many briefs have it, and the file listing their places in the
/// catalogue.
#[derive(Serialize)]
struct FacetValue {
    count: usize,
    file: String,
}

/// The brief fields a record shard's items cite.
#[derive(Serialize)]
struct RecordBrief<'a> {
    title: &'a str,
    series: &'a str,
    number: &'a str,
    date: &'a str,
    language: &'a str,
    url: String,
}

fn json<T: Serialize>(value: &T) -> Result<Vec<u8>, SiteError> {
    serde_json::to_vec(value).map_err(|e| SiteError::Io(format!("cannot write JSON: {e}")))
}

fn write_library(
    writer: &mut Writer,
    briefs: &[SiteBrief],
    library: &LibraryIndex,
    actors: &ActorGroups,
    options: &SiteOptions,
) -> Result<(), SiteError> {
    // Term shards.
    let shards = library.term_shards();
    for (i, shard) in shards.iter().enumerate() {
        writer.write(&format!("library/terms/{i}.json"), &json(&shard.keys)?)?;
    }
    // Record shards: the items, and the briefs they cite.
    let by_id: HashMap<&str, &SiteBrief> = briefs.iter().map(|b| (b.id.as_str(), b)).collect();
    for (i, chunk) in library.records.chunks(RECORDS_PER_SHARD).enumerate() {
        #[derive(Serialize)]
        struct RecordShard<'a> {
            briefs: BTreeMap<&'a str, RecordBrief<'a>>,
            items: &'a [index::ItemRecord],
        }
        let shard = RecordShard { briefs: cited_briefs(&by_id, chunk.iter()), items: chunk };
        writer.write(&format!("library/items/{i}.json"), &json(&shard)?)?;
    }
    // Head shards: every key's first page of postings, its count and those postings' records, so that
    // a one-key search shows its first results and count from its head shard alone, however long the
    // key's whole list (cut where term shards start, too).
    let heads = library.head_shards(&shards);
    for (i, head) in heads.iter().enumerate() {
        #[derive(Serialize)]
        struct HeadShardJson<'a> {
            lists: &'a BTreeMap<String, index::HeadList>,
            briefs: BTreeMap<&'a str, RecordBrief<'a>>,
            items: BTreeMap<u32, &'a index::ItemRecord>,
        }
        let items: BTreeMap<u32, &index::ItemRecord> =
            head.items.iter().filter_map(|&n| library.records.get(n as usize).map(|r| (n, r))).collect();
        let shard = HeadShardJson { lists: &head.lists, briefs: cited_briefs(&by_id, items.values().copied()), items };
        writer.write(&format!("library/heads/{i}.json"), &json(&shard)?)?;
    }
    // The catalogue.
    let mut catalogue = Vec::new();
    for b in briefs {
        let brief = &b.loaded.brief;
        let m = &brief.meta;
        let mut actor_keys: Vec<String> =
            brief.actors.iter().filter_map(|a| actors.key(&b.id, &a.id).cloned()).collect();
        actor_keys.sort();
        actor_keys.dedup();
        let mut sectors: Vec<String> = b
            .loaded
            .sectors()
            .into_iter()
            .map(|slug| brief.sectors.iter().find(|s| s.id == slug).map_or(slug, |s| s.label.as_str()).to_string())
            .collect();
        sectors.dedup();
        catalogue.push(CatalogueEntry {
            id: &b.id,
            url: page_url(&b.id),
            title: &m.title,
            series: &m.series,
            number: &m.number,
            date: &m.date.0,
            day: iso_day(brief),
            year: year(brief),
            language: &m.language,
            authors: m.authors.iter().map(|a| a.name.as_str()).collect(),
            summary: m.summary.as_deref(),
            actors: actor_keys,
            axes: brief.axes.iter().map(|a| a.label.as_str()).collect(),
            sectors,
            items: all_items(brief).len(),
        });
    }
    // The catalogue in pages (newest first), and its facets: for every filter value, the briefs having
    // it (their places in the catalogue), so the list view fetches the facets and the pages it shows.
    for (i, page) in catalogue.chunks(CATALOGUE_PAGE).enumerate() {
        writer.write(&format!("library/briefs/{i}.json"), &json(&page)?)?;
    }
    let mut places_by_value: BTreeMap<&str, BTreeMap<String, Vec<usize>>> = BTreeMap::new();
    for (place, entry) in catalogue.iter().enumerate() {
        let values: [(&str, Vec<String>); 5] = [
            ("actor", entry.actors.clone()),
            ("axis", entry.axes.iter().map(|a| a.to_string()).collect()),
            ("sector", entry.sectors.clone()),
            ("year", vec![entry.year.to_string()]),
            // By language, not by tag: `ko` and `ko-KR` briefs are both Korean.
            ("language", vec![primary_language(entry.language)]),
        ];
        for (facet, mut list) in values {
            list.sort();
            list.dedup();
            for value in list {
                places_by_value.entry(facet).or_default().entry(value).or_default().push(place);
            }
        }
    }
    // The list view starts with the values and their counts only; the places of the briefs having a
    // value are fetched when a reader chooses it (at 10,000 briefs all of them together are ~290 kB
    // gzipped). A value's file is named by its hash, so a rebuild leaves the files of other values alone.
    let mut facets: BTreeMap<&str, BTreeMap<&str, FacetValue>> = BTreeMap::new();
    for (facet, values) in &places_by_value {
        for (value, places) in values {
            let file = format!("facets/{facet}-{:016x}.json", index::fnv1a(value));
            writer.write(&format!("library/{file}"), &json(places)?)?;
            facets.entry(facet).or_default().insert(value, FacetValue { count: places.len(), file });
        }
    }
    writer.write("library/facets.json", &json(&facets)?)?;

    // Actor timelines, oldest brief first.
    let mut points: BTreeMap<String, Vec<(i64, ActorPoint<'_>)>> = BTreeMap::new();
    for b in briefs {
        let brief = &b.loaded.brief;
        let m = &brief.meta;
        let day = iso_day(brief);
        for a in &brief.actors {
            let Some(key) = actors.key(&b.id, &a.id) else { continue };
            let item = Item::Actor(a);
            let first = a.evidence.first();
            let mut list = vec![ActorPoint {
                brief: &b.id,
                brief_title: &m.title,
                brief_url: page_url(&b.id),
                day: day.clone(),
                date: &m.date.0,
                language: &m.language,
                item: &a.id,
                kind: "actor",
                url: item_url(&b.id, &item),
                name: &a.name,
                partner: None,
                role: None,
                stance: None,
                text: a.description.as_deref(),
                paragraph: first.map(|e| e.paragraph),
                quote: first.map(|e| e.quote.as_str()),
            }];
            for p in b.loaded.partners(&a.id) {
                let r = p.relation;
                let first = r.evidence.first();
                list.push(ActorPoint {
                    brief: &b.id,
                    brief_title: &m.title,
                    brief_url: page_url(&b.id),
                    day: day.clone(),
                    date: &m.date.0,
                    language: &m.language,
                    item: &r.id,
                    kind: "relation",
                    url: item_url(&b.id, &Item::Relation(r)),
                    name: &a.name,
                    partner: Some(&p.partner.name),
                    role: Some(&r.role),
                    stance: serde_json::to_value(r.stance).ok().and_then(|v| v.as_str().map(str::to_string)),
                    text: r.summary.as_deref(),
                    paragraph: first.map(|e| e.paragraph),
                    quote: first.map(|e| e.quote.as_str()),
                });
            }
            let sort_day = first_day(brief);
            points.entry(key.clone()).or_default().extend(list.into_iter().map(|p| (sort_day, p)));
        }
    }
    let mut summaries = Vec::new();
    for (key, mut list) in points {
        // A stable sort: within a brief, the actor first, then its relations in brief order.
        list.sort_by_key(|(day, p)| (*day, p.brief.to_string()));
        let brief_count = list.iter().map(|(_, p)| p.brief).collect::<BTreeSet<_>>().len();
        let names = actors.names.get(&key).map(Vec::as_slice).unwrap_or_default();
        #[derive(Serialize)]
        struct Timeline<'a> {
            key: &'a str,
            names: &'a [String],
            points: Vec<&'a ActorPoint<'a>>,
        }
        let timeline = Timeline { key: &key, names, points: list.iter().map(|(_, p)| p).collect() };
        writer.write(&format!("library/actors/{key}.json"), &json(&timeline)?)?;
        summaries.push((key, names, brief_count, list.len()));
    }
    // Actors named in most briefs first; among equals, by the name readers see in the list (the names
    // joined as the library shows them), not by id: "City of Velmora" (`velmora-city`) goes under C.
    summaries.sort_by_key(|(key, names, briefs, _)| {
        (std::cmp::Reverse(*briefs), names.join(" / ").to_lowercase(), key.clone())
    });
    let summaries: Vec<ActorSummary<'_>> = summaries
        .iter()
        .map(|(key, names, briefs, points)| ActorSummary { key, names, briefs: *briefs, points: *points })
        .collect();
    writer.write("library/actors.json", &json(&summaries)?)?;

    let manifest = Manifest {
        format: LIBRARY_FORMAT,
        root: "../",
        lang: &options.lang,
        briefs: briefs.len(),
        items: library.records.len(),
        catalogue: CatalogueInfo { path: "briefs/", per_page: CATALOGUE_PAGE, facets: "facets.json" },
        actors: "actors.json",
        terms: TermsInfo {
            path: "terms/",
            first: shards.iter().map(|s| s.first_key().to_string()).collect(),
            max_prefix_shards: index::MAX_PREFIX_SHARDS,
        },
        records: RecordsInfo { path: "items/", per_shard: RECORDS_PER_SHARD },
        heads: HeadsInfo {
            path: "heads/",
            first: heads.iter().map(|h| h.first.clone()).collect(),
            items: index::HEAD_ITEMS,
        },
    };
    writer.write("library/manifest.json", &json(&manifest)?)?;
    Ok(())
}

/// Writes files only when their content changed, and remembers what it wrote in the build manifest.
struct Writer {
    out: PathBuf,
    previous: BTreeMap<String, String>,
    current: BTreeMap<String, String>,
    written: Vec<String>,
    unchanged: usize,
}

#[derive(Serialize, serde::Deserialize, Default)]
struct BuildManifest {
    /// Output file → SHA-256 of its content, hex.
    files: BTreeMap<String, String>,
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

impl Writer {
    fn open(out: &Path) -> Result<Writer, SiteError> {
        fs::create_dir_all(out).map_err(|e| io_error("create", out, e))?;
        let previous = fs::read(out.join(BUILD_MANIFEST))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<BuildManifest>(&bytes).ok())
            .unwrap_or_default()
            .files;
        Ok(Writer { out: out.to_path_buf(), previous, current: BTreeMap::new(), written: Vec::new(), unchanged: 0 })
    }

    fn write(&mut self, relative: &str, bytes: &[u8]) -> Result<(), SiteError> {
        let hash = sha256_hex(bytes);
        let path = self.out.join(relative);
        let same = self.previous.get(relative) == Some(&hash) && path.is_file();
        if same {
            self.unchanged += 1;
        } else {
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir).map_err(|e| io_error("create", dir, e))?;
            }
            fs::write(&path, bytes).map_err(|e| io_error("write", &path, e))?;
            self.written.push(relative.to_string());
        }
        self.current.insert(relative.to_string(), hash);
        Ok(())
    }

    /// Removes what the previous build wrote and this one did not, then saves the build manifest.
    fn finish(self, report: &mut BuildReport) -> Result<(), SiteError> {
        for old in self.previous.keys().filter(|f| !self.current.contains_key(*f)) {
            // Only paths this builder wrote (no `..`), so a tampered manifest cannot remove other files.
            if old.split('/').any(|part| part == ".." || part.is_empty()) {
                continue;
            }
            let path = self.out.join(old);
            if path.is_file() && fs::remove_file(&path).is_ok() {
                report.removed.push(old.clone());
            }
        }
        let unchanged = self.previous == self.current;
        let manifest = BuildManifest { files: self.current };
        let bytes = json(&manifest)?;
        let path = self.out.join(BUILD_MANIFEST);
        if !unchanged || !path.is_file() {
            fs::write(&path, bytes).map_err(|e| io_error("write", &path, e))?;
        }
        report.written = self.written;
        report.unchanged = self.unchanged;
        Ok(())
    }
}
