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

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Heap {
    slots: Vec<Option<Object>>,
    /// Free slots, rebuilt on load.
    #[serde(skip)]
    free: Vec<u32>,
    /// Estimated bytes in use (live at the last collection plus everything allocated since).
    #[serde(skip)]
    bytes: usize,
    #[serde(skip)]
    bytes_since_gc: usize,
    #[serde(skip)]
    allocs_since_gc: usize,
    /// Allocations made since this heap was created (or loaded).
    #[serde(skip)]
    total_allocations: u64,
    #[serde(skip)]
    peak_bytes: usize,
    /// Placeholder returned for dangling ids so that a bad id can never panic.
    #[serde(skip)]
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
