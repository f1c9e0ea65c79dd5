//! Finding the tools the build and the tests need, and installing the missing ones.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use crate::{cargo, output, root, run, Result};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The tools found (absolute paths where it matters).
#[derive(Clone, Debug, Default)]
pub struct Tools {
    pub wasm_bindgen: PathBuf,
    pub wasm_bindgen_test_runner: PathBuf,
    pub wasm_opt: PathBuf,
    pub node: PathBuf,
    pub node_version: (u32, u32),
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

/// What `build` needs: the wasm32 target, wasm-bindgen, node and the npm packages (wasm-opt).
pub fn ensure_build_tools() -> Result<Tools> {
    let mut tools = Tools::default();
    ensure_wasm_target()?;
    ensure_wasm_bindgen(&mut tools)?;
    ensure_node(&mut tools)?;
    ensure_node_modules(&mut tools)?;
    Ok(tools)
}

/// What `test` needs: the build tools, plus Chromium and its WebDriver.
pub fn ensure_test_tools() -> Result<Tools> {
    // Chromium first: apt-get is the slowest and the most likely to need attention.
    let (chromium, chromedriver) = ensure_chromium()?;
    ensure_script_fonts();
    let mut tools = ensure_build_tools()?;
    tools.chromium = chromium;
    tools.chromedriver = chromedriver;
    Ok(tools)
}

// ---------------------------------------------------------------------------------------------

fn ensure_wasm_target() -> Result<()> {
    if let Some(installed) = output(Command::new("rustup").args(["target", "list", "--installed"]))
    {
        if installed.lines().any(|l| l.trim() == WASM_TARGET) {
            println!("rust target {WASM_TARGET}: installed");
            return Ok(());
        }
        return run(Command::new("rustup").args(["target", "add", WASM_TARGET]));
    }
    // No rustup: a toolchain from elsewhere may still have the target.
    let sysroot = output(Command::new("rustc").args(["--print", "sysroot"]))
        .ok_or("neither rustup nor rustc could be run")?;
    if Path::new(&sysroot)
        .join("lib/rustlib")
        .join(WASM_TARGET)
        .is_dir()
    {
        println!("rust target {WASM_TARGET}: in {sysroot}");
        Ok(())
    } else {
        Err(format!(
            "the Rust toolchain has no {WASM_TARGET} target and there is no rustup to add it"
        ))
    }
}

/// The version of a package in Cargo.lock.
pub fn locked_version(lock: &str, package: &str) -> Option<String> {
    let mut name: Option<&str> = None;
    for line in lock.lines() {
        let line = line.trim();
        if line == "[[package]]" {
            name = None;
        } else if let Some(value) = line.strip_prefix("name = ") {
            name = Some(value.trim_matches('"'));
        } else if let Some(value) = line.strip_prefix("version = ") {
            if name == Some(package) {
                return Some(value.trim_matches('"').to_string());
            }
        }
    }
    None
}

/// A program on PATH, or else in cargo's bin directory (where `cargo install` puts it).
pub fn find_program(name: &str) -> Option<PathBuf> {
    candidates(name).into_iter().next()
}

/// Every copy of a program: on PATH in order, then in cargo's bin directory.
fn candidates(name: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if let Some(path) = std::env::var_os("PATH") {
        found.extend(
            std::env::split_paths(&path)
                .map(|dir| dir.join(name))
                .filter(|p| p.is_file()),
        );
    }
    if let Some(home) = cargo_home() {
        let cargo_bin = home.join("bin").join(name);
        if cargo_bin.is_file() && !found.contains(&cargo_bin) {
            found.push(cargo_bin);
        }
    }
    found
}

fn cargo_home() -> Option<PathBuf> {
    match std::env::var_os("CARGO_HOME") {
        Some(home) if !home.is_empty() => Some(PathBuf::from(home)),
        _ => std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")),
    }
}

/// `wasm-bindgen 0.2.130` → `0.2.130`.
fn tool_version(program: &Path) -> Option<String> {
    let text = output(Command::new(program).arg("--version"))?;
    text.split_whitespace().nth(1).map(str::to_string)
}

fn ensure_wasm_bindgen(tools: &mut Tools) -> Result<()> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let wanted =
        locked_version(&lock, "wasm-bindgen").ok_or("Cargo.lock has no wasm-bindgen package")?;
    let check = || -> std::result::Result<(PathBuf, PathBuf), String> {
        let mut found = Vec::new();
        for name in ["wasm-bindgen", "wasm-bindgen-test-runner"] {
            // The first copy of the right version (an older one may come first on PATH).
            let all = candidates(name);
            if all.is_empty() {
                return Err(format!("{name} is not installed"));
            }
            let versions: Vec<(PathBuf, Option<String>)> = all
                .into_iter()
                .map(|p| (p.clone(), tool_version(&p)))
                .collect();
            match versions
                .iter()
                .find(|(_, v)| v.as_deref() == Some(wanted.as_str()))
            {
                Some((path, _)) => found.push(path.clone()),
                None => {
                    let seen: Vec<String> = versions
                        .iter()
                        .map(|(p, v)| format!("{} is {}", p.display(), v.as_deref().unwrap_or("?")))
                        .collect();
                    return Err(format!("{}; Cargo.lock wants {wanted}", seen.join(", ")));
                }
            }
        }
        Ok((found[0].clone(), found[1].clone()))
    };
    let (bindgen, runner) = match check() {
        Ok(found) => found,
        Err(why) => {
            println!("wasm-bindgen-cli {wanted} needed: {why}");
            run(cargo().args(["install", "wasm-bindgen-cli", "--version", &wanted]))?;
            check()?
        }
    };
    println!("wasm-bindgen {wanted}: {}", bindgen.display());
    tools.wasm_bindgen = bindgen;
    tools.wasm_bindgen_test_runner = runner;
    Ok(())
}

fn ensure_node(tools: &mut Tools) -> Result<()> {
    let node = find_program("node").ok_or(
        "Node.js is not installed: install Node.js 20 or newer with npm (https://nodejs.org/)",
    )?;
    let version = output(Command::new(&node).arg("--version")).unwrap_or_default();
    let mut numbers = version
        .trim_start_matches('v')
        .split('.')
        .map(|n| n.parse::<u32>().unwrap_or(0));
    let major = numbers.next().unwrap_or(0);
    let minor = numbers.next().unwrap_or(0);
    if major < 20 {
        return Err(format!(
            "Node.js {version} is too old: playwright-core and the tests need Node.js 20 or newer"
        ));
    }
    println!("node {version}: {}", node.display());
    tools.node = node;
    tools.node_version = (major, minor);
    Ok(())
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// `npm ci` when node_modules is missing or older than package-lock.json.
fn ensure_node_modules(tools: &mut Tools) -> Result<()> {
    let root = root();
    let lock = root.join("package-lock.json");
    // npm writes node_modules/.package-lock.json at the end of every install.
    let installed = root.join("node_modules/.package-lock.json");
    let wasm_opt = root.join("node_modules/.bin/wasm-opt");
    let stale = match (modified(&installed), modified(&lock)) {
        (Some(installed), Some(lock)) => installed < lock,
        _ => true,
    };
    if stale || !wasm_opt.is_file() {
        println!("node_modules is missing or older than package-lock.json");
        find_program("npm").ok_or("npm is not installed (it comes with Node.js)")?;
        // --ignore-scripts: nothing runs at install time (and no browser is ever downloaded).
        run(Command::new("npm")
            .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))?;
    } else {
        println!("node_modules: up to date with package-lock.json");
    }
    if !wasm_opt.is_file() {
        return Err("npm ci did not install node_modules/.bin/wasm-opt (package binaryen)".into());
    }
    tools.wasm_opt = wasm_opt;
    Ok(())
}

/// Whether this process runs as root (from /proc; Linux only).
fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .map(|ids| ids.split_whitespace().next() == Some("0"))
        })
        .unwrap_or(false)
}

/// The system Chromium and chromedriver (Debian packages `chromium`, `chromium-driver`).
fn ensure_chromium() -> Result<(PathBuf, PathBuf)> {
    let find = || {
        let chromium = std::env::var_os("CHROMIUM")
            .map(PathBuf::from)
            .filter(|p| p.is_file())
            .or_else(|| find_program("chromium"));
        let driver = std::env::var_os("CHROMEDRIVER")
            .map(PathBuf::from)
            .filter(|p| p.is_file())
            .or_else(|| find_program("chromedriver"));
        (chromium, driver)
    };
    if let (Some(chromium), Some(driver)) = find() {
        println!("chromium: {}", chromium.display());
        println!("chromedriver: {}", driver.display());
        return Ok((chromium, driver));
    }
    if !is_root() {
        return Err("Chromium or chromedriver is missing: install them with \
             `sudo apt-get install -y chromium chromium-driver` (Debian), then run again"
            .into());
    }
    println!("chromium or chromedriver is missing: installing the Debian packages");
    run(Command::new("apt-get")
        .arg("update")
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "chromium", "chromium-driver"])
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    match find() {
        (Some(chromium), Some(driver)) => {
            println!("chromium: {}", chromium.display());
            println!("chromedriver: {}", driver.display());
            Ok((chromium, driver))
        }
        _ => Err("apt-get installed chromium and chromium-driver, but they are not on PATH".into()),
    }
}

/// Fonts for the scripts of the app's languages, so that the browser tests' screenshots show
/// Ethiopic and Arabic-script text as a phone does (Android ships Noto; the page downloads no
/// font). Only the screenshots need them: without them (not root, no apt) a note says so.
fn ensure_script_fonts() {
    let covered = |lang: &str| {
        output(Command::new("fc-list").arg(format!(":lang={lang}")))
            .is_some_and(|out| !out.trim().is_empty())
    };
    if covered("ti") && covered("ar") {
        println!("fonts for Ethiopic and Arabic script: installed");
        return;
    }
    let note = "note: no system font for Ethiopic or Arabic script: the screenshots of ti, ar, \
                fa, fa-AF, ps and ckb will show boxes (`apt-get install fonts-noto-core`)";
    if !is_root() {
        println!("{note}");
        return;
    }
    let install = || {
        run(Command::new("apt-get")
            .args(["install", "-y", "fonts-noto-core"])
            .env("DEBIAN_FRONTEND", "noninteractive"))
    };
    let ok = install().is_ok()
        || (run(Command::new("apt-get")
            .arg("update")
            .env("DEBIAN_FRONTEND", "noninteractive"))
        .is_ok()
            && install().is_ok());
    if !ok {
        println!("{note}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_locked_version() {
        let lock = "\
[[package]]
name = \"wasm-bindgen-test\"
version = \"0.3.80\"

[[package]]
name = \"wasm-bindgen\"
version = \"0.2.130\"
source = \"registry+https://github.com/rust-lang/crates.io-index\"
";
        assert_eq!(
            locked_version(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(
            locked_version(lock, "wasm-bindgen-test").as_deref(),
            Some("0.3.80")
        );
        assert_eq!(locked_version(lock, "js-sys"), None);
    }
}

/// What a cold `cargo xtask test` writes into the target directory, measured: 2.4 GB at its peak
/// (host build tools for two profiles, the debug and release wasm builds, the test binaries).
pub const COLD_TEST_DISK_MB: u64 = 2_500;

/// Free space on the file system of `dir` in MiB, from POSIX `df -Pk` (None if it cannot be
/// read, e.g. no `df`).
pub fn free_disk_mib(dir: &Path) -> Option<u64> {
    // The target directory may not exist yet: ask about the nearest folder that does.
    let mut probe = dir;
    while !probe.exists() {
        probe = probe.parent()?;
    }
    let text = output(Command::new("df").arg("-Pk").arg(probe))?;
    parse_df_available_kib(&text).map(|kib| kib / 1024)
}

/// The "Available" column (KiB) of `df -Pk`'s one data line.
fn parse_df_available_kib(text: &str) -> Option<u64> {
    let line = text.lines().nth(1)?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// Prints the free disk space before a build, and warns when a cold build may not fit: a full
/// disk shows up later as an obscure linker or rustc crash ("No space left on device").
pub fn report_free_disk(dir: &Path) {
    match free_disk_mib(dir) {
        Some(free) if free < COLD_TEST_DISK_MB => println!(
            "WARNING: only {free} MiB free for {}; a build from scratch needs about \
             {COLD_TEST_DISK_MB} MiB, and runs out of space with less",
            dir.display()
        ),
        Some(free) => println!("free disk for {}: {free} MiB", dir.display()),
        None => println!("free disk for {}: unknown (df failed)", dir.display()),
    }
}

#[cfg(test)]
mod disk_tests {
    use super::*;

    #[test]
    fn reads_the_available_column_of_df() {
        let df = "Filesystem     1024-blocks     Used Available Capacity Mounted on\n\
                  /dev/vda        263174212 90177360 162211020      36% /\n";
        assert_eq!(parse_df_available_kib(df), Some(162_211_020));
        assert_eq!(parse_df_available_kib("df: /nope: No such file"), None);
    }
}
