//! Native latency of the core on the Sejong brief: load, search, every view. Prints p50/p99 per operation.
//!
//!   cargo run --release --example native_latency
//!
//! Figures, not assertions: the machine decides the numbers. bench/README.md records a run.

use brief_insights::render::{render_document, render_view, RenderOptions, View};
use std::hint::black_box;
use std::time::Instant;

fn measure(name: &str, runs: usize, mut f: impl FnMut()) {
    let mut times: Vec<u128> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        f();
        times.push(start.elapsed().as_nanos());
    }
    times.sort_unstable();
    let pct = |p: usize| times[(times.len() * p / 100).min(times.len() - 1)] as f64 / 1000.0;
    println!("{:<34} p50 {:>9.1} µs   p99 {:>9.1} µs   ({} runs)", name, pct(50), pct(99), runs);
}

fn main() {
    let text = brief_insights::EMBEDDED_BRIEF_JSON;
    measure("load (parse, decode, validate, index)", 300, || {
        black_box(brief_insights::load(black_box(text)).ok());
    });
    let brief = match brief_insights::load(text) {
        Ok(b) => b,
        Err(d) => {
            eprintln!("{}", d);
            std::process::exit(1);
        }
    };
    for q in ["china", "hospital", "won dollar", "denuclearization", "e", "wonsan kalma", "zzz"] {
        measure(&format!("search {:?}", q), 2000, || {
            black_box(brief.search(black_box(q), 20));
        });
    }
    let options = RenderOptions::default();
    for view in View::ALL {
        measure(&format!("render {}", view.as_str()), 500, || {
            black_box(render_view(&brief, view, &options));
        });
    }
    measure("render document", 200, || {
        black_box(render_document(&brief, &options));
    });
}
