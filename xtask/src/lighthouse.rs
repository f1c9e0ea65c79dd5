//! `cargo xtask lighthouse`: Lighthouse's scores for the deployed app, as a benchmark to run by
//! hand (not a test: the figures depend on how busy the machine is).
//!
//! The site is `dist/` (full compression), served by the server of `cargo xtask serve` on a free
//! loopback port. Lighthouse runs from npm in its own folder under the target directory, pinned,
//! and installed only by this command: it is no devDependency, so the `npm ci` of
//! `cargo xtask test` (and CI) never fetches its 110 MB. It drives the system Chromium
//! (`CHROME_PATH`, default `/usr/bin/chromium`) with the default settings: the mobile form factor,
//! simulated throttling (a mid-range phone on a slow 4G connection).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::dist::{self, Effort};
use crate::serve::{self, Site};
use crate::tools::find_program;
use crate::{output, root, run, run_status, step, target_dir, tools, wasm, Result};

/// Lighthouse from npm, pinned. 13 needs Node 22 (the project needs 20); 12.2.3 runs on 18.16+.
pub const VERSION: &str = "12.2.3";

/// How many runs, by default (the median of three is what Lighthouse's docs advise at least).
const RUNS: usize = 3;

/// The Chromium flags: headless, and as root in a container.
const CHROME_FLAGS: &str = "--headless --no-sandbox --disable-gpu";

/// Reads a Lighthouse JSON report (argv[1]) and prints `key value` lines for [`Figures`].
const EXTRACT: &str = r#"
const report = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
const score = (id) => report.categories?.[id]?.score ?? '';
const value = (id) => report.audits?.[id]?.numericValue ?? '';
const lines = {
  performance: score('performance'),
  accessibility: score('accessibility'),
  'best-practices': score('best-practices'),
  seo: score('seo'),
  fcp: value('first-contentful-paint'),
  lcp: value('largest-contentful-paint'),
  tbt: value('total-blocking-time'),
  cls: value('cumulative-layout-shift'),
  bytes: value('total-byte-weight'),
  benchmark: report.environment?.benchmarkIndex ?? '',
  'form-factor': report.configSettings?.formFactor ?? '',
  throttling: report.configSettings?.throttlingMethod ?? '',
  'user-agent': report.environment?.hostUserAgent ?? '',
  error: report.runtimeError ? `${report.runtimeError.code}: ${report.runtimeError.message}` : '',
};
for (const [key, v] of Object.entries(lines)) console.log(`${key} ${String(v).replace(/\s+/g, ' ')}`);
for (const w of report.runWarnings ?? []) console.log(`warning ${String(w).replace(/\s+/g, ' ')}`);
"#;

/// One run's figures: scores 0–100, times in milliseconds. None: Lighthouse gave none.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    pub performance: Option<f64>,
    pub accessibility: Option<f64>,
    pub best_practices: Option<f64>,
    pub seo: Option<f64>,
    pub fcp: Option<f64>,
    pub lcp: Option<f64>,
    pub tbt: Option<f64>,
    pub cls: Option<f64>,
    /// The bytes the page load transferred (Lighthouse's `total-byte-weight`).
    pub bytes: Option<f64>,
    /// Lighthouse's measure of this machine's speed (a busy machine scores low).
    pub benchmark: Option<f64>,
    pub form_factor: String,
    pub throttling: String,
    pub user_agent: String,
    pub error: String,
    pub warnings: Vec<String>,
}

impl Figures {
    /// From the `key value` lines of [`EXTRACT`].
    pub fn parse(text: &str) -> Figures {
        let mut f = Figures::default();
        for line in text.lines() {
            let (key, value) = line.split_once(' ').unwrap_or((line, ""));
            let number = value.trim().parse::<f64>().ok();
            let percent = number.map(|n| (n * 100.0).round());
            match key {
                "performance" => f.performance = percent,
                "accessibility" => f.accessibility = percent,
                "best-practices" => f.best_practices = percent,
                "seo" => f.seo = percent,
                "fcp" => f.fcp = number,
                "lcp" => f.lcp = number,
                "tbt" => f.tbt = number,
                "cls" => f.cls = number,
                "bytes" => f.bytes = number,
                "benchmark" => f.benchmark = number,
                "form-factor" => f.form_factor = value.to_string(),
                "throttling" => f.throttling = value.to_string(),
                "user-agent" => f.user_agent = value.to_string(),
                "error" => f.error = value.to_string(),
                "warning" => f.warnings.push(value.to_string()),
                _ => {}
            }
        }
        f
    }

    fn columns(&self) -> [Option<f64>; 8] {
        [
            self.performance,
            self.accessibility,
            self.best_practices,
            self.seo,
            self.fcp,
            self.lcp,
            self.tbt,
            self.cls,
        ]
    }
}

/// The median of the values there are (the mean of the middle two for an even count).
pub fn median(values: &[Option<f64>]) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().flatten().copied().collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    })
}

const HEADER: [&str; 8] = ["Perf", "A11y", "BestPr", "SEO", "FCP", "LCP", "TBT", "CLS"];

/// One row of the table: scores as integers, FCP/LCP in seconds, TBT in ms, CLS to 3 places.
fn row(label: &str, columns: &[Option<f64>; 8]) -> String {
    let cell = |i: usize, v: Option<f64>| match (i, v) {
        (_, None) => "-".to_string(),
        (0..=3, Some(v)) => format!("{v:.0}"),
        (4 | 5, Some(v)) => format!("{:.1} s", v / 1000.0),
        (6, Some(v)) => format!("{v:.0} ms"),
        (_, Some(v)) => format!("{v:.3}"),
    };
    let cells: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(i, v)| format!("{:>8}", cell(i, *v)))
        .collect();
    format!("{label:<8}{}", cells.join(""))
}

/// The table of the runs and their median.
pub fn table(runs: &[Figures]) -> String {
    let mut out = format!(
        "{:<8}{}\n",
        "",
        HEADER.iter().map(|h| format!("{h:>8}")).collect::<String>()
    );
    for (i, run) in runs.iter().enumerate() {
        out.push_str(&row(&format!("run {}", i + 1), &run.columns()));
        out.push('\n');
    }
    let columns: Vec<[Option<f64>; 8]> = runs.iter().map(Figures::columns).collect();
    let mut medians = [None; 8];
    for (i, m) in medians.iter_mut().enumerate() {
        *m = median(&columns.iter().map(|c| c[i]).collect::<Vec<_>>());
    }
    out.push_str(&row("median", &medians));
    out.push('\n');
    out
}

/// `cargo xtask lighthouse [--no-build] [--runs N]`.
pub fn command(args: &[String]) -> Result<bool> {
    const FORM: &str = "lighthouse [--no-build] [--runs N]";
    let mut build = true;
    let mut runs = RUNS;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--no-build" => build = false,
            "--runs" => {
                let value = args.next().ok_or("--runs needs a number")?;
                runs = value
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or(format!("--runs {value}: not a number of runs"))?;
            }
            other => return Err(format!("unexpected argument `{other}` ({FORM})")),
        }
    }
    let chrome = chrome_path()?;
    let node = find_program("node").ok_or("Node.js is not installed (node is not on PATH)")?;
    let folder = target_dir().join("lighthouse");
    let cli = match step(&format!("install Lighthouse {VERSION} (npm)"), || {
        install(&folder)
    }) {
        Ok(cli) => cli,
        Err(e) => {
            eprintln!(
                "\nxtask: Lighthouse could not be installed: {e}\n\
                 It comes from the npm registry (package `lighthouse@{VERSION}`, into {}), \
                 so this command needs npm and a connection to the registry. Nothing else \
                 needs it: `cargo xtask test` and `serve` work without it.",
                folder.display()
            );
            return Ok(false);
        }
    };
    if build {
        let tools = step("ensure build tools", tools::ensure_build_tools)?;
        wasm::build(&tools)?;
    }
    let root = root();
    dist::make(&root, Effort::Best)?;
    let addr = serve::start_background(Site::Dist(root.join(dist::DIST)))?;
    let url = format!("http://{addr}/");
    println!(
        "\nLighthouse {VERSION} on {url} (dist/, served pre-compressed), {chrome}, {runs} runs",
        chrome = chrome.display()
    );
    let mut results = Vec::new();
    for n in 1..=runs {
        let report = folder.join(format!("report-{n}.json"));
        let _ = std::fs::remove_file(&report);
        let figures = step(&format!("Lighthouse run {n} of {runs}"), || {
            let status = run_status(
                Command::new(&node)
                    .arg(&cli)
                    .arg(&url)
                    .args([
                        "--output=json",
                        "--only-categories=performance,accessibility,best-practices,seo",
                        "--quiet",
                        "--no-enable-error-reporting",
                    ])
                    .arg(format!("--output-path={}", report.display()))
                    .arg(format!("--chrome-flags={CHROME_FLAGS}"))
                    .env("CHROME_PATH", &chrome),
            )?;
            if !status.success() && !report.is_file() {
                return Err(format!("lighthouse failed ({status})"));
            }
            let text = output(Command::new(&node).arg("-e").arg(EXTRACT).arg(&report))
                .ok_or_else(|| format!("cannot read {}", report.display()))?;
            let figures = Figures::parse(&text);
            println!("{}", row(&format!("run {n}"), &figures.columns()));
            if !figures.error.is_empty() {
                println!("    Lighthouse: {}", figures.error);
            }
            Ok(figures)
        });
        match figures {
            Ok(f) => results.push(f),
            Err(e) => println!("    (run {n} gave no figures: {e})"),
        }
    }
    if results.is_empty() {
        return Err("no Lighthouse run gave figures".into());
    }
    let first = &results[0];
    println!(
        "\n==> Lighthouse {VERSION}: {} form factor, {} throttling, {}",
        first.form_factor, first.throttling, first.user_agent
    );
    print!("{}", table(&results));
    println!(
        "(medians per column; FCP, LCP in seconds, TBT in milliseconds; reports in {})",
        folder.display()
    );
    let each = |f: fn(&Figures) -> Option<f64>| -> String {
        let values: Vec<String> = results
            .iter()
            .map(|r| f(r).map_or("-".into(), |v| format!("{v:.0}")))
            .collect();
        values.join(", ")
    };
    println!("bytes transferred by the page load: {}", each(|r| r.bytes));
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    println!(
        "machine: Lighthouse benchmark index {} (it expects 1000 or more for its mobile \
         throttling; a busy machine scores lower, and so does Performance), load average {}",
        each(|r| r.benchmark),
        load.join(" ")
    );
    let mut warnings: Vec<&String> = results.iter().flat_map(|r| &r.warnings).collect();
    warnings.sort();
    warnings.dedup();
    for w in warnings {
        println!("Lighthouse warned: {w}");
    }
    Ok(results.iter().all(|r| r.error.is_empty()))
}

/// The Chromium Lighthouse drives: `CHROME_PATH`, else `/usr/bin/chromium`, else `chromium` on
/// PATH.
fn chrome_path() -> Result<PathBuf> {
    let found = std::env::var_os("CHROME_PATH")
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .or_else(|| Some(PathBuf::from("/usr/bin/chromium")).filter(|p| p.is_file()))
        .or_else(|| find_program("chromium"));
    found.ok_or_else(|| {
        "no Chromium: install it with `apt-get install -y chromium` (Debian), or set CHROME_PATH"
            .to_string()
    })
}

/// Lighthouse's package.json in `folder`, if that version is installed there.
fn installed_version(folder: &Path) -> Option<String> {
    let text = std::fs::read_to_string(folder.join("node_modules/lighthouse/package.json")).ok()?;
    let at = text.find("\"version\"")?;
    let rest = &text[at + "\"version\"".len()..];
    let value = rest.split('"').nth(1)?;
    Some(value.to_string())
}

/// Installs Lighthouse [`VERSION`] into `folder` (its own package.json, nothing shared with the
/// repository's) unless it is there; returns its command-line script.
fn install(folder: &Path) -> Result<PathBuf> {
    let cli = folder.join("node_modules/lighthouse/cli/index.js");
    if installed_version(folder).as_deref() == Some(VERSION) && cli.is_file() {
        println!("Lighthouse {VERSION}: {}", folder.display());
        return Ok(cli);
    }
    find_program("npm").ok_or("npm is not installed (it comes with Node.js)")?;
    std::fs::create_dir_all(folder)
        .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let manifest = format!(
        "{{\n  \"private\": true,\n  \"description\": \"Lighthouse for `cargo xtask lighthouse` only\",\n  \
         \"dependencies\": {{ \"lighthouse\": \"{VERSION}\" }}\n}}\n"
    );
    std::fs::write(folder.join("package.json"), manifest)
        .map_err(|e| format!("cannot write {}: {e}", folder.display()))?;
    // --ignore-scripts: nothing runs at install time (no browser is downloaded).
    run(Command::new("npm")
        .current_dir(folder)
        .args(["install", "--no-audit", "--no-fund", "--ignore-scripts"])
        .env("PUPPETEER_SKIP_DOWNLOAD", "1"))?;
    match installed_version(folder) {
        Some(v) if v == VERSION && cli.is_file() => Ok(cli),
        Some(v) => Err(format!("npm installed lighthouse {v}, not {VERSION}")),
        None => Err(format!("npm did not install {}", cli.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_figures_of_a_report() {
        let text = "performance 0.83\naccessibility 1\nbest-practices 0.96\nseo 1\n\
                    fcp 1239.99\nlcp 4098.3\ntbt 210\ncls 0.0012\nbenchmark 1530.5\n\
                    form-factor mobile\nthrottling simulate\nerror \nwarning The tested device is slow\n";
        let f = Figures::parse(text);
        assert_eq!(f.performance, Some(83.0));
        assert_eq!(f.accessibility, Some(100.0));
        assert_eq!(f.best_practices, Some(96.0));
        assert_eq!(f.lcp, Some(4098.3));
        assert_eq!(f.form_factor, "mobile");
        assert_eq!(f.error, "");
        assert_eq!(f.warnings, vec!["The tested device is slow"]);
        let missing = Figures::parse("performance \nfcp \n");
        assert_eq!(missing.performance, None);
        assert_eq!(missing.fcp, None);
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[Some(3.0), Some(1.0), Some(2.0)]), Some(2.0));
        assert_eq!(median(&[Some(3.0), None, Some(1.0)]), Some(2.0));
        assert_eq!(median(&[None]), None);
    }

    #[test]
    fn prints_a_table() {
        let run = |p: f64, lcp: f64| Figures {
            performance: Some(p),
            accessibility: Some(100.0),
            best_practices: Some(100.0),
            seo: Some(100.0),
            fcp: Some(1240.0),
            lcp: Some(lcp),
            tbt: Some(180.0),
            cls: Some(0.0),
            ..Figures::default()
        };
        let t = table(&[run(80.0, 4100.0), run(85.0, 3900.0), run(83.0, 4000.0)]);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines.len(), 5, "{t}");
        assert!(lines[0].contains("Perf") && lines[0].contains("CLS"), "{t}");
        assert!(lines[4].starts_with("median"), "{t}");
        assert!(
            lines[4].contains("      83") && lines[4].contains("4.0 s"),
            "{t}"
        );
        assert!(
            lines[4].contains("180 ms") && lines[4].contains("0.000"),
            "{t}"
        );
    }
}
