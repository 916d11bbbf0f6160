//! Garbage collection at safe points: the roots are everything the VM holds.

use super::Vm;
use crate::value::Value;

/// Bytes allocated before the first collection.
pub const INITIAL_THRESHOLD: usize = 4 << 20;

impl Vm {
    /// Collect if enough was allocated since the last collection (or a big allocation asked).
    pub(super) fn maybe_collect(&mut self) {
        let by_count = self.limits.gc_interval.is_some_and(|n| self.heap.allocs_since_gc() >= n);
        let near_limit = self
            .limits
            .max_memory
            .is_some_and(|max| self.heap.bytes() > max / 2 && self.heap.bytes_since_gc() > max / 8);
        if self.gc_wanted || by_count || near_limit || self.heap.bytes_since_gc() >= self.gc_threshold {
            self.collect_garbage();
        }
    }

    /// Everything the VM holds directly.
    pub fn roots(&self) -> Vec<Value> {
        let mut roots: Vec<Value> = Vec::with_capacity(self.stack.len() + self.globals.len() + 64);
        roots.extend_from_slice(&self.stack);
        roots.extend_from_slice(&self.globals);
        roots.extend_from_slice(&self.consts);
        roots.extend_from_slice(&self.names);
        roots.extend_from_slice(&self.char_cache);
        roots.extend(self.modules.iter().map(|(_, id)| Value::Ref(*id)));
        if let Some(r) = self.result {
            roots.push(r);
        }
        for f in &self.frames {
            f.for_each_ref(|v| roots.push(v));
        }
        roots
    }

    pub fn collect_garbage(&mut self) {
        // Freed classes' ids may be reused.
        self.lookup_cache.invalidate();
        self.gc_wanted = false;
        let roots = self.roots();
        self.heap.collect(roots);
        // Grow the threshold with the live size so collection cost stays proportional.
        self.gc_threshold = (self.heap.bytes() * 2).max(INITIAL_THRESHOLD);
    }
}
