//! The static site of `brief-insights site`: built from a folder of real briefs (the Sejong brief and the
//! examples, English and Korean), refused when a brief is broken, rebuilt incrementally, its index, sitemap
//! and feed well-formed, and its search finding words inside Korean compounds without false hits.
#![cfg(feature = "cli")]

use brief_insights::site::index::{keys, LibraryIndex};
use brief_insights::site::{self, Assets, Silent, SiteOptions, BUILD_MANIFEST};
use brief_insights::LoadedBrief;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

const BIN: &str = env!("CARGO_BIN_EXE_brief-insights");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("brief-insights-site-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("a temporary folder");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// The Sejong brief and the examples, with their texts, copied into `dir`.
fn copy_briefs(dir: &Path) {
    let root = Path::new(ROOT);
    let mut files = vec![root.join("briefs/sejong-2025-30.json"), root.join("briefs/sejong-2025-30.txt")];
    for entry in fs::read_dir(root.join("briefs/examples")).expect("briefs/examples") {
        files.push(entry.expect("an entry").path());
    }
    for file in files {
        fs::copy(&file, dir.join(file.file_name().expect("a file name"))).expect("copy a brief");
    }
}

fn options(briefs: &Path, out: &Path) -> SiteOptions {
    SiteOptions {
        briefs_dir: briefs.to_path_buf(),
        out: out.to_path_buf(),
        base_url: Some("https://example.org/library".into()),
        title: "Test library".into(),
        lang: "en".into(),
        // The project's own www/ (and pkg/ when built): what a site owner's copy of a release holds.
        assets: Assets::Copy(PathBuf::from(ROOT)),
    }
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every file under `dir` (relative, `/`-separated) with its modification time.
fn mtimes(dir: &Path) -> BTreeMap<String, SystemTime> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).expect("read a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(dir).expect("under dir").to_string_lossy().replace('\\', "/");
                out.insert(relative, fs::metadata(&path).and_then(|m| m.modified()).expect("a modification time"));
            }
        }
    }
    out
}

/// A light well-formedness check for XML written by the builder: every element closed in order.
fn assert_well_formed_xml(text: &str) {
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    let mut stack: Vec<String> = Vec::new();
    let mut rest = text.split_once("?>").expect("an XML declaration").1;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').expect("a tag ends") + open;
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "closing </{name}>");
        } else if !tag.ends_with('/') {
            stack.push(tag.split_whitespace().next().expect("a tag name").to_string());
        }
        assert!(!rest[..rest.find('<').unwrap_or(rest.len())].contains('>'), "a stray > in text");
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

#[test]
fn a_folder_of_briefs_becomes_a_site() {
    let briefs = TempDir::new("briefs");
    let out = TempDir::new("out");
    copy_briefs(&briefs.0);
    let report = site::build(&options(&briefs.0, &out.0), &mut Silent).expect("the site builds");
    assert_eq!(report.briefs, 3);
    assert!(report.items > 200, "{} items", report.items);

    // The index page lists every brief with its metadata, inside the library element.
    let index = read(&out.0.join("index.html"));
    assert!(index.contains("<brief-insights-library src=\"library/manifest.json\">"));
    assert!(index.contains("assets/www/brief-insights-library.js"));
    for (id, title) in [
        ("sejong-2025-30", "North Korea’s Domestic and External Policy Outlook"),
        ("nickel-supply-chain-2026-7", "인도네시아 니켈 공급망과 한국 배터리 산업"),
        ("mekong-water-2026-04", ""),
    ] {
        assert!(index.contains(&format!("href=\"briefs/{id}.html\"")), "{id} listed");
        assert!(index.contains(title), "{title}");
        let page = read(&out.0.join(format!("briefs/{id}.html")));
        assert!(page.contains(&format!("<brief-insights src=\"{id}.json\">")), "{id}: the widget");
        assert!(page.contains("class=\"bi-document\""), "{id}: the static rendering as fallback");
        assert!(page.contains("<script type=\"application/ld+json\">"), "{id}: JSON-LD");
        assert!(page.contains(&format!("https://example.org/library/briefs/{id}.html")), "{id}: canonical");
        assert_eq!(read(&out.0.join(format!("briefs/{id}.json"))), read(&briefs.0.join(format!("{id}.json"))));
    }
    assert!(index.contains("Taeho Kim") || index.contains("Authors"), "authors listed");
    assert!(index.contains("<script type=\"application/ld+json\">"));
    let jsonld = index.split("<script type=\"application/ld+json\">").nth(1).and_then(|s| s.split("</script>").next());
    let jsonld: serde_json::Value = serde_json::from_str(jsonld.expect("JSON-LD")).expect("JSON-LD parses");
    assert_eq!(jsonld["@type"], "CollectionPage");
    assert_eq!(jsonld["hasPart"].as_array().map(Vec::len), Some(3));
    // Newest first.
    let position = |id: &str| index.find(&format!("briefs/{id}.html")).expect("listed");
    assert!(position("nickel-supply-chain-2026-7") < position("sejong-2025-30"));

    // sitemap.xml and the Atom feed.
    let sitemap = read(&out.0.join("sitemap.xml"));
    assert_well_formed_xml(&sitemap);
    assert_eq!(sitemap.matches("<loc>").count(), 4);
    assert!(sitemap.contains("<loc>https://example.org/library/briefs/sejong-2025-30.html</loc><lastmod>"));
    let feed = read(&out.0.join("feed.xml"));
    assert_well_formed_xml(&feed);
    assert_eq!(feed.matches("<entry ").count(), 3);
    assert!(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    assert!(feed.contains("<updated>2026-"), "the newest brief's date");

    // The library's files.
    let manifest = json(&out.0.join("library/manifest.json"));
    assert_eq!(manifest["briefs"], 3);
    let shards = manifest["terms"]["first"].as_array().expect("shard list").len();
    for i in 0..shards {
        json(&out.0.join(format!("library/terms/{i}.json")));
    }
    let catalogue = json(&out.0.join("library/briefs/0.json"));
    let languages: Vec<&str> =
        catalogue.as_array().expect("a list").iter().filter_map(|b| b["language"].as_str()).collect();
    assert!(languages.contains(&"ko") && languages.contains(&"en"));
    // The facets: each value's count, and the file of the briefs' places (newest first) fetched when a
    // reader chooses it; every brief is under its language.
    let facets = json(&out.0.join("library/facets.json"));
    let languages = facets["language"].as_object().expect("languages");
    let by_language: u64 = languages.values().filter_map(|l| l["count"].as_u64()).sum();
    assert_eq!(by_language, 3);
    for value in facets.as_object().expect("filters").values().flat_map(|f| f.as_object().expect("values").values()) {
        let file = value["file"].as_str().expect("a file");
        let places = json(&out.0.join("library").join(file));
        assert_eq!(places.as_array().map(Vec::len), value["count"].as_u64().map(|n| n as usize), "{file}");
    }
    // Every key's first page of records sits in a head shard; postings are in score order.
    let heads = manifest["heads"]["first"].as_array().expect("head shards").len();
    assert!(heads >= 1);
    let head = json(&out.0.join("library/heads/0.json"));
    assert!(head["items"].as_object().is_some_and(|items| !items.is_empty()));
    // Every key of every term shard has, in the head shard its key falls in, its count and the head of
    // its encoded list: what a one-key search reads instead of the term shard.
    let head_firsts: Vec<&str> =
        manifest["heads"]["first"].as_array().expect("head shards").iter().filter_map(|k| k.as_str()).collect();
    let head_shards: Vec<serde_json::Value> =
        (0..heads).map(|i| json(&out.0.join(format!("library/heads/{i}.json")))).collect();
    let mut keys_checked = 0;
    for i in 0..shards {
        let terms = json(&out.0.join(format!("library/terms/{i}.json")));
        for (key, list) in terms.as_object().expect("keys").iter().filter(|(k, _)| !k.ends_with("#p")) {
            let list = list.as_array().expect("postings");
            let shard = head_firsts.iter().rposition(|first| *first <= key.as_str()).expect("a head shard");
            let entry = &head_shards[shard]["lists"][key];
            assert_eq!(entry["count"], list.len(), "{key}");
            let head = entry["head"].as_array().expect("head");
            assert_eq!(head.as_slice(), &list[..list.len().min(10)], "{key}");
            keys_checked += 1;
        }
    }
    assert!(keys_checked > 500, "{keys_checked} keys");
    assert_eq!(manifest["format"], 3);
    // A head shard never spans two term shards: every term shard's first key starts a head shard.
    let head_firsts = manifest["heads"]["first"].as_array().expect("head shards");
    let term_firsts = manifest["terms"]["first"].as_array().expect("term shards");
    assert!(term_firsts.iter().all(|k| head_firsts.contains(k)), "{term_firsts:?} {head_firsts:?}");
    // China is 중국 in the Korean brief and China in the others: one actor across briefs (same id).
    let china = json(&out.0.join("library/actors/china.json"));
    let names: Vec<&str> = china["names"].as_array().expect("names").iter().filter_map(|n| n.as_str()).collect();
    assert!(names.contains(&"China") && names.contains(&"중국"), "{names:?}");
    let points = china["points"].as_array().expect("points");
    let days: Vec<&str> = points.iter().filter_map(|p| p["day"].as_str()).collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "oldest first: {days:?}");
    assert!(points.iter().all(|p| p["url"].as_str().is_some_and(|u| u.contains("#brief-insights="))));
    assert!(points.iter().any(|p| p["kind"] == "relation" && p["quote"].is_string() && p["paragraph"].is_number()));

    // The assets: the widget and the library element beside the pages.
    assert!(out.0.join("assets/www/brief-insights-library.js").is_file());
    assert!(out.0.join("assets/www/brief-insights.js").is_file());
    assert!(out.0.join(BUILD_MANIFEST).is_file());
}

#[test]
fn a_wrong_assets_folder_is_refused_before_anything_is_written() {
    let briefs = TempDir::new("assets-briefs");
    let empty = TempDir::new("assets-empty");
    let out = TempDir::new("assets-out");
    copy_briefs(&briefs.0);
    let mut wrong = options(&briefs.0, &out.0.join("site"));
    // A folder without www/: a typo in --assets, or the site folder itself.
    wrong.assets = Assets::Copy(empty.0.clone());
    let error = site::build(&wrong, &mut Silent).expect_err("refused");
    assert!(error.to_string().contains("give --assets the folder holding www/ and pkg/"), "{error}");
    assert!(!out.0.join("site").exists(), "nothing written: no half-built site to publish by mistake");
}

#[test]
fn a_broken_brief_is_refused_with_every_problem() {
    let briefs = TempDir::new("broken");
    let out = TempDir::new("broken-out");
    copy_briefs(&briefs.0);
    // Two problems in one brief: a quote that is not in its paragraph, and an actor that does not exist.
    let path = briefs.0.join("mekong-water-2026-04.json");
    let text = read(&path);
    let first_quote =
        text.split("\"quote\": \"").nth(1).and_then(|s| s.split('"').next()).expect("a quote").to_string();
    let broken = text
        .replacen(&format!("\"quote\": \"{first_quote}\""), "\"quote\": \"Words the brief never wrote.\"", 1)
        .replacen("\"subject\": \"", "\"subject\": \"nobody-", 1);
    assert_ne!(broken, text);
    fs::write(&path, broken).expect("write");
    // And a second broken brief: invalid JSON.
    fs::write(briefs.0.join("zz-bad.json"), "{\"format\": 1,").expect("write");

    let output = Command::new(BIN)
        .args(["site", briefs.0.to_str().expect("a UTF-8 path"), "--out", out.0.to_str().expect("a UTF-8 path")])
        .current_dir(ROOT)
        .output()
        .expect("the CLI runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("mekong-water-2026-04.json:"), "{stderr}");
    assert!(stderr.contains("Words the brief never wrote") || stderr.contains("quote"), "{stderr}");
    assert!(stderr.contains("$.meta.subject"), "{stderr}");
    assert!(stderr.contains("zz-bad.json:"), "{stderr}");
    assert!(stderr.contains("not published: 2 brief(s) have problems"), "{stderr}");
    assert!(!out.0.join("index.html").exists(), "nothing published");
}

#[test]
fn a_rebuild_rewrites_only_what_changed() {
    let briefs = TempDir::new("rebuild");
    let out = TempDir::new("rebuild-out");
    copy_briefs(&briefs.0);
    let o = options(&briefs.0, &out.0);
    site::build(&o, &mut Silent).expect("the site builds");
    let before = mtimes(&out.0);

    // The same briefs again: nothing is written.
    let again = site::build(&o, &mut Silent).expect("the site builds again");
    assert!(again.written.is_empty(), "{:?}", again.written);
    assert_eq!(mtimes(&out.0), before);

    // One brief's key judgment reworded (editor's text, not a quote).
    let path = briefs.0.join("mekong-water-2026-04.json");
    let text = read(&path);
    let judgments = text.split("\"keyJudgments\"").nth(1).expect("key judgments");
    let judgment =
        judgments.split("\"text\": \"").nth(1).and_then(|s| s.split('"').next()).expect("a judgment").to_string();
    fs::write(&path, text.replacen(&judgment, "Zanzibarian floodplains reworded this judgment", 1)).expect("write");
    let rebuilt = site::build(&o, &mut Silent).expect("the site rebuilds");
    let after = mtimes(&out.0);
    let changed: Vec<&String> = after.keys().filter(|f| before.get(*f) != after.get(*f)).collect();
    assert_eq!(changed.len(), rebuilt.written.len() + 1, "the written files and the build manifest: {changed:?}");
    assert!(changed.iter().any(|f| *f == "briefs/mekong-water-2026-04.html"));
    assert!(changed.iter().any(|f| *f == "briefs/mekong-water-2026-04.json"));
    for untouched in
        ["briefs/sejong-2025-30.html", "briefs/nickel-supply-chain-2026-7.html", "index.html", "sitemap.xml"]
    {
        assert!(!changed.iter().any(|f| *f == untouched), "{untouched} rewritten: {changed:?}");
    }
    let term_shards = after.keys().filter(|f| f.starts_with("library/terms/")).count();
    let changed_shards = changed.iter().filter(|f| f.starts_with("library/terms/")).count();
    // Only the shards holding a word that came or went (in a library of three briefs, a reworded sentence
    // touches most of its few shards; at least one stays as it was).
    assert!(changed_shards >= 1 && changed_shards < term_shards, "{changed_shards} of {term_shards} term shards");
    let item_shards = after.keys().filter(|f| f.starts_with("library/items/")).count();
    let changed_items = changed.iter().filter(|f| f.starts_with("library/items/")).count();
    assert_eq!(changed_items, 1, "the one record shard holding the judgment, of {item_shards}");
    assert!(changed.len() < after.len() / 4, "{} of {} files", changed.len(), after.len());

    // A brief removed: its files go.
    fs::remove_file(&path).expect("remove");
    let removed = site::build(&o, &mut Silent).expect("the site rebuilds");
    assert!(removed.removed.iter().any(|f| f == "briefs/mekong-water-2026-04.html"), "{:?}", removed.removed);
    assert!(!out.0.join("briefs/mekong-water-2026-04.html").exists());
}

/// The index of the site's briefs, in memory, for search tests.
fn example_index() -> LibraryIndex {
    let mut index = LibraryIndex::default();
    let root = Path::new(ROOT);
    for (id, path) in [
        ("sejong-2025-30", "briefs/sejong-2025-30.json"),
        ("nickel-supply-chain-2026-7", "briefs/examples/nickel-supply-chain-2026-7.json"),
        ("mekong-water-2026-04", "briefs/examples/mekong-water-2026-04.json"),
    ] {
        let brief = brief_insights::load(&read(&root.join(path))).expect("a valid brief");
        index.add_brief(id, &brief);
    }
    index
}

#[test]
fn korean_words_are_found_inside_compounds_without_false_hits() {
    let index = example_index();
    // 연합 (union) inside 어민연합 (the fishers' union) and 유럽연합 (the European Union).
    let hits = index.search("연합");
    let titles: Vec<&str> = hits.iter().map(|&n| index.records[n as usize].title.as_str()).collect();
    assert!(titles.iter().any(|t| t.contains("어민연합")), "{titles:?}");
    assert!(titles.iter().any(|t| t.contains("유럽연합")), "{titles:?}");
    for &n in &hits {
        assert!(index.records[n as usize].folded_text().contains("연합"));
    }
    // Every result of a longer word really contains it.
    for query in ["모로왈리", "인도네시아", "공급망"] {
        let hits = index.search(query);
        assert!(!hits.is_empty(), "{query}");
        for &n in &hits {
            assert!(index.records[n as usize].folded_text().contains(query), "{query}: false hit");
        }
    }
    // The positions of bigrams in the index give the same answer as the items' text.
    for query in ["모로왈리", "인도네시아", "공급망", "어민연합", "유럽연합"] {
        let keys = brief_insights::site::index::query_keys(query);
        for n in 0..index.records.len() as u32 {
            let in_text = index.records[n as usize].folded_text().contains(query);
            assert_eq!(index.has_phrase(&keys, n), in_text, "{query} in item {n}");
        }
    }
    // A Korean query finds Korean briefs, an English query English ones, in one index.
    assert!(index.search("중국").iter().all(|&n| index.records[n as usize].brief == "nickel-supply-chain-2026-7"));
    assert!(index.search("china").iter().any(|&n| index.records[n as usize].brief == "sejong-2025-30"));

    // Verification: an item with every bigram of 협동조합 but not the word itself is no hit; one with the
    // word inside a compound is.
    let brief: brief_insights::Brief = serde_json::from_str(
        r#"{"format":1,"meta":{"series":"S","number":"1","title":"T","date":"2024","authors":[{"name":"A"}],
        "language":"ko","paragraphs":1},
        "actors":[
          {"id":"fishers","name":"어민협동조합","kind":"organization","evidence":[{"paragraph":1,"quote":"어민협동조합이 반대했다."}]},
          {"id":"scattered","name":"협동과 조합의 동조","kind":"organization","evidence":[{"paragraph":1,"quote":"협동, 조합, 동조."}]}
        ]}"#,
    )
    .expect("a brief");
    let mut index = LibraryIndex::default();
    index.add_brief("t", &LoadedBrief::new(brief));
    let ids =
        |q: &str| -> Vec<String> { index.search(q).iter().map(|&n| index.records[n as usize].id.clone()).collect() };
    assert_eq!(ids("협동조합"), ["fishers"]);
    let mut both = ids("협동");
    both.sort();
    assert_eq!(both, ["fishers", "scattered"]);
    // A particle attached to the query must be in the text too: 협동조합은 is not 협동조합이.
    assert!(ids("협동조합은").is_empty());
    assert_eq!(ids("협동조합이"), ["fishers"]);
}

/// tests/fixtures/library-fold.json: texts, their folded form and keys. The library element's JS
/// (tests/node/library-fold.test.mjs) must fold and cut them the same. `BLESS=1` rewrites the expected values.
#[test]
fn folding_and_keys_match_the_shared_cases() {
    let path = Path::new(ROOT).join("tests/fixtures/library-fold.json");
    let mut cases: Vec<serde_json::Value> = serde_json::from_str(&read(&path)).expect("the cases parse");
    let bless = std::env::var_os("BLESS").is_some();
    for case in &mut cases {
        let text = case["text"].as_str().expect("a text").to_string();
        let folded = brief_insights::query::search::fold_str(&text);
        let keys = keys(&text);
        if bless {
            case["folded"] = folded.clone().into();
            case["keys"] = keys.clone().into();
        }
        assert_eq!(case["folded"].as_str(), Some(folded.as_str()), "{text}");
        let expected: Vec<&str> = case["keys"].as_array().expect("keys").iter().filter_map(|k| k.as_str()).collect();
        assert_eq!(expected, keys, "{text}");
    }
    if bless {
        let text = serde_json::to_string_pretty(&cases).expect("JSON");
        fs::write(&path, text + "\n").expect("write the cases");
    }
}

/// A library of 205 briefs (one example brief under 205 names): index pages of 100 with links to each
/// other, the catalogue in pages of 50, and facets counting every brief.
#[test]
fn a_large_library_is_paged() {
    let briefs = TempDir::new("paged-in");
    let out = TempDir::new("paged-out");
    let root = Path::new(ROOT).join("briefs/examples");
    fs::copy(root.join("nickel-supply-chain-2026-7.txt"), briefs.0.join("nickel-supply-chain-2026-7.txt"))
        .expect("text");
    let brief = read(&root.join("nickel-supply-chain-2026-7.json"));
    for i in 0..205 {
        fs::write(briefs.0.join(format!("brief-{i:03}.json")), &brief).expect("a brief");
    }
    site::build(&options(&briefs.0, &out.0), &mut Silent).expect("the site builds");
    let listed = |page: &str| read(&out.0.join(page)).matches("<li class=\"site-brief\"").count();
    assert_eq!(listed("index.html"), 100);
    assert_eq!(listed("index-2.html"), 100);
    assert_eq!(listed("index-3.html"), 5);
    assert!(!out.0.join("index-4.html").exists());
    let first = read(&out.0.join("index.html"));
    assert!(first.contains("<p class=\"site-count\">205 "), "the count is the library's");
    assert!(
        first.contains("<a href=\"index-3.html\">3</a>")
            && first.contains("<a href=\"index.html\" aria-current=\"page\">1</a>")
    );
    let manifest = json(&out.0.join("library/manifest.json"));
    assert_eq!(manifest["catalogue"]["perPage"], 50);
    let pages: Vec<usize> =
        (0..5).map(|i| json(&out.0.join(format!("library/briefs/{i}.json"))).as_array().map_or(0, Vec::len)).collect();
    assert_eq!(pages, [50, 50, 50, 50, 5]);
    let facets = json(&out.0.join("library/facets.json"));
    assert_eq!(facets["language"]["ko"]["count"], 205);
    let korean = json(&out.0.join("library").join(facets["language"]["ko"]["file"].as_str().expect("a file")));
    assert_eq!(korean.as_array().map(Vec::len), Some(205));
    // The feed carries the 50 newest (feed readers fetch it again and again); the sitemap every page.
    assert_eq!(read(&out.0.join("feed.xml")).matches("<entry ").count(), 50);
    assert_eq!(read(&out.0.join("sitemap.xml")).matches("<url>").count(), 206);
}

/// Every file the site shows (not its assets or build manifest) whose content mentions `needle`.
fn files_mentioning(dir: &Path, needle: &str) -> Vec<String> {
    mtimes(dir)
        .into_keys()
        .filter(|f| {
            !f.starts_with("assets/")
                && f != BUILD_MANIFEST
                && fs::read_to_string(dir.join(f)).is_ok_and(|t| t.contains(needle))
        })
        .collect()
}

/// A real team's folder: file names with spaces, dots, `#` and Korean letters; a sub-folder per year; a
/// README, an image, macOS's `.DS_Store` and `._NAME.json` resource forks, a `.git` folder, an empty
/// folder, and the output folder inside the briefs' folder. Every brief is published (the one in the
/// sub-folder too), the junk is not read, and every URL carries the file name percent-encoded (a bare
/// `#` would cut the link at a fragment; sitemap and feed URLs must be URL-escaped).
#[test]
fn a_team_folder_with_odd_names_sub_folders_and_junk_is_published() {
    let briefs = TempDir::new("team");
    copy_briefs(&briefs.0);
    let b = &briefs.0;
    fs::rename(b.join("mekong-water-2026-04.json"), b.join("Mekong Water 2026.04 Final.json")).expect("rename");
    fs::rename(b.join("nickel-supply-chain-2026-7.json"), b.join("니켈 공급망 #7.json")).expect("rename");
    fs::create_dir_all(b.join("2025")).expect("a sub-folder");
    for file in ["sejong-2025-30.json", "sejong-2025-30.txt"] {
        fs::rename(b.join(file), b.join("2025").join(file)).expect("move into the sub-folder");
    }
    fs::write(b.join("README.md"), "# Our briefs\n").expect("write");
    fs::write(b.join("logo.png"), [0x89, b'P', b'N', b'G']).expect("write");
    fs::write(b.join(".DS_Store"), [0, 0, 0, 1, b'B', b'u', b'd', b'1']).expect("write");
    fs::write(b.join("._Mekong Water 2026.04 Final.json"), [0, 5, 22, 7, 0, 2, 0, 0]).expect("write");
    fs::create_dir_all(b.join(".git")).expect("a hidden folder");
    fs::write(b.join(".git/not-a-brief.json"), "{}").expect("write");
    fs::create_dir_all(b.join("drafts")).expect("an empty folder");
    let out = b.join("public");

    let o = options(b, &out);
    let report = site::build(&o, &mut Silent).expect("the site builds");
    assert_eq!(report.briefs, 3, "the sub-folder's brief too, and no junk");
    assert!(!report.notes.iter().any(|n| n.contains("same brief")), "{:?}", report.notes);
    // Built again with the output (copies of the briefs) inside the briefs' folder: the same site.
    let again = site::build(&o, &mut Silent).expect("the site builds again");
    assert_eq!((again.briefs, again.written.len()), (3, 0), "{:?}", again.written);
    // And into another folder: the earlier output (a site, with its build manifest) holds no briefs.
    let elsewhere = TempDir::new("team-elsewhere");
    let moved = site::build(&options(b, &elsewhere.0), &mut Silent).expect("the site builds elsewhere");
    assert_eq!(moved.briefs, 3);

    // The briefs' folder itself as the output: refused, with a folder of its own suggested.
    let same = site::build(&options(b, b), &mut Silent).expect_err("refused");
    assert!(same.to_string().contains("is the briefs' folder"), "{same}");

    let mekong = "Mekong%20Water%202026.04%20Final";
    let nickel = "%EB%8B%88%EC%BC%88%20%EA%B3%B5%EA%B8%89%EB%A7%9D%20%237";
    assert!(out.join("briefs/니켈 공급망 #7.html").is_file() && out.join("briefs/니켈 공급망 #7.json").is_file());
    assert!(out.join("briefs/sejong-2025-30.html").is_file());
    // Published from a GitHub Pages branch, Jekyll would drop `_name` and `#name` files without it.
    assert_eq!(fs::read(out.join(".nojekyll")).expect("a .nojekyll file"), b"");
    let sitemap = read(&out.join("sitemap.xml"));
    assert!(sitemap.contains(&format!("<loc>https://example.org/library/briefs/{nickel}.html</loc>")), "{sitemap}");
    assert!(sitemap.contains(&format!("<loc>https://example.org/library/briefs/{mekong}.html</loc>")), "{sitemap}");
    let feed = read(&out.join("feed.xml"));
    assert!(feed.contains(&format!("<id>https://example.org/library/briefs/{nickel}.html</id>")), "{feed}");
    for xml in [&sitemap, &feed] {
        for url in xml.split("<loc>").chain(xml.split("<id>")).skip(1).filter_map(|s| s.split('<').next()) {
            assert!(!url.contains([' ', '#']) && url.is_ascii(), "not URL-escaped: {url}");
        }
    }
    let index = read(&out.join("index.html"));
    assert!(index.contains(&format!("<a href=\"briefs/{nickel}.html\">")), "the index links the page");
    let page = read(&out.join("briefs/니켈 공급망 #7.html"));
    assert!(page.contains(&format!("<brief-insights src=\"{nickel}.json\">")), "the widget loads its brief");
    assert!(page.contains(&format!("href=\"{nickel}.json\" as=\"fetch\"")));
    assert!(
        page.contains(&format!("<link rel=\"canonical\" href=\"https://example.org/library/briefs/{nickel}.html\">"))
    );
    // The library's own files: the catalogue, record shards and actor timelines link the encoded page.
    let catalogue = read(&out.join("library/briefs/0.json"));
    assert!(catalogue.contains(&format!("\"url\":\"briefs/{nickel}.html\"")), "{catalogue}");
    assert!(!catalogue.contains("\"url\":\"briefs/니켈"), "{catalogue}");
    let indonesia = json(&out.join("library/actors/indonesia.json"));
    let points = indonesia["points"].as_array().expect("points");
    for point in points.iter().filter(|p| p["brief"] == "니켈 공급망 #7") {
        assert_eq!(point["briefUrl"], format!("briefs/{nickel}.html"));
        assert!(point["url"].as_str().is_some_and(|u| u.starts_with(&format!("briefs/{nickel}.html#brief-insights="))));
    }
    assert!(points.iter().any(|p| p["brief"] == "니켈 공급망 #7"));
    assert_eq!(files_mentioning(&out, "briefs/니켈"), Vec::<String>::new(), "an unencoded URL");

    // A brief renamed: the old name lingers nowhere (pages, feed, sitemap, catalogue, index, shards).
    fs::rename(b.join("니켈 공급망 #7.json"), b.join("nickel-2026-7.json")).expect("rename");
    let renamed = site::build(&o, &mut Silent).expect("the site rebuilds");
    assert!(renamed.removed.iter().any(|f| f == "briefs/니켈 공급망 #7.html"), "{:?}", renamed.removed);
    assert_eq!(files_mentioning(&out, nickel), Vec::<String>::new());
    assert!(read(&out.join("sitemap.xml")).contains("/briefs/nickel-2026-7.html</loc>"));
    // And removed: its title is in no file of the site.
    fs::remove_file(b.join("nickel-2026-7.json")).expect("remove");
    site::build(&o, &mut Silent).expect("the site rebuilds");
    assert_eq!(files_mentioning(&out, "인도네시아 니켈 공급망"), Vec::<String>::new());
    assert_eq!(files_mentioning(&out, "nickel-2026-7"), Vec::<String>::new());
}

/// Two briefs of one file name in two sub-folders would be one page: refused, naming both files.
#[test]
fn two_briefs_of_one_name_in_sub_folders_are_refused_naming_both() {
    let briefs = TempDir::new("same-name");
    let out = TempDir::new("same-name-out");
    let root = Path::new(ROOT).join("briefs/examples");
    for year in ["2025", "2026"] {
        let dir = briefs.0.join(year);
        fs::create_dir_all(&dir).expect("a sub-folder");
        for file in ["nickel-supply-chain-2026-7.json", "nickel-supply-chain-2026-7.txt"] {
            fs::copy(root.join(file), dir.join(file)).expect("copy");
        }
    }
    let output = Command::new(BIN)
        .args(["site", briefs.0.to_str().expect("a UTF-8 path"), "--out", out.0.to_str().expect("a UTF-8 path")])
        .current_dir(ROOT)
        .output()
        .expect("the CLI runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    let first = briefs.0.join("2025/nickel-supply-chain-2026-7.json");
    let second = briefs.0.join("2026/nickel-supply-chain-2026-7.json");
    assert!(
        stderr.contains(&first.display().to_string()) && stderr.contains(&second.display().to_string()),
        "{stderr}"
    );
    assert!(stderr.contains("briefs/nickel-supply-chain-2026-7.html"), "{stderr}");
    assert!(!out.0.join("index.html").exists(), "nothing published");

    // Names differing only in capitals are one page where capitals are not told apart (macOS, Windows).
    fs::remove_dir_all(briefs.0.join("2026")).expect("remove");
    fs::rename(
        briefs.0.join("2025/nickel-supply-chain-2026-7.json"),
        briefs.0.join("2025/Nickel-Supply-Chain-2026-7.json"),
    )
    .expect("rename");
    fs::copy(root.join("nickel-supply-chain-2026-7.json"), briefs.0.join("2025/nickel-supply-chain-2026-7.json"))
        .expect("copy");
    let refused = site::build(&options(&briefs.0, &out.0), &mut Silent).expect_err("refused");
    assert!(refused.to_string().contains("Nickel-Supply-Chain-2026-7.json and"), "{refused}");
    assert!(refused.to_string().contains("capitals are not told apart"), "{refused}");
}

/// The same brief under two file names (Finder's "copy", an old draft beside the final): published, with a
/// note naming both, as a search would find its insights twice. Its English and Korean editions would not be.
#[test]
fn the_same_brief_under_two_file_names_is_noted() {
    let briefs = TempDir::new("copies");
    let out = TempDir::new("copies-out");
    copy_briefs(&briefs.0);
    fs::copy(briefs.0.join("mekong-water-2026-04.json"), briefs.0.join("mekong-water-2026-04 copy.json"))
        .expect("copy");
    let report = site::build(&options(&briefs.0, &out.0), &mut Silent).expect("the site builds");
    assert_eq!(report.briefs, 4);
    let notes: Vec<&String> = report.notes.iter().filter(|n| n.contains("same brief")).collect();
    assert_eq!(notes.len(), 1, "{:?}", report.notes);
    assert!(notes[0].contains("mekong-water-2026-04.json and mekong-water-2026-04 copy.json"), "{}", notes[0]);
}

/// A base URL copied from the address bar (the index page's URL, or with a query or fragment) would make
/// every sitemap, feed and canonical URL wrong: refused by the CLI, the folder's URL suggested.
#[test]
fn a_page_url_as_base_url_is_refused() {
    let briefs = TempDir::new("base-url");
    let out = TempDir::new("base-url-out");
    copy_briefs(&briefs.0);
    let run = |base: &str| {
        Command::new(BIN)
            .args(["site", briefs.0.to_str().expect("a UTF-8 path"), "--out", out.0.to_str().expect("a UTF-8 path")])
            .args(["--base-url", base, "--assets", ROOT])
            .output()
            .expect("the CLI runs")
    };
    for (base, says) in [
        ("https://example.org/research/briefs/index.html", "not a page's: https://example.org/research/briefs"),
        ("https://example.org/research/briefs/?utm_source=feed", "without ?query or #fragment"),
        ("https://example.org/research/briefs#top", "without ?query or #fragment"),
    ] {
        let output = run(base);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{base}: {stderr}");
        assert!(stderr.contains(says), "{base}: {stderr}");
        assert!(!out.0.join("sitemap.xml").exists(), "{base}: nothing written");
    }
    let output = run("https://example.org/research/briefs/");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(read(&out.0.join("sitemap.xml"))
        .contains("<loc>https://example.org/research/briefs/briefs/sejong-2025-30.html</loc>"));
}

/// Briefs tagged `ko` and `ko-KR` are all Korean to the language filter: one value, not two.
#[test]
fn the_language_filter_groups_regional_tags() {
    let briefs = TempDir::new("regional");
    let out = TempDir::new("regional-out");
    copy_briefs(&briefs.0);
    fs::copy(Path::new(ROOT).join("tests/fixtures/unseen/korean-edges.json"), briefs.0.join("korean-edges.json"))
        .expect("copy");
    site::build(&options(&briefs.0, &out.0), &mut Silent).expect("the site builds");
    let facets = json(&out.0.join("library/facets.json"));
    let languages: Vec<&String> = facets["language"].as_object().expect("languages").keys().collect();
    assert_eq!(languages, ["en", "ko"]);
    assert_eq!(facets["language"]["ko"]["count"], 2, "nickel (ko) and korean-edges (ko-KR)");
}

/// A Korean library built without --title is titled in Korean (its index page and feed), not "Brief library".
#[test]
fn a_korean_library_without_a_title_is_titled_in_korean() {
    let briefs = TempDir::new("ko-title");
    let out = TempDir::new("ko-title-out");
    copy_briefs(&briefs.0);
    let output = Command::new(BIN)
        .args(["site", briefs.0.to_str().expect("a UTF-8 path"), "--out", out.0.to_str().expect("a UTF-8 path")])
        .args(["--lang", "ko", "--base-url", "https://example.org/ko", "--assets", ROOT])
        .output()
        .expect("the CLI runs");
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(read(&out.0.join("index.html")).contains("<title>브리프 자료실</title>"));
    assert!(read(&out.0.join("feed.xml")).contains("<title>브리프 자료실</title>"));
}
