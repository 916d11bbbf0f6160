//! The hash table behind `set` and `frozenset`.
//!
//! It follows CPython's set layout and probe sequence (a few linear probes, then perturbed
//! jumps; the same growth rule), so a set of numbers iterates — and prints — in the same order
//! as in CPython. Equality of keys is supplied by the caller, which has the heap.

use serde::{Deserialize, Serialize};

use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum Slot {
    Empty,
    Dummy,
    Full { hash: i64, key: Value },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Set {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for Set {
    fn default() -> Self {
        Set::new()
    }
}

/// Where an absent key would go (result of [`Set::probe`]).
#[derive(Clone, Copy, Debug)]
pub enum Probe {
    Found(usize),
    /// Absent; insert at this table index (`reuses_dummy` tells whether it fills a dummy).
    Vacant {
        index: usize,
        reuses_dummy: bool,
    },
}

impl Set {
    pub fn new() -> Self {
        Set { table: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// The table's invariants hold (checked on snapshot load: a table with no empty slot
    /// would make probing loop forever).
    pub fn is_consistent(&self) -> bool {
        let full = self.table.iter().filter(|s| matches!(s, Slot::Full { .. })).count();
        let dummies = self.table.iter().filter(|s| matches!(s, Slot::Dummy)).count();
        self.table.len().is_power_of_two()
            && self.table.len() >= MIN_SIZE
            && self.used == full
            && self.fill == full + dummies
            && self.fill < self.table.len()
            && self.finger < self.table.len()
    }

    pub fn table_len(&self) -> usize {
        self.table.len()
    }

    /// The key at a table index, if that slot is full.
    pub fn key_at(&self, index: usize) -> Option<(i64, Value)> {
        match self.table.get(index) {
            Some(Slot::Full { hash, key }) => Some((*hash, *key)),
            _ => None,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = Value> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Full { key, .. } => Some(*key),
            _ => None,
        })
    }

    pub fn iter_with_hash(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Full { hash, key } => Some((*hash, *key)),
            _ => None,
        })
    }

    /// Look a key up without changing the table.
    pub fn probe(&self, hash: i64, mut eq: impl FnMut(Value) -> bool) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                match self.table[j] {
                    Slot::Empty => {
                        return match free {
                            Some(index) => Probe::Vacant { index, reuses_dummy: true },
                            None => Probe::Vacant { index: j, reuses_dummy: false },
                        };
                    }
                    Slot::Dummy => {
                        if free.is_none() {
                            free = Some(j);
                        }
                    }
                    Slot::Full { hash: h, key } => {
                        if h == hash && eq(key) {
                            return Probe::Found(j);
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn contains(&self, hash: i64, eq: impl FnMut(Value) -> bool) -> bool {
        matches!(self.probe(hash, eq), Probe::Found(_))
    }

    /// Insert at a vacant position found by [`Set::probe`] (no heap access needed).
    pub fn insert_at(&mut self, probe: Probe, hash: i64, key: Value) {
        let Probe::Vacant { index, reuses_dummy } = probe else { return };
        self.table[index] = Slot::Full { hash, key };
        self.used += 1;
        if reuses_dummy {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let min_used = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(min_used);
        }
    }

    /// Insert a key that is known not to be present (e.g. copying from another set).
    pub fn insert_absent(&mut self, hash: i64, key: Value) {
        let probe = self.probe(hash, |_| false);
        self.insert_at(probe, hash, key);
    }

    pub fn remove_at(&mut self, index: usize) -> Option<Value> {
        match self.table.get(index).copied() {
            Some(Slot::Full { key, .. }) => {
                self.table[index] = Slot::Dummy;
                self.used -= 1;
                Some(key)
            }
            _ => None,
        }
    }

    /// Remove and return an arbitrary element, scanning from where the last pop stopped.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Full { .. }) {
            i = (i + 1) & mask;
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    pub fn clear(&mut self) {
        *self = Set::new();
    }

    /// Grow (or shrink) the table so it holds more than `min_used` entries, reinserting
    /// live keys in table order, as CPython does.
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Full { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
    }

    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(self.table[i], Slot::Empty) {
                self.table[i] = Slot::Full { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if matches!(self.table[j], Slot::Empty) {
                        self.table[j] = Slot::Full { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// A copy made the way `set(other_set)` / `other.copy()` builds it in CPython.
    pub fn copy_from(other: &Set) -> Set {
        let mut s = Set::new();
        s.merge_from(other, |_, _| false);
        s
    }

    /// `self |= other` with CPython's bulk strategy (pre-size, then insert).
    pub fn merge_from(&mut self, other: &Set, mut eq: impl FnMut(Value, Value) -> bool) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.table.len() == other.table.len() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (hash, key) in other.iter_with_hash() {
                self.insert_clean(hash, key);
            }
            return;
        }
        for (hash, key) in other.iter_with_hash() {
            let probe = self.probe(hash, |k| eq(k, key));
            self.insert_at(probe, hash, key);
        }
    }

    /// Pre-size for `n` more insertions (as CPython does when updating from a dict).
    pub fn reserve_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    pub fn approx_bytes(&self) -> usize {
        std::mem::size_of::<Set>() + self.table.capacity() * std::mem::size_of::<Slot>()
    }
}
