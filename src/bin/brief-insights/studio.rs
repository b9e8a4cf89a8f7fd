//! `brief-insights studio`: serves Brief Studio (www/studio.html) on 127.0.0.1 and opens it.
//!
//! A static file server of its own on `std::net`, not a crate: the studio needs GET and HEAD of files
//! under four folders, one thread per connection, the right Content-Type (`.wasm` as application/wasm)
//! and the studio's Content-Security-Policy; that is a page of code, while an HTTP crate would bring an
//! async runtime into a command-line tool that has none. It mirrors tools/serve.mjs (which the tests
//! use), without its test pages.

use clap::Args;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

/// The strict policy the widget and the studio work under (www/csp.html, tools/serve.mjs).
const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
/// The only folders served: the pages, the Wasm modules, the schema the forms are made from, the briefs.
const SERVED: [&str; 4] = ["www", "pkg", "schema", "briefs"];
const STUDIO_PAGE: &str = "www/studio.html";
const STUDIO_WASM: &str = "pkg/studio/brief_insights_bg.wasm";

#[derive(Args)]
pub struct StudioArgs {
    /// the folder holding www/ and pkg/ (default: the checkout this program was built from, else the
    /// current folder)
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// the port on 127.0.0.1 (0: any free port)
    #[arg(long, default_value_t = 8765)]
    pub port: u16,
    /// do not open the browser; only print the address
    #[arg(long)]
    pub no_open: bool,
}

pub fn run(args: &StudioArgs) -> u8 {
    let root = match find_root(args.root.as_deref()) {
        Ok(root) => root,
        Err(why) => {
            eprintln!("brief-insights studio: {why}");
            return 2;
        }
    };
    let listener = match TcpListener::bind(("127.0.0.1", args.port)) {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("brief-insights studio: cannot listen on 127.0.0.1:{}: {e}", args.port);
            return 2;
        }
    };
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(args.port);
    let url = format!("http://127.0.0.1:{port}/{STUDIO_PAGE}");
    println!("Brief Studio: {url}  (serving {}; Ctrl+C to stop)", root.display());
    let _ = std::io::stdout().flush();
    if !args.no_open {
        open_browser(&url);
    }
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        std::thread::spawn(move || {
            let _ = serve(stream, &root);
        });
    }
    0
}

/// The folder to serve: `--root`, else the checkout the binary was built from, else the current folder;
/// it must have the studio page and the studio's Wasm module.
fn find_root(given: Option<&Path>) -> Result<PathBuf, String> {
    let candidates: Vec<PathBuf> = match given {
        Some(dir) => vec![dir.to_path_buf()],
        None => vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from(".")],
    };
    for dir in &candidates {
        if dir.join(STUDIO_PAGE).is_file() && dir.join(STUDIO_WASM).is_file() {
            return Ok(dir.clone());
        }
    }
    let tried: Vec<String> = candidates.iter().map(|d| d.display().to_string()).collect();
    Err(format!(
        "no {STUDIO_PAGE} with {STUDIO_WASM} in {}: run `bash tools/build-wasm.sh` in the checkout, or give --root",
        tried.join(" or ")
    ))
}

fn open_browser(url: &str) {
    let opener: (&str, Vec<&str>) = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(target_os = "windows") {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    if std::process::Command::new(opener.0).args(&opener.1).spawn().is_err() {
        eprintln!("brief-insights studio: could not open a browser; open {url}");
    }
}

/// Answers one request (one per connection: `Connection: close`).
fn serve(stream: TcpStream, root: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read (and ignore) the headers, up to the empty line.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or_default();
    let target = parts.next().unwrap_or_default();
    let mut out = stream;
    if method != "GET" && method != "HEAD" {
        return respond(&mut out, 405, "text/plain; charset=utf-8", b"method not allowed\n", method == "HEAD");
    }
    match resolve(root, target) {
        Some(file) => match std::fs::read(&file) {
            Ok(body) => respond(&mut out, 200, content_type(&file), &body, method == "HEAD"),
            Err(_) => respond(&mut out, 404, "text/plain; charset=utf-8", b"not found\n", method == "HEAD"),
        },
        None => respond(&mut out, 404, "text/plain; charset=utf-8", b"not found\n", method == "HEAD"),
    }
}

/// The file a request target names, if it is a file inside one of the served folders: the path is
/// percent-decoded, its query dropped, and any `..`, absolute or hidden (dot) component refused.
fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next()?;
    let decoded = percent_decode(path)?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    let mut components = Vec::new();
    for component in relative.components() {
        match component {
            Component::Normal(name) if !name.to_string_lossy().starts_with('.') => components.push(name),
            _ => return None,
        }
    }
    let first = components.first()?.to_str()?;
    if !SERVED.contains(&first) {
        return None;
    }
    let file: PathBuf = components.iter().fold(root.to_path_buf(), |p, c| p.join(c));
    file.is_file().then_some(file)
}

/// `%XX` escapes decoded as UTF-8; None for a malformed escape or text that is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(byte);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "txt" | "md" | "ts" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn respond(out: &mut TcpStream, status: u16, content_type: &str, body: &[u8], head_only: bool) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        body.len()
    );
    if content_type.starts_with("text/html") {
        head.push_str(&format!("Content-Security-Policy: {STRICT_CSP}\r\n"));
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    if !head_only {
        out.write_all(body)?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_of_the_served_folders() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        assert!(resolve(root, "/www/studio.html?x=1").is_some());
        assert!(resolve(root, "/www/studio%2Ehtml").is_some());
        assert!(resolve(root, "/Cargo.toml").is_none());
        assert!(resolve(root, "/www/../Cargo.toml").is_none());
        assert!(resolve(root, "/www/%2e%2e/Cargo.toml").is_none());
        assert!(resolve(root, "/www/.hidden").is_none());
        assert!(resolve(root, "//etc/passwd").is_none());
        assert!(resolve(root, "/www").is_none());
        assert!(resolve(root, "/www/%zz").is_none());
        assert_eq!(content_type(Path::new("a/b.wasm")), "application/wasm");
    }
}
