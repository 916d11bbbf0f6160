//! An insertion-ordered hash table for `dict` (and instance and class namespaces).
//!
//! Entries live in a vector in insertion order; removed entries leave a hole (`key` is
//! `Undefined`) until the next compaction. Tables of up to `LINEAR_MAX` entries are searched
//! linearly; larger ones keep an open-addressing index of entry positions. The table never looks
//! at keys itself: callers pass the key's hash and an equality test, because comparing Python
//! values needs the heap.

use serde::{Deserialize, Serialize};

use crate::value::Value;

const LINEAR_MAX: usize = 8;
const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct DictEntry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Debug, Default)]
pub struct Dict {
    entries: Vec<DictEntry>,
    index: Vec<u32>,
    len: usize,
}

/// Snapshots store only the live entries; the index is rebuilt on load.
#[derive(Serialize, Deserialize)]
struct DictRepr(Vec<DictEntry>);

impl Serialize for Dict {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        DictRepr(self.iter_entries().copied().collect()).serialize(s)
    }
}

impl<'de> Deserialize<'de> for Dict {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let DictRepr(entries) = DictRepr::deserialize(d)?;
        let len = entries.len();
        let mut dict = Dict { entries, index: Vec::new(), len };
        dict.rebuild_index();
        Ok(dict)
    }
}

impl Dict {
    pub fn new() -> Self {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        let mut d = Dict { entries: Vec::with_capacity(n), index: Vec::new(), len: 0 };
        if n > LINEAR_MAX {
            d.index = vec![EMPTY; index_size_for(n)];
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Number of entry positions, including holes (the bound for position-based iteration).
    #[inline]
    pub fn capacity_positions(&self) -> usize {
        self.entries.len()
    }

    /// The entry at a position, if it is live.
    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<&DictEntry> {
        self.entries.get(pos).filter(|e| !e.key.is_undefined())
    }

    pub fn iter_entries(&self) -> impl DoubleEndedIterator<Item = &DictEntry> {
        self.entries.iter().filter(|e| !e.key.is_undefined())
    }

    pub fn keys(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter_entries().map(|e| e.key)
    }

    pub fn values(&self) -> impl Iterator<Item = Value> + '_ {
        self.iter_entries().map(|e| e.value)
    }

    /// Find the position of a key.
    pub fn find(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Option<usize> {
        if self.index.is_empty() {
            return self.entries.iter().position(|e| e.hash == hash && !e.key.is_undefined() && eq(e.key));
        }
        let mask = self.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            match self.index[i] {
                EMPTY => return None,
                DELETED => {}
                pos => {
                    let e = &self.entries[pos as usize];
                    if e.hash == hash && eq(e.key) {
                        return Some(pos as usize);
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Append a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let pos = self.entries.len();
        self.entries.push(DictEntry { hash, key, value });
        self.len += 1;
        // Once an index exists (it may be created up front by `with_capacity`), every entry
        // must be in it.
        if self.entries.len() > LINEAR_MAX || !self.index.is_empty() {
            if self.index.is_empty() || self.entries.len() * 3 >= self.index.len() * 2 {
                self.rebuild_index();
            } else {
                self.index_insert(hash, pos as u32);
            }
        }
    }

    #[inline]
    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        if let Some(e) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }

    /// Remove the entry at a position; returns it.
    pub fn remove_at(&mut self, pos: usize) -> Option<DictEntry> {
        let e = *self.entry_at(pos)?;
        if !self.index.is_empty() {
            let mask = self.index.len() - 1;
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            loop {
                match self.index[i] {
                    EMPTY => break,
                    p if p as usize == pos => {
                        self.index[i] = DELETED;
                        break;
                    }
                    _ => {}
                }
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
        self.entries[pos].key = Value::Undefined;
        self.entries[pos].value = Value::Undefined;
        self.len -= 1;
        if self.len == 0 {
            self.entries.clear();
            self.index.clear();
        } else if pos + 1 == self.entries.len() {
            // Popping from the end (popitem) needs no hole.
            self.entries.pop();
        }
        Some(e)
    }

    /// Squeeze out holes left by removals. Positions held by iterators become invalid, which is
    /// fine: CPython raises "dictionary changed size during iteration" in those cases.
    pub fn compact_if_sparse(&mut self) {
        if self.entries.len() > 16 && self.entries.len() > self.len * 2 {
            self.entries.retain(|e| !e.key.is_undefined());
            self.rebuild_index();
        }
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    /// The last live entry (for `popitem`).
    pub fn last_pos(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_undefined())
    }

    fn index_insert(&mut self, hash: i64, pos: u32) {
        let mask = self.index.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.index[i] != EMPTY {
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        self.index[i] = pos;
    }

    fn rebuild_index(&mut self) {
        if self.entries.iter().any(|e| e.key.is_undefined()) {
            self.entries.retain(|e| !e.key.is_undefined());
        }
        if self.entries.len() <= LINEAR_MAX {
            self.index.clear();
            return;
        }
        self.index = vec![EMPTY; index_size_for(self.entries.len())];
        for pos in 0..self.entries.len() {
            let h = self.entries[pos].hash;
            self.index_insert(h, pos as u32);
        }
    }

    pub fn approx_bytes(&self) -> usize {
        std::mem::size_of::<Dict>()
            + self.entries.capacity() * std::mem::size_of::<DictEntry>()
            + self.index.capacity() * 4
    }

    /// Visit every key and value (for the collector).
    pub fn for_each_value(&self, mut f: impl FnMut(Value)) {
        for e in self.iter_entries() {
            f(e.key);
            f(e.value);
        }
    }
}

fn index_size_for(n: usize) -> usize {
    let mut size = 16;
    while size * 2 < n * 3 {
        size *= 2;
    }
    size * 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presized_dict_finds_every_key() {
        let mut d = Dict::with_capacity(20);
        for i in 0..20i64 {
            d.insert_new(i * 7, Value::Int(i), Value::Int(i));
        }
        for i in 0..20i64 {
            let found = d.find(i * 7, |k| matches!(k, Value::Int(x) if x == i));
            assert_eq!(found, Some(i as usize), "key {i}");
        }
    }
}
