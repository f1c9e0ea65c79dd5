//! Build and test tooling for Permit Check: `cargo xtask <command>`.
//!
//! - `build`: the release WebAssembly build into `pkg/` (cargo, wasm-bindgen, wasm-opt).
//! - `serve [--port 8080] [--no-build] [--quick] [--dev]`: build, write `dist/` as `dist` does,
//!   then serve it on http://127.0.0.1:8080/ as a host set up per DEPLOY.md would (pre-compressed
//!   siblings, the filled-in `sw.js`); `--dev` serves the working tree as it is instead (on
//!   port 8081 unless told).
//! - `test`: every test suite (native, in-browser wasm, Node + browser end-to-end).
//! - `size [--no-build]`: raw, gzip and brotli bytes of every file the page loads.
//! - `dist [--no-build] [--quick]`: the deployable folder `dist/` (with `.br`/`.gz` siblings, and `sw.js`
//!   filled in with the list and hash of the files to keep offline) and `dist.zip`.
//! - `lighthouse [--no-build] [--runs 3]`: Lighthouse's scores and metrics of the served `dist/`
//!   (a benchmark to run by hand; Lighthouse is installed from npm for it alone).
//!
//! Missing tools are installed on the way (the wasm32 target, the wasm-bindgen CLI of the version
//! in Cargo.lock, the npm devDependencies, and Debian's chromium + chromium-driver when root).

mod catalogs;
mod dist;
mod lighthouse;
mod pwa;
mod serve;
mod size;
mod testing;
mod tools;
mod wasm;

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, ExitStatus, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub type Result<T> = std::result::Result<T, String>;

const USAGE: &str = "\
Permit Check tooling

Usage: cargo xtask <command> [options]

Commands:
  build                      Release wasm build into pkg/ (cargo, wasm-bindgen, wasm-opt -Oz)
  serve [--port N] [--no-build] [--quick] [--dev]
                             Build, write dist/ (as dist does), serve it on http://127.0.0.1:N/
                             (default 8080) pre-compressed, with the filled-in sw.js;
                             --quick: faster, larger compression; --dev: serve the working
                             tree as it is (template sw.js, nothing compressed, edits show
                             on reload), by default on port 8081
  test                       Native tests, in-browser wasm tests, release build, Node + e2e tests
  size [--no-build]          Raw / gzip / brotli bytes of every file the page loads
  dist [--no-build] [--quick]
                             Build, then write dist/ (site files + .br/.gz, sw.js filled in)
                             and dist.zip; --quick: faster, larger compression
  lighthouse [--no-build] [--runs N]
                             Lighthouse (npm, installed for this command only) on the served
                             dist/ in the system Chromium, mobile: N runs (3) and the median
  help                       This text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(e) = enter_repo_root() {
        eprintln!("xtask: error: {e}");
        return ExitCode::FAILURE;
    }
    let Some((command, rest)) = args.split_first() else {
        print!("{USAGE}");
        return ExitCode::FAILURE;
    };
    let result = match command.as_str() {
        "build" => no_options(rest).and_then(|()| build_command()),
        "serve" => serve::command(rest),
        "test" => no_options(rest).and_then(|()| testing::command()),
        "size" => size::command(rest),
        "dist" => dist::command(rest),
        "lighthouse" => lighthouse::command(rest),
        "help" | "-h" | "--help" => {
            print!("{USAGE}");
            Ok(true)
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn no_options(rest: &[String]) -> Result<()> {
    match rest.first() {
        None => Ok(()),
        Some(arg) => Err(format!("unexpected argument `{arg}`\n\n{USAGE}")),
    }
}

fn build_command() -> Result<bool> {
    let started = Instant::now();
    let tools = step("ensure build tools", tools::ensure_build_tools)?;
    wasm::build(&tools)?;
    print_timings(started.elapsed());
    Ok(true)
}

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

/// The repository root (the parent of `xtask/`). `cargo run` tells the running xtask where its
/// manifest is; the path compiled in is only a fallback (it goes stale when one target directory
/// serves two checkouts).
pub fn root() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .filter(|dir| dir.join("Cargo.toml").is_file())
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

static TARGET_DIR: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Makes the repository root the working directory, after resolving a relative
/// `CARGO_TARGET_DIR` against the directory the command was started in.
fn enter_repo_root() -> Result<()> {
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                std::env::current_dir()
                    .map_err(|e| format!("no working directory: {e}"))?
                    .join(dir)
            }
        }
        _ => root().join("target"),
    };
    if let Ok(mut slot) = TARGET_DIR.lock() {
        *slot = Some(target);
    }
    std::env::set_current_dir(root()).map_err(|e| format!("cannot enter {}: {e}", root().display()))
}

/// Cargo's target directory (`CARGO_TARGET_DIR`, or `target/`).
pub fn target_dir() -> PathBuf {
    TARGET_DIR
        .lock()
        .ok()
        .and_then(|slot| slot.clone())
        .unwrap_or_else(|| root().join("target"))
}

/// The cargo that runs this xtask.
///
/// Incremental compilation is off for every build the xtask starts: its caches are hundreds of
/// megabytes per target that a clean CI run never reuses, and the dependencies (most of the
/// build) are never incremental anyway.
pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.env("CARGO_INCREMENTAL", "0");
    cmd
}

// ---------------------------------------------------------------------------------------------
// Steps and their timings
// ---------------------------------------------------------------------------------------------

static TIMINGS: Mutex<Vec<(String, Duration, bool)>> = Mutex::new(Vec::new());

/// Runs one named step: announces it, times it and records the time.
pub fn step<T>(name: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    println!("\n==> {name}");
    flush();
    let started = Instant::now();
    let result = f();
    let took = started.elapsed();
    match &result {
        Ok(_) => println!("    {name}: done in {}", secs(took)),
        Err(e) => println!("    {name}: FAILED after {}: {e}", secs(took)),
    }
    flush();
    if let Ok(mut timings) = TIMINGS.lock() {
        timings.push((name.to_string(), took, result.is_ok()));
    }
    result
}

/// Prints the recorded steps and their times.
pub fn print_timings(total: Duration) {
    let timings = TIMINGS.lock().map(|t| t.clone()).unwrap_or_default();
    let width = timings.iter().map(|(n, _, _)| n.len()).max().unwrap_or(0);
    println!("\n==> timings");
    for (name, took, ok) in &timings {
        let mark = if *ok { "" } else { "  (failed)" };
        println!("    {name:<width$}  {:>8}{mark}", secs(*took));
    }
    println!("    {:<width$}  {:>8}", "total", secs(total));
}

pub fn secs(d: Duration) -> String {
    format!("{:.1}s", d.as_secs_f64())
}

pub fn flush() {
    let _ = std::io::stdout().flush();
}

// ---------------------------------------------------------------------------------------------
// Running commands
// ---------------------------------------------------------------------------------------------

/// The command line as it would be typed (environment set for it first).
pub fn show(cmd: &Command) -> String {
    let quote = |s: &OsStr| {
        let s = s.to_string_lossy();
        if !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c))
        {
            s.into_owned()
        } else {
            format!("'{}'", s.replace('\'', r"'\''"))
        }
    };
    let mut parts = Vec::new();
    for (key, value) in cmd.get_envs() {
        if let Some(value) = value {
            parts.push(format!("{}={}", key.to_string_lossy(), quote(value)));
        }
    }
    let program = Path::new(cmd.get_program());
    // Show tools from the repo (node_modules/.bin/...) relative to it, the rest by full path.
    let program = program.strip_prefix(root()).unwrap_or(program);
    parts.push(quote(program.as_os_str()));
    parts.extend(cmd.get_args().map(quote));
    parts.join(" ")
}

/// A command's name for messages: the program's file name and its first argument
/// (`cargo build`, `wasm-opt -Oz`); the whole line was printed when it started.
pub fn short(cmd: &Command) -> String {
    let program = Path::new(cmd.get_program());
    let name = program.file_name().unwrap_or(program.as_os_str());
    let mut parts = vec![name.to_string_lossy().into_owned()];
    parts.extend(
        cmd.get_args()
            .take(1)
            .map(|a| a.to_string_lossy().into_owned()),
    );
    parts.join(" ")
}

/// Runs a command with its output shown; an error if it cannot start or does not succeed.
pub fn run(cmd: &mut Command) -> Result<()> {
    let status = run_status(cmd)?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", short(cmd)))
    }
}

/// Runs a command with its output shown and returns its exit status.
pub fn run_status(cmd: &mut Command) -> Result<ExitStatus> {
    println!("$ {}", show(cmd));
    flush();
    cmd.status()
        .map_err(|e| format!("could not start `{}`: {e}", show(cmd)))
}

/// Runs a command, showing its standard output as it comes and also returning it (for the
/// test runners' summaries). Standard error goes straight to ours.
pub fn run_tee(cmd: &mut Command) -> Result<(ExitStatus, String)> {
    println!("$ {}", show(cmd));
    flush();
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start `{}`: {e}", show(cmd)))?;
    let mut captured = String::new();
    if let Some(out) = child.stdout.take() {
        let mut reader = BufReader::new(out);
        let mut line = Vec::new();
        loop {
            line.clear();
            match reader.read_until(b'\n', &mut line) {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    let stdout = std::io::stdout();
                    let mut lock = stdout.lock();
                    let _ = lock.write_all(&line);
                    let _ = lock.flush();
                    captured.push_str(&String::from_utf8_lossy(&line));
                }
            }
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("`{}` did not finish: {e}", show(cmd)))?;
    Ok((status, captured))
}

/// The trimmed standard output of a command, if it ran and succeeded.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(Stdio::null()).output().ok()?;
    if out.status.success() {
        Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
    } else {
        None
    }
}
