//! The brief's own text on disk: finding it from `meta.source.text` (relative to the brief file),
//! reading it, and writing paths relative to a brief.

use brief_insights::model::SourceText;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// Largest text accepted: 16 MiB, far beyond any brief.
const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;

/// Where the text named by `source` is, for the brief read from `brief_arg` (`-`: standard input, so
/// relative to the current directory).
pub fn text_path(brief_arg: &str, source: &SourceText) -> PathBuf {
    let folder = if brief_arg == "-" { None } else { Path::new(brief_arg).parent() };
    match folder {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join(&source.text),
        _ => PathBuf::from(&source.text),
    }
}

/// Reads a UTF-8 text file of at most 16 MiB. `Err` says why not, in words for a message.
pub fn read_text(path: &Path) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    file.take(MAX_TEXT_BYTES + 1).read_to_end(&mut bytes).map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_TEXT_BYTES {
        return Err(format!("it is larger than {MAX_TEXT_BYTES} bytes"));
    }
    // The same reading as a brief file's: the first byte that is not UTF-8 by line and column, and what to do.
    brief_insights::load::utf8_text(bytes).map_err(|problems| match problems.0.first() {
        Some(problem) => format!("line {}, column {}: {}", problem.line, problem.column, problem.message),
        None => "it is not UTF-8 text".to_string(),
    })
}

/// The brief's text for the brief read from `brief_arg`: `Ok(None)` if the brief names none.
pub fn read_for(brief_arg: &str, source: Option<&SourceText>) -> Result<Option<(PathBuf, String)>, String> {
    let Some(source) = source else { return Ok(None) };
    let path = text_path(brief_arg, source);
    match read_text(&path) {
        Ok(text) => Ok(Some((path, text))),
        Err(why) => Err(format!(
            "cannot read the brief's text \"{}\" (looked for {}): {}; fix meta.source.text (a path relative \
             to the brief file) or check without it (--no-source)",
            source.text,
            path.display(),
            why
        )),
    }
}

/// `target` as a path relative to the folder `from_dir`, with `/` between its parts, for
/// `meta.source.text`. Both are made absolute first (against the current directory, without resolving
/// links).
pub fn relative_path(target: &Path, from_dir: &Path) -> String {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let target = absolute(target);
    let from = absolute(if from_dir.as_os_str().is_empty() { Path::new(".") } else { from_dir });
    let target_parts: Vec<Component> = target.components().filter(|c| *c != Component::CurDir).collect();
    let from_parts: Vec<Component> = from.components().filter(|c| *c != Component::CurDir).collect();
    let common = target_parts.iter().zip(&from_parts).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return target.to_string_lossy().into_owned();
    }
    let ups = from_parts.len().saturating_sub(common);
    let mut parts: Vec<String> = vec!["..".to_string(); ups];
    parts.extend(target_parts.iter().skip(common).map(|c| c.as_os_str().to_string_lossy().into_owned()));
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_relative_to_the_brief() {
        let source = SourceText { text: "t.txt".into(), header_blocks: 0, footer_blocks: 0, uncited: vec![] };
        assert_eq!(text_path("briefs/b.json", &source), Path::new("briefs/t.txt"));
        assert_eq!(text_path("b.json", &source), Path::new("t.txt"));
        assert_eq!(text_path("-", &source), Path::new("t.txt"));
        assert_eq!(relative_path(Path::new("/a/b/t.txt"), Path::new("/a/b")), "t.txt");
        assert_eq!(relative_path(Path::new("/a/texts/t.txt"), Path::new("/a/briefs")), "../texts/t.txt");
        assert_eq!(relative_path(Path::new("texts/t.txt"), Path::new("")), "texts/t.txt");
        assert_eq!(relative_path(Path::new("t.txt"), Path::new("out")), "../t.txt");
    }
}
