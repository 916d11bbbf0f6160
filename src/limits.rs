//! Resource limits for one run.

use serde::{Deserialize, Serialize};

/// The largest single object any operation may build, even without a memory limit: beyond
/// it Python gets a (catchable) MemoryError instead of the host aborting on allocation failure.
pub const HARD_ALLOCATION_CAP: usize = if cfg!(target_pointer_width = "32") { 1 << 30 } else { 1 << 34 };

/// CPython's default recursion limit.
pub const DEFAULT_RECURSION_LIMIT: u32 = 1000;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Limits {
    /// Estimated heap bytes.
    pub max_memory: Option<usize>,
    /// Heap allocations over the whole run.
    pub max_allocations: Option<u64>,
    /// Seconds spent running Python (time waiting for the host is not counted).
    pub max_duration: Option<f64>,
    /// Python call depth; deeper calls raise RecursionError.
    pub max_recursion_depth: u32,
    /// Instructions executed (a deterministic budget).
    pub max_instructions: Option<u64>,
    /// Collect garbage after this many allocations (default: adaptive).
    pub gc_interval: Option<usize>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_memory: None,
            max_allocations: None,
            max_duration: None,
            max_recursion_depth: DEFAULT_RECURSION_LIMIT,
            max_instructions: None,
            gc_interval: None,
        }
    }
}
