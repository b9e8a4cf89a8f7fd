//! The site's pages and feeds as text: the index page, a page per brief, sitemap.xml and the Atom feed.
//! Every brief string is escaped (`escape_html` is also right for XML text and attributes).

use super::{iso_day, page_url, url_segment, Assets, SiteBrief, SiteOptions};
use crate::query::all_items;
use crate::render::{escape_html as e, render_document, render_first_screen, Lang, Opening, RenderOptions, View};
use serde::Serialize;
use std::fmt::Write;

/// The stylesheet of the site's own pages (the widget and the library element bring their own).
pub const SITE_CSS: &str = include_str!("site.css");

/// What every page needs to know of the site.
pub struct SiteInfo {
    pub title: String,
    pub lang: Lang,
    pub base_url: Option<String>,
    /// Where `www/` and `pkg/` are, as seen from the site root (ends with `/`); `None`: `assets/`.
    assets_url: Option<String>,
}

impl SiteInfo {
    pub fn new(o: &SiteOptions) -> SiteInfo {
        let assets_url = match &o.assets {
            Assets::Copy(_) => None,
            Assets::Url(url) => Some(if url.ends_with('/') { url.clone() } else { format!("{url}/") }),
        };
        SiteInfo {
            title: o.title.clone(),
            lang: Lang::parse(&o.lang),
            base_url: o.base_url.as_ref().map(|b| b.trim_end_matches('/').to_string()),
            assets_url,
        }
    }

    /// The folder holding `www/` and `pkg/`, from a page `depth` folders below the root.
    fn assets(&self, depth: usize) -> String {
        match &self.assets_url {
            // An absolute URL or path works from any page; a relative one is relative to the root.
            Some(url) if url.starts_with('/') || url.contains("://") => url.clone(),
            Some(url) => format!("{}{url}", "../".repeat(depth)),
            None => format!("{}assets/", "../".repeat(depth)),
        }
    }

    /// A strict Content-Security-Policy for pages whose scripts are all on the site itself (copied
    /// assets): no inline script or style, nothing from another origin. With `--assets-url` the scripts
    /// may be elsewhere, and the host's own policy applies.
    fn csp(&self) -> &'static str {
        match &self.assets_url {
            None => "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'\">\n",
            Some(_) => "",
        }
    }

    fn canonical(&self, path: &str) -> String {
        match &self.base_url {
            Some(base) => format!("<link rel=\"canonical\" href=\"{}\">\n", e(&format!("{base}/{path}"))),
            None => String::new(),
        }
    }

    fn feed_link(&self, depth: usize) -> String {
        match &self.base_url {
            Some(_) => format!(
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{}feed.xml\" title=\"{}\">\n",
                "../".repeat(depth),
                e(&self.title)
            ),
            None => String::new(),
        }
    }
}

/// Labels of the site's own pages.
struct Labels {
    library: &'static str,
    briefs: &'static str,
    /// One brief (the count of a library of one).
    brief: &'static str,
    authors: &'static str,
    language: &'static str,
    items: &'static str,
    skip: &'static str,
    pages: &'static str,
}

fn labels(lang: Lang) -> Labels {
    match lang {
        Lang::Ko => Labels {
            library: "자료실",
            briefs: "브리프",
            brief: "브리프",
            authors: "저자",
            language: "언어",
            items: "항목",
            skip: "본문으로 건너뛰기",
            pages: "쪽",
        },
        _ => Labels {
            library: "Library",
            briefs: "briefs",
            brief: "brief",
            authors: "Authors",
            language: "Language",
            items: "items",
            skip: "Skip to content",
            pages: "Pages",
        },
    }
}

/// The name of a language tag in the page's language, for the few the project knows; the tag otherwise.
fn language_name(tag: &str, lang: Lang) -> String {
    let name = match (super::primary_language(tag).as_str(), lang) {
        ("en", Lang::Ko) => "영어",
        ("ko", Lang::Ko) => "한국어",
        ("en", _) => "English",
        ("ko", _) => "Korean",
        _ => return tag.to_string(),
    };
    name.to_string()
}

/// JSON that can sit inside a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 escaped.
fn script_json<T: Serialize>(value: &T) -> String {
    let text = serde_json::to_string(value).unwrap_or_else(|_| "{}".into());
    text.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

fn head(out: &mut String, lang: &str, title: &str, description: Option<&str>, extra: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n\
         <link rel=\"icon\" href=\"data:,\">\n",
        e(lang),
        e(title)
    );
    if let Some(d) = description {
        let _ = writeln!(out, "<meta name=\"description\" content=\"{}\">", e(d));
    }
    out.push_str(extra);
    out.push_str("</head>\n");
}

/// A brief's page: a link back to the library, then the widget with the static document as its
/// fallback (which carries the brief's JSON-LD).
pub fn brief_page(site: &SiteInfo, b: &SiteBrief) -> String {
    let m = &b.loaded.brief.meta;
    let lang = Lang::for_brief(&b.loaded.brief);
    let l = labels(lang);
    let assets = site.assets(1);
    let options = RenderOptions { lang, ..RenderOptions::default() };
    let document = render_document(&b.loaded, &options);
    // The widget's first screen (its overview), shown as the page is parsed: see `render_first_screen`.
    let stylesheet = format!("{assets}www/brief-insights.css");
    let first_screen =
        render_first_screen(&b.loaded, &options, Opening::View(View::Overview), &stylesheet).unwrap_or_default();
    let mut extra = String::from(site.csp());
    extra.push_str(&site.canonical(&page_url(&b.id)));
    extra.push_str(&site.feed_link(1));
    let _ = write!(
        extra,
        "<link rel=\"stylesheet\" href=\"../assets/site.css\">\n\
         <link rel=\"modulepreload\" href=\"{pkg}brief_insights.js\">\n\
         <link rel=\"preload\" href=\"{pkg}brief_insights_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n\
         <link rel=\"preload\" href=\"{id}.json\" as=\"fetch\" type=\"application/json\" crossorigin>\n\
         <link rel=\"preload\" href=\"{www}brief-insights.css\" as=\"style\">\n\
         <script type=\"module\" src=\"{www}brief-insights.js\"></script>\n",
        pkg = e(&format!("{assets}pkg/")),
        www = e(&format!("{assets}www/")),
        id = e(&url_segment(&b.id)),
    );
    let mut out = String::new();
    head(&mut out, &m.language, &format!("{} — {} {}", m.title, m.series, m.number), m.summary.as_deref(), &extra);
    // The page's level-one heading is the brief's title, for readers who navigate by headings: the widget
    // shows the title as a level-two heading (it is made to sit in a host's article, under the host's
    // own), so here the heading is for assistive technology only, not shown twice.
    let _ = write!(
        out,
        "<body>\n<a class=\"site-skip\" href=\"#main\">{skip}</a>\n<header class=\"site-header\"><nav><a href=\"../index.html\">{library}: {site}</a></nav></header>\n\
         <main id=\"main\">\n<h1 class=\"site-visually-hidden\">{title}</h1>\n<brief-insights src=\"{id}.json\">\n{first_screen}\n{document}\n</brief-insights>\n</main>\n</body>\n</html>\n",
        skip = l.skip,
        library = l.library,
        site = e(&site.title),
        title = e(&m.title),
        id = e(&url_segment(&b.id)),
    );
    out
}

/// The index page: every brief, newest first, inside the library element (the list is its fallback).
/// Briefs listed per index page: `index.html` lists the newest, `index-2.html` the next, and so on, so a
/// library of 10,000 briefs does not make one page of megabytes (the element pages its own list).
pub const INDEX_PAGE_BRIEFS: usize = 100;

/// The file name of index page `page` (1-based).
pub fn index_file(page: usize) -> String {
    match page {
        1 => "index.html".to_string(),
        n => format!("index-{n}.html"),
    }
}

/// Index page `page` of `pages` (1-based): the briefs of that page (`briefs`), with links to every page.
/// `total` is the number of briefs in the library.
pub fn index_page(site: &SiteInfo, briefs: &[SiteBrief], page: usize, pages: usize, total: usize) -> String {
    let l = labels(site.lang);
    let assets = site.assets(0);
    let mut extra = String::from(site.csp());
    let canonical_path = if page == 1 { String::new() } else { index_file(page) };
    extra.push_str(&site.canonical(&canonical_path));
    extra.push_str(&site.feed_link(0));
    let _ = write!(
        extra,
        "<link rel=\"stylesheet\" href=\"assets/site.css\">\n\
         <link rel=\"preload\" href=\"library/manifest.json\" as=\"fetch\" type=\"application/json\" crossorigin>\n\
         <script type=\"module\" src=\"{}\"></script>\n",
        e(&format!("{assets}www/brief-insights-library.js")),
    );
    let mut out = String::new();
    head(&mut out, site.lang.as_str(), &site.title, None, &extra);
    let _ = write!(
        out,
        "<body>\n<a class=\"site-skip\" href=\"#main\">{}</a>\n<main id=\"main\">\n<h1>{}</h1>\n\
         <brief-insights-library src=\"library/manifest.json\">\n<p class=\"site-count\">{} {}</p>\n<ul class=\"site-briefs\">\n",
        l.skip,
        e(&site.title),
        total,
        if total == 1 { l.brief } else { l.briefs }
    );
    for b in briefs {
        let m = &b.loaded.brief.meta;
        let authors: Vec<&str> = m.authors.iter().map(|a| a.name.as_str()).collect();
        let _ = write!(
            out,
            "<li class=\"site-brief\" lang=\"{lang}\"><article>\n<h2><a href=\"{url}\">{title}</a></h2>\n\
             <p class=\"site-meta\">{series} {number} · <time datetime=\"{day}\">{date}</time> · \
             <span class=\"site-authors\" lang=\"{lang}\"><span class=\"site-label\" lang=\"{ui}\">{authors_label}:</span> {authors}</span> · \
             <span class=\"site-language\" lang=\"{ui}\">{language_label}: {language}</span> · <span lang=\"{ui}\">{items} {items_label}</span></p>\n",
            lang = e(&m.language),
            ui = site.lang.as_str(),
            url = e(&page_url(&b.id)),
            title = e(&m.title),
            series = e(&m.series),
            number = e(&m.number),
            day = e(&iso_day(&b.loaded.brief)),
            date = e(&m.date.0),
            authors_label = l.authors,
            authors = e(&authors.join(", ")),
            language_label = l.language,
            language = e(&language_name(&m.language, site.lang)),
            items = all_items(&b.loaded.brief).len(),
            items_label = l.items,
        );
        if let Some(summary) = &m.summary {
            let _ = writeln!(out, "<p class=\"site-summary\">{}</p>", e(summary));
        }
        out.push_str("</article></li>\n");
    }
    out.push_str("</ul>\n</brief-insights-library>\n");
    if pages > 1 {
        let _ = writeln!(out, "<nav class=\"site-pages\" aria-label=\"{}\"><ol>", l.pages);
        for n in 1..=pages {
            let current = if n == page { " aria-current=\"page\"" } else { "" };
            let _ = writeln!(out, "<li><a href=\"{}\"{current}>{n}</a></li>", index_file(n));
        }
        out.push_str("</ol></nav>\n");
    }
    out.push_str(&index_jsonld(site, briefs));
    out.push_str("\n</main>\n</body>\n</html>\n");
    out
}

/// schema.org JSON-LD of the index: a `CollectionPage` whose parts are the briefs as `Report`s.
fn index_jsonld(site: &SiteInfo, briefs: &[SiteBrief]) -> String {
    #[derive(Serialize)]
    struct Person<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        name: &'a str,
    }
    #[derive(Serialize)]
    struct Report<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        name: &'a str,
        url: String,
        #[serde(rename = "datePublished")]
        date_published: String,
        #[serde(rename = "inLanguage")]
        in_language: &'a str,
        author: Vec<Person<'a>>,
        #[serde(rename = "isPartOf")]
        is_part_of: String,
    }
    #[derive(Serialize)]
    struct Collection<'a> {
        #[serde(rename = "@context")]
        context: &'static str,
        #[serde(rename = "@type")]
        kind: &'static str,
        name: &'a str,
        #[serde(rename = "inLanguage")]
        in_language: &'a str,
        #[serde(rename = "hasPart")]
        has_part: Vec<Report<'a>>,
    }
    let url = |path: &str| match &site.base_url {
        Some(base) => format!("{base}/{path}"),
        None => path.to_string(),
    };
    let collection = Collection {
        context: "https://schema.org",
        kind: "CollectionPage",
        name: &site.title,
        in_language: site.lang.as_str(),
        has_part: briefs
            .iter()
            .map(|b| {
                let m = &b.loaded.brief.meta;
                Report {
                    kind: "Report",
                    name: &m.title,
                    url: url(&page_url(&b.id)),
                    date_published: iso_day(&b.loaded.brief),
                    in_language: &m.language,
                    author: m.authors.iter().map(|a| Person { kind: "Person", name: &a.name }).collect(),
                    is_part_of: format!("{} {}", m.series, m.number),
                }
            })
            .collect(),
    };
    format!("<script type=\"application/ld+json\">{}</script>", script_json(&collection))
}

/// sitemap.xml: the index and every brief page, with the brief's date.
pub fn sitemap(base: &str, briefs: &[SiteBrief]) -> String {
    let base = base.trim_end_matches('/');
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let _ = writeln!(out, "<url><loc>{}/</loc></url>", e(base));
    for b in briefs {
        let _ = writeln!(
            out,
            "<url><loc>{}/{}</loc><lastmod>{}</lastmod></url>",
            e(base),
            e(&page_url(&b.id)),
            e(&iso_day(&b.loaded.brief))
        );
    }
    out.push_str("</urlset>\n");
    out
}

/// Entries of the Atom feed: the newest briefs. Feed readers fetch the feed again and again (hourly, for
/// each subscriber); a library of thousands of briefs in it would be megabytes each time, for entries
/// every reader has already seen. The sitemap and the index list every brief.
pub const FEED_ENTRIES: usize = 50;

/// The Atom feed (RFC 4287): the [`FEED_ENTRIES`] newest briefs, newest first, each with its summary
/// and authors.
pub fn atom_feed(site: &SiteInfo, base: &str, briefs: &[SiteBrief]) -> String {
    let base = base.trim_end_matches('/');
    let updated = briefs.first().map(|b| iso_day(&b.loaded.brief)).unwrap_or_else(|| "1970-01-01".into());
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
         <title>{title}</title>\n<id>{base}/</id>\n<link rel=\"alternate\" href=\"{base}/\"/>\n\
         <link rel=\"self\" href=\"{base}/feed.xml\"/>\n<author><name>{title}</name></author>\n<updated>{updated}T00:00:00Z</updated>\n",
        lang = site.lang.as_str(),
        title = e(&site.title),
        base = e(base),
    );
    for b in briefs.iter().take(FEED_ENTRIES) {
        let m = &b.loaded.brief.meta;
        let url = format!("{base}/{}", page_url(&b.id));
        let _ = write!(
            out,
            "<entry xml:lang=\"{lang}\">\n<title>{title}</title>\n<id>{url}</id>\n<link rel=\"alternate\" href=\"{url}\"/>\n\
             <updated>{day}T00:00:00Z</updated>\n",
            lang = e(&m.language),
            title = e(&m.title),
            url = e(&url),
            day = e(&iso_day(&b.loaded.brief)),
        );
        for a in &m.authors {
            let _ = writeln!(out, "<author><name>{}</name></author>", e(&a.name));
        }
        if let Some(summary) = &m.summary {
            let _ = writeln!(out, "<summary>{}</summary>", e(summary));
        }
        let _ = writeln!(out, "<category term=\"{}\"/>", e(&m.series));
        out.push_str("</entry>\n");
    }
    out.push_str("</feed>\n");
    out
}
