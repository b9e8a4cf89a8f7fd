//! The `brief-insights` command line, run as a user runs it: the built binary, real files, exit codes.
//!
//! Broken briefs live in `tests/fixtures/bad/`, each with a `.expected` file holding the exact lines
//! `validate` prints for it. After a deliberate change of wording, `BLESS=1 cargo test --test cli`
//! rewrites them; review the diff before committing.

// Native only: these tests read files, run the CLI or use the authoring API; tests/wasm_api.rs runs in the browser.
#![cfg(not(target_arch = "wasm32"))]

use brief_insights::render::escape_html;
use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_brief-insights");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn bad_dir() -> PathBuf {
    Path::new(ROOT).join("tests/fixtures/bad")
}

fn sejong() -> PathBuf {
    Path::new(ROOT).join("briefs/sejong-2025-30.json")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn finish(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    finish(Command::new(BIN).args(args).current_dir(dir).output().expect("the binary runs"))
}

fn run(args: &[&str]) -> Run {
    run_in(Path::new(ROOT), args)
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // The binary may stop reading early (a too-large input); a broken pipe here is expected then.
    let _ = child.stdin.take().expect("stdin is piped").write_all(input);
    finish(child.wait_with_output().expect("the binary finishes"))
}

/// A fresh, empty directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("brief-insights-cli-{}-{}-{}", std::process::id(), n, name));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }
    fn path(&self, file: &str) -> PathBuf {
        self.0.join(file)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn bad_fixtures() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(bad_dir())
        .expect("tests/fixtures/bad exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
}

// --- help and usage -----------------------------------------------------------------------------------

#[test]
fn help_for_the_tool_and_every_command() {
    let r = run(&["--help"]);
    assert_eq!(r.code, 0);
    for command in ["validate", "new", "schema", "render", "embed", "stats", "text", "completions"] {
        assert!(r.stdout.contains(&format!("  {} ", command)), "--help lists {}", command);
        for args in [vec![command, "--help"], vec![command, "-h"], vec!["help", command]] {
            let r = run(&args);
            assert_eq!(r.code, 0, "{:?}", args);
            assert!(r.stdout.starts_with(&format!("Usage: brief-insights {}", command)), "{:?}: {}", args, r.stdout);
        }
    }
    // The long help keeps the layout of the example line.
    let r = run(&["validate", "--help"]);
    assert!(r.stdout.contains("\n  FILE:LINE:COLUMN: PATH: MESSAGE\n"), "{}", r.stdout);
    let r = run(&[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("Commands:"));
    assert!(r.stdout.is_empty());
}

#[test]
fn version() {
    let r = run(&["--version"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, format!("brief-insights {} (brief format 1)\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn usage_errors_exit_2_and_say_what_to_do() {
    let cases: [(&[&str], &[&str]); 10] = [
        (&["valdate", "x.json"], &["unrecognized subcommand 'valdate'", "a similar subcommand exists: 'validate'"]),
        (&["help", "valdate"], &["unrecognized subcommand 'valdate'"]),
        (&["validate"], &["the following required arguments were not provided", "<FILE>..."]),
        (
            &["validate", "--fromat", "json", "x.json"],
            &["unexpected argument '--fromat'", "a similar argument exists: '--format'"],
        ),
        (
            &["validate", "--format", "xml", "x.json"],
            &["invalid value 'xml' for '--format <FORMAT>'", "[possible values: text, json]"],
        ),
        (&["render", "a.json", "b.json"], &["unexpected argument 'b.json'"]),
        (
            &["render", "briefs/sejong-2025-30.json", "--view", "nope"],
            &["unknown view \"nope\"; views: overview, partners"],
        ),
        (
            &["render", "briefs/sejong-2025-30.json", "--css", "/a.css"],
            &["required arguments were not provided", "--standalone"],
        ),
        (
            &["embed", "briefs/sejong-2025-30.json", "--src", "javascript:alert(1)"],
            &["must be a relative or http(s) URL"],
        ),
        (&["schema", "extra"], &["unexpected argument 'extra'"]),
    ];
    for (args, messages) in cases {
        let r = run(args);
        assert_eq!(r.code, 2, "{:?}", args);
        for message in messages {
            assert!(r.stderr.contains(message), "{:?}: {}", args, r.stderr);
        }
        assert!(r.stderr.contains("--help"), "{:?} points at the help", args);
        assert!(r.stdout.is_empty());
    }
}

#[test]
fn completions_for_each_shell() {
    for (shell, marker) in
        [("bash", "_brief__insights()"), ("zsh", "#compdef brief-insights"), ("fish", "complete -c brief-insights")]
    {
        let r = run(&["completions", shell]);
        assert_eq!(r.code, 0, "{}: {}", shell, r.stderr);
        assert!(r.stdout.contains(marker), "{}: {}", shell, r.stdout);
        for command in ["validate", "render", "embed", "stats", "standalone", "id-prefix"] {
            assert!(r.stdout.contains(command), "{} completes {}", shell, command);
        }
    }
    // The bash script completes commands, and each command's options.
    let script = run(&["completions", "bash"]).stdout;
    let complete = |words: &str, cword: usize| -> String {
        let program = format!(
            "source /dev/stdin <<'EOF'\n{}\nEOF\nCOMP_WORDS=({}); COMP_CWORD={}; \
             _brief__insights brief-insights \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
             echo \"${{COMPREPLY[*]}}\"",
            script, words, cword
        );
        match Command::new("bash").arg("-c").arg(&program).output() {
            Ok(o) => String::from_utf8_lossy(&o.stdout).trim().to_string(),
            Err(e) => {
                assert!(std::env::var_os("CI").is_none(), "bash runs in CI: {}", e);
                "validate".into()
            }
        }
    };
    if Command::new("bash").arg("--version").output().is_ok() {
        assert_eq!(complete("brief-insights val", 1), "validate");
        let options = complete("brief-insights render x --st", 3);
        assert_eq!(options, "--standalone", "render's options complete");
        let values = complete("brief-insights stats --format j", 3);
        assert_eq!(values, "json");
    }
    let r = run(&["completions", "tcsh"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("invalid value 'tcsh'"), "{}", r.stderr);
}

// --- validate -----------------------------------------------------------------------------------------

#[test]
fn bad_fixtures_print_exactly_the_expected_lines() {
    let bless = std::env::var_os("BLESS").is_some();
    let names = bad_fixtures();
    assert!(names.len() >= 12, "the bad fixtures are there: {:?}", names);
    let mut failures = Vec::new();
    for name in &names {
        let r = run_in(&bad_dir(), &["validate", name]);
        let expected_path = bad_dir().join(name.replace(".json", ".expected"));
        if bless {
            fs::write(&expected_path, &r.stdout).expect("write .expected");
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_else(|_| panic!("{} has a .expected file", name));
        if r.stdout != expected || r.code != 1 {
            failures.push(format!("{} (exit {}):\n--- expected\n{}--- got\n{}", name, r.code, expected, r.stdout));
        }
        assert!(!r.stdout.is_empty());
        for line in r.stdout.lines() {
            // file:line:column: path: message
            let mut parts = line.splitn(5, ':');
            assert_eq!(parts.next(), Some(name.as_str()), "{}", line);
            for _ in 0..2 {
                let n = parts.next().unwrap_or("").parse::<u32>().unwrap_or(0);
                assert!(n >= 1, "line and column are 1-based numbers: {}", line);
            }
            assert!(parts.next().unwrap_or("").starts_with(" $"), "a JSON path follows: {}", line);
            assert!(!parts.next().unwrap_or("").trim().is_empty(), "a message follows: {}", line);
        }
        let count = r.stdout.lines().count();
        let summary = format!("{}: {} problem{}\n", name, count, if count == 1 { "" } else { "s" });
        assert_eq!(r.stderr, summary);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_file_is_checked_in_one_run() {
    let names = bad_fixtures();
    let mut args = vec!["validate"];
    args.extend(names.iter().map(String::as_str));
    let r = run_in(&bad_dir(), &args);
    assert_eq!(r.code, 1);
    let expected: String =
        names.iter().map(|n| fs::read_to_string(bad_dir().join(n.replace(".json", ".expected"))).unwrap()).collect();
    assert_eq!(r.stdout, expected);
}

#[test]
fn the_sejong_brief_is_valid() {
    let r = run(&["validate", "briefs/sejong-2025-30.json"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let loaded = brief_insights::load(&fs::read_to_string(sejong()).unwrap()).unwrap();
    let items = loaded.items();
    let quotes: usize = items.iter().map(|i| i.evidence().len()).sum();
    let first = r.stdout.lines().next().unwrap();
    assert_eq!(
        first,
        format!(
            "briefs/sejong-2025-30.json: ok ({} items, {} quotes; every quote found in sejong-2025-30.txt)",
            items.len(),
            quotes
        )
    );
    let r = run(&["validate", "--no-source", "briefs/sejong-2025-30.json"]);
    assert_eq!(r.stdout, format!("briefs/sejong-2025-30.json: ok ({} items, {} quotes)\n", items.len(), quotes));
}

#[test]
fn standard_input() {
    let text = fs::read(sejong()).unwrap();
    // The brief's text is looked for relative to the current directory when the brief comes from stdin.
    let r = run_with_stdin(&["validate", "--no-source", "-"], &text);
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with("<stdin>: ok ("), "{}", r.stdout);
    let r = run_with_stdin(&["validate", "-"], &text);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("$.meta.source.text: cannot read the brief's text \"sejong-2025-30.txt\""),
        "{}",
        r.stdout
    );
    let r = run_with_stdin(&["validate", "-"], b"{\"format\": 1,}");
    assert_eq!(r.code, 1);
    assert!(r.stdout.starts_with("<stdin>:1:13: $: trailing comma"), "{}", r.stdout);
}

#[test]
fn json_format_lists_every_problem_with_its_place() {
    let r = run_in(&bad_dir(), &["validate", "--format", "json", "wrong-types.json", "syntax-error.json"]);
    assert_eq!(r.code, 1);
    let root: Value = serde_json::from_str(&r.stdout).expect("the output is JSON");
    let entries = root.as_array().unwrap_or_else(|| panic!("an array: {}", r.stdout));
    let text_lines: Vec<String> = ["wrong-types", "syntax-error"]
        .iter()
        .flat_map(|n| {
            fs::read_to_string(bad_dir().join(format!("{}.expected", n)))
                .unwrap()
                .lines()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(entries.len(), text_lines.len());
    let str_of = |n: &Value, k: &str| match n.get(k) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(x)) if x.is_u64() => x.to_string(),
        other => panic!("{} is {:?}", k, other),
    };
    for (entry, line) in entries.iter().zip(&text_lines) {
        assert_eq!(entry.as_object().map(|o| o.len()), Some(6), "six members: {}", entry);
        let rebuilt = format!(
            "{}:{}:{}: {}: {}",
            str_of(entry, "file"),
            str_of(entry, "line"),
            str_of(entry, "column"),
            str_of(entry, "path"),
            str_of(entry, "message")
        );
        assert_eq!(&rebuilt, line);
        assert!(["syntax", "schema", "semantic", "limit"].contains(&str_of(entry, "kind").as_str()));
    }
    assert_eq!(str_of(&entries[0], "kind"), "schema");
    assert_eq!(str_of(entries.last().unwrap(), "kind"), "syntax");

    let r = run(&["validate", "--format", "json", "briefs/sejong-2025-30.json"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "[]\n"));
}

#[test]
fn too_large_files_are_refused_without_parsing() {
    let dir = TempDir::new("large");
    let size = brief_insights::MAX_BRIEF_BYTES + 1;
    let mut text = String::from("{\"format\": 1, \"padding\": \"");
    text.push_str(&"x".repeat(size - text.len() - 2));
    text.push_str("\"}");
    assert_eq!(text.len(), size);
    fs::write(dir.path("large.json"), &text).unwrap();
    let r = run_in(&dir.0, &["validate", "large.json"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stdout,
        "large.json:1:1: $: the file is 4194305 bytes; briefs larger than 4194304 bytes (4 MiB) are not accepted\n"
    );
    let r = run_with_stdin(&["validate", "-"], text.as_bytes());
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stdout,
        "<stdin>:1:1: $: the input is more than 4194304 bytes; briefs larger than 4194304 bytes (4 MiB) are not accepted\n"
    );
}

#[test]
fn text_that_is_not_utf8_is_located() {
    let dir = TempDir::new("latin1");
    fs::write(dir.path("latin1.json"), b"{\n  \"format\": 1,\n  \"meta\": \"Caf\xe9\"\n}\n").unwrap();
    let r = run_in(&dir.0, &["validate", "latin1.json"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stdout,
        "latin1.json:3:15: $: byte 0xE9 is not UTF-8; save the file as UTF-8 text (it is in another encoding, \
         such as Windows-1252 or EUC-KR)\n"
    );
    // The same for a brief's text given to `text`.
    fs::write(dir.path("latin1.txt"), b"Title\n\nCaf\xe9 au lait.\n").unwrap();
    let r = run_in(&dir.0, &["text", "latin1.txt"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("latin1.txt: cannot read: line 3, column 4: byte 0xE9 is not UTF-8; save the file as UTF-8 text"),
        "{}",
        r.stderr
    );
    // Windows Notepad's "Unicode" is UTF-16: said as such, not as a stray byte 0xFF.
    let utf16: Vec<u8> = "\u{feff}{\"format\": 1}".encode_utf16().flat_map(u16::to_le_bytes).collect();
    fs::write(dir.path("utf16.json"), utf16).unwrap();
    let r = run_in(&dir.0, &["validate", "utf16.json"]);
    assert_eq!(r.code, 1);
    assert_eq!(
        r.stdout,
        "utf16.json:1:1: $: the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8\n"
    );
}

#[test]
fn truncated_and_mangled_briefs_are_reported_never_crash() {
    let text = fs::read_to_string(sejong()).unwrap();
    let dir = TempDir::new("mangled");
    let mut names = Vec::new();
    let step = (text.len() / 40).max(1);
    for (i, cut) in (1..text.len()).step_by(step).enumerate() {
        // Cut on a character boundary; also swap in bytes that break the structure.
        let cut = (cut..text.len()).find(|c| text.is_char_boundary(*c)).unwrap_or(text.len());
        if text[..cut].trim_end() == text.trim_end() {
            continue; // only the final newline was cut: still the whole brief
        }
        let name = format!("cut{}.json", i);
        fs::write(dir.path(&name), &text[..cut]).unwrap();
        names.push(name);
        let name = format!("swap{}.json", i);
        let mangled =
            format!("{}{}{}", &text[..cut], ["}", "]", "\"", ",", ":", "\\", "\u{0}", "null"][i % 8], &text[cut..]);
        fs::write(dir.path(&name), mangled).unwrap();
        names.push(name);
    }
    let mut args = vec!["validate"];
    args.extend(names.iter().map(String::as_str));
    let r = run_in(&dir.0, &args);
    assert!(r.code == 1 || r.code == 0, "exit {} (a crash is not a diagnostic)\n{}", r.code, r.stderr);
    for name in names.iter().filter(|n| n.starts_with("cut")) {
        assert!(r.stdout.contains(&format!("{}:", name)) && !r.stdout.contains(&format!("{}: ok", name)), "{}", name);
    }
    for line in r.stdout.lines().filter(|l| !l.contains(": ok (")) {
        let fields: Vec<&str> = line.splitn(5, ':').collect();
        assert_eq!(fields.len(), 5, "{}", line);
        assert!(fields[1].parse::<u32>().is_ok() && fields[2].parse::<u32>().is_ok(), "{}", line);
    }
}

#[test]
fn unreadable_files_exit_2_after_checking_the_others() {
    let r = run(&["validate", "no-such-file.json", "briefs/sejong-2025-30.json", "tests"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such-file.json: cannot read: "), "{}", r.stderr);
    assert!(r.stderr.contains("tests: cannot read: "), "{}", r.stderr);
    assert!(r.stdout.starts_with("briefs/sejong-2025-30.json: ok"), "{}", r.stdout);
    // An unreadable file outranks a file with problems.
    let r = run(&["validate", "no-such-file.json", "tests/fixtures/bad/empty.json"]);
    assert_eq!(r.code, 2);
}

// --- new ----------------------------------------------------------------------------------------------

#[test]
fn new_writes_a_starter_that_validates_and_shows_every_kind() {
    let dir = TempDir::new("new");
    let r = run_in(&dir.0, &["new", "--out", "brief.json", "--title", "Café \"Ⅱ\" <b>bold</b> & 정책"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("brief-insights schema > brief.schema.json"), "{}", r.stderr);
    let text = fs::read_to_string(dir.path("brief.json")).unwrap();
    let loaded = brief_insights::load(&text).unwrap_or_else(|d| panic!("{}", d));
    assert_eq!(loaded.brief.meta.title, "Café \"Ⅱ\" <b>bold</b> & 정책");
    assert_eq!(loaded.brief.schema.as_deref(), Some("./brief.schema.json"));
    let r = run_in(&dir.0, &["validate", "brief.json"]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("still start with \"REPLACE:\""), "validate reminds of placeholders: {}", r.stderr);

    let r = run_in(&dir.0, &["stats", "--format", "json", "brief.json"]);
    let root: Value = serde_json::from_str(&r.stdout).unwrap();
    let Some(Value::Object(counts)) = root.get("counts") else { panic!("{}", r.stdout) };
    // Ten kinds, in the order of the brief format (serde_json's map sorts keys: read the text).
    assert_eq!(counts.len(), 10);
    let kinds = [
        "judgment",
        "axis",
        "actor",
        "relation",
        "project",
        "indicator",
        "observation",
        "event",
        "recommendationArea",
        "recommendation",
    ];
    let places: Vec<Option<usize>> = kinds.iter().map(|k| r.stdout.find(&format!("    \"{}\": ", k))).collect();
    assert!(places.iter().all(Option::is_some) && places.is_sorted(), "{}", r.stdout);
    for (kind, n) in counts {
        assert!(n.as_u64().is_some_and(|n| n >= 1), "the starter shows a {}", kind);
    }

    // The schema goes next to it, as the guidance says, and the starter conforms (checked by ajv in
    // tests/node/schema.test.mjs); here: it is the schema.
    let r = run_in(&dir.0, &["schema"]);
    assert_eq!(r.stdout, brief_insights::schema::json_schema());
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = TempDir::new("overwrite");
    fs::write(dir.path("mine.json"), "my work").unwrap();
    let r = run_in(&dir.0, &["new", "--out", "mine.json"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr, "mine.json: already exists; use --force to overwrite it\n");
    assert_eq!(fs::read_to_string(dir.path("mine.json")).unwrap(), "my work");
    let r = run_in(&dir.0, &["new", "--out", "mine.json", "--force"]);
    assert_eq!(r.code, 0);
    assert!(brief_insights::load(&fs::read_to_string(dir.path("mine.json")).unwrap()).is_ok());
    let r = run_in(&dir.0, &["new", "--out", "no-such-dir/brief.json"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("no-such-dir/brief.json: cannot write: "), "{}", r.stderr);
}

#[test]
fn new_to_standard_output_validates() {
    let r = run(&["new"]);
    assert_eq!(r.code, 0);
    let check = run_with_stdin(&["validate", "-"], r.stdout.as_bytes());
    assert_eq!(check.code, 0, "{}", check.stdout);
}

// --- render and embed ---------------------------------------------------------------------------------

/// Quotes and titles as the renderer must show them: escaped, whitespace as in the brief.
fn shown(s: &str) -> String {
    escape_html(s)
}

#[test]
fn render_shows_every_item_and_every_quote() {
    let loaded = brief_insights::load(&fs::read_to_string(sejong()).unwrap()).unwrap();
    let r = run(&["render", "briefs/sejong-2025-30.json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut missing = Vec::new();
    for item in loaded.items() {
        if !r.stdout.contains(&shown(item.title())) {
            missing.push(format!("title of {}: {}", item.id(), item.title()));
        }
        for e in item.evidence() {
            if !r.stdout.contains(&shown(&e.quote)) {
                missing.push(format!("quote of {}: {}", item.id(), e.quote));
            }
        }
    }
    assert!(missing.is_empty(), "missing from render:\n{}", missing.join("\n"));
    assert!(r.stdout.contains("<script type=\"application/ld+json\">"), "JSON-LD is included");
    assert!(!r.stdout.contains("<!DOCTYPE"), "a fragment without --standalone");
}

#[test]
fn render_in_korean_and_by_view() {
    let r = run(&["render", "briefs/sejong-2025-30.json", "--lang", "ko"]);
    assert_eq!(r.code, 0);
    let en = run(&["render", "briefs/sejong-2025-30.json"]);
    assert_ne!(r.stdout, en.stdout, "Korean labels differ");
    let partners = run(&["render", "briefs/sejong-2025-30.json", "--view", "partners"]);
    assert_eq!(partners.code, 0);
    assert!(!partners.stdout.is_empty() && partners.stdout.len() < en.stdout.len());
    // Static like the whole document: quotes inline, no controls that would need the widget's script.
    assert!(!partners.stdout.contains("<button"), "no dead controls");
    assert!(partners.stdout.contains("data-view=\"partners\"") && !partners.stdout.contains("data-view=\"overview\""));
    assert!(partners.stdout.contains("<script type=\"application/ld+json\">"));
    let loaded = brief_insights::load(&fs::read_to_string(sejong()).unwrap()).unwrap();
    for relation in &loaded.brief.relations {
        for e in &relation.evidence {
            assert!(partners.stdout.contains(&shown(&e.quote)), "partners view quotes {}", relation.id);
        }
    }
    for view in ["overview", "projects", "timeline", "economy", "recommendations"] {
        let r = run(&["render", "briefs/sejong-2025-30.json", "--view", view]);
        assert_eq!(r.code, 0, "{}", view);
        assert!(r.stdout.contains(&format!("data-view=\"{}\"", view)) && !r.stdout.contains("<button"), "{}", view);
    }
    let r = run(&["render", "briefs/sejong-2025-30.json", "--view", "search"]);
    assert_eq!(r.code, 2, "search has no static rendering");
    let r = run(&["render", "briefs/sejong-2025-30.json", "--lang", "fr"]);
    assert_eq!(r.code, 2);
}

/// The Nu Html Checker (npm `vnu-jar`, run with Java): the W3C's validator, offline.
fn vnu_jar() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("VNU_JAR").map(PathBuf::from),
        Some(Path::new(ROOT).join("node_modules/vnu-jar/build/dist/vnu.jar")),
    ];
    candidates.into_iter().flatten().find(|p| p.is_file())
}

#[test]
fn standalone_page_is_valid_html() {
    let dir = TempDir::new("standalone");
    for (name, args) in [
        ("en.html", vec!["render", "briefs/sejong-2025-30.json", "--standalone", "--css", "/bi/brief-insights.css"]),
        ("ko.html", vec!["render", "briefs/sejong-2025-30.json", "--standalone", "--lang", "ko"]),
        ("view.html", vec!["render", "briefs/sejong-2025-30.json", "--standalone", "--view", "timeline"]),
    ] {
        let r = run(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.starts_with("<!DOCTYPE html>\n<html lang=\""), "{}", name);
        assert!(r.stdout.contains("<meta charset=\"utf-8\">"));
        assert!(r.stdout.contains("<meta name=\"viewport\""));
        assert!(r.stdout.contains("<title>"));
        assert!(r.stdout.trim_end().ends_with("</html>"));
        fs::write(dir.path(name), &r.stdout).unwrap();
    }
    let Some(jar) = vnu_jar() else {
        assert!(std::env::var_os("CI").is_none(), "CI must validate HTML: npm install (vnu-jar) is missing");
        eprintln!("skipped the HTML validator: node_modules/vnu-jar is not installed (npm install)");
        return;
    };
    let output = Command::new("java")
        .arg("-jar")
        .arg(jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(["en.html", "ko.html", "view.html"].map(|n| dir.path(n)))
        .output();
    let output = match output {
        Ok(o) => o,
        Err(e) => {
            assert!(std::env::var_os("CI").is_none(), "CI must validate HTML: java: {}", e);
            eprintln!("skipped the HTML validator: java does not run: {}", e);
            return;
        }
    };
    // `part` is the global attribute of CSS Shadow Parts (W3C), which the widget's stylable parts use;
    // the checker knows only WHATWG HTML's attributes. Everything else it reports is an error here.
    let report = String::from_utf8_lossy(&output.stderr).to_string() + &String::from_utf8_lossy(&output.stdout);
    let errors: Vec<&str> = report
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.contains("Attribute \u{201c}part\u{201d} not allowed"))
        .collect();
    assert!(errors.is_empty(), "the Nu Html Checker found {} errors:\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn a_korean_brief_renders_with_korean_labels_by_default() {
    let dir = TempDir::new("korean");
    let starter = run(&["new", "--title", "2025년 하반기 북한 정세 전망"]).stdout;
    let text = starter.replace("\"language\": \"en\"", "\"language\": \"ko\"").replace("REPLACE:", "한국어 설명:");
    fs::write(dir.path("ko.json"), &text).unwrap();
    let default = run_in(&dir.0, &["render", "ko.json"]);
    let korean = run_in(&dir.0, &["render", "ko.json", "--lang", "ko"]);
    let english = run_in(&dir.0, &["render", "ko.json", "--lang", "en"]);
    assert_eq!(default.code, 0);
    assert_eq!(default.stdout, korean.stdout);
    assert_ne!(default.stdout, english.stdout);
    assert!(default.stdout.contains("2025년 하반기 북한 정세 전망"));
    let page = run_in(&dir.0, &["render", "ko.json", "--standalone"]);
    assert!(page.stdout.starts_with("<!DOCTYPE html>\n<html lang=\"ko\">"));
    // Korean breaks between words in the static page too.
    assert!(page.stdout.contains(":lang(ko), :lang(ja), :lang(zh) { word-break: keep-all;"));
}

#[test]
fn id_prefix_keeps_two_renderings_apart() {
    let r = run(&["render", "briefs/sejong-2025-30.json", "--id-prefix", "second-"]);
    assert_eq!(r.code, 0);
    let ids: Vec<&str> = r.stdout.split(" id=\"").skip(1).filter_map(|s| s.split('"').next()).collect();
    assert!(ids.len() > 50);
    assert!(ids.iter().all(|id| id.starts_with("second-")), "{:?}", ids.iter().find(|id| !id.starts_with("second-")));
    let embed = run(&["embed", "briefs/sejong-2025-30.json", "--id-prefix", "second-"]);
    assert!(embed.stdout.contains(" id=\"second-"));
    for bad in ["1x", "a b", "a\"b", "<x>", ""] {
        let r = run(&["render", "briefs/sejong-2025-30.json", "--id-prefix", bad]);
        assert_eq!(r.code, 2, "{:?}", bad);
    }
}

#[test]
fn embed_prints_the_widget_with_its_fallback() {
    let r = run(&["embed", "briefs/sejong-2025-30.json", "--view", "partners"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Preload hints first, so the browser fetches everything the widget needs at once.
    assert!(r.stdout.starts_with(
        "<link rel=\"modulepreload\" href=\"/brief-insights/pkg/brief_insights.js\">\n\
         <link rel=\"preload\" href=\"/brief-insights/pkg/brief_insights_bg.wasm\" as=\"fetch\" \
         type=\"application/wasm\" crossorigin>\n\
         <link rel=\"preload\" href=\"/briefs/sejong-2025-30.json\" as=\"fetch\" type=\"application/json\" \
         crossorigin>\n\
         <link rel=\"preload\" href=\"/brief-insights/www/brief-insights.css\" as=\"style\">\n\
         <script type=\"module\" src=\"/brief-insights/www/brief-insights.js\"></script>\n\
         <brief-insights src=\"/briefs/sejong-2025-30.json\" view=\"partners\">\n"
    ));
    assert!(r.stdout.ends_with("\n</brief-insights>\n"));
    let document = run(&["render", "briefs/sejong-2025-30.json"]);
    assert!(r.stdout.contains(document.stdout.trim_end()), "the fallback is the static document");
    assert!(r.stderr.contains("--src"), "says where the brief is expected");

    let r = run(&[
        "embed",
        "briefs/sejong-2025-30.json",
        "--src",
        "https://example.org/b.json?a=1&b=\"2\"",
        "--script",
        "../js/brief-insights.js",
        "--lang",
        "ko",
    ]);
    assert_eq!(r.code, 0);
    // The package is looked for beside the script's folder; every URL is escaped.
    assert!(r.stdout.starts_with("<link rel=\"modulepreload\" href=\"../js/../pkg/brief_insights.js\">\n"));
    assert!(r.stdout.contains(
        "<link rel=\"preload\" href=\"https://example.org/b.json?a=1&amp;b=&quot;2&quot;\" as=\"fetch\" \
         type=\"application/json\" crossorigin>\n"
    ));
    assert!(r.stdout.contains(
        "<script type=\"module\" src=\"../js/brief-insights.js\"></script>\n\
         <brief-insights src=\"https://example.org/b.json?a=1&amp;b=&quot;2&quot;\" lang=\"ko\">\n"
    ));
    assert!(r.stderr.is_empty());
}

#[test]
fn hostile_strings_are_escaped_everywhere() {
    let dir = TempDir::new("hostile");
    let hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    let starter = run(&["new", "--title", hostile]).stdout;
    let text = starter.replace("REPLACE:", &hostile.replace('"', "\\\""));
    assert!(brief_insights::load(&text).is_ok());
    fs::write(dir.path("hostile.json"), &text).unwrap();
    for args in [
        vec!["render", "hostile.json"],
        vec!["render", "hostile.json", "--standalone"],
        vec!["embed", "hostile.json"],
        vec!["render", "hostile.json", "--view", "projects"],
    ] {
        let r = run_in(&dir.0, &args);
        assert_eq!(r.code, 0, "{:?}: {}", args, r.stderr);
        assert!(!r.stdout.contains("<img"), "{:?}", args);
        assert!(!r.stdout.contains("<script>"), "{:?}", args);
        assert!(r.stdout.contains("&lt;img src=x onerror=alert(1)&gt;"), "{:?} shows the text", args);
    }
    let r = run_in(&dir.0, &["stats", "hostile.json"]);
    assert_eq!(r.code, 0);
}

#[test]
fn render_and_embed_report_a_broken_brief() {
    for command in ["render", "embed"] {
        let r = run_in(&bad_dir(), &[command, "dangling-ids.json"]);
        assert_eq!(r.code, 1);
        assert!(r.stdout.is_empty());
        assert!(r.stderr.starts_with(&fs::read_to_string(bad_dir().join("dangling-ids.expected")).unwrap()));
        assert!(r.stderr.contains("run `brief-insights validate dangling-ids.json`"));
    }
}

// --- stats --------------------------------------------------------------------------------------------

#[test]
fn stats_counts_and_finds_what_lacks_evidence() {
    let loaded = brief_insights::load(&fs::read_to_string(sejong()).unwrap()).unwrap();
    let r = run(&["stats", "briefs/sejong-2025-30.json"]);
    assert_eq!(r.code, 0);
    let actors = loaded.brief.actors.len();
    assert!(r.stdout.contains(&format!("  actors {:>20}\n", actors)), "{}", r.stdout);
    assert!(r.stdout.contains("items without evidence: none\n"));

    // A brief with the right shape but problems still gets its stats: that is when an author needs them.
    let r = run_in(&bad_dir(), &["stats", "--format", "json", "empty-evidence.json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let root: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(root["withoutEvidence"], serde_json::json!(["summit"]));
    assert_eq!(root["problems"], 2);
    assert_eq!(root["uncitedParagraphs"], serde_json::json!([3]));

    let r = run_in(&bad_dir(), &["stats", "wrong-types.json"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("the fields do not have the shape of a brief"));
}

// --- the brief's text -----------------------------------------------------------------------------------

/// The Sejong brief and its text copied into `dir`, with `edit` applied to the brief's JSON text.
fn sejong_copy(dir: &TempDir, edit: impl Fn(String) -> String) {
    let json = fs::read_to_string(sejong()).unwrap();
    fs::write(dir.path("brief.json"), edit(json)).unwrap();
    fs::copy(Path::new(ROOT).join("briefs/sejong-2025-30.txt"), dir.path("sejong-2025-30.txt")).unwrap();
}

#[test]
fn validate_catches_a_wrong_quote_through_the_text() {
    let brief = brief_insights::load(&fs::read_to_string(sejong()).unwrap()).unwrap().brief;
    // A quote of one item only, so the edit changes exactly one evidence.
    let all: Vec<String> = brief_insights::model::item::all_items(&brief)
        .iter()
        .flat_map(|i| i.evidence().iter().map(|e| e.quote.clone()))
        .collect();
    let quote =
        all.iter().find(|q| all.iter().filter(|o| o == q).count() == 1 && q.split(' ').count() >= 8).unwrap().clone();
    // Its fourth word becomes "Cambodia", which the text never has.
    let mut words: Vec<&str> = quote.split(' ').collect();
    words[3] = "Cambodia";
    let wrong = words.join(" ");
    let dir = TempDir::new("wrong-quote");
    let (from, to) = (serde_json::to_string(&quote).unwrap(), serde_json::to_string(&wrong).unwrap());
    sejong_copy(&dir, |json| json.replacen(&from, &to, 1));

    let r = run_in(&dir.0, &["validate", "brief.json"]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", r.stdout);
    let json = fs::read_to_string(dir.path("brief.json")).unwrap();
    let line = json.lines().position(|l| l.contains(&to)).unwrap() + 1;
    assert!(lines[0].starts_with(&format!("brief.json:{}:", line)), "{}", lines[0]);
    assert!(lines[0].contains(".quote: the quote is not in paragraph "), "{}", lines[0]);
    assert!(
        lines[0]
            .contains(&format!("the closest passage there is \"{}\"", brief_insights::load::source::normalize(&quote))),
        "{}",
        lines[0]
    );
    assert_eq!(r.stderr, "brief.json: 1 problem\n");

    // --no-source skips the comparison: the brief is otherwise valid.
    let r = run_in(&dir.0, &["validate", "--no-source", "brief.json"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.ends_with(" quotes)\n"), "{}", r.stdout);

    // JSON output lists it like any other problem.
    let r = run_in(&dir.0, &["validate", "--format", "json", "brief.json"]);
    let problems: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(problems[0]["kind"], "semantic");
    assert!(problems[0]["path"].as_str().unwrap().ends_with(".quote"));
}

#[test]
fn validate_reports_a_missing_text_and_a_wrong_paragraph_count() {
    let dir = TempDir::new("missing-text");
    sejong_copy(&dir, |json| json.replace("\"text\": \"sejong-2025-30.txt\"", "\"text\": \"texts/nowhere.txt\""));
    let r = run_in(&dir.0, &["validate", "brief.json"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains(": $.meta.source.text: cannot read the brief's text \"texts/nowhere.txt\""),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("--no-source"), "{}", r.stdout);

    let dir = TempDir::new("paragraph-count");
    sejong_copy(&dir, |json| json.replace("\"headerBlocks\": 9", "\"headerBlocks\": 10"));
    let r = run_in(&dir.0, &["validate", "brief.json"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.contains("$.meta.paragraphs: meta.paragraphs is 11 but the source text has 10 paragraphs"),
        "{}",
        r.stdout
    );
}

#[test]
fn stats_reports_the_coverage_of_the_text() {
    let r = run(&["stats", "briefs/sejong-2025-30.json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("  text sejong-2025-30.txt: 11 paragraphs, "), "{}", r.stdout);
    assert!(r.stdout.contains("  paragraphs of the text no quote is found in: none\n"), "{}", r.stdout);
    for p in 1..=11 {
        assert!(r.stdout.contains(&format!("  paragraph {}:\n", p)), "{}", r.stdout);
    }
    assert!(r.stdout.contains("[kj-tension-and-accelerated-execution"), "{}", r.stdout);

    let r = run(&["stats", "--format", "json", "briefs/sejong-2025-30.json"]);
    let root: Value = serde_json::from_str(&r.stdout).unwrap();
    let c = &root["coverage"];
    assert_eq!(c["paragraphs"], 11);
    assert_eq!(c["notCited"], serde_json::json!([]));
    assert_eq!(c["quotesNotFound"], 0);
    assert_eq!(c["byParagraph"].as_array().unwrap().len(), 11);
    let (cited, all) = (c["citedSentences"].as_u64().unwrap(), c["sentences"].as_u64().unwrap());
    assert!(cited > all / 2 && cited <= all, "{} of {}", cited, all);
    let first = &c["byParagraph"][0]["sentences"][0];
    assert!(first["text"].as_str().unwrap().starts_with("The situation on the Korean Peninsula"));
    assert!(first["citedBy"].as_array().unwrap().iter().any(|id| id == "kj-tension-and-accelerated-execution"));

    // A paragraph marked as uncited on purpose is listed apart, not as a gap.
    let dir = TempDir::new("uncited");
    sejong_copy(&dir, |json| {
        json.replace("\"headerBlocks\": 9", "\"headerBlocks\": 9,\n      \"uncited\": [6]")
            .replace("\"paragraph\": 6,", "\"paragraph\": 5,")
    });
    let r = run_in(&dir.0, &["stats", "--format", "json", "brief.json"]);
    let root: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(root["coverage"]["notCited"], serde_json::json!([]), "{}", r.stdout);
    assert_eq!(root["coverage"]["deliberatelyUncited"], serde_json::json!([6]));
    assert_eq!(root["uncitedParagraphs"], serde_json::json!([]));
    assert_eq!(root["deliberatelyUncited"], serde_json::json!([6]));
    assert_eq!(root["coverage"]["byParagraph"][5]["uncitedOnPurpose"], true);
    let r = run_in(&dir.0, &["stats", "brief.json"]);
    assert!(r.stdout.contains("  left uncited on purpose: 6\n"), "{}", r.stdout);
    assert!(r.stdout.contains("  paragraph 6 (uncited on purpose):\n"), "{}", r.stdout);
}

#[test]
fn text_numbers_a_markdown_file_and_writes_a_starter_that_validates() {
    let dir = TempDir::new("text-md");
    fs::write(
        dir.path("note.md"),
        "---\ntitle: Harbour Policy Note\n---\n# Harbour Policy Note\n\nBy A. Writer\n\nThe port of Valdora grew by 12% in 2024.\nIts new quay opened in March.\n\n## Outlook\n\n- The ministry plans a second quay by 2028.\n- Fishermen oppose the dredging.\n\n---\n\n```\nnot = a paragraph\n```\n\n> \"We were not consulted,\" one said.\n",
    )
    .unwrap();
    fs::create_dir(dir.path("briefs")).unwrap();
    let args = [
        "text",
        "note.md",
        "--header-blocks",
        "1",
        "--out-text",
        "note.txt",
        "--out-brief",
        "briefs/note.json",
        "--lang",
        "en-GB",
    ];
    let r = run_in(&dir.0, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "header 1: By A. Writer\n\
         1: The port of Valdora grew by 12% in 2024. Its new quay opened in March.\n\
         2: The ministry plans a second quay by 2028.\n\
         3: Fishermen oppose the dredging.\n\
         4: \"We were not consulted,\" one said.\n"
    );
    assert_eq!(
        fs::read_to_string(dir.path("note.txt")).unwrap(),
        "By A. Writer\n\nThe port of Valdora grew by 12% in 2024. Its new quay opened in March.\n\n\
         The ministry plans a second quay by 2028.\n\nFishermen oppose the dredging.\n\n\"We were not consulted,\" one said.\n"
    );
    let brief = brief_insights::load(&fs::read_to_string(dir.path("briefs/note.json")).unwrap()).unwrap().brief;
    assert_eq!(brief.meta.title, "Harbour Policy Note");
    assert_eq!(brief.meta.language, "en-GB");
    assert_eq!(brief.meta.paragraphs, 4);
    let source = brief.meta.source.unwrap();
    assert_eq!((source.text.as_str(), source.header_blocks), ("../note.txt", 1));
    let r = run_in(&dir.0, &["validate", "briefs/note.json"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("every quote found in ../note.txt"), "{}", r.stdout);

    // It refuses to overwrite what it wrote unless --force.
    let r = run_in(&dir.0, &args);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("note.txt: already exists; use --force"), "{}", r.stderr);
}

#[test]
fn text_numbers_an_html_page() {
    let dir = TempDir::new("text-html");
    fs::write(
        dir.path("page.html"),
        "<!DOCTYPE html><html><head><title>Coast &amp; Sea</title><script>var x = '<p>no</p>';</script></head>\
         <body><nav><p>Menu</p></nav><h1>Coast &amp; Sea</h1><p>By A.&nbsp;Writer</p>\
         <p>Erosion cost the coast 3&#8239;km of beach &mdash; more than in 2020.</p>\
         <ul><li>Dunes are <em>planted</em>.</li><li>Groynes are rebuilt.</li></ul>\
         <blockquote>It is &ldquo;late&rdquo;, they said.</blockquote><div>Footer text</div></body></html>",
    )
    .unwrap();
    let r = run_in(
        &dir.0,
        &["text", "page.html", "--header-blocks", "1", "--out-text", "page.txt", "--out-brief", "page.json"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "header 1: By A.\u{00A0}Writer\n\
         1: Erosion cost the coast 3\u{202F}km of beach \u{2014} more than in 2020.\n\
         2: Dunes are planted.\n\
         3: Groynes are rebuilt.\n\
         4: It is \u{201C}late\u{201D}, they said.\n"
    );
    let brief = brief_insights::load(&fs::read_to_string(dir.path("page.json")).unwrap()).unwrap().brief;
    assert_eq!(brief.meta.title, "Coast & Sea");
    assert_eq!(brief.meta.paragraphs, 4);
    let r = run_in(&dir.0, &["validate", "page.json"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("every quote found in page.txt"), "{}", r.stdout);

    // Plain text: the input itself is the brief's text when no --out-text is given.
    fs::write(dir.path("plain.txt"), "Title\n\u{00A0}\nOne.\r\n\r\nTwo.\n").unwrap();
    let r = run_in(&dir.0, &["text", "plain.txt", "--header-blocks", "1", "--out-brief", "plain.json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "header 1: Title\n1: One.\n2: Two.\n");
    let r = run_in(&dir.0, &["validate", "plain.json"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    // Markdown and HTML need a text file written.
    let r = run_in(&dir.0, &["text", "page.html", "--out-brief", "other.json"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--out-brief needs --out-text"), "{}", r.stderr);
}

#[test]
fn new_takes_a_language() {
    let r = run(&["new", "--lang", "ko"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let brief = brief_insights::load(&r.stdout).unwrap_or_else(|d| panic!("{}", d)).brief;
    assert_eq!(brief.meta.language, "ko");
    assert!(r.stdout.contains("\"REPLACE: "), "the placeholders stay");
    let check = run_with_stdin(&["validate", "-"], r.stdout.as_bytes());
    assert_eq!(check.code, 0, "{}", check.stdout);
    let r = run(&["new", "--lang", "Korean language"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not a BCP 47 language tag"), "{}", r.stderr);
}

#[test]
fn embed_one_item_puts_its_piece_inside_the_element() {
    let path = sejong();
    let file = path.to_str().expect("UTF-8 path");
    let r = run(&["embed", file, "--item", "won-dollar-rate", "--href", "/analysis/nk.html", "--src", "/b.json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("<brief-insights src=\"/b.json\" item=\"won-dollar-rate\" href=\"/analysis/nk.html\">"));
    // The static piece is the fallback: its chart, its quotes, its source line, the link.
    let inside = r.stdout.split("<brief-insights ").nth(1).expect("element");
    assert!(inside.contains("<article class=\"bi-piece bi-piece-indicator\""));
    assert!(inside.contains("bi-indicator-chart"));
    assert!(inside.contains("<blockquote"));
    assert!(inside.contains("<a href=\"/analysis/nk.html\" part=\"piece-link\">"));
    assert!(inside.trim_end().ends_with("</article>\n</brief-insights>"));
    // An unknown item is a usage error naming it; --href without --item is refused; so is a javascript: href.
    let r = run(&["embed", file, "--item", "no-such"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("the brief has no item \"no-such\""), "{}", r.stderr);
    assert_eq!(run(&["embed", file, "--href", "/x"]).code, 2);
    assert_eq!(run(&["embed", file, "--item", "russia", "--href", "javascript:alert(1)"]).code, 2);
    assert_eq!(run(&["embed", file, "--item", "russia", "--view", "partners"]).code, 2);
}

#[test]
fn render_svg_of_a_view_or_an_item() {
    let path = sejong();
    let file = path.to_str().expect("UTF-8 path");
    for view in ["partners", "projects", "timeline", "economy"] {
        let r = run(&["render", file, "--view", view, "--format", "svg"]);
        assert_eq!(r.code, 0, "{view}: {}", r.stderr);
        assert!(r
            .stdout
            .starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(r.stdout.contains("class=\"bi-export-source\""), "{view}: source line");
        assert!(r.stdout.trim_end().ends_with("</svg>"));
    }
    let r = run(&["render", file, "--item", "rel-nk-russia", "--format", "svg", "--lang", "ko"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("class=\"bi-export-citation\""));
    assert!(r.stdout.contains("출처"), "Korean source label");
    // The piece as HTML.
    let r = run(&["render", file, "--item", "kj-new-normal"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.starts_with("<article class=\"bi-piece bi-piece-judgment\""));
    // No chart, no view, unknown item: usage errors that say why.
    let r = run(&["render", file, "--view", "overview", "--format", "svg"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no chart"), "{}", r.stderr);
    assert_eq!(run(&["render", file, "--format", "svg"]).code, 2);
    assert_eq!(run(&["render", file, "--item", "kj-new-normal", "--format", "svg"]).code, 2);
    assert_eq!(run(&["render", file, "--item", "nope", "--format", "svg"]).code, 2);
}

#[test]
fn text_numbers_files_as_windows_editors_save_them() {
    // A byte order mark, CRLF line ends, tabs, nested list items, a table and Korean: the BOM is no
    // character of paragraph 1 and does not hide Markdown front matter; a table is no paragraph (as in HTML).
    let dir = TempDir::new("text-windows");
    let markdown = "\u{feff}---\r\ntitle: 한국의 관광 정책\r\n---\r\n\r\n북한은 2025년에\t관광을 확대했다.\r\n\r\n\
                    - 첫째 항목\r\n  - 중첩된 항목\r\n    이어지는 줄\r\n\r\n| 연도 | 방문객 |\r\n|------|--------|\r\n| 2025 | 10 |\r\n\r\n\
                    마지막 문단.\r\n";
    fs::write(dir.path("note.md"), markdown).unwrap();
    let r = run_in(&dir.0, &["text", "note.md", "--out-text", "note.txt", "--out-brief", "note.json", "--lang", "ko"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout,
        "1: 북한은 2025년에\t관광을 확대했다.\n2: 첫째 항목\n3: 중첩된 항목 이어지는 줄\n4: 마지막 문단.\n"
    );
    let brief = brief_insights::load(&fs::read_to_string(dir.path("note.json")).unwrap()).unwrap().brief;
    assert_eq!(brief.meta.title, "한국의 관광 정책", "the front matter's title, behind the BOM");
    let r = run_in(&dir.0, &["validate", "note.json"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);

    fs::write(dir.path("plain.txt"), "\u{feff}Title\r\n\r\nOne\tparagraph.\r\n").unwrap();
    let r = run_in(&dir.0, &["text", "plain.txt", "--out-brief", "plain.json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "1: Title\n2: One\tparagraph.\n", "no U+FEFF in paragraph 1");
    let r = run_in(&dir.0, &["text", "plain.txt", "--header-blocks", "1", "--out-brief", "one.json"]);
    assert!(r.stderr.contains("(1 paragraph)."), "{}", r.stderr);
}
