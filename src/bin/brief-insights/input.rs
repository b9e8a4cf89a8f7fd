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
        return Ok(Source::Rejected(single(
            DiagnosticKind::Limit,
            1,
            1,
            format!("{}; briefs larger than {} bytes (4 MiB) are not accepted", size, MAX_BRIEF_BYTES),
        )));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Source::Text(text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let before = String::from_utf8_lossy(bytes.get(..valid).unwrap_or_default());
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let byte = bytes.get(valid).copied().unwrap_or(0);
            Ok(Source::Rejected(single(
                DiagnosticKind::Syntax,
                line,
                column,
                format!("byte 0x{:02X} is not UTF-8; save the file as UTF-8 text", byte),
            )))
        }
    }
}

/// Reads at most one byte more than a brief may have: enough to know it is too large without
/// holding an arbitrarily large file in memory.
fn read_capped(reader: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(MAX_BRIEF_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn single(kind: DiagnosticKind, line: usize, column: usize, message: String) -> Diagnostics {
    Diagnostics(vec![Diagnostic {
        kind,
        path: "$".into(),
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
        message,
    }])
}
