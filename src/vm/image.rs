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

/// Each value the VM holds that the program can recreate, with its text: the one list both
/// dumping (what to leave out) and loading (what to put back) go by.
fn for_each_rebuildable(vm: &Vm, mut f: impl FnMut(Value, &str)) {
    for (v, name) in vm.names.iter().zip(&vm.program.names) {
        f(*v, &name.text);
    }
    for (i, v) in vm.char_cache.iter().take(128).enumerate() {
        f(*v, char::from(i as u8).encode_utf8(&mut [0; 4]));
    }
    for (v, c) in vm.consts.iter().zip(&vm.program.consts) {
        if let Const::Str(s) = c {
            f(*v, s);
        }
    }
}

impl Vm {
    /// Marks, by object id, the objects a snapshot can leave out.
    pub fn rebuildable(&self) -> Vec<bool> {
        let mut marks = Vec::new();
        for_each_rebuildable(self, |v, _| {
            if let Value::Ref(id) = v {
                let i = id.index();
                if marks.len() <= i {
                    marks.resize(i + 1, false);
                }
                marks[i] = true;
            }
        });
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
        let mut heap = loaded.heap;
        let mut missing = vec![false; heap.slot_count()];
        for id in &loaded.rebuild {
            missing[*id as usize] = true;
        }
        let mut left = loaded.rebuild.len();
        for_each_rebuildable(self, |v, text| {
            if let Value::Ref(id) = v
                && let Some(m @ true) = missing.get_mut(id.index())
            {
                *m = false;
                left -= 1;
                heap.restore(id, Object::Str(PyStr::new(text.to_string())));
            }
        });
        self.heap = heap;
        if left == 0 { Ok(()) } else { Err("the snapshot left out objects it cannot rebuild".into()) }
    }
}
