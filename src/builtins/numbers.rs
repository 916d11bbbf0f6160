//! Numeric builtins: abs, round, divmod, pow, bin, oct, hex.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::Builtin;
use super::args::ArgSpec;
use crate::bytecode::BinOp;
use crate::error::{Exc, PyResult};
use crate::numeric;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::Args;

pub fn call(vm: &mut Vm, b: Builtin, args: &Args) -> PyResult<Value> {
    let spec = ArgSpec::new(b.name());
    match b {
        Builtin::Abs => {
            let x = spec.one(args)?;

            match x {
                Value::Int(i) => Ok(match i.checked_abs() {
                    Some(a) => Value::Int(a),
                    None => vm.new_bigint(BigInt::from(i).abs()),
                }),
                Value::Bool(b) => Ok(Value::Int(b as i64)),
                Value::Float(f) => Ok(Value::Float(f.abs())),
                Value::Ref(id) if matches!(vm.heap.get(id), crate::objects::Object::Complex { .. }) => {
                    let crate::objects::Object::Complex { re, im } = *vm.heap.get(id) else { return Ok(Value::None) };
                    Ok(Value::Float(re.hypot(im)))
                }
                _ => match vm.bigint_ref(x) {
                    Some(n) => {
                        let a = n.abs();
                        Ok(vm.new_bigint(a))
                    }
                    None => Err(Exc::type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x)))),
                },
            }
        }
        Builtin::Round => {
            let [nd] = spec.kwargs(vm, args, ["ndigits"])?;
            if args.pos.is_empty() || args.pos.len() > 2 {
                return Err(Exc::type_error(format!(
                    "round() takes at most 2 arguments ({} given)",
                    args.pos.len() + args.kw.len()
                )));
            }
            let ndigits = match args.pos.get(1).copied().or(nd) {
                None | Some(Value::None) => None,
                Some(v) => Some(vm.int_arg(v)?),
            };
            round(vm, args.pos[0], ndigits)
        }
        Builtin::Divmod => {
            spec.no_kwargs(args)?;
            spec.between(args, 2, 2)?;
            let (a, b) = (args.pos[0], args.pos[1]);
            if let (Value::Float(_) | Value::Int(_) | Value::Bool(_), Value::Float(_) | Value::Int(_) | Value::Bool(_)) =
                (a, b)
                && (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)))
            {
                let (x, y) = (to_f64(a), to_f64(b));
                let (q, r) = numeric::float_divmod(x, y)?;
                return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
            }
            let numeric = |vm: &Vm, v: Value| {
                matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_)) || vm.bigint_ref(v).is_some()
            };
            if !numeric(vm, a) || !numeric(vm, b) {
                return Err(vm.unsupported_public(BinOp::FloorDiv, a, b, "divmod()"));
            }
            let q = vm.binary_value(BinOp::FloorDiv, a, b)?;
            let r = vm.binary_value(BinOp::Mod, a, b)?;
            match (q, r) {
                (Some(q), Some(r)) => Ok(vm.new_tuple(vec![q, r])),
                _ => Err(vm.unsupported_public(BinOp::FloorDiv, a, b, "divmod()")),
            }
        }
        Builtin::Pow => {
            let [base_kw, exp_kw, mod_kw] = spec.kwargs(vm, args, ["base", "exp", "mod"])?;
            let base = args
                .pos
                .first()
                .copied()
                .or(base_kw)
                .ok_or_else(|| Exc::type_error("pow() missing required argument 'base' (pos 1)"))?;
            let exp = args
                .pos
                .get(1)
                .copied()
                .or(exp_kw)
                .ok_or_else(|| Exc::type_error("pow() missing required argument 'exp' (pos 2)"))?;
            let modulus = args.pos.get(2).copied().or(mod_kw).filter(|m| !m.is_none());
            match modulus {
                None => match vm.binary_value(BinOp::Pow, base, exp)? {
                    Some(v) => Ok(v),
                    None => Err(vm.unsupported_public(BinOp::Pow, base, exp, "** or pow()")),
                },
                Some(m) => {
                    let (Some(b), Some(e), Some(mm)) = (vm.bigint_of(base), vm.bigint_of(exp), vm.bigint_of(m)) else {
                        return Err(Exc::type_error(
                            "pow() 3rd argument not allowed unless all arguments are integers",
                        ));
                    };
                    let r = numeric::int_pow_mod(&b, &e, &mm)?;
                    Ok(vm.new_bigint(r))
                }
            }
        }
        Builtin::Bin | Builtin::Oct | Builtin::Hex => {
            let x = spec.one(args)?;
            let Some(n) = vm.bigint_of(x) else {
                return Err(Exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(x)
                )));
            };
            let (radix, prefix) = match b {
                Builtin::Bin => (2, "0b"),
                Builtin::Oct => (8, "0o"),
                _ => (16, "0x"),
            };
            let digits = n.abs().to_str_radix(radix);
            let s = format!("{}{prefix}{digits}", if n.is_negative() { "-" } else { "" });
            Ok(vm.new_str(s))
        }
        _ => Ok(Value::None),
    }
}

fn to_f64(v: Value) -> f64 {
    match v {
        Value::Float(f) => f,
        Value::Int(i) => i as f64,
        Value::Bool(b) => b as i64 as f64,
        _ => 0.0,
    }
}

fn round(vm: &mut Vm, x: Value, ndigits: Option<i64>) -> PyResult<Value> {
    match x {
        Value::Float(f) => match ndigits {
            None => {
                if f.is_nan() {
                    return Err(Exc::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(Exc::overflow("cannot convert float infinity to integer"));
                }
                let r = numeric::round_half_even(f);
                let n = numeric::f64_to_bigint(r)?;
                Ok(vm.new_bigint(n))
            }
            Some(nd) => Ok(Value::Float(numeric::round_float(f, nd)?)),
        },
        Value::Int(_) | Value::Bool(_) | Value::Ref(_) => {
            let Some(n) = vm.bigint_of(x) else {
                return Err(Exc::type_error(format!("type {} doesn't define __round__ method", vm.type_name(x))));
            };
            match ndigits {
                None => Ok(vm.new_bigint(n)),
                Some(nd) if nd >= 0 => Ok(vm.new_bigint(n)),
                Some(nd) => {
                    // Round to a multiple of 10**-nd, ties to even.
                    let Some(p) = (-nd).to_u32().filter(|p| *p < 10_000) else { return Ok(Value::Int(0)) };
                    let m = num_traits::pow::Pow::pow(&BigInt::from(10), p);
                    let (q, r) = n.div_mod_floor(&m);
                    let twice = &r * 2;
                    let q = if twice > m || (twice == m && q.is_odd()) { q + 1 } else { q };
                    let _ = Zero::is_zero(&q);
                    Ok(vm.new_bigint(q * m))
                }
            }
        }
        _ => Err(Exc::type_error(format!("type {} doesn't define __round__ method", vm.type_name(x)))),
    }
}

impl Vm {
    /// TypeError for an operator used by a builtin function (`divmod`, `pow`).
    pub fn unsupported_public(&self, _op: BinOp, a: Value, b: Value, what: &str) -> Exc {
        Exc::type_error(format!(
            "unsupported operand type(s) for {what}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        ))
    }
}
