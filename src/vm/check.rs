//! Checks on an interpreter restored from a snapshot, before it runs.
//!
//! The header's checksum catches accidental damage; these checks catch state that decodes but
//! does not fit together (hand-made bytes): references to freed objects, code objects that do
//! not exist, frames whose locals lie outside the stack. The VM itself never panics on odd
//! values (lookups of bad ids give placeholders), so these checks are about refusing bad
//! snapshots with a clear message rather than resuming into nonsense.

use super::Vm;
use super::frame::{Frame, PyFrame};
use super::gc::INITIAL_THRESHOLD;
use crate::objects::{GenState, Object};
use crate::value::Value;

impl Vm {
    /// Rebuild what is not serialized and check the restored state; time budgets restart.
    pub fn after_load(&mut self) -> Result<(), String> {
        self.heap.after_load();
        self.check_tables()?;
        self.check_references()?;
        self.check_objects()?;
        self.check_frames()?;
        self.usage.duration = 0.0;
        self.gc_threshold = (self.heap.bytes() * 2).max(INITIAL_THRESHOLD);
        Ok(())
    }

    fn check_tables(&self) -> Result<(), String> {
        let p = &self.program;
        if self.consts.len() != p.consts.len() || self.names.len() != p.names.len() {
            return Err("constant or name table does not match the program".into());
        }
        if self.globals.len() != p.globals.len() {
            return Err("global table does not match the program".into());
        }
        if self.pending_futures.iter().any(|&id| id >= self.next_call_id) {
            return Err("a pending future has an id that was never issued".into());
        }
        Ok(())
    }

    /// Every value held by the VM or by a heap object names a live object.
    fn check_references(&self) -> Result<(), String> {
        if !self.heap.validate() {
            return Err("a heap object refers to a freed object".into());
        }
        let mut ok = true;
        let mut check = |v: Value| {
            if let Value::Ref(id) = v {
                ok &= self.heap.is_live(id);
            }
        };
        let values = [&self.stack, &self.globals, &self.consts, &self.names, &self.char_cache];
        values.iter().flat_map(|v| v.iter()).for_each(|v| check(*v));
        self.modules.iter().for_each(|(_, id)| check(Value::Ref(*id)));
        if let Some(r) = self.result {
            check(r);
        }
        for f in &self.frames {
            f.for_each_ref(&mut check);
        }
        if ok { Ok(()) } else { Err("the interpreter refers to a freed object".into()) }
    }

    /// Functions, generators and tracebacks name code objects of the program; set tables are
    /// well formed.
    fn check_objects(&self) -> Result<(), String> {
        let codes = self.program.codes.len();
        for obj in self.heap.objects() {
            let fits = match obj {
                Object::Function(f) => (f.code as usize) < codes,
                Object::Generator(g) => match g.state {
                    GenState::Created | GenState::Suspended => self.frame_fits(&g.frame, 0, g.stack.len()),
                    GenState::Running | GenState::Finished => (g.frame.code as usize) < codes,
                },
                Object::Instance(i) => {
                    i.exc.as_ref().is_none_or(|e| e.traceback.iter().all(|(code, ip)| self.code_has(*code, *ip)))
                }
                Object::Set(s) | Object::FrozenSet(s) => s.is_consistent(),
                _ => true,
            };
            if !fits {
                return Err("an object refers to code the program does not have, or its table is broken".into());
            }
        }
        Ok(())
    }

    /// Python frames name real code, stay inside the stack, and are stacked in order.
    fn check_frames(&self) -> Result<(), String> {
        let mut floor = 0usize;
        let mut python_frames = 0u32;
        for (i, f) in self.frames.iter().enumerate() {
            match f {
                Frame::Py(p) => {
                    python_frames += 1;
                    if (p.ret_base as usize) < floor || !self.frame_fits(p, p.base as usize, self.stack.len()) {
                        return Err(format!("frame {i} does not fit the stack or the program"));
                    }
                    floor = p.base as usize;
                }
                Frame::Host(_) if i + 1 != self.frames.len() => {
                    return Err(format!("frame {i} waits for the host but is not the top frame"));
                }
                Frame::Host(w) => {
                    if let super::host::HostRequest::Name { slot: Some(s), .. } = w.request
                        && s as usize >= self.globals.len()
                    {
                        return Err("a name lookup refers to a global that does not exist".into());
                    }
                }
                Frame::Native(_) => {}
            }
        }
        if python_frames != self.depth {
            return Err("frame depth does not match the frames".into());
        }
        Ok(())
    }

    fn code_has(&self, code: u32, ip: u32) -> bool {
        self.program.codes.get(code as usize).is_some_and(|c| ip as usize <= c.instrs.len())
    }

    /// `frame` has real code and an instruction pointer inside it, and its locals
    /// (`base .. base + nlocals`) lie below `stack_len`.
    fn frame_fits(&self, frame: &PyFrame, base: usize, stack_len: usize) -> bool {
        let Some(code) = self.program.codes.get(frame.code as usize) else { return false };
        frame.ip as usize <= code.instrs.len() && base <= stack_len && code.nlocals() <= stack_len - base
    }
}
