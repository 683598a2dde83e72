//! Link options for the `mentee` binary only (tests, examples and benches link as cargo
//! would): where the code a session runs is placed, and how its relocations are stored.
//! Both make the launch touch fewer pages of the executable, so it needs less memory and
//! starts sooner (docs/performance.md, "Code layout"). Both are skipped wherever they
//! might not link or run: another target than x86_64 Linux with glibc, a linker chosen in
//! the flags, a Rust before 1.90 (whose default linker for that target is not lld), a
//! build for another machine; `MENTEE_PLAIN_LINK=1` skips them too.

use std::env;
use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=scripts/link-order.txt");
    println!("cargo:rerun-if-env-changed=MENTEE_PLAIN_LINK");
    println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
    println!("cargo:rerun-if-env-changed=CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER");
    if env::var_os("MENTEE_PLAIN_LINK").is_some_and(|v| !v.is_empty() && v != "0") {
        return;
    }
    let target = env::var("TARGET").unwrap_or_default();
    if target != "x86_64-unknown-linux-gnu" || !linker_is_rust_lld() {
        return;
    }
    // lld places the listed functions first, in that order (scripts/link-order.sh writes
    // the list); a name the code no longer has is passed over without a word.
    let dir = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let order = Path::new(&dir).join("scripts/link-order.txt");
    // `-Wl,` splits at commas: a folder with one in its name cannot be passed that way.
    if order.is_file() && !order.to_string_lossy().contains(',') {
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            order.display()
        );
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
    // DT_RELR: the position-independent executable's 30,000 relocations in a few kilobytes
    // instead of 730, all of which the loader reads at every start. Needs glibc 2.36 where
    // the binary runs: built for this machine only, so this machine's glibc is asked.
    if env::var("HOST").is_ok_and(|host| host == target) && glibc_at_least(2, 36) {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}

/// Whether rustc links this target with its own lld: the default of rustup's builds from
/// Rust 1.90 on x86_64-unknown-linux-gnu, which ship it as `gcc-ld/ld.lld` in the
/// sysroot (a distribution's rustc, built without it, links with the system's linker),
/// and neither the flags nor cargo's configuration choose another linker.
fn linker_is_rust_lld() -> bool {
    let flags = env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    if flags.contains("linker")
        || flags.contains("link-self-contained")
        || flags.contains("fuse-ld")
        || flags.contains("ld-path")
    {
        return false;
    }
    if env::var_os("RUSTC_LINKER").is_some()
        || env::var_os("CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_LINKER").is_some()
    {
        return false;
    }
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let ask = |arg: &str| {
        Command::new(&rustc)
            .arg(arg)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
    };
    let minor = ask("-vV").and_then(|text| {
        text.lines()
            .find_map(|l| l.strip_prefix("release: "))
            .and_then(|v| v.split('.').nth(1))
            .and_then(|m| m.parse::<u32>().ok())
    });
    let bundled = ask("--print=sysroot").is_some_and(|root| {
        Path::new(&root)
            .join("lib/rustlib/x86_64-unknown-linux-gnu/bin/gcc-ld/ld.lld")
            .is_file()
    });
    minor.is_some_and(|m| m >= 90) && bundled
}

/// Whether the C library this build script runs on is glibc of at least this version.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn glibc_at_least(major: u32, minor: u32) -> bool {
    unsafe extern "C" {
        fn gnu_get_libc_version() -> *const std::ffi::c_char;
    }
    // SAFETY: glibc returns a static, NUL-terminated string.
    let version = unsafe { std::ffi::CStr::from_ptr(gnu_get_libc_version()) };
    let mut parts = version
        .to_str()
        .unwrap_or_default()
        .split('.')
        .map(|p| p.parse::<u32>().unwrap_or(0));
    let found = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    found >= (major, minor)
}

/// Not glibc: no DT_RELR.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn glibc_at_least(_major: u32, _minor: u32) -> bool {
    false
}
