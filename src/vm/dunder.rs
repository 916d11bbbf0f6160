//! Operators and builtins on instances of user classes: special methods (`__add__`, `__eq__`,
//! `__bool__`, `__len__`, `__iter__`, `__contains__`, `__enter__`...) run as Python frames,
//! driven by resumable tasks that apply Python's rules (reflected operands, `NotImplemented`,
//! result type checks).

use serde::{Deserialize, Serialize};

use super::Vm;
use super::call::{Args, Outcome};
use super::frame::{Frame, ReturnMode};
use super::iter::Step;
use super::native::{NativeTask, Resume, TaskStep};
use crate::bytecode::{BinOp, CmpOp, Instr};
use crate::error::{Exc, PyResult};
use crate::objects::{GenState, Iter, Object};
use crate::types::TypeId;
use crate::value::{ObjId, Value};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum DunderTask {
    /// `a op b`: `stage` 0 = in-place method, 1 = left operand, 2 = reflected right operand.
    Binary { op: BinOp, a: Value, b: Value, inplace: bool, stage: u8, reflected_first: bool },
    /// `a op b` comparison: `stage` 0 = left, 1 = reflected; `invert` for `!=` through `__eq__`.
    Compare { op: CmpOp, a: Value, b: Value, stage: u8, invert: bool, reflected_first: bool },
    /// `bool(x)`: `by_len` when `__len__` is being used.
    Truth { by_len: bool },
    /// `len(x)`: check the result.
    Len,
    /// `x in c` through `__contains__`.
    Contains { invert: bool },
    /// `iter(x)` through `__iter__`: check the result is an iterator.
    IterCheck,
    /// `hash(x)` through `__hash__`: check the result.
    Hash,
    /// `str(x)`/`repr(x)` through `__str__` (`is_str`) or `__repr__`: check the result.
    Text { is_str: bool },
    /// `getattr(obj, name, default)` / `hasattr`: catch AttributeError.
    AttrDefault { default: Value, has: bool },
    /// A property getter whose AttributeError falls back to the class's `__getattr__`
    /// (`fallen` once that call is made).
    AttrFallback { obj: Value, name: Value, getattr: Value, fallen: bool },
    /// `gen.close()`.
    Close,
    /// Produce a fixed value once the frame above finishes (e.g. None for `setattr()`).
    Const(Value),
}

impl DunderTask {
    pub fn for_each_ref(&self, f: &mut dyn FnMut(Value)) {
        match self {
            DunderTask::Binary { a, b, .. } | DunderTask::Compare { a, b, .. } => {
                f(*a);
                f(*b);
            }
            DunderTask::AttrDefault { default, .. } | DunderTask::Const(default) => f(*default),
            DunderTask::AttrFallback { obj, name, getattr, .. } => {
                f(*obj);
                f(*name);
                f(*getattr);
            }
            _ => {}
        }
    }

    /// Does this task want to see errors raised by the frame it waits on?
    pub fn handles_errors(&self) -> bool {
        matches!(
            self,
            DunderTask::AttrDefault { .. } | DunderTask::Close | DunderTask::AttrFallback { fallen: false, .. }
        )
    }

    pub fn resume(&mut self, vm: &mut Vm, input: Resume) -> PyResult<TaskStep> {
        match self {
            DunderTask::Binary { op, a, b, inplace, stage, reflected_first } => {
                binary_step(vm, input, (*op, *a, *b), *inplace, stage, *reflected_first)
            }
            DunderTask::Compare { op, a, b, stage, invert, reflected_first } => {
                compare_step(vm, input, (*op, *a, *b), stage, invert, *reflected_first)
            }
            DunderTask::Truth { by_len } => {
                let Resume::Value(v) = input else { return Ok(TaskStep::Done(Value::Bool(true))) };
                if *by_len {
                    let n = vm.check_len_result(v)?;
                    return Ok(TaskStep::Done(Value::Bool(n != 0)));
                }
                match v {
                    Value::Bool(_) => Ok(TaskStep::Done(v)),
                    _ => Err(Exc::type_error(format!("__bool__ should return bool, returned {}", vm.type_name(v)))),
                }
            }
            DunderTask::Len => {
                let Resume::Value(v) = input else { return Ok(TaskStep::Done(Value::Int(0))) };
                let n = vm.check_len_result(v)?;
                Ok(TaskStep::Done(Value::Int(n)))
            }
            DunderTask::Contains { invert } => {
                let Resume::Value(v) = input else { return Ok(TaskStep::Done(Value::Bool(*invert))) };
                let t = vm.truthy_native(v)?;
                Ok(TaskStep::Done(Value::Bool(t != *invert)))
            }
            DunderTask::IterCheck => {
                let Resume::Value(it) = input else { return Ok(TaskStep::Done(Value::None)) };
                if vm.is_iterator(it) {
                    Ok(TaskStep::Done(it))
                } else {
                    Err(Exc::type_error(format!("iter() returned non-iterator of type '{}'", vm.type_name(it))))
                }
            }
            DunderTask::Hash => {
                let Resume::Value(v) = input else { return Ok(TaskStep::Done(Value::Int(0))) };
                match v {
                    Value::Int(i) => Ok(TaskStep::Done(Value::Int(if i == -1 { -2 } else { i }))),
                    Value::Bool(b) => Ok(TaskStep::Done(Value::Int(b as i64))),
                    _ if vm.bigint_ref(v).is_some() => Ok(TaskStep::Done(Value::Int(vm.hash_value(v)?))),
                    _ => Err(Exc::type_error("__hash__ method should return an integer")),
                }
            }
            DunderTask::Text { is_str } => {
                let Resume::Value(v) = input else { return Ok(TaskStep::Done(Value::None)) };
                if vm.as_str(v).is_some() {
                    Ok(TaskStep::Done(v))
                } else {
                    let method = if *is_str { "__str__" } else { "__repr__" };
                    Err(Exc::type_error(format!("{method} returned non-string (type {})", vm.type_name(v))))
                }
            }
            DunderTask::AttrDefault { default, has } => match input {
                Resume::Value(v) => Ok(TaskStep::Done(if *has { Value::Bool(true) } else { v })),
                Resume::Error(id) if vm.is_instance_of_type(id, TypeId::AttributeError) => {
                    Ok(TaskStep::Done(if *has { Value::Bool(false) } else { *default }))
                }
                Resume::Error(id) => Err(Exc::Raised(id)),
                _ => Ok(TaskStep::Done(Value::None)),
            },
            DunderTask::Const(v) => Ok(TaskStep::Done(*v)),
            DunderTask::AttrFallback { obj, name, getattr, fallen } => match input {
                Resume::Error(id) if vm.is_instance_of_type(id, TypeId::AttributeError) && !*fallen => {
                    *fallen = true;
                    match vm.call_value(*getattr, Args::positional([*obj, *name]), ReturnMode::Native)? {
                        Outcome::Value(v) => Ok(TaskStep::Done(v)),
                        Outcome::Pushed => Ok(TaskStep::Wait),
                    }
                }
                Resume::Error(id) => Err(Exc::Raised(id)),
                Resume::Value(v) => Ok(TaskStep::Done(v)),
                _ => Ok(TaskStep::Done(Value::None)),
            },
            DunderTask::Close => match input {
                Resume::Value(_) => Err(Exc::runtime_error("generator ignored GeneratorExit")),
                Resume::Error(id)
                    if vm.is_instance_of_type(id, TypeId::GeneratorExit)
                        || vm.is_instance_of_type(id, TypeId::StopIteration) =>
                {
                    Ok(TaskStep::Done(Value::None))
                }
                Resume::Error(id) => Err(Exc::Raised(id)),
                _ => Ok(TaskStep::Done(Value::None)),
            },
        }
    }
}

/// One step of a binary operator: try the in-place method, the left operand's method and the
/// right operand's reflected method in turn, skipping those that return NotImplemented.
fn binary_step(
    vm: &mut Vm,
    input: Resume,
    (op, a, b): (BinOp, Value, Value),
    inplace: bool,
    stage: &mut u8,
    reflected_first: bool,
) -> PyResult<TaskStep> {
    let (name, rname, iname) = op.dunders();
    if let Resume::Value(r) = input
        && !matches!(r, Value::NotImplemented)
    {
        return Ok(TaskStep::Done(r));
    }
    loop {
        let s = *stage;
        *stage += 1;
        let (target, method, other) = match (s, reflected_first) {
            (0, _) if inplace => (a, iname, b),
            (0, _) => continue,
            (1, false) | (2, true) => (a, name, b),
            (2, false) | (1, true) => (b, rname, a),
            _ => return Err(vm.unsupported(op, a, b, inplace)),
        };
        // Reflected methods are not tried on the same type twice.
        if method == rname && vm.type_of(a).is(vm.type_of(b)) && vm.is_user_instance(a) {
            continue;
        }
        match vm.dunder(target, method) {
            Some(f) => {
                return match vm.call_value(f, Args::positional([target, other]), ReturnMode::Native)? {
                    Outcome::Value(Value::NotImplemented) => continue,
                    Outcome::Value(r) => Ok(TaskStep::Done(r)),
                    Outcome::Pushed => Ok(TaskStep::Wait),
                };
            }
            None if method != iname && (!vm.is_user_instance(target) || vm.instance_base(target).is_some()) => {
                // A builtin operand (or a subclass instance's builtin value): the native
                // implementation.
                let (x, y) = if method == rname { (other, target) } else { (target, other) };
                let (x, y) = (vm.instance_base(x).unwrap_or(x), vm.instance_base(y).unwrap_or(y));
                if !vm.is_user_instance(x)
                    && !vm.is_user_instance(y)
                    && let Some(r) = vm.binary_value(op, x, y)?
                {
                    return Ok(TaskStep::Done(r));
                }
            }
            None => {}
        }
    }
}

/// One step of a rich comparison: the left operand's method, then the reflected one, then
/// identity for `==`/`!=` or TypeError.
fn compare_step(
    vm: &mut Vm,
    input: Resume,
    (op, a, b): (CmpOp, Value, Value),
    stage: &mut u8,
    invert: &mut bool,
    reflected_first: bool,
) -> PyResult<TaskStep> {
    if let Resume::Value(r) = input
        && !matches!(r, Value::NotImplemented)
    {
        if *invert {
            let t = vm.truthy_native(r)?;
            return Ok(TaskStep::Done(Value::Bool(!t)));
        }
        return Ok(TaskStep::Done(r));
    }
    loop {
        let s = *stage;
        *stage += 1;
        let (target, cmp, other) = match (s, reflected_first) {
            (0, false) | (1, true) => (a, op, b),
            (1, false) | (0, true) => (b, op.swapped(), a),
            _ => {
                return match op {
                    CmpOp::Eq => Ok(TaskStep::Done(Value::Bool(a.is(b)))),
                    CmpOp::Ne => Ok(TaskStep::Done(Value::Bool(!a.is(b)))),
                    _ => Err(Exc::type_error(format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        vm.type_name(a),
                        vm.type_name(b)
                    ))),
                };
            }
        };
        let mut method = vm.dunder(target, cmp.dunder());
        *invert = false;
        if method.is_none() && cmp == CmpOp::Ne {
            // `object.__ne__` inverts `__eq__`.
            method = vm.dunder(target, "__eq__");
            *invert = method.is_some();
        }
        match method {
            Some(f) => {
                return match vm.call_value(f, Args::positional([target, other]), ReturnMode::Native)? {
                    Outcome::Value(Value::NotImplemented) => continue,
                    Outcome::Value(r) => {
                        if *invert {
                            let t = vm.truthy_native(r)?;
                            Ok(TaskStep::Done(Value::Bool(!t)))
                        } else {
                            Ok(TaskStep::Done(r))
                        }
                    }
                    Outcome::Pushed => Ok(TaskStep::Wait),
                };
            }
            None if !vm.is_user_instance(target) && !vm.is_user_instance(other) => {
                return Ok(TaskStep::Done(Value::Bool(vm.compare_bool(cmp, target, other)?)));
            }
            None if vm.instance_base(target).is_some() => {
                // A subclass of a builtin type compares by its builtin value.
                let x = vm.instance_base(target).unwrap_or(target);
                let y = vm.instance_base(other).unwrap_or(other);
                if !vm.is_user_instance(y) {
                    return match vm.compare_any(cmp, x, y, ReturnMode::Native)? {
                        Outcome::Value(r) => Ok(TaskStep::Done(r)),
                        Outcome::Pushed => Ok(TaskStep::Wait),
                    };
                }
            }
            None => {}
        }
    }
}

impl Vm {
    fn push_dunder(&mut self, task: DunderTask, ret: ReturnMode) -> PyResult<Outcome> {
        self.push_native(NativeTask::Dunder(Box::new(task)), ret)
    }

    /// Call special method `f` on `obj` with extra args, through a checking task.
    pub(super) fn call_checked(
        &mut self,
        task: DunderTask,
        f: Value,
        args: Vec<Value>,
        ret: ReturnMode,
    ) -> PyResult<Outcome> {
        self.push_dunder(task, ret)?;
        match self.call_value(f, Args::positional(args), ReturnMode::Native)? {
            Outcome::Value(v) => self.set_native_input(Resume::Value(v)),
            Outcome::Pushed => {}
        }
        Ok(Outcome::Pushed)
    }

    fn check_len_result(&self, v: Value) -> PyResult<i64> {
        let n = match v {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ if self.bigint_ref(v).is_some() => {
                return Err(Exc::overflow("cannot fit 'int' into an index-sized integer"));
            }
            _ => {
                return Err(Exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                )));
            }
        };
        if n < 0 {
            return Err(Exc::value_error("__len__() should return >= 0"));
        }
        Ok(n)
    }

    /// Does either operand of a binary operator have special methods to consult?
    pub fn involves_instances(&self, a: Value, b: Value) -> bool {
        self.is_user_instance(a) || self.is_user_instance(b)
    }

    /// Binary operator with special methods.
    pub fn binary_dunder(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
        ret: ReturnMode,
    ) -> PyResult<Outcome> {
        let (_, rname, _) = op.dunders();
        // A subclass's reflected method goes first when it overrides the base's.
        let reflected_first = self.is_user_instance(b)
            && !self.type_of(a).is(self.type_of(b))
            && self.is_subclass(self.type_of(b), self.type_of(a))
            && self.dunder(b, rname).is_some_and(|m| !self.dunder(a, rname).is_some_and(|n| n.is(m)));
        let task = DunderTask::Binary { op, a, b, inplace, stage: 0, reflected_first };
        self.push_dunder(task, ret)
    }

    /// Rich comparison with special methods.
    pub fn compare_dunder(&mut self, op: CmpOp, a: Value, b: Value, ret: ReturnMode) -> PyResult<Outcome> {
        // For comparisons a subclass's reflected method goes first even when not overridden.
        let reflected_first = self.is_user_instance(b)
            && !self.type_of(a).is(self.type_of(b))
            && self.is_subclass(self.type_of(b), self.type_of(a));
        let task = DunderTask::Compare { op, a, b, stage: 0, invert: false, reflected_first };
        self.push_dunder(task, ret)
    }

    /// `bool(v)` for instances: `None` when a frame was pushed.
    pub fn truthy_dunder(&mut self, v: Value, ret: ReturnMode) -> PyResult<Option<bool>> {
        if let Some(f) = self.dunder(v, "__bool__") {
            self.call_checked(DunderTask::Truth { by_len: false }, f, vec![v], ret)?;
            return Ok(None);
        }
        if let Some(f) = self.dunder(v, "__len__") {
            self.call_checked(DunderTask::Truth { by_len: true }, f, vec![v], ret)?;
            return Ok(None);
        }
        if let Some(base) = self.instance_base(v) {
            return self.truthy_native(base).map(Some);
        }
        Ok(Some(true))
    }

    /// The builtin value behind an instance of a subclass of a builtin type.
    pub fn instance_base(&self, v: Value) -> Option<Value> {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Instance(inst) => inst.base,
                _ => None,
            },
            _ => None,
        }
    }

    /// `len(v)` for instances.
    pub fn len_dunder(&mut self, v: Value, ret: ReturnMode) -> PyResult<Outcome> {
        match self.dunder(v, "__len__") {
            Some(f) => self.call_checked(DunderTask::Len, f, vec![v], ret),
            None => match self.instance_base(v) {
                Some(base) => Ok(Outcome::Value(Value::Int(self.len_of(base)?))),
                None => Err(Exc::type_error(format!("object of type '{}' has no len()", self.type_name(v)))),
            },
        }
    }

    /// `item in v` for instances.
    pub fn contains_dunder(
        &mut self,
        v: Value,
        item: Value,
        invert: bool,
        ret: ReturnMode,
    ) -> PyResult<Option<Outcome>> {
        if let Some(f) = self.dunder(v, "__contains__") {
            return self.call_checked(DunderTask::Contains { invert }, f, vec![v, item], ret).map(Some);
        }
        if let Some(base) = self.instance_base(v) {
            return self.contains(base, item, invert).map(Some);
        }
        if self.dunder(v, "__iter__").is_some() || self.dunder(v, "__getitem__").is_some() {
            let sink = super::sink::Sink::Contains { item, invert };
            return self.run_sink(v, None, sink, ret).map(Some);
        }
        Ok(None)
    }

    /// `hash(v)` for instances with `__hash__` (None when the hash is the identity hash).
    pub fn hash_dunder(&mut self, v: Value, ret: ReturnMode) -> PyResult<Option<Outcome>> {
        let Value::Ref(id) = v else { return Ok(None) };
        let Object::Instance(inst) = self.heap.get(id) else { return Ok(None) };
        let class = inst.class;
        if !matches!(class, Value::Ref(_)) {
            return Ok(None);
        }
        match self.class_lookup_str(class, "__hash__") {
            Some(Value::None) => Err(Exc::type_error(format!("unhashable type: '{}'", self.class_name(class)))),
            Some(f) => self.call_checked(DunderTask::Hash, f, vec![v], ret).map(Some),
            None if self.class_lookup_str(class, "__eq__").is_some() => {
                Err(Exc::type_error(format!("unhashable type: '{}'", self.class_name(class))))
            }
            None => Ok(None),
        }
    }

    /// `str(v)` (`method` `__str__`) or `repr(v)` (`__repr__`) for an instance with that
    /// special method: None when the class does not define it.
    pub fn text_dunder(&mut self, v: Value, method: &'static str, ret: ReturnMode) -> PyResult<Option<Outcome>> {
        let f = match self.dunder(v, method) {
            Some(f) => f,
            None if method == "__str__" => match self.dunder(v, "__repr__") {
                Some(f) => f,
                None => return Ok(None),
            },
            None => return Ok(None),
        };
        let is_str = method == "__str__" && self.dunder(v, "__str__").is_some();
        self.call_checked(DunderTask::Text { is_str }, f, vec![v], ret).map(Some)
    }

    /// The frame just pushed discards its result; make the call it serves produce `v` (for
    /// `ret`) when it finishes.
    pub fn push_result_after(&mut self, ret: ReturnMode, v: Value) {
        let Some(mut frame) = self.frames.pop() else { return };
        if self.push_dunder(DunderTask::Const(v), ret).is_ok()
            && let super::frame::Frame::Py(p) = &mut frame
        {
            p.ret = ReturnMode::Native;
        }
        self.frames.push(frame);
    }

    /// `format(obj, spec)` and f-string fields for instances: `__format__`, or `str()` for
    /// an empty spec.
    pub fn format_instance(&mut self, obj: Value, spec: &str, ret: ReturnMode) -> PyResult<Outcome> {
        if let Some(f) = self.dunder(obj, "__format__") {
            let s = self.new_str(spec.to_string());
            return self.call_checked(DunderTask::Text { is_str: true }, f, vec![obj, s], ret);
        }
        if spec.is_empty() {
            return self.text_task(vec![obj], super::text::TextGoal::Str, ret);
        }
        if let Some(base) = self.instance_base(obj) {
            let text = self.format_with_spec(base, spec)?;
            return Ok(Outcome::Value(self.new_str(text)));
        }
        Err(Exc::type_error(format!("unsupported format string passed to {}.__format__", self.type_name(obj))))
    }

    /// `getattr(obj, name, default)` / `hasattr(obj, name)`.
    pub fn getattr_default(
        &mut self,
        obj: Value,
        name: &str,
        default: Option<Value>,
        ret: ReturnMode,
    ) -> PyResult<Outcome> {
        let has = default.is_none();
        let task = DunderTask::AttrDefault { default: default.unwrap_or(Value::None), has };
        match self.getattr_with(obj, name, None, ReturnMode::Native) {
            Ok(Outcome::Value(v)) => Ok(Outcome::Value(if has { Value::Bool(true) } else { v })),
            Ok(Outcome::Pushed) => {
                // The getter frame is already pushed: slide the default-catching task under it.
                let frame = self.frames.pop();
                self.push_dunder(task, ret)?;
                if let Some(f) = frame {
                    self.frames.push(f);
                }
                Ok(Outcome::Pushed)
            }
            Err(e) if self.exc_is(&e, TypeId::AttributeError) => {
                Ok(Outcome::Value(if has { Value::Bool(false) } else { task_default(&task) }))
            }
            Err(e) => Err(e),
        }
    }

    pub(super) fn exc_is(&self, e: &Exc, t: TypeId) -> bool {
        match e {
            Exc::New(b) => b.0.is_subclass(t),
            Exc::Raised(id) => self.is_instance_of_type(*id, t),
            Exc::Limit(_) | Exc::Defer => false,
        }
    }

    /// Is `v` something `next()` works on?
    pub fn is_iterator(&self, v: Value) -> bool {
        match v {
            Value::Ref(id) => match self.heap.get(id) {
                Object::Iter(_) | Object::Generator(_) => true,
                Object::Instance(_) => self.dunder(v, "__next__").is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// `iter()` on an instance: `__iter__`, or the sequence protocol through `__getitem__`.
    pub(super) fn instance_iter(&mut self, v: Value, ret: ReturnMode) -> PyResult<Outcome> {
        if let Some(f) = self.dunder(v, "__iter__") {
            return self.call_checked(DunderTask::IterCheck, f, vec![v], ret);
        }
        if let Some(base) = self.instance_base(v) {
            return self.get_iter_to(base, ret);
        }
        if self.dunder(v, "__getitem__").is_some() {
            return Ok(Outcome::Value(self.alloc(Object::Iter(Box::new(Iter::GetItem { obj: v, index: 0 })))));
        }
        Err(self.not_iterable(v))
    }

    /// `next()` on an instance: `__next__`, with the item delivered to `ret`.
    pub(super) fn instance_next(&mut self, v: Value, ret: ReturnMode) -> PyResult<Step> {
        match self.dunder(v, "__next__") {
            Some(f) => match self.call_value(f, Args::positional([v]), ret)? {
                Outcome::Value(item) => Ok(Step::Item(item)),
                Outcome::Pushed => Ok(Step::Pushed),
            },
            None => Err(self.not_iterator(v)),
        }
    }

    /// `obj[key]`, `obj[key] = v`, `del obj[key]` for instances (`value` None for get/del,
    /// `delete` for del); None when the class has no such method and no builtin base.
    pub fn item_dunder(
        &mut self,
        obj: Value,
        key: Value,
        value: Option<Value>,
        delete: bool,
    ) -> PyResult<Option<Outcome>> {
        let (name, args, ret) = match (value, delete) {
            (Some(v), _) => ("__setitem__", vec![obj, key, v], ReturnMode::Discard),
            (None, true) => ("__delitem__", vec![obj, key], ReturnMode::Discard),
            (None, false) => ("__getitem__", vec![obj, key], ReturnMode::Push),
        };
        if let Some(f) = self.dunder(obj, name) {
            return self.call_value(f, Args::positional(args), ret).map(Some);
        }
        if let Some(base) = self.instance_base(obj) {
            return match (value, delete) {
                (Some(v), _) => self.store_subscript(base, key, v).map(Some),
                (None, true) => self.delete_subscript(base, key).map(Some),
                (None, false) => self.dict_subclass_getitem(obj, base, key).map(Some),
            };
        }
        Ok(None)
    }

    /// `obj[key]` for an instance of a subclass of a builtin type: the builtin lookup, with
    /// the class's `__missing__` called for keys a dict lacks.
    fn dict_subclass_getitem(&mut self, obj: Value, base: Value, key: Value) -> PyResult<Outcome> {
        let is_dict = matches!(base, Value::Ref(id) if matches!(self.heap.get(id), Object::Dict(_)));
        let missing = if is_dict { self.dunder(obj, "__missing__") } else { None };
        let Some(missing) = missing else { return self.subscript(base, key) };
        if self.needs_python_key(key) {
            return self.key_op(base, key, super::keys::KeyAction::GetMissing(obj, missing), ReturnMode::Push);
        }
        match self.subscript(base, key) {
            Err(e) if self.exc_is(&e, TypeId::KeyError) => {
                self.call_value(missing, Args::positional([obj, key]), ReturnMode::Push)
            }
            other => other,
        }
    }

    /// `with mgr:` — push the bound `__exit__`, then call `__enter__` (its result is pushed).
    pub(super) fn before_with(&mut self, mgr: Value) -> PyResult<Outcome> {
        let (Some(enter), Some(exit)) = (self.dunder(mgr, "__enter__"), self.dunder(mgr, "__exit__")) else {
            return Err(Exc::type_error(format!(
                "'{}' object does not support the context manager protocol",
                self.type_name(mgr)
            )));
        };
        let bound_exit = self.alloc(Object::BoundMethod { func: exit, receiver: mgr });
        self.stack.push(bound_exit);
        match self.call_value(enter, Args::positional([mgr]), ReturnMode::Push)? {
            Outcome::Value(v) => {
                self.stack.push(v);
                Ok(Outcome::Value(Value::None))
            }
            Outcome::Pushed => Ok(Outcome::Pushed),
        }
    }

    /// `gen.send(v)`, `gen.throw(e)`, `gen.close()`.
    pub fn generator_method(
        &mut self,
        genr: Value,
        m: crate::methods::MethodName,
        args: Args,
        ret: ReturnMode,
    ) -> PyResult<Outcome> {
        use crate::methods::MethodName as M;
        let Value::Ref(id) = genr else { return Err(Exc::type_error("not a generator")) };
        match m {
            M::Send => {
                let v = args.pos.first().copied().unwrap_or(Value::None);
                match self.resume_generator(id, v, ret)? {
                    Step::Pushed => Ok(Outcome::Pushed),
                    Step::Item(x) => Ok(Outcome::Value(x)),
                    Step::Done => Err(Exc::bare(TypeId::StopIteration)),
                }
            }
            M::Throw => {
                let exc = self.throw_argument(&args)?;
                self.throw_into(id, exc, ret)
            }
            M::Close => {
                let state = match self.heap.get(id) {
                    Object::Generator(g) => g.state,
                    _ => GenState::Finished,
                };
                if state != GenState::Suspended {
                    if let Object::Generator(g) = self.heap.get_mut(id)
                        && g.state == GenState::Created
                    {
                        g.state = GenState::Finished;
                        g.stack.clear();
                    }
                    return Ok(Outcome::Value(Value::None));
                }
                self.push_dunder(DunderTask::Close, ret)?;
                let exc = Exc::bare(TypeId::GeneratorExit);
                match self.throw_into(id, exc, ReturnMode::NativeIter) {
                    Ok(_) => Ok(Outcome::Pushed),
                    Err(e) => Err(e),
                }
            }
            _ => Err(Exc::attribute_error(format!("'generator' object has no attribute '{}'", m.as_str()))),
        }
    }

    /// The exception `gen.throw(...)` raises: an instance, or a class with an optional value.
    fn throw_argument(&mut self, args: &Args) -> PyResult<Exc> {
        let Some(first) = args.pos.first().copied() else {
            return Err(Exc::type_error("throw expected at least 1 argument, got 0"));
        };
        match first {
            Value::Type(t) if t.is_exception() => Ok(match args.pos.get(1) {
                Some(v) if !v.is_none() => Exc::with_value(t, *v),
                _ => Exc::bare(t),
            }),
            Value::Ref(id) => match self.heap.get(id) {
                Object::Instance(i) if i.exc.is_some() => Ok(Exc::Raised(id)),
                Object::Class(_) if self.class_is_exception(first) => {
                    let args: Vec<Value> = args.pos.get(1).filter(|v| !v.is_none()).copied().into_iter().collect();
                    Ok(Exc::Raised(self.new_exception(first, args)))
                }
                _ => {
                    Err(Exc::type_error("exceptions must be classes or instances deriving from BaseException, not str"))
                }
            },
            _ => Err(Exc::type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                self.type_name(first)
            ))),
        }
    }

    /// Resume generator `id` by raising `exc` at its current `yield`.
    fn throw_into(&mut self, id: ObjId, exc: Exc, ret: ReturnMode) -> PyResult<Outcome> {
        let state = match self.heap.get(id) {
            Object::Generator(g) => g.state,
            _ => return Err(Exc::type_error("not a generator")),
        };
        match state {
            GenState::Running => return Err(Exc::value_error("generator already executing")),
            GenState::Finished | GenState::Created => {
                // Nothing to resume: the exception is raised here (and a new generator ends).
                if let Object::Generator(g) = self.heap.get_mut(id) {
                    g.state = GenState::Finished;
                    g.stack.clear();
                }
                return Err(exc);
            }
            GenState::Suspended => {}
        }
        // Resume the frame without a sent value, then raise at the yield.
        self.resume_generator(id, Value::None, ret)?;
        self.stack.pop();
        if let Some(sub) = self.delegating_to() {
            // Suspended in `yield from sub`: the exception goes to `sub` first; what it
            // yields, returns or raises comes back through the `Send` (see `send`).
            return self.throw_into(sub, exc, ReturnMode::Send);
        }
        match self.unwind(exc, false) {
            Ok(()) => Ok(Outcome::Pushed),
            Err(e) => Err(e),
        }
    }
}

impl Vm {
    /// The top frame was just resumed at a `yield` inside a `yield from` loop over a
    /// suspended generator: rewind it to just past its `Send` and return that generator.
    fn delegating_to(&mut self) -> Option<ObjId> {
        let program = self.program.clone();
        let Some(Frame::Py(f)) = self.frames.last() else { return None };
        let code = program.codes.get(f.code as usize)?;
        let Some(Instr::Jump { target }) = code.instrs.get(f.ip as usize) else { return None };
        if !matches!(code.instrs.get(*target as usize), Some(Instr::Send { .. })) {
            return None;
        }
        let Value::Ref(sub) = self.top() else { return None };
        if !matches!(self.heap.get(sub), Object::Generator(g) if g.state == GenState::Suspended) {
            return None;
        }
        let resume_at = target + 1;
        if let Some(Frame::Py(f)) = self.frames.last_mut() {
            f.ip = resume_at;
        }
        Some(sub)
    }
}

fn task_default(task: &DunderTask) -> Value {
    match task {
        DunderTask::AttrDefault { default, .. } => *default,
        _ => Value::None,
    }
}
