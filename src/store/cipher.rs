//! Encryption at rest, through SQLCipher: the passphrase, keying a connection, telling an
//! encrypted database from a file that is not SQLite at all, and writing a copy of the
//! database under another key (or none).
//!
//! An encrypted database has no header to recognise it by: SQLCipher encrypts every page,
//! the first 16 bytes of the file are a random salt, and the rest reads as noise. So a file
//! is taken for an encrypted database when it is not SQLite's, its size is a whole number of
//! pages (SQLCipher writes whole pages; a text, a JSON export or an image rarely is), and its
//! first kilobyte has the byte variety of random data (a text, a zeroed or damaged header,
//! a tar archive do not). A file that passes by chance is asked a passphrase that cannot
//! open it, and is left untouched as every refused file is.

use std::path::Path;

use rusqlite::{Connection, ffi};

/// A passphrase, wiped from memory when dropped. Its `Debug` does not show it.
pub struct Passphrase(Vec<u8>);

impl Passphrase {
    /// Takes the bytes (typed, or read from a file descriptor), without a line ending.
    #[must_use]
    pub fn new(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }

    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<&str> for Passphrase {
    fn from(s: &str) -> Self {
        Self(s.as_bytes().to_vec())
    }
}

impl PartialEq for Passphrase {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(…)")
    }
}

impl Drop for Passphrase {
    fn drop(&mut self) {
        wipe(&mut self.0);
    }
}

/// Overwrites the bytes with zeros in a way the compiler may not leave out.
pub(crate) fn wipe(bytes: &mut [u8]) {
    for b in bytes.iter_mut() {
        // SAFETY: a valid, aligned `&mut u8`.
        unsafe { std::ptr::write_volatile(b, 0) };
    }
    std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::SeqCst);
}

/// SQLCipher 4's defaults, with which mentee's encrypted files are written: the key is
/// PBKDF2-HMAC-SHA512 of the passphrase, with the file's first 16 bytes as the salt.
const KDF_ITERATIONS: i32 = 256_000;
const KEY_BYTES: usize = 32;
const SALT_BYTES: usize = 16;

/// How the connections of one open are keyed. SQLCipher derives the key from the
/// passphrase on every connection it keys, and the derivation is slow by design (about
/// 0.1 s here); opening for editing takes two connections. So the key of an existing file
/// is derived once, here, and given to each connection as a raw key. Should that key not
/// open the file (one written with settings other than SQLCipher 4's defaults, or a wrong
/// passphrase), the passphrase itself is tried, as SQLCipher would.
pub(super) struct Keys<'a> {
    passphrase: &'a Passphrase,
    /// `x'…'`: the derived key as SQLCipher takes a raw one.
    derived: Option<Passphrase>,
}

impl<'a> Keys<'a> {
    /// The keys for the existing encrypted file whose first bytes are `head`.
    pub(super) fn for_file(passphrase: &'a Passphrase, head: &[u8]) -> Self {
        let derived = head
            .get(..SALT_BYTES)
            .filter(|_| !passphrase.is_empty())
            .and_then(|salt| derive(passphrase, salt));
        Self {
            passphrase,
            derived,
        }
    }

    /// For a new file: SQLCipher chooses its salt, so the passphrase is all there is.
    pub(super) fn for_new_file(passphrase: &'a Passphrase) -> Self {
        Self {
            passphrase,
            derived: None,
        }
    }

    pub(super) fn passphrase(&self) -> &Passphrase {
        self.passphrase
    }

    /// The raw key derived from the passphrase, if there is one.
    pub(super) fn derived(&self) -> Option<&Passphrase> {
        self.derived.as_ref()
    }
}

/// PBKDF2-HMAC-SHA512 of the passphrase (OpenSSL's, which SQLCipher uses too), as the
/// text of a raw key: `x'` and 64 hex digits and `'`.
fn derive(passphrase: &Passphrase, salt: &[u8]) -> Option<Passphrase> {
    let len = i32::try_from(passphrase.0.len()).ok()?;
    let mut key = [0u8; KEY_BYTES];
    openssl_sys::init();
    // SAFETY: pointers and lengths of live buffers; OpenSSL writes `KEY_BYTES` to `key`.
    let ok = unsafe {
        openssl_sys::PKCS5_PBKDF2_HMAC(
            passphrase.0.as_ptr().cast(),
            len,
            salt.as_ptr(),
            SALT_BYTES as i32,
            KDF_ITERATIONS,
            openssl_sys::EVP_sha512(),
            KEY_BYTES as i32,
            key.as_mut_ptr(),
        )
    };
    let raw = (ok == 1).then(|| {
        let mut text = Vec::with_capacity(KEY_BYTES * 2 + 3);
        text.extend_from_slice(b"x'");
        for b in key {
            text.extend_from_slice(format!("{b:02x}").as_bytes());
        }
        text.push(b'\'');
        Passphrase(text)
    });
    wipe(&mut key);
    raw
}

/// Gives a fresh connection its key (SQLCipher's `sqlite3_key_v2`), before anything reads
/// the file: a passphrase, or a raw key (`x'…'`). The key derivation, if any, runs at the
/// first read, which fails with "file is not a database" when the key is wrong.
pub(super) fn key(conn: &Connection, key: &Passphrase) -> rusqlite::Result<()> {
    let len = i32::try_from(key.0.len())
        .map_err(|_| rusqlite::Error::InvalidParameterName("passphrase too long".into()))?;
    // SAFETY: the handle is open for the life of `conn`; SQLCipher copies the key.
    let rc =
        unsafe { ffi::sqlite3_key_v2(conn.handle(), c"main".as_ptr(), key.0.as_ptr().cast(), len) };
    if rc == ffi::SQLITE_OK {
        Ok(())
    } else {
        Err(rusqlite::Error::SqliteFailure(ffi::Error::new(rc), None))
    }
}

/// SQLCipher writes its errors (a wrong key, a damaged page) to standard error by default,
/// which would draw over the app's screen: mentee reports them itself, so SQLCipher's own
/// log is turned off, once per process (the setting is global).
pub(super) fn quiet_log(conn: &Connection) {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if let Err(e) = conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(())) {
            tracing::warn!("cannot turn off SQLCipher's log: {e}");
        }
    });
}

/// OpenSSL's random bytes from the kernel (Linux's `getrandom(2)`; elsewhere OpenSSL keeps
/// its own generator).
#[cfg(target_os = "linux")]
mod kernel {
    /// OpenSSL's `RAND_METHOD` (`openssl/rand.h`): the random generator OpenSSL's `RAND_bytes`
    /// and `RAND_add` call when one is set.
    #[repr(C)]
    pub(super) struct RandMethod {
        seed: Option<unsafe extern "C" fn(*const std::ffi::c_void, i32) -> i32>,
        bytes: Option<unsafe extern "C" fn(*mut u8, i32) -> i32>,
        cleanup: Option<unsafe extern "C" fn()>,
        add: Option<unsafe extern "C" fn(*const std::ffi::c_void, i32, f64) -> i32>,
        pseudorand: Option<unsafe extern "C" fn(*mut u8, i32) -> i32>,
        status: Option<unsafe extern "C" fn() -> i32>,
    }

    unsafe extern "C" {
        /// Deprecated in OpenSSL 3 but built (the vendored OpenSSL keeps the 3.0 API).
        pub(super) fn RAND_set_rand_method(meth: *const RandMethod) -> i32;
    }

    /// Fills `buf` from the kernel's generator (`getrandom(2)`, which blocks only until the
    /// kernel has been seeded at boot): 1 on success, 0 on failure, as OpenSSL's methods do.
    pub(super) unsafe extern "C" fn kernel_random(buf: *mut u8, num: i32) -> i32 {
        let Ok(len) = usize::try_from(num) else {
            return 0;
        };
        if buf.is_null() {
            return i32::from(len == 0);
        }
        // SAFETY: OpenSSL hands a buffer of `num` writable bytes.
        let out = unsafe { std::slice::from_raw_parts_mut(buf, len) };
        i32::from(fill_from_kernel(out))
    }

    /// `getrandom(2)` until `out` is full (a call is cut short only by a signal).
    pub(super) fn fill_from_kernel(out: &mut [u8]) -> bool {
        let mut done = 0;
        while done < out.len() {
            let rest = &mut out[done..];
            // SAFETY: writes at most `rest.len()` bytes into `rest`.
            let n = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
            match usize::try_from(n) {
                Ok(n) => done += n,
                Err(_)
                    if std::io::Error::last_os_error().kind()
                        == std::io::ErrorKind::Interrupted => {}
                Err(_) => return false,
            }
        }
        true
    }

    /// The kernel's pool needs no seeding from OpenSSL's callers: taken and ignored.
    unsafe extern "C" fn kernel_seed(_buf: *const std::ffi::c_void, _num: i32) -> i32 {
        1
    }

    unsafe extern "C" fn kernel_add(
        _buf: *const std::ffi::c_void,
        _num: i32,
        _entropy: f64,
    ) -> i32 {
        1
    }

    unsafe extern "C" fn kernel_status() -> i32 {
        1
    }

    pub(super) static KERNEL_RANDOM: RandMethod = RandMethod {
        seed: Some(kernel_seed),
        bytes: Some(kernel_random),
        cleanup: None,
        add: Some(kernel_add),
        pseudorand: Some(kernel_random),
        status: Some(kernel_status),
    };
}

/// SQLCipher's random bytes (its salts, the IV of every page written, and a mask it draws
/// at start-up even for a plain file) taken straight from the kernel, as OpenSSL's own
/// generator seeds itself from it: OpenSSL builds that generator on first use (its
/// providers, a lookup of algorithms by name, a chain of three DRBGs), a third of an
/// empty database's launch (4.6M of 13.6M instructions). Once per process, before the
/// first connection (SQLCipher draws its mask when SQLite initialises).
pub(super) fn use_kernel_random() {
    #[cfg(target_os = "linux")]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: the method is a static with the layout OpenSSL declares; OpenSSL
            // keeps the pointer.
            if unsafe { kernel::RAND_set_rand_method(&raw const kernel::KERNEL_RANDOM) } != 1 {
                tracing::warn!("OpenSSL kept its own random generator");
            }
        });
    }
}

/// Bytes of the file's start that the encryption test looks at.
pub(super) const SAMPLE: usize = 1024;

/// Whether a file that does not start with SQLite's header is an encrypted database (see
/// the module comment). `head` is the start of the file (up to [`SAMPLE`] bytes), `len`
/// its size.
pub(super) fn looks_encrypted(head: &[u8], len: u64) -> bool {
    // The smallest page SQLite (and so SQLCipher) writes is 512 bytes.
    if head.len() < SAMPLE || !len.is_multiple_of(512) {
        return false;
    }
    let mut seen = [false; 256];
    for b in &head[..SAMPLE] {
        seen[usize::from(*b)] = true;
    }
    // 1,024 random bytes take about 251 of the 256 values (standard deviation about 2);
    // text takes under 100, a zeroed or mostly empty page a handful.
    seen.iter().filter(|s| **s).count() >= 224
}

/// Writes a copy of the open database into the new, empty file `target`, encrypted under
/// `key`, or plain with `None` (SQLCipher's `sqlcipher_export` into an attached database),
/// with the schema version and application id of the original, in WAL mode.
pub(super) fn export_copy(
    conn: &Connection,
    target: &Path,
    key: Option<&Passphrase>,
) -> rusqlite::Result<()> {
    let name = target.to_string_lossy();
    let empty: &[u8] = &[];
    let bytes = key.map_or(empty, Passphrase::as_bytes);
    conn.execute(
        "ATTACH DATABASE ?1 AS rekeyed KEY ?2",
        rusqlite::params![name.as_ref(), bytes],
    )?;
    let copied = (|| -> rusqlite::Result<()> {
        if super::fault::rekey_fault() == Some(super::fault::RekeyFault::Copy) {
            // SQLite raises the limit to the current size: no page fits, as on a full disk.
            conn.pragma_update(Some("rekeyed"), "max_page_count", 1)?;
        }
        conn.query_row("SELECT sqlcipher_export('rekeyed')", [], |_| Ok(()))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let app_id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        conn.pragma_update(Some("rekeyed"), "user_version", version)?;
        conn.pragma_update(Some("rekeyed"), "application_id", app_id)?;
        // In WAL mode already, as mentee keeps its databases: opening it changes nothing.
        let _mode: String =
            conn.pragma_update_and_check(Some("rekeyed"), "journal_mode", "wal", |r| r.get(0))?;
        Ok(())
    })();
    let detached = conn.execute("DETACH DATABASE rekeyed", []);
    copied?;
    detached.map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    use kernel::{KERNEL_RANDOM, RandMethod, fill_from_kernel, kernel_random};

    #[cfg(target_os = "linux")]
    unsafe extern "C" {
        fn RAND_get_rand_method() -> *const RandMethod;
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn openssl_draws_its_random_bytes_from_the_kernel_once_a_store_is_opened() {
        drop(crate::store::Store::open_in_memory().unwrap());
        // SAFETY: reads the pointer OpenSSL keeps.
        let method = unsafe { RAND_get_rand_method() };
        assert!(std::ptr::eq(method, &raw const KERNEL_RANDOM));
        let mut a = [0u8; 32];
        let mut b = [0u8; 32];
        // SAFETY: live buffers of the lengths given.
        unsafe {
            assert_eq!(openssl_sys::RAND_bytes(a.as_mut_ptr(), 32), 1);
            assert_eq!(openssl_sys::RAND_bytes(b.as_mut_ptr(), 32), 1);
        }
        assert_ne!(a, b);
        assert_ne!(a, [0; 32]);
        // Large requests are filled whole (getrandom(2) may return fewer bytes).
        let mut big = vec![0u8; 1 << 20];
        assert!(fill_from_kernel(&mut big));
        assert!(big[big.len() - 64..].iter().any(|&b| b != 0));
        // SAFETY: a null buffer of no bytes, and of some, as a careless caller might pass.
        unsafe {
            assert_eq!(kernel_random(std::ptr::null_mut(), 0), 1);
            assert_eq!(kernel_random(std::ptr::null_mut(), 8), 0);
            assert_eq!(kernel_random(a.as_mut_ptr(), -1), 0);
        }
    }

    #[test]
    fn random_pages_look_encrypted_and_text_or_odd_sizes_do_not() {
        // A xorshift stream stands in for ciphertext.
        let mut x = 0x9E37_79B9_7F4A_7C15_u64;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x.to_le_bytes()[3]
            })
            .collect();
        assert!(looks_encrypted(&noise[..SAMPLE], 4096));
        assert!(looks_encrypted(&noise[..SAMPLE], 4096 * 300));
        assert!(!looks_encrypted(&noise[..SAMPLE], 4095), "not whole pages");
        assert!(!looks_encrypted(&noise[..100], 512), "too short to tell");
        let text = "Notes from a meeting with Ana: {\"x\": 1}\n".repeat(40);
        assert!(!looks_encrypted(&text.as_bytes()[..SAMPLE], 4096));
        assert!(!looks_encrypted(&[0u8; SAMPLE], 4096));
    }

    #[test]
    fn the_key_derived_once_opens_a_file_sqlcipher_encrypted_with_the_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.db");
        let pass = Passphrase::from("derive me");
        {
            let conn = Connection::open(&path).unwrap();
            quiet_log(&conn);
            key(&conn, &pass).unwrap();
            conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES ('kept');")
                .unwrap();
        }
        let head = std::fs::read(&path).unwrap();
        let keys = Keys::for_file(&pass, &head);
        let raw = keys.derived().expect("a derived key");
        assert_eq!(raw.as_bytes().len(), 2 + 64 + 1);
        // The raw key alone opens it: no derivation by SQLCipher.
        let conn = Connection::open(&path).unwrap();
        key(&conn, raw).unwrap();
        let x: String = conn.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(x, "kept");
        // Another passphrase derives another key, which does not.
        let other = Passphrase::from("derive me!");
        let wrong = Keys::for_file(&other, &head);
        let conn = Connection::open(&path).unwrap();
        key(&conn, wrong.derived().unwrap()).unwrap();
        assert!(conn.query_row("SELECT x FROM t", [], |_| Ok(())).is_err());
    }

    #[test]
    fn every_connection_keeps_temporary_tables_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        drop(Connection::open(&path).unwrap());
        let pass = Passphrase::from("x");
        let keys = Keys::for_new_file(&pass);
        for (access, keys) in [
            (super::super::Access::ReadWrite, None),
            (super::super::Access::ReadOnly, None),
            (super::super::Access::ReadWrite, Some(&keys)),
        ] {
            let conn = super::super::connect(&path, access, keys).unwrap();
            let mode: i64 = conn
                .pragma_query_value(None, "temp_store", |r| r.get(0))
                .unwrap();
            assert_eq!(mode, 2, "{access:?}: temp_store is not MEMORY");
        }
    }

    #[test]
    fn a_passphrase_is_wiped_and_never_printed() {
        let p = Passphrase::from("correct horse");
        assert_eq!(format!("{p:?}"), "Passphrase(…)");
        let mut bytes = b"secret".to_vec();
        wipe(&mut bytes);
        assert_eq!(bytes, vec![0; 6]);
    }
}
