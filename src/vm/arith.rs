//! Binary and unary operators on builtin values (the int fast paths live in the run loop).

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::Vm;
use super::call::Outcome;
use super::frame::ReturnMode;
use super::sink::Sink;
use super::textmemo::TextOp;
use crate::bytecode::{BinOp, Instr};
use crate::error::{Exc, PyResult};
use crate::numeric::{self, IntVal};
use crate::objects::{Object, Set};
use crate::types::TypeId;
use crate::value::Value;

/// A numeric operand.
enum N {
    I(i64),
    B(BigInt),
    F(f64),
    C(f64, f64),
}

impl Vm {
    fn num(&self, v: Value) -> Option<N> {
        match v {
            Value::Int(i) => Some(N::I(i)),
            Value::Bool(b) => Some(N::I(b as i64)),
            Value::Float(f) => Some(N::F(f)),
            Value::Ref(id) => match self.heap.get(id) {
                Object::BigInt(b) => Some(N::B(b.clone())),
                Object::Complex { re, im } => Some(N::C(*re, *im)),
                _ => None,
            },
            _ => None,
        }
    }

    fn int_value(&mut self, r: IntVal) -> Value {
        match r {
            IntVal::Small(i) => Value::Int(i),
            IntVal::Big(b) => self.new_bigint(b),
        }
    }

    /// Pop two operands and apply a binary operator (the slow path of `Add` & co).
    pub(super) fn binary_slow(&mut self, op: BinOp, inplace: bool) -> PyResult<Outcome> {
        let b = self.pop();
        let a = self.pop();
        if op == BinOp::Mod && self.as_str(a).is_some() && !self.is_user_instance(a) && self.formats_objects(b) {
            return self.format_with_python(TextOp::Percent(a, b), ReturnMode::Push);
        }
        if self.involves_instances(a, b) {
            return self.binary_dunder(op, a, b, inplace, ReturnMode::Push);
        }
        if matches!(op, BinOp::Or | BinOp::And | BinOp::Sub)
            && self.set_holds_python_keys(a) | self.set_holds_python_keys(b)
        {
            return self.set_binary_python(op, a, b, ReturnMode::Push);
        }
        if inplace && let Some(v) = self.inplace_container(op, a, b)? {
            return Ok(v);
        }
        match self.binary_value(op, a, b)? {
            Some(v) => Ok(Outcome::Value(v)),
            None => Err(self.unsupported(op, a, b, inplace)),
        }
    }

    /// `a + b` for `sum()`.
    pub fn add_values(&mut self, a: Value, b: Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b)
            && let Some(r) = x.checked_add(y)
        {
            return Ok(Value::Int(r));
        }
        match self.binary_value(BinOp::Add, a, b)? {
            Some(v) => Ok(v),
            None => Err(self.unsupported(BinOp::Add, a, b, false)),
        }
    }

    pub(super) fn unsupported(&self, op: BinOp, a: Value, b: Value, inplace: bool) -> Exc {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add
            && let Value::Ref(id) = a
        {
            let what = match self.heap.get(id) {
                Object::Str(_) => Some("str"),
                Object::List(_) => Some("list"),
                Object::Tuple(_) => Some("tuple"),
                Object::Bytes(_) => Some("bytes"),
                Object::ByteArray(_) => Some("bytearray"),
                _ => None,
            };
            if let Some(w) = what {
                if w == "bytes" {
                    return Exc::type_error(format!("can't concat {tb} to bytes"));
                }
                return Exc::type_error(format!("can only concatenate {w} (not \"{tb}\") to {w}"));
            }
        }
        if op == BinOp::Mul && (self.is_sequence(a) || self.is_sequence(b)) {
            let other = if self.is_sequence(a) { tb } else { ta };
            return Exc::type_error(format!("can't multiply sequence by non-int of type '{other}'"));
        }
        let sym = if inplace {
            match op {
                BinOp::Pow => "**=".to_string(),
                _ => format!("{}=", op.symbol()),
            }
        } else {
            op.symbol().to_string()
        };
        Exc::type_error(format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"))
    }

    fn is_sequence(&self, v: Value) -> bool {
        matches!(v, Value::Ref(id) if matches!(self.heap.get(id), Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_)))
    }

    /// `a op b` for builtin types; `None` if the types do not support it.
    pub fn binary_value(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        if op == BinOp::Or
            && let Some(u) = self.type_union(a, b)
        {
            return Ok(Some(u));
        }
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::And => return Ok(Some(Value::Bool(x & y))),
                BinOp::Or => return Ok(Some(Value::Bool(x | y))),
                BinOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        if let Some(v) = self.view_set_op(op, a, b)? {
            return Ok(Some(v));
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return self.numeric_op(op, x, y).map(Some);
        }
        let (Value::Ref(ia), vb) = (a, b) else {
            // int * sequence
            if op == BinOp::Mul
                && let (Some(_), Value::Ref(_)) = (self.num(a), b)
            {
                return self.repeat(b, a);
            }
            return Ok(None);
        };
        if op == BinOp::Add
            && let Some(v) = self.concat(ia, vb)?
        {
            return Ok(Some(v));
        }
        match (op, self.heap.get(ia)) {
            (
                BinOp::Mul,
                Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_),
            ) => self.repeat(a, b),
            (BinOp::Mod, Object::Str(_)) => self.percent_format(a, b).map(Some),
            (BinOp::Mod, Object::Bytes(_)) => self.bytes_percent_format(a, b).map(Some),
            (BinOp::Or, Object::Dict(x)) => {
                let Value::Ref(ib) = vb else { return Ok(None) };
                if !matches!(self.heap.get(ib), Object::Dict(_)) {
                    return Ok(None);
                }
                let copy = x.clone();
                let merged = self.new_dict(copy);
                self.dict_update_from(merged, vb)?;
                Ok(Some(merged))
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Object::Set(_) | Object::FrozenSet(_)) => {
                self.set_binary(op, a, b)
            }
            _ => Ok(None),
        }
    }

    /// `a + b` for two sequences of the same type.
    fn concat(&mut self, ia: crate::value::ObjId, vb: Value) -> PyResult<Option<Value>> {
        let Value::Ref(ib) = vb else { return Ok(None) };
        let size = match (self.heap.get(ia), self.heap.get(ib)) {
            (Object::Str(x), Object::Str(y)) => x.as_str().len() + y.as_str().len(),
            (Object::Bytes(x) | Object::ByteArray(x), Object::Bytes(y) | Object::ByteArray(y)) => x.len() + y.len(),
            (Object::List(x), Object::List(y)) | (Object::Tuple(x), Object::Tuple(y)) => (x.len() + y.len()) * 16,
            _ => return Ok(None),
        };
        self.reserve(size)?;
        let result = match (self.heap.get(ia), self.heap.get(ib)) {
            (Object::Str(x), Object::Str(y)) => {
                let mut s = String::with_capacity(size);
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Object::Str(crate::objects::PyStr::new(s))
            }
            (Object::Bytes(x), Object::Bytes(y) | Object::ByteArray(y)) => {
                Object::Bytes([x.as_slice(), y.as_slice()].concat())
            }
            (Object::ByteArray(x), Object::Bytes(y) | Object::ByteArray(y)) => {
                Object::ByteArray([x.as_slice(), y.as_slice()].concat())
            }
            (Object::List(x), Object::List(y)) => Object::List([x.as_slice(), y.as_slice()].concat()),
            (Object::Tuple(x), Object::Tuple(y)) => Object::Tuple([x.as_slice(), y.as_slice()].concat()),
            _ => return Ok(None),
        };
        Ok(Some(self.alloc(result)))
    }

    fn numeric_op(&mut self, op: BinOp, x: N, y: N) -> PyResult<Value> {
        use N::*;
        // Promote to a common representation.
        match (x, y) {
            (C(a, b), y) => {
                let (c, d) = self.complex_parts(y)?;
                self.complex_op(op, (a, b), (c, d))
            }
            (x, C(c, d)) => {
                let (a, b) = self.complex_parts(x)?;
                self.complex_op(op, (a, b), (c, d))
            }
            (F(a), F(b)) => self.float_op(op, a, b),
            (F(a), I(b)) => self.float_op(op, a, b as f64),
            (I(a), F(b)) => self.float_op(op, a as f64, b),
            (F(a), B(b)) => {
                let b = numeric::big_to_f64(&b)?;
                self.float_op(op, a, b)
            }
            (B(a), F(b)) => {
                let a = numeric::big_to_f64(&a)?;
                self.float_op(op, a, b)
            }
            (I(a), I(b)) => self.small_int_op(op, a, b),
            (I(a), B(b)) => self.big_int_op(op, BigInt::from(a), b),
            (B(a), I(b)) => self.big_int_op(op, a, BigInt::from(b)),
            (B(a), B(b)) => self.big_int_op(op, a, b),
        }
    }

    fn complex_parts(&self, n: N) -> PyResult<(f64, f64)> {
        Ok(match n {
            N::I(i) => (i as f64, 0.0),
            N::B(b) => (numeric::big_to_f64(&b)?, 0.0),
            N::F(f) => (f, 0.0),
            N::C(a, b) => (a, b),
        })
    }

    pub fn new_complex(&mut self, re: f64, im: f64) -> Value {
        self.alloc(Object::Complex { re, im })
    }

    fn complex_op(&mut self, op: BinOp, x: (f64, f64), y: (f64, f64)) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => (x.0 + y.0, x.1 + y.1),
            BinOp::Sub => (x.0 - y.0, x.1 - y.1),
            BinOp::Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
            BinOp::TrueDiv => numeric::complex_div(x, y)?,
            BinOp::Pow => numeric::complex_pow(x, y)?,
            _ => {
                return Err(Exc::type_error(format!(
                    "unsupported operand type(s) for {}: 'complex' and 'complex'",
                    op.symbol()
                )));
            }
        };
        Ok(self.new_complex(r.0, r.1))
    }

    fn small_int_op(&mut self, op: BinOp, a: i64, b: i64) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mul => a.checked_mul(b),
            BinOp::FloorDiv => return Ok(self.int_value(numeric::small_floordiv(a, b)?)),
            BinOp::Mod => return Ok(Value::Int(numeric::small_mod(a, b)?)),
            BinOp::TrueDiv => {
                return Ok(Value::Float(numeric::int_true_div(&BigInt::from(a), &BigInt::from(b))?));
            }
            BinOp::And => Some(a & b),
            BinOp::Or => Some(a | b),
            BinOp::Xor => Some(a ^ b),
            BinOp::LShift => {
                if b < 0 {
                    return Err(Exc::value_error("negative shift count"));
                }
                if b < 63 && a.unsigned_abs() < (1u64 << (63 - b)) { Some(a << b) } else { None }
            }
            BinOp::RShift => {
                if b < 0 {
                    return Err(Exc::value_error("negative shift count"));
                }
                Some(if b >= 64 { if a < 0 { -1 } else { 0 } } else { a >> b })
            }
            BinOp::Pow => {
                if b < 0 {
                    if a == 0 {
                        return Err(Exc::zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return self.float_op(BinOp::Pow, a as f64, b as f64);
                }
                // Against the memory limit first, then the interpreter's own int size cap.
                if a.unsigned_abs() > 1 {
                    let bits = (64 - a.unsigned_abs().leading_zeros()) as u64;
                    self.reserve((bits.saturating_mul(b as u64) / 8) as usize)?;
                }
                return Ok(self.int_value(numeric::int_pow(&BigInt::from(a), b as u64)?));
            }
            BinOp::MatMul => return Err(Exc::type_error("unsupported operand type(s) for @: 'int' and 'int'")),
        };
        match r {
            Some(v) => Ok(Value::Int(v)),
            None => self.big_int_op(op, BigInt::from(a), BigInt::from(b)),
        }
    }

    fn big_int_op(&mut self, op: BinOp, a: BigInt, b: BigInt) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => IntVal::from_big(a + b),
            BinOp::Sub => IntVal::from_big(a - b),
            BinOp::Mul => {
                self.reserve(((a.bits() + b.bits()) / 8) as usize)?;
                numeric::check_product_bits(&a, &b)?;
                IntVal::from_big(a * b)
            }
            BinOp::FloorDiv => IntVal::from_big(numeric::big_floordiv(&a, &b)?),
            BinOp::Mod => IntVal::from_big(numeric::big_mod(&a, &b)?),
            BinOp::TrueDiv => return Ok(Value::Float(numeric::int_true_div(&a, &b)?)),
            BinOp::And => IntVal::from_big(a & b),
            BinOp::Or => IntVal::from_big(a | b),
            BinOp::Xor => IntVal::from_big(a ^ b),
            BinOp::LShift => numeric::shift_left(&a, &b)?,
            BinOp::RShift => numeric::shift_right(&a, &b)?,
            BinOp::Pow => {
                if b < BigInt::zero() {
                    if a.is_zero() {
                        return Err(Exc::zero_division("0.0 cannot be raised to a negative power"));
                    }
                    let fa = numeric::big_to_f64(&a)?;
                    let fb = b.to_f64().unwrap_or(f64::NEG_INFINITY);
                    return Ok(Value::Float(numeric::float_pow(fa, fb)?));
                }
                let e = b.to_u64().ok_or_else(numeric::too_big)?;
                if a.magnitude() > &num_bigint::BigUint::from(1u8) {
                    self.reserve((a.bits().saturating_mul(e) / 8) as usize)?;
                }
                numeric::int_pow(&a, e)?
            }
            BinOp::MatMul => return Err(Exc::type_error("unsupported operand type(s) for @: 'int' and 'int'")),
        };
        Ok(self.int_value(r))
    }

    fn float_op(&mut self, op: BinOp, a: f64, b: f64) -> PyResult<Value> {
        let r = match op {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::TrueDiv => {
                if b == 0.0 {
                    return Err(Exc::zero_division("float division by zero"));
                }
                a / b
            }
            BinOp::FloorDiv => numeric::float_floordiv(a, b)?,
            BinOp::Mod => numeric::float_mod(a, b)?,
            BinOp::Pow if a < 0.0 && b.is_finite() && b.fract() != 0.0 => {
                // A negative base to a fractional power is complex.
                let (re, im) = numeric::complex_pow((a, 0.0), (b, 0.0))?;
                return Ok(self.new_complex(re, im));
            }
            BinOp::Pow => numeric::float_pow(a, b)?,
            _ => {
                return Err(Exc::type_error(format!(
                    "unsupported operand type(s) for {}: 'float' and 'float'",
                    op.symbol()
                )));
            }
        };
        Ok(Value::Float(r))
    }

    /// `seq * n` (either order).
    fn repeat(&mut self, seq: Value, n: Value) -> PyResult<Option<Value>> {
        let count = match n {
            Value::Int(i) => i.max(0) as usize,
            Value::Bool(b) => b as usize,
            Value::Ref(_) if self.bigint_ref(n).is_some() => {
                let big = self.bigint_ref(n).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false);
                if big { 0 } else { return Err(Exc::overflow("cannot fit 'int' into an index-sized integer")) }
            }
            _ => return Ok(None),
        };
        let Value::Ref(id) = seq else { return Ok(None) };
        let unit = match self.heap.get(id) {
            Object::Str(s) => s.as_str().len(),
            Object::Bytes(b) | Object::ByteArray(b) => b.len(),
            Object::List(v) | Object::Tuple(v) => v.len() * 16,
            _ => return Ok(None),
        };
        self.reserve(unit.saturating_mul(count))?;
        Ok(Some(match self.heap.get(id) {
            Object::Str(s) => {
                let r = s.as_str().repeat(count);
                self.new_str(r)
            }
            Object::Bytes(b) => {
                let r = b.repeat(count);
                self.new_bytes(r)
            }
            Object::ByteArray(b) => {
                let r = b.repeat(count);
                self.alloc(Object::ByteArray(r))
            }
            Object::List(v) => {
                let r = v.repeat(count);
                self.new_list(r)
            }
            Object::Tuple(v) => {
                let r = v.repeat(count);
                self.new_tuple(r)
            }
            _ => return Ok(None),
        }))
    }

    /// In-place operators that mutate their left operand: `list +=`, `list *=`, set and dict `|=`.
    fn inplace_container(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Outcome>> {
        let Value::Ref(ia) = a else { return Ok(None) };
        match (op, self.heap.get(ia)) {
            (BinOp::Add, Object::List(_)) => {
                if let Some(items) = self.collect_native(b)? {
                    self.reserve(items.len() * 16)?;
                    self.heap.grew(items.len() * 16);
                    if let Object::List(l) = self.heap.get_mut(ia) {
                        l.extend(items);
                    }
                    return Ok(Some(Outcome::Value(a)));
                }
                // Drain a Python iterable into the list, then push the list itself.
                match self.run_sink(b, None, Sink::ExtendList(ia), ReturnMode::Push)? {
                    Outcome::Value(_) => Ok(Some(Outcome::Value(a))),
                    Outcome::Pushed => Ok(Some(Outcome::Pushed)),
                }
            }
            (BinOp::Mul, Object::List(l)) => {
                let count = match b {
                    Value::Int(i) => i.max(0) as usize,
                    Value::Bool(x) => x as usize,
                    _ => return Ok(None),
                };
                self.reserve(l.len().saturating_mul(count).saturating_mul(16))?;
                if let Object::List(l) = self.heap.get_mut(ia) {
                    let copy = l.clone();
                    l.clear();
                    for _ in 0..count {
                        l.extend_from_slice(&copy);
                    }
                }
                Ok(Some(Outcome::Value(a)))
            }
            (BinOp::Or, Object::Dict(_)) => {
                self.dict_update_from(a, b)?;
                Ok(Some(Outcome::Value(a)))
            }
            (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Object::Set(_)) => {
                let other = match b {
                    Value::Ref(ib) => match self.heap.get(ib) {
                        Object::Set(s) | Object::FrozenSet(s) => s.clone(),
                        _ => return Ok(None),
                    },
                    _ => return Ok(None),
                };
                self.set_update_in_place(op, a, &other)?;
                Ok(Some(Outcome::Value(a)))
            }
            _ => Ok(None),
        }
    }

    /// `-v`, `+v`, `~v`.
    pub(super) fn unary_op(&mut self, instr: Instr, v: Value) -> PyResult<Outcome> {
        if self.is_user_instance(v) {
            let name = match instr {
                Instr::UnaryNeg => "__neg__",
                Instr::UnaryPos => "__pos__",
                _ => "__invert__",
            };
            return match self.dunder(v, name) {
                Some(f) => self.call_value(f, super::call::Args::positional([v]), ReturnMode::Push),
                None => {
                    let sym = match instr {
                        Instr::UnaryNeg => "-",
                        Instr::UnaryPos => "+",
                        _ => "~",
                    };
                    Err(Exc::type_error(format!("bad operand type for unary {sym}: '{}'", self.type_name(v))))
                }
            };
        }
        let r = match (instr, v) {
            (Instr::UnaryNeg, Value::Int(i)) => match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => self.new_bigint(-BigInt::from(i)),
            },
            (Instr::UnaryNeg, Value::Bool(b)) => Value::Int(-(b as i64)),
            (Instr::UnaryNeg, Value::Float(f)) => Value::Float(-f),
            (Instr::UnaryPos, Value::Int(_) | Value::Float(_)) => v,
            (Instr::UnaryPos, Value::Bool(b)) => Value::Int(b as i64),
            (Instr::UnaryInvert, Value::Int(i)) => Value::Int(!i),
            (Instr::UnaryInvert, Value::Bool(b)) => Value::Int(!(b as i64)),
            (_, Value::Ref(id)) if matches!(self.heap.get(id), Object::Complex { .. }) => {
                let Object::Complex { re, im } = *self.heap.get(id) else { return Ok(Outcome::Value(v)) };
                match instr {
                    Instr::UnaryNeg => self.new_complex(-re, -im),
                    Instr::UnaryPos => v,
                    _ => return Err(Exc::type_error("bad operand type for unary ~: 'complex'")),
                }
            }
            (_, Value::Ref(_)) if self.bigint_ref(v).is_some() => {
                let b = self.bigint_ref(v).cloned().unwrap_or_default();
                match instr {
                    Instr::UnaryNeg => self.new_bigint(-b),
                    Instr::UnaryPos => v,
                    _ => self.new_bigint(-b - 1),
                }
            }
            _ => {
                let sym = match instr {
                    Instr::UnaryNeg => "-",
                    Instr::UnaryPos => "+",
                    _ => "~",
                };
                return Err(Exc::type_error(format!("bad operand type for unary {sym}: '{}'", self.type_name(v))));
            }
        };
        Ok(Outcome::Value(r))
    }

    /// Set operators with dict key/item views (the result is a set).
    fn view_set_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        if !matches!(op, BinOp::And | BinOp::Or | BinOp::Sub | BinOp::Xor) {
            return Ok(None);
        }
        let is_view = |vm: &Vm, v: Value| matches!(v, Value::Ref(id) if matches!(vm.heap.get(id), Object::DictView { part, .. } if *part != crate::objects::DictPart::Values));
        if !is_view(self, a) && !is_view(self, b) {
            return Ok(None);
        }
        let mut sets = Vec::new();
        for v in [a, b] {
            let Some(items) = self.collect_native(v)? else { return Ok(None) };
            let s = self.new_set(Set::new());
            for it in items {
                self.set_add(s, it)?;
            }
            sets.push(s);
        }
        let (Value::Ref(x), Value::Ref(y)) = (sets[0], sets[1]) else { return Ok(None) };
        let (Object::Set(sa), Object::Set(sb)) = (self.heap.get(x), self.heap.get(y)) else { return Ok(None) };
        let (sa, sb) = (sa.clone(), sb.clone());
        let r = self.set_algebra(op, &sa, &sb)?;
        Ok(Some(self.new_set(r)))
    }

    /// In-place set operators keep the table of the left operand, as CPython's do (so the
    /// iteration order matches); `&=` alone rebuilds it.
    pub fn set_update_in_place(&mut self, op: BinOp, target: Value, other: &Set) -> PyResult<()> {
        match op {
            BinOp::Or => {
                for (_, k) in other.iter_with_hash() {
                    self.set_add(target, k)?;
                }
            }
            BinOp::Sub => {
                for (_, k) in other.iter_with_hash() {
                    self.set_discard(target, k)?;
                }
            }
            BinOp::Xor => {
                for (_, k) in other.iter_with_hash() {
                    if !self.set_discard(target, k)? {
                        self.set_add(target, k)?;
                    }
                }
            }
            _ => {
                let Value::Ref(id) = target else { return Ok(()) };
                let current = match self.heap.get(id) {
                    Object::Set(s) => s.clone(),
                    _ => return Ok(()),
                };
                let r = self.set_algebra(BinOp::And, &current, other)?;
                if let Object::Set(s) = self.heap.get_mut(id) {
                    *s = r;
                }
            }
        }
        Ok(())
    }

    /// Does set `v` hold objects whose equality is Python code?
    fn set_holds_python_keys(&self, v: Value) -> bool {
        let Value::Ref(id) = v else { return false };
        match self.heap.get(id) {
            Object::Set(s) | Object::FrozenSet(s) => s.iter().any(|k| self.needs_python_key(k)),
            _ => false,
        }
    }

    /// `a | b`, `a & b`, `a - b` for sets holding objects with a Python `__eq__`/`__hash__`:
    /// items are added and tested one at a time through `keys::KeyTask`.
    fn set_binary_python(&mut self, op: BinOp, a: Value, b: Value, ret: ReturnMode) -> PyResult<Outcome> {
        let (Value::Ref(ia), Value::Ref(ib)) = (a, b) else { return Err(self.unsupported(op, a, b, false)) };
        let frozen = matches!(self.heap.get(ia), Object::FrozenSet(_));
        let is_set = |o: &Object| matches!(o, Object::Set(_) | Object::FrozenSet(_));
        if !is_set(self.heap.get(ia)) || !is_set(self.heap.get(ib)) {
            return Err(self.unsupported(op, a, b, false));
        }
        let start = match (op, self.heap.get(ia)) {
            (BinOp::Or, Object::Set(s) | Object::FrozenSet(s)) => Set::copy_from(s),
            _ => Set::new(),
        };
        let result = if frozen { self.alloc(Object::FrozenSet(start)) } else { self.new_set(start) };
        let Value::Ref(rid) = result else { return Ok(Outcome::Value(result)) };
        match op {
            BinOp::Or => self.run_sink(b, None, Sink::SetInto(rid), ret),
            _ => {
                let sink = Sink::SetFilter { other: ib, result: rid, keep_present: op == BinOp::And, pending: None };
                self.run_sink(a, None, sink, ret)
            }
        }
    }

    /// Set operators; the result has the type of the left operand.
    fn set_binary(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        let (Value::Ref(ia), Value::Ref(ib)) = (a, b) else { return Ok(None) };
        let frozen = matches!(self.heap.get(ia), Object::FrozenSet(_));
        let (sa, sb) = match (self.heap.get(ia), self.heap.get(ib)) {
            (Object::Set(x) | Object::FrozenSet(x), Object::Set(y) | Object::FrozenSet(y)) => (x.clone(), y.clone()),
            _ => return Ok(None),
        };
        let result = self.set_algebra(op, &sa, &sb)?;
        Ok(Some(if frozen { self.alloc(Object::FrozenSet(result)) } else { self.new_set(result) }))
    }

    /// Union, intersection, difference, symmetric difference, built the way CPython does so
    /// the iteration order of the result matches.
    pub fn set_algebra(&mut self, op: BinOp, a: &Set, b: &Set) -> PyResult<Set> {
        match op {
            BinOp::Or => {
                let mut r = Set::copy_from(a);
                self.set_merge(&mut r, b)?;
                Ok(r)
            }
            BinOp::And => {
                // Iterate the smaller set, probing the larger.
                let (small, large) = if a.len() > b.len() { (b, a) } else { (a, b) };
                let mut r = Set::new();
                for (h, k) in small.iter_with_hash() {
                    if self.set_probe(large, h, k)? {
                        r.insert_absent(h, k);
                    }
                }
                Ok(r)
            }
            BinOp::Sub => {
                let mut r = Set::new();
                if (a.len() >> 2) > b.len() {
                    r = Set::copy_from(a);
                    for (h, k) in b.iter_with_hash() {
                        let found = self.set_find(&r, h, k)?;
                        if let Some(i) = found {
                            r.remove_at(i);
                        }
                    }
                    return Ok(r);
                }
                for (h, k) in a.iter_with_hash() {
                    if !self.set_probe(b, h, k)? {
                        r.insert_absent(h, k);
                    }
                }
                Ok(r)
            }
            BinOp::Xor => {
                let mut r = Set::copy_from(a);
                for (h, k) in b.iter_with_hash() {
                    match self.set_find(&r, h, k)? {
                        Some(i) => {
                            r.remove_at(i);
                        }
                        None => {
                            let p = r.probe(h, |_| false);
                            r.insert_at(p, h, k);
                        }
                    }
                }
                Ok(r)
            }
            _ => Ok(a.clone()),
        }
    }
}

impl Vm {
    /// Is the checked conversion of a value to an index (for repetition, ranges...) possible?
    pub fn index_of_type(&self, ty: TypeId) -> bool {
        matches!(ty, TypeId::Int | TypeId::Bool)
    }
}
