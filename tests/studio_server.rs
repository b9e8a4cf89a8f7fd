//! `brief-insights studio`, run as a user runs it: the built binary serving a folder on 127.0.0.1, spoken
//! to over a plain TCP socket.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_brief-insights");

/// A folder shaped like a checkout: the studio page, the studio's module, a brief, and a secret outside
/// the served folders.
fn fake_root(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("brief-insights-studio-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    for dir in ["www", "pkg/studio", "briefs"] {
        fs::create_dir_all(root.join(dir)).unwrap();
    }
    fs::write(root.join("www/studio.html"), "<!doctype html><title>studio</title>").unwrap();
    fs::write(root.join("pkg/studio/brief_insights_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    fs::write(root.join("briefs/a b.json"), "{}").unwrap();
    fs::write(root.join("secret.txt"), "do not serve").unwrap();
    root
}

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(root: &Path) -> Server {
    let mut child = Command::new(BIN)
        .args(["studio", "--no-open", "--port", "0", "--root"])
        .arg(root)
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let port = line
        .split("http://127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    assert!(line.contains("/www/studio.html"), "{line}");
    Server { child, port }
}

/// (status line, headers, body) of one request.
fn get(port: u16, method: &str, target: &str) -> (String, String, Vec<u8>) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(stream, "{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let split = response.windows(4).position(|w| w == b"\r\n\r\n").expect("a header end");
    let head = String::from_utf8(response[..split].to_vec()).unwrap();
    let (status, headers) = head.split_once("\r\n").unwrap_or((&head, ""));
    (status.to_string(), headers.to_lowercase(), response[split + 4..].to_vec())
}

#[test]
fn serves_the_studio_and_its_wasm_and_nothing_else() {
    let root = fake_root("serve");
    let server = start(&root);
    let (status, headers, body) = get(server.port, "GET", "/www/studio.html");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(headers.contains("content-type: text/html; charset=utf-8"), "{headers}");
    assert!(
        headers.contains("content-security-policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"),
        "{headers}"
    );
    assert_eq!(body, b"<!doctype html><title>studio</title>");
    let (status, headers, body) = get(server.port, "GET", "/pkg/studio/brief_insights_bg.wasm?v=2");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(headers.contains("content-type: application/wasm"), "{headers}");
    assert_eq!(body, b"\0asm\x01\0\0\0");
    assert_eq!(get(server.port, "GET", "/briefs/a%20b.json").2, b"{}");
    let (status, _, body) = get(server.port, "HEAD", "/www/studio.html");
    assert_eq!(status, "HTTP/1.1 200 OK");
    assert!(body.is_empty());
    for target in ["/secret.txt", "/www/../secret.txt", "/www/%2e%2e/secret.txt", "/www/missing.html", "/"] {
        assert_eq!(get(server.port, "GET", target).0, "HTTP/1.1 404 Not Found", "{target}");
    }
    assert_eq!(get(server.port, "POST", "/www/studio.html").0, "HTTP/1.1 405 Method Not Allowed");
    drop(server);
    let _ = fs::remove_dir_all(&root);
}

#[test]
fn a_folder_without_the_studio_is_a_usage_error() {
    let root = fake_root("missing");
    fs::remove_file(root.join("pkg/studio/brief_insights_bg.wasm")).unwrap();
    let output = Command::new(BIN).args(["studio", "--no-open", "--port", "0", "--root"]).arg(&root).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("tools/build-wasm.sh"), "{stderr}");
    let _ = fs::remove_dir_all(&root);
}
