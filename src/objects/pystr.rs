//! `str` payload: UTF-8 text plus its length in characters and its hash, both computed once,
//! so `len()`, ASCII indexing and dict lookups are O(1).

use serde::{Deserialize, Serialize};

use crate::hash::hash_str;

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct PyStr {
    text: String,
    char_len: usize,
    hash: i64,
}

impl From<String> for PyStr {
    fn from(text: String) -> Self {
        PyStr::new(text)
    }
}

impl From<PyStr> for String {
    fn from(s: PyStr) -> String {
        s.text
    }
}

impl PyStr {
    pub fn new(text: String) -> Self {
        let char_len = if text.is_ascii() { text.len() } else { text.chars().count() };
        let hash = hash_str(&text);
        PyStr { text, char_len, hash }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        self.hash
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The character at a (non-negative, in range) character index.
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() { self.text.as_bytes().get(i).map(|b| *b as char) } else { self.text.chars().nth(i) }
    }

    /// Byte offset of a character index (clamped to the end).
    pub fn byte_offset(&self, char_index: usize) -> usize {
        if self.is_ascii() {
            char_index.min(self.text.len())
        } else {
            self.text.char_indices().nth(char_index).map_or(self.text.len(), |(b, _)| b)
        }
    }

    /// Characters `start..end` (character indices, already clamped).
    pub fn substring(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.text[b0..b1]
    }

    pub fn approx_bytes(&self) -> usize {
        std::mem::size_of::<PyStr>() + self.text.capacity()
    }
}
