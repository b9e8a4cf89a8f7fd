//! The synthetic library of the library benchmark (bench/library/generate.mjs, run with Node): the same
//! seed gives byte-identical briefs, every brief passes `brief-insights validate` with its text, and
//! together they use every part of the format, in English and Korean, over many years.

// Native only: runs Node and the CLI.
#![cfg(not(target_arch = "wasm32"))]

use brief_insights::model::item::all_items;
use brief_insights::model::{ActorKind, Brief, DateBasis, Qualifier, Stance, Status, Wording};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_brief-insights");
const N: usize = 30;
const SEED: u32 = 7;

/// A fresh directory under the system's temporary directory, for this process and `name`.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("brief-insights-library-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Runs the generator for `n` briefs with `seed` into `out`.
fn generate(n: usize, seed: u32, out: &Path) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/library/generate.mjs");
    let status = Command::new("node")
        .arg(script)
        .args(["--n", &n.to_string(), "--seed", &seed.to_string(), "--out"])
        .arg(out)
        .status()
        .expect("node runs (bench/library/generate.mjs needs Node on PATH)");
    assert!(status.success(), "generate.mjs failed: {status}");
}

/// Every file of a directory, by name, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("generated directory")
        .map(|entry| {
            let path = entry.expect("directory entry").path();
            let name = path.file_name().expect("file name").to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("generated file"))
        })
        .collect()
}

fn date_form(d: &str) -> &'static str {
    if d.contains('/') {
        return "period";
    }
    let Some((_, rest)) = d.split_once('-') else { return "year" };
    match rest {
        "early" => "early",
        "mid" => "mid",
        "late" => "late",
        "end" => "end",
        "spring" | "summer" | "autumn" | "winter" => "season",
        _ if rest.starts_with('Q') => "quarter",
        _ if rest.starts_with('H') => "half",
        _ if rest.contains('-') => "day",
        _ => "month",
    }
}

#[test]
fn the_synthetic_library_is_deterministic_valid_and_covers_the_format() {
    let first = scratch("a");
    let second = scratch("b");
    let smaller = scratch("c");
    generate(N, SEED, &first);
    generate(N, SEED, &second);
    generate(10, SEED, &smaller);

    // Same seed, same bytes; and a smaller library is the start of a larger one.
    let a = files(&first);
    assert_eq!(a.len(), 2 * N, "a brief and its text each: {:?}", a.keys().collect::<Vec<_>>());
    assert!(a == files(&second), "two runs with the same seed differ");
    for (name, bytes) in files(&smaller) {
        assert_eq!(a.get(&name), Some(&bytes), "{name} of N=10 is not {name} of N={N}");
    }
    // Another seed, another library.
    let other = scratch("d");
    generate(3, SEED + 1, &other);
    assert_ne!(files(&other).get("brief-00001.json"), a.get("brief-00001.json"), "the seed changes nothing");

    // Every brief validates with its text: the CLI prints one ok line per brief, quotes found.
    let briefs: Vec<PathBuf> = a.keys().filter(|n| n.ends_with(".json")).map(|n| first.join(n)).collect();
    let output = Command::new(BIN).arg("validate").args(&briefs).output().expect("the CLI runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "validate failed:\n{stdout}{}", String::from_utf8_lossy(&output.stderr));
    let ok = stdout.lines().filter(|l| l.contains(": ok (") && l.contains("every quote found in")).count();
    assert_eq!(ok, N, "one ok line with its text per brief:\n{stdout}");

    // Together, the briefs use every part of the format.
    let mut kinds = BTreeSet::new();
    let mut seen = BTreeSet::new();
    let mut forms = BTreeSet::new();
    let mut years = BTreeSet::new();
    let (mut stances, mut qualifiers, mut statuses, mut actor_kinds) = (vec![], vec![], vec![], vec![]);
    let mut korean_text = String::new();
    for path in &briefs {
        let text = std::fs::read_to_string(path).expect("brief");
        let b: Brief = serde_json::from_str(&text).expect("a brief serde reads");
        kinds.extend(all_items(&b).iter().map(|item| item.kind().as_str()));
        years.insert(b.meta.date.0[..4].to_string());
        seen.insert(format!("language {}", b.meta.language));
        if b.meta.language == "ko" {
            korean_text += &std::fs::read_to_string(path.with_extension("txt")).expect("text");
        }
        if b.meta.source.as_ref().is_some_and(|s| !s.uncited.is_empty()) {
            seen.insert("uncited".into());
        }
        actor_kinds.extend(b.actors.iter().map(|a| a.kind));
        if b.actors.iter().any(|a| !a.member_of.is_empty()) {
            seen.insert("memberOf".into());
        }
        stances.extend(b.relations.iter().map(|r| r.stance));
        if b.relations.iter().any(|r| r.stance_label.is_some()) {
            seen.insert("stanceLabel".into());
        }
        for p in &b.projects {
            match &p.place {
                None => seen.insert("project without place".into()),
                Some(place) if place.coordinates.is_some() => seen.insert("place with coordinates".into()),
                Some(_) => seen.insert("place without coordinates".into()),
            };
        }
        for o in b.indicators.iter().flat_map(|i| &i.observations) {
            qualifiers.push(o.qualifier);
            statuses.extend(o.status);
            if o.date.is_none() {
                seen.insert("undated observation".into());
            }
        }
        for e in &b.events {
            statuses.extend(e.status);
            match &e.date {
                None => seen.insert("undated event".into()),
                Some(d) => forms.insert(date_form(&d.0)),
            };
            if e.date_basis == Some(DateBasis::Inferred) {
                seen.insert("inferred date".into());
            }
            if e.wording == Some(Wording::Quote) {
                seen.insert("quoted wording".into());
            }
        }
        if b.key_judgments.iter().any(|j| j.wording.is_none()) {
            seen.insert("paraphrased wording".into());
        }
    }
    assert_eq!(kinds.len(), 10, "every item kind: {kinds:?}");
    for k in [ActorKind::State, ActorKind::Bloc, ActorKind::Person, ActorKind::Institution, ActorKind::Organization] {
        assert!(actor_kinds.contains(&k), "actor kind {k:?}");
    }
    for s in [
        Stance::Cooperative,
        Stance::Ambivalent,
        Stance::Conditional,
        Stance::Hostile,
        Stance::Neutral,
        Stance::Tense,
        Stance::Disputed,
    ] {
        assert!(stances.contains(&s), "stance {s:?}");
    }
    for q in [Qualifier::Exact, Qualifier::Approximate, Qualifier::Range, Qualifier::AtLeast, Qualifier::AtMost] {
        assert!(qualifiers.contains(&q), "qualifier {q:?}");
    }
    for s in [Status::Plan, Status::Target, Status::Forecast] {
        assert!(statuses.contains(&s), "status {s:?}");
    }
    for form in ["day", "month", "quarter", "half", "season", "year", "period", "early", "mid", "late", "end"] {
        assert!(forms.contains(form), "date form {form}: {forms:?}");
    }
    for part in [
        "language en",
        "language ko",
        "uncited",
        "memberOf",
        "stanceLabel",
        "place with coordinates",
        "place without coordinates",
        "undated event",
        "undated observation",
        "inferred date",
        "quoted wording",
        "paraphrased wording",
    ] {
        assert!(seen.contains(part), "no generated brief has: {part}");
    }
    assert!(years.len() >= 10, "publication years spread over many years: {years:?}");
    // Korean: compounds written as one word, and particles after nouns.
    assert!(korean_text.contains("협동조합") && korean_text.contains("어민협동조합"), "Korean compounds");
    for particle in ["은 ", "는 ", "이 ", "가 ", "을 ", "를 "] {
        assert!(korean_text.contains(particle), "particle {particle}");
    }

    for dir in [first, second, smaller, other] {
        let _ = std::fs::remove_dir_all(dir);
    }
}
