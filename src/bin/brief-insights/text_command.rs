//! `brief-insights text`: a text (plain, Markdown, HTML) numbered into paragraphs, written as the
//! canonical text file a brief names in `meta.source`, with a starter brief that matches it.

use crate::cli::TextArgs;
use crate::source_file::relative_path;
use crate::starter::{self, StarterOptions, StarterSource};
use crate::{eprint_text, input, print_text, write_new_file, OK, PROBLEMS, USAGE};
use brief_insights::load::convert::{self, TextFormat};
use brief_insights::load::source;
use std::path::Path;

pub fn run(args: &TextArgs) -> u8 {
    let name = input::display_name(&args.input);
    let input_text = match read_input(&args.input) {
        Ok(t) => t,
        Err(why) => {
            eprint_text(&format!("{name}: cannot read: {why}\n"));
            return USAGE;
        }
    };
    let format = args.format.unwrap_or_else(|| TextFormat::from_name(&args.input));
    let converted = convert::convert(&input_text, format);
    let canonical = convert::canonical_text(&converted.blocks);
    // The numbering is the paragraph rule's, applied to the text as it will be written.
    let (header, footer) = (args.header_blocks, args.footer_blocks);
    let paragraphs = source::paragraphs(&canonical, header, footer);
    let header_shown = converted.blocks.len().min(usize::try_from(header).unwrap_or(usize::MAX));
    // The footer is what is left after the header and the paragraphs (the rule numbers nothing when the
    // two overlap).
    let footer_shown = converted.blocks.len().saturating_sub(header_shown + paragraphs.len());
    let mut listing = String::new();
    for (i, block) in converted.blocks.iter().take(header_shown).enumerate() {
        listing.push_str(&format!("header {}: {}\n", i + 1, block));
    }
    for (i, paragraph) in paragraphs.iter().enumerate() {
        listing.push_str(&format!("{}: {}\n", i + 1, paragraph));
    }
    for (i, block) in converted.blocks.iter().skip(header_shown + paragraphs.len()).enumerate() {
        listing.push_str(&format!("footer {}: {}\n", i + 1, block));
    }
    print_text(&listing);
    let count = paragraphs.len();
    let footer_note = match footer_shown {
        0 => String::new(),
        1 => " and before 1 footer block".to_string(),
        n => format!(" and before {n} footer blocks"),
    };
    eprint_text(&format!(
        "{name}: {count} paragraph{} after {header_shown} header block{}{footer_note}\n",
        if count == 1 { "" } else { "s" },
        if header_shown == 1 { "" } else { "s" }
    ));
    if paragraphs.is_empty() {
        eprint_text(&format!("{name}: no paragraphs to number; nothing written\n"));
        return if args.out_text.is_some() || args.out_brief.is_some() { PROBLEMS } else { OK };
    }

    // The file the starter names: the canonical text if written, else the input itself when it is plain
    // text (the rule numbers it the same way).
    let text_file = match (&args.out_text, format) {
        (Some(out), _) => {
            if let Err(code) = write_new_file(out, &canonical, args.force) {
                return code;
            }
            eprint_text(&format!("Wrote {}: the text, one paragraph per block.\n", out.display()));
            Some(out.clone())
        }
        (None, TextFormat::Txt) if args.input != "-" => Some(Path::new(&args.input).to_path_buf()),
        (None, _) => None,
    };
    let Some(out_brief) = &args.out_brief else { return OK };
    let Some(text_file) = text_file else {
        eprint_text(
            "error: --out-brief needs --out-text for Markdown, HTML or standard input: a brief's text is a plain \
             text file\n",
        );
        return USAGE;
    };
    let brief_dir = out_brief.parent().unwrap_or(Path::new(""));
    let relative = relative_path(&text_file, brief_dir);
    let title = args.title.as_deref().or(converted.title.as_deref());
    let date = starter::today();
    let brief = starter::starter_with(&StarterOptions {
        title,
        date: &date,
        language: &args.lang,
        source: Some(StarterSource {
            text: &relative,
            header_blocks: header,
            footer_blocks: footer,
            paragraphs: &paragraphs,
        }),
    });
    if let Err(code) = write_new_file(out_brief, &brief, args.force) {
        return code;
    }
    let shown = out_brief.display();
    let paragraphs_word = if count == 1 { "paragraph" } else { "paragraphs" };
    eprint_text(&format!(
        "Wrote {shown}: a starter brief whose meta.source names {relative} ({count} {paragraphs_word}).\n\
         Its quotes are the first sentences of the paragraphs they cite; replace them with the sentences\n\
         that support each item, and every \"REPLACE:\" text. Then: brief-insights validate {shown}\n"
    ));
    OK
}

/// The input as text: a file or standard input, UTF-8.
fn read_input(arg: &str) -> Result<String, String> {
    if arg == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut text).map_err(|e| e.to_string())?;
        Ok(text)
    } else {
        crate::source_file::read_text(Path::new(arg))
    }
}
