//! What snapshots leave out of the heap and how loading puts it back.
//!
//! Interned names, string constants and the cached one-character strings are immutable
//! copies of what the program says; the recompiled program recreates them in the same slots,
//! so snapshots do not carry them.

use super::Vm;
use crate::bytecode::Const;
use crate::heap::{HeapImage, LoadedHeap};
use crate::objects::{Object, PyStr};
use crate::value::Value;

impl Vm {
    /// Marks, by object id, the objects a snapshot can leave out.
    pub fn rebuildable(&self) -> Vec<bool> {
        let mut marks = Vec::new();
        let mut mark = |v: Value| {
            if let Value::Ref(id) = v {
                let i = id.index();
                if marks.len() <= i {
                    marks.resize(i + 1, false);
                }
                marks[i] = true;
            }
        };
        self.names.iter().copied().for_each(&mut mark);
        self.char_cache.iter().take(128).copied().for_each(&mut mark);
        for (v, c) in self.consts.iter().zip(&self.program.consts) {
            if matches!(c, Const::Str(_)) {
                mark(*v);
            }
        }
        marks
    }

    /// Marks, by object id, the objects reachable from the VM (what a snapshot stores).
    pub fn live_objects(&self) -> Vec<bool> {
        self.heap.reachable(self.roots())
    }

    pub fn heap_image<'a>(&'a self, live: &'a [bool], rebuilt: &'a [bool]) -> HeapImage<'a> {
        HeapImage { heap: &self.heap, live, rebuilt }
    }

    /// Install a loaded heap and recreate the objects its snapshot left out.
    pub fn restore_heap(&mut self, loaded: LoadedHeap) -> Result<(), String> {
        self.heap = loaded.heap;
        let mut missing = vec![false; self.heap.slot_count()];
        for id in &loaded.rebuild {
            missing[*id as usize] = true;
        }
        let mut left = loaded.rebuild.len();
        let heap = &mut self.heap;
        let mut restore = |v: Value, text: &str| {
            if let Value::Ref(id) = v
                && let Some(m @ true) = missing.get_mut(id.index())
            {
                *m = false;
                left -= 1;
                heap.restore(id, Object::Str(PyStr::new(text.to_string())));
            }
        };
        for (v, name) in self.names.iter().zip(&self.program.names) {
            restore(*v, &name.text);
        }
        for (i, v) in self.char_cache.iter().take(128).enumerate() {
            restore(*v, char::from(i as u8).encode_utf8(&mut [0; 4]));
        }
        for (v, c) in self.consts.iter().zip(&self.program.consts) {
            if let Const::Str(s) = c {
                restore(*v, s);
            }
        }
        if left == 0 { Ok(()) } else { Err("the snapshot left out objects it cannot rebuild".into()) }
    }
}
