//! Typed errors through serde.
//!
//! serde lets a `Deserialize` impl report a failure only as text
//! (`de::Error::custom`), and the catalog reader wants the crate's typed
//! [`Error`] back (to name the field, and to describe it in either
//! language). So the crate's own `Deserialize` impls fail through
//! [`de_error`], which leaves the typed error in a per-thread slot beside
//! the text it gives serde; the catalog's deserializer, whose error type
//! is its own, takes it back in [`take`] when serde hands it that same
//! text. Under any other deserializer (`serde_json::from_str::<Profile>`)
//! the text is the error, as before, and the slot is overwritten by the
//! next failure.

use super::Error;
use std::cell::RefCell;

thread_local! {
    /// The last typed error given to serde on this thread, with its text.
    static LAST: RefCell<Option<(String, Error)>> = const { RefCell::new(None) };
}

/// `error` as a serde error of any deserializer, kept typed for the
/// catalog's reader.
pub(crate) fn de_error<E: serde::de::Error>(error: Error) -> E {
    // The whole chain in one text: serde keeps a text, not a source.
    let text = error.describe(crate::terms::Language::English);
    // Kept first: the catalog's error type looks for it in `custom`.
    // `try_with`: in a thread-local destructor the slot may be gone; the
    // text alone is still an error.
    let _ = LAST.try_with(|slot| {
        if let Ok(mut slot) = slot.try_borrow_mut() {
            *slot = Some((text.clone(), error));
        }
    });
    E::custom(text)
}

/// The typed error that [`de_error`] left with `text`, if the last one it
/// left has that text.
pub(crate) fn take(text: &str) -> Option<Error> {
    LAST.try_with(|slot| {
        let mut slot = slot.try_borrow_mut().ok()?;
        match slot.take() {
            Some((kept, error)) if kept == text => Some(error),
            other => {
                *slot = other;
                None
            }
        }
    })
    .ok()
    .flatten()
}
