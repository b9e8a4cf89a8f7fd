#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        match brief_insights::load(text) {
            Ok(brief) => {
                // A brief that loads must also survive every query and a search for its own words.
                let _ = brief.timeline();
                let _ = brief.search(text.get(..text.len().min(40)).unwrap_or(""), 10);
            }
            Err(problems) => assert!(problems.iter().all(|p| p.line >= 1 && p.column >= 1)),
        }
    }
});
