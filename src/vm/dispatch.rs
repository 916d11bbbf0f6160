//! The run loop: fetch an instruction of the top frame, dispatch it, repeat.
//!
//! Arms are short; the work lives in the sibling files by category. An arm that pushes or
//! pops a frame saves the instruction pointer and restarts the outer `'frames` loop, which
//! reloads the top frame. An arm that fails breaks out of the `'op` block with the error,
//! which is unwound to the nearest handler (or out of the run for limits and uncaught
//! exceptions).

use super::call::Outcome;
use super::frame::{Frame, ReturnMode};
use super::keys::KeyAction;
use super::{Host, Vm};
use crate::bytecode::{BinOp, CmpOp, Instr, Program};
use crate::error::{Exc, LimitKind};
use crate::objects::Object;
use crate::types::TypeId;
use crate::value::Value;

/// How a run ended (other than with an error).
#[derive(Debug)]
pub enum RunExit {
    Complete(Value),
    /// Stopped at a request to the host (`Vm::pending_request`).
    Suspended,
}

/// Instructions between checks of the clock, the budget and the collector.
const CHECK_INTERVAL: u32 = 1024;

/// Instructions a step of a native frame counts as.
const NATIVE_STEP_COST: u32 = 64;

/// Instructions granted until the next checkpoint and how many are left. The run loop counts
/// down `left`; a checkpoint adds what ran to the usage, and so does the end of `Vm::run`, so a
/// run that stops between checkpoints (it finishes, pauses at a host call or fails) still
/// reports and is charged for every instruction.
#[derive(Default)]
struct Meter {
    granted: u32,
    left: u32,
}

impl Meter {
    /// Instructions run since the last grant; they are then accounted.
    fn take(&mut self) -> u32 {
        let ran = self.granted - self.left;
        self.granted = self.left;
        ran
    }

    fn refill(&mut self, budget: u32) {
        self.granted = budget;
        self.left = budget;
    }
}

impl Vm {
    /// Run until the outermost frame returns, an exception escapes, or a limit stops it.
    pub fn run(&mut self, host: &mut dyn Host) -> Result<RunExit, Exc> {
        let program = self.program.clone();
        let started = host.now();
        let mut meter = Meter::default();
        let result = self.run_frames(&program, host, started, &mut meter);
        // What ran since the last checkpoint (a short run may never reach one).
        self.usage.instructions += u64::from(meter.take());
        if let (Some(t0), Some(t1)) = (started, host.now()) {
            self.usage.duration += (t1 - t0).max(0.0);
        }
        self.flush_output(host);
        result
    }

    pub fn flush_output(&mut self, host: &mut dyn Host) {
        for (to_stderr, text) in std::mem::take(&mut self.out_chunks) {
            if to_stderr {
                host.write_err(&text);
            } else {
                host.write(&text);
            }
        }
        if !self.out.is_empty() {
            host.write(&self.out);
            self.out.clear();
        }
    }

    /// Is output waiting to be handed to the host?
    pub fn has_output(&self) -> bool {
        !self.out.is_empty() || !self.out_chunks.is_empty()
    }

    /// Instructions to run before the next checkpoint.
    fn next_budget(&self) -> u32 {
        match self.limits.max_instructions {
            Some(max) => {
                let left = max.saturating_sub(self.usage.instructions);
                left.clamp(1, CHECK_INTERVAL as u64) as u32
            }
            None => CHECK_INTERVAL,
        }
    }

    /// Periodic checks: instruction budget, time, memory, garbage collection.
    fn checkpoint(&mut self, ran: u32, host: &mut dyn Host, started: Option<f64>) -> Result<(), Exc> {
        self.usage.instructions += ran as u64;
        self.native_work = 0;
        if let Some(max) = self.limits.max_instructions
            && self.usage.instructions >= max
        {
            return Err(Exc::Limit(LimitKind::Instructions));
        }
        if let Some(max) = self.limits.max_duration
            && let (Some(t0), Some(now)) = (started, host.now())
            && self.usage.duration + (now - t0) > max
        {
            return Err(Exc::Limit(LimitKind::Duration));
        }
        self.maybe_collect();
        self.check_memory().map_err(Exc::Limit)?;
        self.flush_output(host);
        Ok(())
    }

    fn run_frames(
        &mut self,
        program: &Program,
        host: &mut dyn Host,
        started: Option<f64>,
        meter: &mut Meter,
    ) -> Result<RunExit, Exc> {
        meter.refill(self.next_budget());
        'frames: loop {
            let (code_id, mut ip, base) = match self.frames.last() {
                None => return Ok(RunExit::Complete(self.result.take().unwrap_or(Value::None))),
                Some(Frame::Native(_)) => {
                    if let Err(e) = self.step_native() {
                        if e.is_limit() {
                            return Err(e);
                        }
                        self.unwind(e, false)?;
                    }
                    self.flush_output(host);
                    // A native step is charged as several instructions.
                    meter.left = meter.left.saturating_sub(NATIVE_STEP_COST);
                    if meter.left == 0 {
                        self.checkpoint(meter.take(), host, started)?;
                        meter.refill(self.next_budget());
                    }
                    continue 'frames;
                }
                Some(Frame::Host(_)) => return Ok(RunExit::Suspended),
                Some(Frame::Py(f)) => (f.code, f.ip as usize, f.base as usize),
            };
            // Index of this frame, to save its ip when an operation pushes frames above it.
            let fi = self.frames.len() - 1;
            let Some(code) = program.codes.get(code_id as usize) else {
                return Err(Exc::new(TypeId::SystemError, "invalid code object"));
            };
            'next: loop {
                let Some(&instr) = code.instrs.get(ip) else {
                    return Err(Exc::new(TypeId::SystemError, "instruction pointer out of range"));
                };
                ip += 1;
                meter.left -= 1;
                if meter.left == 0 {
                    self.set_ip(ip);
                    self.checkpoint(meter.take(), host, started)?;
                    meter.refill(self.next_budget());
                }
                let err: Exc = 'op: {
                    match instr {
                        Instr::Nop => {}
                        Instr::Pop => {
                            self.stack.pop();
                        }
                        Instr::DupTop => {
                            let v = self.top();
                            self.stack.push(v);
                        }
                        Instr::DupTop2 => {
                            let (a, b) = (self.peek(2), self.peek(1));
                            self.stack.push(a);
                            self.stack.push(b);
                        }
                        Instr::RotTwo => {
                            let n = self.stack.len();
                            if n >= 2 {
                                self.stack.swap(n - 1, n - 2);
                            }
                        }
                        Instr::RotThree => {
                            let n = self.stack.len();
                            if n >= 3 {
                                self.stack[n - 3..].rotate_right(1);
                            }
                        }
                        Instr::RotFour => {
                            let n = self.stack.len();
                            if n >= 4 {
                                self.stack[n - 4..].rotate_right(1);
                            }
                        }
                        Instr::Copy { n } => {
                            let v = self.peek(n as usize);
                            self.stack.push(v);
                        }
                        Instr::LoadConst { k } => {
                            let v = self.consts.get(k as usize).copied().unwrap_or(Value::None);
                            self.stack.push(v);
                        }
                        Instr::LoadInt { value } => self.stack.push(Value::Int(value as i64)),
                        Instr::LoadNone => self.stack.push(Value::None),
                        Instr::LoadTrue => self.stack.push(Value::Bool(true)),
                        Instr::LoadFalse => self.stack.push(Value::Bool(false)),
                        Instr::LoadFast { slot } => match self.stack.get(base + slot as usize) {
                            Some(v) if !v.is_undefined() => {
                                let v = *v;
                                self.stack.push(v);
                            }
                            _ => break 'op self.unbound_local(code, slot),
                        },
                        Instr::StoreFast { slot } => {
                            let v = self.pop();
                            if let Some(s) = self.stack.get_mut(base + slot as usize) {
                                *s = v;
                            }
                        }
                        Instr::DeleteFast { slot } => match self.stack.get_mut(base + slot as usize) {
                            Some(s) if !s.is_undefined() => *s = Value::Undefined,
                            _ => break 'op self.unbound_local(code, slot),
                        },
                        Instr::LoadDeref { slot } => match self.load_deref(code, base, slot) {
                            Ok(v) => self.stack.push(v),
                            Err(e) => break 'op e,
                        },
                        Instr::StoreDeref { slot } => {
                            let v = self.pop();
                            self.store_deref(base, slot, v);
                        }
                        Instr::DeleteDeref { slot } => {
                            if let Err(e) = self.load_deref(code, base, slot) {
                                break 'op e;
                            }
                            self.store_deref(base, slot, Value::Undefined);
                        }
                        Instr::LoadClosure { slot } => {
                            let v = self.stack.get(base + slot as usize).copied().unwrap_or(Value::None);
                            self.stack.push(v);
                        }
                        Instr::LoadGlobal { slot } => match self.globals.get(slot as usize) {
                            Some(v) if !v.is_undefined() => {
                                let v = *v;
                                self.stack.push(v);
                            }
                            _ => {
                                self.set_ip(ip);
                                match self.load_global_slow(slot) {
                                    Ok(Outcome::Value(v)) => self.stack.push(v),
                                    Ok(Outcome::Pushed) => continue 'frames,
                                    Err(e) => break 'op e,
                                }
                            }
                        },
                        Instr::StoreGlobal { slot } => {
                            let v = self.pop();
                            if let Some(g) = self.globals.get_mut(slot as usize) {
                                *g = v;
                            }
                        }
                        Instr::DeleteGlobal { slot } => {
                            if let Err(e) = self.delete_global(slot) {
                                break 'op e;
                            }
                        }
                        Instr::LoadName { name } => {
                            self.set_ip(ip);
                            match self.load_name(name) {
                                Ok(Outcome::Value(v)) => self.stack.push(v),
                                Ok(Outcome::Pushed) => continue 'frames,
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::StoreName { name } => {
                            let v = self.pop();
                            if let Err(e) = self.store_name(name, v) {
                                break 'op e;
                            }
                        }
                        Instr::DeleteName { name } => {
                            if let Err(e) = self.delete_name(name) {
                                break 'op e;
                            }
                        }
                        Instr::LoadClassDeref { slot, name } => {
                            match self.load_class_deref(code, base, slot as u32, name) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::LoadAttr { name } => {
                            let obj = self.pop();
                            match self.load_attr(obj, name) {
                                Ok(Outcome::Value(v)) => self.stack.push(v),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::StoreAttr { name } => {
                            let obj = self.pop();
                            let v = self.pop();
                            match self.store_attr(obj, name, v) {
                                Ok(Outcome::Value(_)) => {}
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::DeleteAttr { name } => {
                            let obj = self.pop();
                            match self.delete_attr(obj, name) {
                                Ok(Outcome::Value(_)) => {}
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::LoadMethod { name } => {
                            let obj = self.pop();
                            match self.load_method(obj, name) {
                                Ok(Outcome::Value(_)) => {}
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::CallMethod { argc } => {
                            self.set_ip(ip);
                            match self.call_method(argc as usize, None) {
                                Ok(Outcome::Value(v)) => {
                                    self.stack.push(v);
                                    if self.has_output() {
                                        self.flush_output(host);
                                    }
                                }
                                Ok(Outcome::Pushed) => continue 'frames,
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::CallMethodKw { argc, kwnames } => {
                            self.set_ip(ip);
                            match self.call_method(argc as usize, Some(kwnames as u32)) {
                                Ok(Outcome::Value(v)) => self.stack.push(v),
                                Ok(Outcome::Pushed) => continue 'frames,
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::Subscr => {
                            let key = self.pop();
                            let obj = self.pop();
                            match self.subscript(obj, key) {
                                Ok(Outcome::Value(v)) => self.stack.push(v),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::StoreSubscr => {
                            let key = self.pop();
                            let obj = self.pop();
                            let v = self.pop();
                            match self.store_subscript(obj, key, v) {
                                Ok(Outcome::Value(_)) => {}
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::DeleteSubscr => {
                            let key = self.pop();
                            let obj = self.pop();
                            match self.delete_subscript(obj, key) {
                                Ok(Outcome::Value(_)) => {}
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::BuildSlice { n } => {
                            let step = if n == 3 { self.pop() } else { Value::None };
                            let stop = self.pop();
                            let start = self.pop();
                            let v = self.alloc(Object::Slice(crate::objects::Slice { start, stop, step }));
                            self.stack.push(v);
                        }
                        Instr::Add => {
                            let n = self.stack.len();
                            if n >= 2
                                && let (Value::Int(a), Value::Int(b)) = (self.stack[n - 2], self.stack[n - 1])
                                && let Some(c) = a.checked_add(b)
                            {
                                self.stack[n - 2] = Value::Int(c);
                                self.stack.pop();
                                continue 'next;
                            }
                            match self.binary_slow(BinOp::Add, false) {
                                Ok(Outcome::Value(v)) => self.stack.push(v),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::Sub => {
                            let n = self.stack.len();
                            if n >= 2
                                && let (Value::Int(a), Value::Int(b)) = (self.stack[n - 2], self.stack[n - 1])
                                && let Some(c) = a.checked_sub(b)
                            {
                                self.stack[n - 2] = Value::Int(c);
                                self.stack.pop();
                                continue 'next;
                            }
                            match self.binary_slow(BinOp::Sub, false) {
                                Ok(Outcome::Value(v)) => self.stack.push(v),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::Mul => {
                            let n = self.stack.len();
                            if n >= 2
                                && let (Value::Int(a), Value::Int(b)) = (self.stack[n - 2], self.stack[n - 1])
                                && let Some(c) = a.checked_mul(b)
                            {
                                self.stack[n - 2] = Value::Int(c);
                                self.stack.pop();
                                continue 'next;
                            }
                            match self.binary_slow(BinOp::Mul, false) {
                                Ok(Outcome::Value(v)) => self.stack.push(v),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::BinaryOp { op } => match self.binary_slow(op, false) {
                            Ok(Outcome::Value(v)) => self.stack.push(v),
                            Ok(Outcome::Pushed) => {
                                self.set_frame_ip(fi, ip);
                                continue 'frames;
                            }
                            Err(e) => break 'op e,
                        },
                        Instr::InplaceOp { op } => match self.binary_slow(op, true) {
                            Ok(Outcome::Value(v)) => self.stack.push(v),
                            Ok(Outcome::Pushed) => {
                                self.set_frame_ip(fi, ip);
                                continue 'frames;
                            }
                            Err(e) => break 'op e,
                        },
                        Instr::UnaryNeg | Instr::UnaryPos | Instr::UnaryInvert => {
                            let v = self.pop();
                            match self.unary_op(instr, v) {
                                Ok(Outcome::Value(r)) => self.stack.push(r),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::UnaryNot => {
                            let v = self.pop();
                            match self.truthy(v) {
                                Ok(Some(t)) => self.stack.push(Value::Bool(!t)),
                                Ok(None) => {
                                    // A __bool__/__len__ call will leave a bool on the stack;
                                    // run this instruction again on it.
                                    self.set_frame_ip(fi, ip - 1);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::Compare { op } => {
                            let b = self.pop();
                            let a = self.pop();
                            let fast = match (a, b) {
                                (Value::Int(x), Value::Int(y)) => Some(op.test(x.cmp(&y))),
                                (Value::Float(x), Value::Float(y)) => Some(float_cmp(op, x, y)),
                                _ => None,
                            };
                            let result = match fast {
                                Some(r) => r,
                                None => match self.compare(op, a, b) {
                                    Ok(Outcome::Value(v)) => {
                                        self.stack.push(v);
                                        continue 'next;
                                    }
                                    Ok(Outcome::Pushed) => {
                                        self.set_frame_ip(fi, ip);
                                        continue 'frames;
                                    }
                                    Err(e) => break 'op e,
                                },
                            };
                            // Fuse with a following conditional jump.
                            match code.instrs.get(ip) {
                                Some(Instr::PopJumpIfFalse { target }) => {
                                    ip = if result { ip + 1 } else { *target as usize };
                                }
                                Some(Instr::PopJumpIfTrue { target }) => {
                                    ip = if result { *target as usize } else { ip + 1 };
                                }
                                _ => self.stack.push(Value::Bool(result)),
                            }
                        }
                        Instr::IsOp { invert } => {
                            let b = self.pop();
                            let a = self.pop();
                            self.stack.push(Value::Bool(a.is(b) != invert));
                        }
                        Instr::ContainsOp { invert } => {
                            let container = self.pop();
                            let item = self.pop();
                            match self.contains(container, item, invert) {
                                Ok(Outcome::Value(r)) => self.stack.push(r),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::Jump { target } => ip = target as usize,
                        Instr::PopJumpIfFalse { target } | Instr::PopJumpIfTrue { target } => {
                            let jump_if = matches!(instr, Instr::PopJumpIfTrue { .. });
                            let v = self.pop();
                            let t = match v {
                                Value::Bool(b) => b,
                                _ => match self.truthy(v) {
                                    Ok(Some(t)) => t,
                                    Ok(None) => {
                                        self.set_frame_ip(fi, ip - 1);
                                        continue 'frames;
                                    }
                                    Err(e) => break 'op e,
                                },
                            };
                            if t == jump_if {
                                ip = target as usize;
                            }
                        }
                        Instr::PopJumpIfNone { target } => {
                            if self.pop().is_none() {
                                ip = target as usize;
                            }
                        }
                        Instr::PopJumpIfNotNone { target } => {
                            if !self.pop().is_none() {
                                ip = target as usize;
                            }
                        }
                        Instr::GetIter => {
                            let v = self.pop();
                            match self.get_iter(v) {
                                Ok(Outcome::Value(it)) => self.stack.push(it),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::ForIter { target } => {
                            let it = self.top();
                            match self.for_iter_next(it) {
                                Ok(super::iter::Step::Item(v)) => self.stack.push(v),
                                Ok(super::iter::Step::Done) => {
                                    self.stack.pop();
                                    ip = target as usize;
                                }
                                Ok(super::iter::Step::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::BuildList { n } => {
                            let items = self.pop_n(n as usize);
                            let v = self.new_list(items);
                            self.stack.push(v);
                        }
                        Instr::BuildTuple { n } => {
                            let items = self.pop_n(n as usize);
                            let v = self.new_tuple(items);
                            self.stack.push(v);
                        }
                        Instr::BuildSet { n } | Instr::BuildMap { n } => {
                            let is_map = matches!(instr, Instr::BuildMap { .. });
                            let items = self.pop_n(if is_map { 2 * n as usize } else { n as usize });
                            match self.build_hashed(items, is_map) {
                                Ok(Outcome::Value(v)) => self.stack.push(v),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::BuildString { n } => {
                            let items = self.pop_n(n as usize);
                            match self.build_string(&items) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::ListAppend { depth } => {
                            let v = self.pop();
                            let target = self.peek(depth as usize);
                            self.list_append(target, v);
                        }
                        Instr::SetAdd { depth } => {
                            let v = self.pop();
                            let target = self.peek(depth as usize);
                            if self.needs_python_key(v) {
                                if let Err(e) = self.key_op(target, v, KeyAction::Add, ReturnMode::Discard) {
                                    break 'op e;
                                }
                                self.set_frame_ip(fi, ip);
                                continue 'frames;
                            }
                            if let Err(e) = self.set_add(target, v) {
                                break 'op e;
                            }
                        }
                        Instr::MapAdd { depth } => {
                            let v = self.pop();
                            let k = self.pop();
                            let target = self.peek(depth as usize);
                            if self.needs_python_key(k) {
                                if let Err(e) = self.key_op(target, k, KeyAction::Set(v), ReturnMode::Discard) {
                                    break 'op e;
                                }
                                self.set_frame_ip(fi, ip);
                                continue 'frames;
                            }
                            if let Err(e) = self.dict_set(target, k, v) {
                                break 'op e;
                            }
                        }
                        Instr::ListExtend { depth }
                        | Instr::SetUpdate { depth }
                        | Instr::DictUpdate { depth }
                        | Instr::DictMerge { depth } => {
                            let src = self.pop();
                            let target = self.peek(depth as usize);
                            match self.extend_container(instr, target, src) {
                                Ok(Outcome::Value(_)) => {}
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::ListToTuple => {
                            let v = self.pop();
                            let items = v.as_ref().map(|id| self.list_items(id).to_vec()).unwrap_or_default();
                            let t = self.new_tuple(items);
                            self.stack.push(t);
                        }
                        Instr::UnpackSequence { n } => {
                            let v = self.pop();
                            match self.unpack(v, n as usize, None) {
                                Ok(Outcome::Value(_)) => {}
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::UnpackEx { before, after } => {
                            let v = self.pop();
                            match self.unpack(v, before as usize, Some(after as usize)) {
                                Ok(Outcome::Value(_)) => {}
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::FormatValue { flags } => {
                            let spec = if flags & 4 != 0 { Some(self.pop()) } else { None };
                            let v = self.pop();
                            match self.format_value(v, flags & 3, spec) {
                                Ok(Outcome::Value(s)) => self.stack.push(s),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::MakeFunction { code: code_id, flags } => {
                            if let Err(e) = self.make_function(code_id, flags as u32) {
                                break 'op e;
                            }
                        }
                        Instr::Call { argc } => {
                            self.set_ip(ip);
                            match self.call_from_stack(argc as usize) {
                                Ok(Outcome::Value(v)) => {
                                    self.stack.push(v);
                                    if self.has_output() {
                                        self.flush_output(host);
                                    }
                                }
                                Ok(Outcome::Pushed) => continue 'frames,
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::CallKw { argc, kwnames } => {
                            self.set_ip(ip);
                            match self.call_kw_from_stack(argc as usize, kwnames as u32) {
                                Ok(Outcome::Value(v)) => {
                                    self.stack.push(v);
                                    if self.has_output() {
                                        self.flush_output(host);
                                    }
                                }
                                Ok(Outcome::Pushed) => continue 'frames,
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::CallEx { has_kw } => {
                            self.set_ip(ip);
                            match self.call_ex_from_stack(has_kw) {
                                Ok(Outcome::Value(v)) => {
                                    self.stack.push(v);
                                    if self.has_output() {
                                        self.flush_output(host);
                                    }
                                }
                                Ok(Outcome::Pushed) => continue 'frames,
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::ReturnValue => {
                            let v = self.pop();
                            self.set_ip(ip);
                            if let Err(e) = self.return_from_frame(v) {
                                if e.is_limit() {
                                    return Err(e);
                                }
                                self.unwind(e, false)?;
                            }
                            continue 'frames;
                        }
                        Instr::YieldValue => {
                            let v = self.pop();
                            self.set_ip(ip);
                            if let Err(e) = self.yield_from_frame(v) {
                                break 'op e;
                            }
                            continue 'frames;
                        }
                        Instr::Raise { kind } => match self.raise_class(kind) {
                            Ok(false) => break 'op self.raise_instr(kind),
                            Ok(true) => {
                                self.set_frame_ip(fi, ip);
                                continue 'frames;
                            }
                            Err(e) => break 'op e,
                        },
                        Instr::Reraise => {
                            let exc = self.pop();
                            self.set_ip(ip);
                            self.unwind(exc_of(exc), true)?;
                            continue 'frames;
                        }
                        Instr::PushExcInfo => {
                            let exc = self.pop();
                            let prev = self.swap_exc_info(exc);
                            self.stack.push(prev);
                            self.stack.push(exc);
                        }
                        Instr::PopExcept => {
                            let prev = self.pop();
                            self.swap_exc_info(prev);
                        }
                        Instr::PopExceptReraise => {
                            let exc = self.pop();
                            let prev = self.pop();
                            self.swap_exc_info(prev);
                            self.set_ip(ip);
                            self.unwind(exc_of(exc), true)?;
                            continue 'frames;
                        }
                        Instr::CheckExcMatch => {
                            let cls = self.pop();
                            let exc = self.top();
                            match self.exception_matches(exc, cls) {
                                Ok(m) => self.stack.push(Value::Bool(m)),
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::LoadAssertionError => self.stack.push(Value::Type(TypeId::AssertionError)),
                        Instr::GetYieldFromIter => {
                            let v = self.pop();
                            match self.get_yield_from_iter(v) {
                                Ok(Outcome::Value(it)) => self.stack.push(it),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::Send { target } => {
                            let sent = self.pop();
                            let it = self.top();
                            self.set_ip(ip);
                            match self.send(it, sent) {
                                Ok(super::iter::Step::Item(v)) => self.stack.push(v),
                                Ok(super::iter::Step::Done) => {
                                    // `send` left the return value in place of the iterator.
                                    ip = target as usize;
                                }
                                Ok(super::iter::Step::Pushed) => continue 'frames,
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::LoadBuildClass => self.stack.push(Value::Builtin(crate::builtins::Builtin::BuildClass)),
                        Instr::BeforeWith => {
                            let mgr = self.pop();
                            self.set_ip(ip);
                            match self.before_with(mgr) {
                                Ok(Outcome::Value(_)) => {}
                                Ok(Outcome::Pushed) => continue 'frames,
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::WithExceptStart => {
                            let exc = self.peek(1);
                            let exit = self.peek(3);
                            let ty = self.type_of(exc);
                            let tb = self.traceback_of(exc);
                            self.stack.push(exit);
                            self.stack.push(ty);
                            self.stack.push(exc);
                            self.stack.push(tb);
                        }
                        Instr::ImportName { name } => match self.import_module(name, ReturnMode::Push) {
                            Ok(Outcome::Value(m)) => self.stack.push(m),
                            Ok(Outcome::Pushed) => {
                                self.set_frame_ip(fi, ip);
                                continue 'frames;
                            }
                            Err(e) => break 'op e,
                        },
                        Instr::ImportFrom { name } => {
                            let m = self.top();
                            match self.import_from(m, name) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::ImportStar => {
                            let m = self.pop();
                            if let Err(e) = self.import_star(m) {
                                break 'op e;
                            }
                        }
                        Instr::MatchSequence => {
                            let v = self.pop();
                            self.stack.push(Value::Bool(self.match_sequence(v)));
                        }
                        Instr::MatchMapping => {
                            let v = self.pop();
                            self.stack.push(Value::Bool(self.match_mapping(v)));
                        }
                        Instr::GetLen => {
                            let v = self.pop();
                            match self.match_len(v) {
                                Ok(n) => self.stack.push(n),
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::MatchKeys | Instr::CopyDictWithoutKeys => {
                            let keys = self.pop();
                            let subject = self.pop();
                            let r = if matches!(instr, Instr::MatchKeys) {
                                self.match_keys(subject, keys)
                            } else {
                                self.dict_without_keys(subject, keys)
                            };
                            match r {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::MatchClass { npos } => {
                            let kwnames = self.pop();
                            let cls = self.pop();
                            let subject = self.pop();
                            match self.match_class(subject, cls, kwnames, npos as usize, ReturnMode::Push) {
                                Ok(Outcome::Value(v)) => self.stack.push(v),
                                Ok(Outcome::Pushed) => {
                                    self.set_frame_ip(fi, ip);
                                    continue 'frames;
                                }
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::GetAwaitable | Instr::BeforeAsyncWith | Instr::GetAIter | Instr::GetANext => {
                            self.set_ip(ip);
                            match self.await_setup(instr) {
                                Ok(Outcome::Value(a)) => self.stack.push(a),
                                Ok(Outcome::Pushed) => continue 'frames,
                                Err(e) => break 'op e,
                            }
                        }
                        Instr::EndAsyncFor => {
                            if let Err(e) = self.end_async_for() {
                                break 'op e;
                            }
                        }
                        Instr::LoadLocals => {
                            break 'op Exc::new(TypeId::SystemError, format!("{} is not supported yet", instr.name()));
                        }
                    }
                    continue 'next;
                };
                self.set_ip(ip);
                if err.is_limit() {
                    return Err(err);
                }
                self.unwind(err, false)?;
                continue 'frames;
            }
        }
    }

    #[inline]
    pub(super) fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }

    #[inline]
    pub(super) fn top(&self) -> Value {
        self.stack.last().copied().unwrap_or(Value::None)
    }

    /// The n-th value from the top (1 = top).
    #[inline]
    pub(super) fn peek(&self, n: usize) -> Value {
        let len = self.stack.len();
        if n == 0 || n > len { Value::None } else { self.stack[len - n] }
    }

    pub(super) fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }

    /// Save the instruction pointer of the top Python frame.
    #[inline]
    pub(super) fn set_ip(&mut self, ip: usize) {
        if let Some(Frame::Py(f)) = self.frames.last_mut() {
            f.ip = ip as u32;
        }
    }

    /// After an operation pushed frames: save the ip of the frame that ran it.
    #[inline]
    pub(super) fn set_frame_ip(&mut self, frame_index: usize, ip: usize) {
        if let Some(Frame::Py(f)) = self.frames.get_mut(frame_index) {
            f.ip = ip as u32;
        }
    }

    fn unbound_local(&self, code: &crate::bytecode::Code, slot: u32) -> Exc {
        let name = code.varnames.get(slot as usize).map_or("?", |s| s.as_str());
        Exc::new(
            TypeId::UnboundLocalError,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    }
}

fn exc_of(v: Value) -> Exc {
    match v {
        Value::Ref(id) => Exc::Raised(id),
        _ => Exc::new(TypeId::SystemError, "re-raised a non-exception"),
    }
}

fn float_cmp(op: CmpOp, x: f64, y: f64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}
