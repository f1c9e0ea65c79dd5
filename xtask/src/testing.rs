//! `cargo xtask test`: every test suite, one stage after another. A failing stage does not stop
//! the next ones; the command fails at the end if any stage failed.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::time::{Duration, Instant};

use crate::tools::{self, Tools, WASM_TARGET};
use crate::{cargo, flush, root, run, run_tee, secs, serve, wasm, Result};

struct Stage {
    name: &'static str,
    /// None: skipped.
    ok: Option<bool>,
    passed: u64,
    failed: u64,
    /// Whether a runner's summary was read (else the counts are not test counts).
    counted: bool,
    took: Duration,
    note: String,
}

impl Stage {
    fn new(name: &'static str) -> Stage {
        Stage {
            name,
            ok: None,
            passed: 0,
            failed: 0,
            counted: false,
            took: Duration::ZERO,
            note: String::new(),
        }
    }

    /// Failures for the total: a stage that failed without any failing test reported (a build
    /// that did not compile, a runner that crashed) counts as one.
    fn failures(&self) -> u64 {
        match self.ok {
            Some(false) if self.failed == 0 => 1,
            _ => self.failed,
        }
    }
}

/// Runs one stage: announces it, times it, records how it went.
fn stage(stages: &mut Vec<Stage>, name: &'static str, f: impl FnOnce(&mut Stage) -> Result<()>) {
    println!("\n======== {name} ========");
    flush();
    let mut s = Stage::new(name);
    let started = Instant::now();
    let result = f(&mut s);
    s.took = started.elapsed();
    match result {
        Ok(()) => {
            if s.ok.is_none() && s.note.is_empty() {
                s.ok = Some(true);
            }
        }
        Err(e) => {
            s.ok = Some(false);
            if !s.note.is_empty() {
                s.note.push_str("; ");
            }
            s.note.push_str(&e);
        }
    }
    let verdict = match s.ok {
        Some(true) => "passed",
        Some(false) => "FAILED",
        None => "skipped",
    };
    println!("======== {name}: {verdict} in {} ========", secs(s.took));
    flush();
    stages.push(s);
}

/// Counts from libtest's summaries (`cargo test`, doc tests, wasm-bindgen-test-runner):
/// `test result: ok. 12 passed; 0 failed; 1 ignored; …`, summed over all of them.
pub fn libtest_counts(output: &str) -> Option<(u64, u64)> {
    let mut found = false;
    let (mut passed, mut failed) = (0, 0);
    for line in output.lines() {
        let Some((_, rest)) = line.split_once("test result:") else {
            continue;
        };
        found = true;
        for part in rest.split([';', '.']) {
            let words: Vec<&str> = part.split_whitespace().collect();
            if let [n, what] = words[..] {
                match (n.parse::<u64>(), what) {
                    (Ok(n), "passed") => passed += n,
                    (Ok(n), "failed") => failed += n,
                    _ => {}
                }
            }
        }
    }
    found.then_some((passed, failed))
}

/// Counts from node:test's summary (`ℹ pass 9` / `ℹ fail 1` / `ℹ cancelled 0` with the spec
/// reporter, `# pass 9` with TAP). Cancelled tests (a file that crashed, a timeout) are failures.
pub fn node_counts(output: &str) -> Option<(u64, u64)> {
    let (mut pass, mut fail, mut cancelled) = (None, None, None);
    for line in output.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("ℹ ").or_else(|| line.strip_prefix("# ")) else {
            continue;
        };
        let mut words = rest.split_whitespace();
        let (Some(what), Some(n), None) = (words.next(), words.next(), words.next()) else {
            continue;
        };
        let Ok(n) = n.parse::<u64>() else { continue };
        match what {
            "pass" => pass = Some(n),
            "fail" => fail = Some(n),
            "cancelled" => cancelled = Some(n),
            _ => {}
        }
    }
    Some((pass?, fail? + cancelled.unwrap_or(0)))
}

/// Runs a test runner and records its counts and verdict in the stage.
fn run_counted(
    s: &mut Stage,
    cmd: &mut Command,
    counts: fn(&str) -> Option<(u64, u64)>,
) -> Result<()> {
    let (status, output): (ExitStatus, String) = run_tee(cmd)?;
    if let Some((passed, failed)) = counts(&output) {
        s.passed = passed;
        s.failed = failed;
        s.counted = true;
    }
    if status.success() {
        Ok(())
    } else if s.counted && s.failed > 0 {
        Err(format!("{} failed", s.failed))
    } else {
        Err(format!("{} failed ({status})", crate::short(cmd)))
    }
}

/// Files in `dir` (recursively) whose name ends with `suffix`, sorted.
fn files_ending(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "node_modules" {
            continue;
        }
        if path.is_dir() {
            out.extend(files_ending(&path, suffix));
        } else if name.ends_with(suffix) {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The in-browser test targets: every `tests/web*.rs`, by name.
fn browser_test_targets(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join("tests"))
        .map(|entries| {
            entries
                .flatten()
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let stem = name.strip_suffix(".rs")?;
                    (stem.starts_with("web") && e.path().is_file()).then(|| stem.to_string())
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// `cargo xtask test`.
pub fn command() -> Result<bool> {
    let started = Instant::now();
    let root = root();
    let mut stages = Vec::new();
    let mut tools = Tools::default();

    stage(&mut stages, "tools", |_| {
        tools = tools::ensure_test_tools()?;
        tools::report_free_disk(&crate::target_dir());
        Ok(())
    });

    stage(
        &mut stages,
        "lint (cargo fmt --check, cargo clippy -D warnings)",
        |_| {
            run(cargo().args(["fmt", "--all", "--", "--check"]))?;
            run(cargo().args([
                "clippy",
                "--all-targets",
                "-p",
                wasm::CRATE,
                "-p",
                "xtask",
                "--",
                "-D",
                "warnings",
            ]))?;
            // Both WebAssembly builds: the embedding API, and the app as it is deployed.
            for features in [
                &[][..],
                &["--no-default-features", "--features", "lazy"][..],
            ] {
                run(cargo()
                    .args([
                        "clippy",
                        "--target",
                        WASM_TARGET,
                        "-p",
                        wasm::CRATE,
                        "--lib",
                    ])
                    .args(features)
                    .args(["--", "-D", "warnings"]))?;
            }
            Ok(())
        },
    );

    stage(&mut stages, "native tests (cargo test)", |s| {
        // The engine's unit, property and doc tests, and the xtask's own tests.
        run_counted(
            s,
            cargo().args(["test", "--no-fail-fast", "-p", wasm::CRATE, "-p", "xtask"]),
            libtest_counts,
        )
    });

    stage(
        &mut stages,
        "browser tests (wasm-bindgen-test, Chromium)",
        |s| {
            let targets = browser_test_targets(&root);
            if targets.is_empty() {
                s.note = "no tests/web*.rs".into();
                return Ok(());
            }
            let mut cmd = cargo();
            cmd.args([
                "test",
                "--no-fail-fast",
                "-p",
                wasm::CRATE,
                "--target",
                WASM_TARGET,
            ]);
            for t in &targets {
                cmd.args(["--test", t]);
            }
            // The runner reads webdriver.json (headless Chromium flags) from the crate root.
            cmd.env("CHROMEDRIVER", &tools.chromedriver);
            cmd.env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                &tools.wasm_bindgen_test_runner,
            );
            if std::env::var_os("WASM_BINDGEN_TEST_TIMEOUT").is_none() {
                cmd.env("WASM_BINDGEN_TEST_TIMEOUT", "120");
            }
            run_counted(s, &mut cmd, libtest_counts)
        },
    );

    let mut built = false;
    stage(
        &mut stages,
        "release build (cargo, wasm-bindgen, wasm-opt)",
        |_| {
            wasm::build(&tools)?;
            built = true;
            Ok(())
        },
    );

    stage(&mut stages, "size budgets (first load, parts)", |s| {
        if !built {
            s.note = "skipped: the release build failed".into();
            return Ok(());
        }
        let report = crate::size::budgets(&root)?;
        print!("{}", report.text);
        s.passed = 1;
        s.counted = true;
        if report.problems.is_empty() {
            Ok(())
        } else {
            s.passed = 0;
            s.failed = report.problems.len() as u64;
            Err(report.problems.join("; "))
        }
    });

    stage(
        &mut stages,
        "Node and end-to-end tests (node --test)",
        |s| {
            if !built {
                s.note = "skipped: the release build failed".into();
                return Ok(());
            }
            let mut files = files_ending(&root.join("tests/node"), ".test.mjs");
            files.extend(files_ending(&root.join("tests/e2e"), ".test.mjs"));
            if files.is_empty() {
                s.note = "no tests/node or tests/e2e *.test.mjs".into();
                return Ok(());
            }
            // The deployable folder, served by the server of `cargo xtask serve` (pre-compressed
            // siblings, the filled-in sw.js): what the tests see is what is deployed. Quick
            // compression: the siblings work the same, and a cold CI run has no cache.
            let dist = crate::target_dir().join("e2e-dist");
            let site = dist.join("site");
            crate::dist::write(
                &root,
                &site,
                &dist.join("dist.zip"),
                crate::dist::Effort::Quick,
            )?;
            let addr = serve::start_background(serve::Site::Dist(site.clone()))?;
            let url = format!("http://{addr}/");
            println!("serving the deployable folder {} on {url}", site.display());
            let mut cmd = Command::new(&tools.node);
            cmd.env("PERMIT_CHECK_URL", &url)
                .env("PERMIT_CHECK_DIST", &site)
                .env("CHROMIUM", &tools.chromium)
                .arg("--test")
                .args(["--test-reporter=spec", "--test-reporter-destination=stdout"]);
            if tools.node_version >= (20, 11) {
                // One hung browser test must not hang the whole run. Node counts each file as
                // one test too: the longest, journeys.test.mjs (20 walks), takes about 2 minutes
                // on a 2-core machine, so the limit is 5.
                cmd.arg("--test-timeout=300000");
            }
            for f in &files {
                cmd.arg(f.strip_prefix(&root).unwrap_or(f));
            }
            run_counted(s, &mut cmd, node_counts)
        },
    );

    // Summary.
    let width = stages.iter().map(|s| s.name.len()).max().unwrap_or(0);
    println!("\n======== summary ========");
    println!(
        "{:<width$}  {:<7}  {:>6}  {:>6}  {:>8}",
        "stage", "result", "passed", "failed", "time"
    );
    let (mut passed, mut failed) = (0, 0);
    let mut all_ok = true;
    for s in &stages {
        let result = match s.ok {
            Some(true) => "ok",
            Some(false) => "FAILED",
            None => "skipped",
        };
        all_ok &= s.ok != Some(false);
        passed += s.passed;
        failed += s.failures();
        let (p, f) = if s.counted {
            (s.passed.to_string(), s.failed.to_string())
        } else if s.ok == Some(false) {
            ("-".to_string(), "1*".to_string())
        } else {
            ("-".to_string(), "-".to_string())
        };
        let note = if s.note.is_empty() {
            String::new()
        } else {
            format!("  {}", s.note)
        };
        println!(
            "{:<width$}  {result:<7}  {p:>6}  {f:>6}  {:>8}{note}",
            s.name,
            secs(s.took)
        );
    }
    if stages.iter().any(|s| s.ok == Some(false) && s.failed == 0) {
        println!("(* a stage that failed without a test failing, e.g. a build error, counts as 1 failure)");
    }
    println!("total time {}", secs(started.elapsed()));
    println!("{passed} passed, {failed} failed");
    flush();
    Ok(all_ok && failed == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_libtest_summaries() {
        let out = "\
running 3 tests
test a ... ok
test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s

test result: FAILED. 10 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.50s
   Doc-tests permit_check
test result: ok. 4 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s
";
        assert_eq!(libtest_counts(out), Some((17, 2)));
        assert_eq!(libtest_counts("error[E0425]: cannot find value"), None);
    }

    #[test]
    fn reads_node_test_summaries() {
        let spec = "\
✔ an unknown checker (1.2ms)
ℹ tests 9
ℹ suites 0
ℹ pass 7
ℹ fail 1
ℹ cancelled 1
ℹ skipped 0
ℹ duration_ms 812.5
";
        assert_eq!(node_counts(spec), Some((7, 2)));
        let tap = "# tests 2\n# pass 2\n# fail 0\n# cancelled 0\n";
        assert_eq!(node_counts(tap), Some((2, 0)));
        assert_eq!(node_counts("Error: Cannot find module"), None);
    }

    #[test]
    fn a_failed_stage_without_counts_is_one_failure() {
        let mut s = Stage::new("x");
        s.ok = Some(false);
        assert_eq!(s.failures(), 1);
        s.failed = 3;
        assert_eq!(s.failures(), 3);
        s.ok = Some(true);
        s.failed = 0;
        assert_eq!(s.failures(), 0);
    }
}
