//! The object arena and its tracing collector.
//!
//! Objects refer to each other by [`ObjId`]; a freed slot is reused. Collection is mark and
//! sweep from roots the VM supplies, and only runs at the VM's safe points (between
//! instructions), never inside an operation, so Rust code may hold fresh `Value`s in locals
//! while it builds a result.
//!
//! Memory accounting is an estimate: each allocation adds the object's approximate size,
//! growth of containers adds the growth, and every collection recomputes the exact sum of
//! the live objects' estimates.

use serde::{Deserialize, Serialize};

use crate::objects::Object;
use crate::value::{ObjId, Value};

#[derive(Clone, Debug, Default)]
pub struct Heap {
    slots: Vec<Option<Object>>,
    /// Free slots, rebuilt on load.
    free: Vec<u32>,
    /// Estimated bytes in use (live at the last collection plus everything allocated since).
    bytes: usize,
    bytes_since_gc: usize,
    allocs_since_gc: usize,
    /// Allocations made since this heap was created (or loaded).
    total_allocations: u64,
    peak_bytes: usize,
    /// Placeholder returned for dangling ids so that a bad id can never panic.
    dangling: Option<Object>,
}

/// Returned by `get` for an id that does not name a live object (only possible after a bug
/// or with hand-crafted snapshot bytes, which the loader validates).
static DANGLING: Object = Object::Cell(Value::None);

impl Heap {
    pub fn new() -> Self {
        Heap::default()
    }

    /// Allocate an object and return its id.
    pub fn alloc(&mut self, obj: Object) -> ObjId {
        let size = obj.approx_bytes();
        self.bytes += size;
        self.bytes_since_gc += size;
        self.allocs_since_gc += 1;
        self.total_allocations += 1;
        if self.bytes > self.peak_bytes {
            self.peak_bytes = self.bytes;
        }
        match self.free.pop() {
            Some(i) => {
                self.slots[i as usize] = Some(obj);
                ObjId(i)
            }
            None => {
                self.slots.push(Some(obj));
                ObjId(self.slots.len() as u32 - 1)
            }
        }
    }

    /// Record that an existing object grew by about `bytes`.
    #[inline]
    pub fn grew(&mut self, bytes: usize) {
        self.bytes += bytes;
        self.bytes_since_gc += bytes;
        if self.bytes > self.peak_bytes {
            self.peak_bytes = self.bytes;
        }
    }

    #[inline]
    pub fn get(&self, id: ObjId) -> &Object {
        match self.slots.get(id.index()) {
            Some(Some(obj)) => obj,
            _ => &DANGLING,
        }
    }

    #[inline]
    pub fn get_mut(&mut self, id: ObjId) -> &mut Object {
        match self.slots.get_mut(id.index()) {
            Some(Some(obj)) => obj,
            _ => self.dangling.insert(Object::Cell(Value::None)),
        }
    }

    /// Every live object.
    pub fn objects(&self) -> impl Iterator<Item = &Object> {
        self.slots.iter().flatten()
    }

    pub fn is_live(&self, id: ObjId) -> bool {
        matches!(self.slots.get(id.index()), Some(Some(_)))
    }

    pub fn bytes(&self) -> usize {
        self.bytes
    }

    pub fn peak_bytes(&self) -> usize {
        self.peak_bytes
    }

    pub fn total_allocations(&self) -> u64 {
        self.total_allocations
    }

    pub fn allocs_since_gc(&self) -> usize {
        self.allocs_since_gc
    }

    pub fn bytes_since_gc(&self) -> usize {
        self.bytes_since_gc
    }

    pub fn live_objects(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// Mark everything reachable from `roots`, free the rest, and recompute the byte count.
    pub fn collect(&mut self, roots: impl IntoIterator<Item = Value>) {
        let marks = self.reachable(roots);
        let mut bytes = 0;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            match slot {
                Some(obj) if marks[i] => bytes += obj.approx_bytes(),
                Some(_) => {
                    *slot = None;
                    self.free.push(i as u32);
                }
                None => {}
            }
        }
        // Trailing free slots can be dropped outright, so a session that shrinks stays small.
        while matches!(self.slots.last(), Some(None)) {
            self.slots.pop();
        }
        let len = self.slots.len() as u32;
        self.free.retain(|&i| i < len);
        // Reuse low ids first, which keeps snapshots compact.
        self.free.sort_unstable_by(|a, b| b.cmp(a));
        self.bytes = bytes;
        self.bytes_since_gc = 0;
        self.allocs_since_gc = 0;
    }

    /// Marks, by id, the objects reachable from `roots`.
    pub fn reachable(&self, roots: impl IntoIterator<Item = Value>) -> Vec<bool> {
        let mut marks = vec![false; self.slots.len()];
        let mut work: Vec<ObjId> = Vec::new();
        let push = |v: Value, marks: &mut Vec<bool>, work: &mut Vec<ObjId>| {
            if let Value::Ref(id) = v
                && let Some(m) = marks.get_mut(id.index())
                && !*m
            {
                *m = true;
                work.push(id);
            }
        };
        for r in roots {
            push(r, &mut marks, &mut work);
        }
        while let Some(id) = work.pop() {
            if let Some(Some(obj)) = self.slots.get(id.index()) {
                obj.for_each_ref(|v| push(v, &mut marks, &mut work));
            }
        }
        marks
    }

    /// Recompute accounting after a snapshot is loaded.
    pub fn after_load(&mut self) {
        self.bytes = self.slots.iter().flatten().map(Object::approx_bytes).sum();
        self.peak_bytes = self.bytes;
        self.free = (0..self.slots.len() as u32).filter(|&i| self.slots[i as usize].is_none()).rev().collect();
    }

    /// Check that every reference inside the heap names a live object (snapshot validation).
    pub fn validate(&self) -> bool {
        let mut ok = true;
        for obj in self.slots.iter().flatten() {
            obj.for_each_ref(|v| {
                if let Value::Ref(id) = v {
                    ok &= self.is_live(id);
                }
            });
        }
        ok
    }
}

/// A slot as snapshots store it.
#[derive(Serialize)]
enum SlotOut<'a> {
    Free,
    Live(&'a Object),
    /// Left out: the loader recreates it (see `HeapImage`).
    Rebuilt,
}

#[derive(Deserialize)]
enum SlotIn {
    Free,
    Live(Object),
    Rebuilt,
}

/// The heap as snapshots store it. Objects marked in `rebuilt` (the VM's interned names and
/// string constants, which the recompiled program supplies again) are left out, which keeps
/// snapshots of small programs small.
pub struct HeapImage<'a> {
    pub heap: &'a Heap,
    /// Objects to store: garbage is left out (the collector has not necessarily run).
    pub live: &'a [bool],
    pub rebuilt: &'a [bool],
}

impl Serialize for HeapImage<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let is = |marks: &[bool], i: usize| marks.get(i).copied().unwrap_or(false);
        // Slots past the last live object need not be stored.
        let len = self.live.iter().rposition(|l| *l).map_or(0, |i| i + 1);
        s.collect_seq(self.heap.slots.iter().take(len).enumerate().map(|(i, slot)| match slot {
            Some(_) if !is(self.live, i) => SlotOut::Free,
            None => SlotOut::Free,
            Some(_) if is(self.rebuilt, i) => SlotOut::Rebuilt,
            Some(obj) => SlotOut::Live(obj),
        }))
    }
}

/// A heap read from a snapshot, with the ids of the objects to rebuild.
pub struct LoadedHeap {
    pub heap: Heap,
    pub rebuild: Vec<u32>,
}

impl<'de> Deserialize<'de> for LoadedHeap {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let slots = Vec::<SlotIn>::deserialize(d)?;
        let mut heap = Heap::new();
        let mut rebuild = Vec::new();
        heap.slots = slots
            .into_iter()
            .enumerate()
            .map(|(i, slot)| match slot {
                SlotIn::Free => None,
                SlotIn::Live(obj) => Some(obj),
                SlotIn::Rebuilt => {
                    rebuild.push(i as u32);
                    None
                }
            })
            .collect();
        Ok(LoadedHeap { heap, rebuild })
    }
}

impl Heap {
    /// Slots, live or free.
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// Put a rebuilt object back in its (empty) slot; false if the slot is not empty.
    pub fn restore(&mut self, id: ObjId, obj: Object) -> bool {
        match self.slots.get_mut(id.index()) {
            Some(slot @ None) => {
                *slot = Some(obj);
                true
            }
            _ => false,
        }
    }
}
