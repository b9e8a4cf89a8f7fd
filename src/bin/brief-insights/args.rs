//! Command-line arguments without a parsing crate: `--flag`, `--flag value`, `--flag=value`, `-h`, and
//! `--` to end options. Each subcommand declares the flags it accepts, so a typo is a usage error, not
//! a silently ignored option.

use brief_insights::decode::edit_distance;

/// A flag a subcommand accepts.
pub struct FlagSpec {
    pub name: &'static str,
    pub takes_value: bool,
}

pub const fn flag(name: &'static str) -> FlagSpec {
    FlagSpec { name, takes_value: false }
}

pub const fn option(name: &'static str) -> FlagSpec {
    FlagSpec { name, takes_value: true }
}

#[derive(Debug, Default)]
pub struct Parsed {
    pub positional: Vec<String>,
    /// (flag name without dashes, value) in the order given; the last occurrence wins in [`Parsed::value`].
    pub flags: Vec<(&'static str, Option<String>)>,
    pub help: bool,
}

impl Parsed {
    pub fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|(n, _)| *n == name)
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.flags.iter().rev().find(|(n, _)| *n == name).and_then(|(_, v)| v.as_deref())
    }
}

pub fn parse(args: &[String], specs: &[FlagSpec]) -> Result<Parsed, String> {
    let mut parsed = Parsed::default();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == "--" {
            parsed.positional.extend(rest.by_ref().cloned());
            break;
        }
        if arg == "-h" || arg == "--help" {
            parsed.help = true;
            continue;
        }
        // A lone "-" is a file name: standard input.
        let Some(body) = arg.strip_prefix("--").or_else(|| arg.strip_prefix('-').filter(|b| !b.is_empty())) else {
            parsed.positional.push(arg.clone());
            continue;
        };
        let (name, inline_value) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        let Some(spec) = specs.iter().find(|s| s.name == name) else {
            let known: Vec<String> = specs.iter().map(|s| format!("--{}", s.name)).collect();
            let hint = suggestion(name, specs).map(|s| format!(" (did you mean --{}?)", s)).unwrap_or_default();
            return Err(if known.is_empty() {
                format!("unknown option {}{}; this command takes no options", arg, hint)
            } else {
                format!(
                    "unknown option {}{}; known options: {}",
                    arg.split('=').next().unwrap_or(arg),
                    hint,
                    known.join(", ")
                )
            });
        };
        if spec.takes_value {
            let value = match inline_value {
                Some(v) => v,
                None => match rest.next() {
                    Some(v) => v.clone(),
                    None => return Err(format!("--{} needs a value", spec.name)),
                },
            };
            parsed.flags.push((spec.name, Some(value)));
        } else {
            if inline_value.is_some() {
                return Err(format!("--{} takes no value", spec.name));
            }
            parsed.flags.push((spec.name, None));
        }
    }
    Ok(parsed)
}

/// The accepted flag closest to a mistyped one, if it is close enough to be a typo.
fn suggestion(name: &str, specs: &[FlagSpec]) -> Option<&'static str> {
    specs
        .iter()
        .map(|s| (edit_distance(name, s.name), s.name))
        .filter(|(d, n)| *d <= 2 && *d < n.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn flags_values_and_positionals() {
        let specs = [option("format"), flag("force")];
        let p = parse(&args(&["a.json", "--format", "json", "-", "--force", "--", "--b"]), &specs).unwrap();
        assert_eq!(p.positional, ["a.json", "-", "--b"]);
        assert_eq!(p.value("format"), Some("json"));
        assert!(p.has("force"));
        let p = parse(&args(&["--format=json"]), &specs).unwrap();
        assert_eq!(p.value("format"), Some("json"));
    }

    #[test]
    fn mistakes_are_usage_errors() {
        let specs = [option("format"), flag("force")];
        let e = parse(&args(&["--fromat", "json"]), &specs).unwrap_err();
        assert!(e.contains("did you mean --format?"), "{}", e);
        assert!(parse(&args(&["--format"]), &specs).is_err());
        assert!(parse(&args(&["--force=yes"]), &specs).is_err());
    }
}
