//! Saving a store to a file and loading it back. A save writes a temporary file next
//! to the target and renames it over the target, so a crash mid-write leaves the old
//! file or the new one, never half of one. A load checks that the file is a store of
//! this format before reading its claims.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::ClaimStore;

/// The marker at the head of every saved store.
pub const STORE_FORMAT: &str = "crosscheck-store";
/// The version of the saved format this crate writes and reads.
pub const STORE_VERSION: u32 = 1;

/// What can go wrong saving or loading a store.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum StoreFileError {
    /// The file could not be read, written or renamed.
    #[error("{path}: {action}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What was being done.
        action: &'static str,
        /// The system's error.
        #[source]
        source: std::io::Error,
    },
    /// The file is not JSON, or is cut short: a damaged store or not a store at all.
    #[error("{path}: damaged or not a crosscheck store: {message} (line {line}, column {column})")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// Where reading stopped.
        line: usize,
        /// Where reading stopped.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// The file is JSON but not a store (a report, a registry ...).
    #[error("{path}: not a crosscheck store: expected {{\"format\": \"{STORE_FORMAT}\", ...}}")]
    Foreign {
        /// The file.
        path: PathBuf,
    },
    /// A store written by another version of the format.
    #[error("{path}: store format version {found}, this build reads version {STORE_VERSION}")]
    Version {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
    },
}

#[derive(Serialize)]
struct Saving<'a> {
    format: &'static str,
    version: u32,
    store: &'a ClaimStore,
}

/// The head of a saved store: read with every other field skipped, not built.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct Loading {
    store: ClaimStore,
}

impl ClaimStore {
    /// Saves the store as JSON: written to a temporary file in the same folder, flushed
    /// to disk, then renamed over `path`.
    ///
    /// ```
    /// use crosscheck::store::ClaimStore;
    /// let line = r#"{"id":"a","source":"S","published":"2021-01-10","subject":"X","predicate":"p","value":"5"}"#;
    /// let store = ClaimStore::from_jsonl(line.as_bytes()).unwrap();
    /// let path = std::env::temp_dir().join(format!("crosscheck-doc-{}.json", std::process::id()));
    /// store.save(&path).unwrap();
    /// assert_eq!(ClaimStore::load(&path).unwrap(), store);
    /// std::fs::remove_file(&path).unwrap();
    /// ```
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), StoreFileError> {
        let path = path.as_ref();
        let io = |action: &'static str| {
            move |e: std::io::Error| StoreFileError::Io {
                path: path.to_path_buf(),
                action,
                source: e,
            }
        };
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "store".to_string());
        let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let result = (|| {
            let file =
                std::fs::File::create(&temp).map_err(io("cannot create a temporary file"))?;
            let mut writer = std::io::BufWriter::new(file);
            serde_json::to_writer(
                &mut writer,
                &Saving {
                    format: STORE_FORMAT,
                    version: STORE_VERSION,
                    store: self,
                },
            )
            .map_err(|e| io("cannot write")(std::io::Error::other(e)))?;
            writer.flush().map_err(io("cannot write"))?;
            let file = writer
                .into_inner()
                .map_err(|e| io("cannot write")(e.into_error()))?;
            file.sync_all().map_err(io("cannot flush to disk"))?;
            std::fs::rename(&temp, path).map_err(io("cannot replace the file"))
        })();
        if result.is_err() {
            // a failed save leaves no temporary file behind; the target is untouched
            let _ = std::fs::remove_file(&temp);
        }
        result
    }

    /// Loads a store saved by [`ClaimStore::save`]. A damaged file, a file of another
    /// kind or of another format version is an error that says which.
    pub fn load(path: impl AsRef<Path>) -> Result<ClaimStore, StoreFileError> {
        let path = path.as_ref();
        let text = std::fs::read(path).map_err(|e| StoreFileError::Io {
            path: path.to_path_buf(),
            action: "cannot read",
            source: e,
        })?;
        let damaged = |e: serde_json::Error| StoreFileError::Damaged {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        };
        // a store is an object: other JSON (a list, a string ...) is not a store, and a
        // header read from a list would stop at its second element as if damaged
        let opens_an_object = text.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
        if !opens_an_object && serde_json::from_slice::<serde::de::IgnoredAny>(&text).is_ok() {
            return Err(StoreFileError::Foreign {
                path: path.to_path_buf(),
            });
        }
        let header: Header = match serde_json::from_slice(&text) {
            Ok(h) => h,
            // valid JSON of another shape (a list, a string ...): not a store
            Err(e) if e.classify() == serde_json::error::Category::Data => {
                return Err(StoreFileError::Foreign {
                    path: path.to_path_buf(),
                });
            }
            Err(e) => return Err(damaged(e)),
        };
        if header.format.as_ref().and_then(|f| f.as_str()) != Some(STORE_FORMAT) {
            return Err(StoreFileError::Foreign {
                path: path.to_path_buf(),
            });
        }
        let version = header
            .version
            .as_ref()
            .and_then(|v| v.as_u64())
            .and_then(|v| u32::try_from(v).ok());
        if version != Some(STORE_VERSION) {
            return Err(StoreFileError::Version {
                path: path.to_path_buf(),
                found: version.unwrap_or(0),
            });
        }
        serde_json::from_slice::<Loading>(&text)
            .map(|l| l.store)
            .map_err(damaged)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("crosscheck-store-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn store() -> ClaimStore {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/kazakhstan/claims.jsonl"
        ))
        .unwrap();
        ClaimStore::from_jsonl(text.as_bytes()).unwrap()
    }

    #[test]
    fn save_replaces_the_file_whole_and_leaves_no_temporary_file() {
        let dir = temp("save");
        let path = dir.join("claims.store.json");
        std::fs::write(&path, "old contents").unwrap();
        let s = store();
        s.save(&path).unwrap();
        assert_eq!(ClaimStore::load(&path).unwrap(), s);
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["claims.store.json"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_save_leaves_the_old_file() {
        let dir = temp("fail");
        // the target is a folder: the rename fails, the folder stays as it was
        let path = dir.join("target");
        std::fs::create_dir_all(path.join("inside")).unwrap();
        assert!(matches!(
            store().save(&path),
            Err(StoreFileError::Io { .. })
        ));
        assert!(path.join("inside").is_dir());
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn damaged_foreign_and_newer_files_are_clear_errors() {
        let dir = temp("load");
        let path = dir.join("s.json");
        store().save(&path).unwrap();
        let full = std::fs::read(&path).unwrap();
        // cut short, as by a crash of a writer that did not rename
        std::fs::write(&path, &full[..full.len() / 2]).unwrap();
        let e = ClaimStore::load(&path).unwrap_err();
        assert!(matches!(e, StoreFileError::Damaged { .. }), "{e}");
        std::fs::write(&path, r#"{"groups": [], "possible_matches": []}"#).unwrap();
        let e = ClaimStore::load(&path).unwrap_err();
        assert!(matches!(e, StoreFileError::Foreign { .. }), "{e}");
        std::fs::write(&path, "[1, 2, 3]").unwrap();
        let e = ClaimStore::load(&path).unwrap_err();
        assert!(matches!(e, StoreFileError::Foreign { .. }), "{e}");
        std::fs::write(
            &path,
            r#"{"format": "crosscheck-store", "version": 9, "store": []}"#,
        )
        .unwrap();
        let e = ClaimStore::load(&path).unwrap_err();
        assert!(matches!(e, StoreFileError::Version { found: 9, .. }), "{e}");
        std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
        assert!(matches!(
            ClaimStore::load(&path),
            Err(StoreFileError::Damaged { .. })
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
