//! Reading a brief file (or standard input) without trusting its size or encoding.

use brief_insights::{Diagnostic, DiagnosticKind, Diagnostics, MAX_BRIEF_BYTES};
use std::fs::File;
use std::io::{self, Read};

pub const STDIN_NAME: &str = "<stdin>";

/// What reading a source gave.
pub enum Source {
    Text(String),
    /// Readable, but not a brief before any parsing: too large, or not UTF-8. Reported like any other
    /// problem in the file.
    Rejected(Diagnostics),
}

/// The name to print for a command-line argument.
pub fn display_name(arg: &str) -> &str {
    if arg == "-" {
        STDIN_NAME
    } else {
        arg
    }
}

/// Reads `arg` (a path, or `-` for standard input). An `Err` is an I/O error: the caller reports
/// `file: cannot read: <error>` and exits 2.
pub fn read(arg: &str) -> io::Result<Source> {
    let (bytes, declared_len) = if arg == "-" {
        (read_capped(io::stdin().lock())?, None)
    } else {
        let file = File::open(arg)?;
        let declared_len = file.metadata().ok().filter(|m| m.is_file()).map(|m| m.len());
        (read_capped(file)?, declared_len)
    };
    if bytes.len() > MAX_BRIEF_BYTES {
        let size = match declared_len {
            Some(n) => format!("the file is {} bytes", n),
            None => format!("the input is more than {} bytes", MAX_BRIEF_BYTES),
        };
        return Ok(Source::Rejected(Diagnostics(vec![Diagnostic::whole_input(
            DiagnosticKind::Limit,
            format!("{}; briefs larger than {} bytes (4 MiB) are not accepted", size, MAX_BRIEF_BYTES),
        )])));
    }
    Ok(match brief_insights::load::utf8_text(bytes) {
        Ok(text) => Source::Text(text),
        Err(problems) => Source::Rejected(problems),
    })
}

/// Reads at most one byte more than a brief may have: enough to know it is too large without
/// holding an arbitrarily large file in memory.
fn read_capped(reader: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(MAX_BRIEF_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}
