//! Methods of `int`, `bool` and `float`.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::MethodName as M;
use crate::builtins::ArgSpec;
use crate::error::{Exc, PyResult};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};

pub fn call(vm: &mut Vm, recv: Value, m: M, args: Args) -> PyResult<Outcome> {
    if let Value::Float(f) = recv {
        return float_method(vm, f, m, args);
    }
    let n = vm.bigint_of(recv).unwrap_or_default();
    let v = match m {
        M::BitLength => Value::Int(n.bits() as i64),
        M::BitCount => Value::Int(n.abs().to_u64_digits().1.iter().map(|d| d.count_ones() as i64).sum()),
        M::Conjugate => vm.new_bigint(n),
        M::IsInteger => Value::Bool(true),
        M::AsIntegerRatio => {
            let a = vm.new_bigint(n);
            vm.new_tuple(vec![a, Value::Int(1)])
        }
        M::ToBytes => {
            let spec = ArgSpec::new("to_bytes");
            let [len_kw, order_kw, signed_kw] = spec.kwargs(vm, &args, ["length", "byteorder", "signed"])?;
            let length = match args.pos.first().copied().or(len_kw) {
                Some(v) => vm.int_arg(v)?,
                None => 1,
            };
            let order = args
                .pos
                .get(1)
                .copied()
                .or(order_kw)
                .and_then(|v| vm.as_str(v).map(str::to_string))
                .unwrap_or_else(|| "big".into());
            let signed = match signed_kw {
                Some(v) => vm.truthy_native(v)?,
                None => false,
            };
            if length < 0 {
                return Err(Exc::value_error("length argument must be non-negative"));
            }
            if n.is_negative() && !signed {
                return Err(Exc::overflow("can't convert negative int to unsigned"));
            }
            vm.reserve(length as usize)?;
            let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
            if n.is_zero() {
                bytes.clear();
            }
            if bytes.len() > length as usize {
                return Err(Exc::overflow("int too big to convert"));
            }
            let fill = if n.is_negative() { 0xff } else { 0 };
            bytes.resize(length as usize, fill);
            if order == "big" {
                bytes.reverse();
            } else if order != "little" {
                return Err(Exc::value_error("byteorder must be either 'little' or 'big'"));
            }
            vm.new_bytes(bytes)
        }
        M::FromBytes => return from_bytes(vm, args),
        _ => return Err(Exc::attribute_error(format!("'int' object has no attribute '{}'", m.as_str()))),
    };
    Ok(Outcome::Value(v))
}

fn float_method(vm: &mut Vm, f: f64, m: M, args: Args) -> PyResult<Outcome> {
    let v = match m {
        M::IsInteger => Value::Bool(f.is_finite() && f.fract() == 0.0),
        M::Conjugate => Value::Float(f),
        M::AsIntegerRatio => {
            if f.is_infinite() {
                return Err(Exc::overflow("cannot convert Infinity to integer ratio"));
            }
            if f.is_nan() {
                return Err(Exc::value_error("cannot convert NaN to integer ratio"));
            }
            let (num, den) = float_ratio(f);
            let a = vm.new_bigint(num);
            let b = vm.new_bigint(den);
            vm.new_tuple(vec![a, b])
        }
        M::Hex => vm.new_str(float_hex(f)),
        M::FromHex => return float_fromhex(vm, args),
        _ => return Err(Exc::attribute_error(format!("'float' object has no attribute '{}'", m.as_str()))),
    };
    Ok(Outcome::Value(v))
}

/// Exact numerator/denominator of a finite float, in lowest terms.
fn float_ratio(f: f64) -> (BigInt, BigInt) {
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let e = exp - 1075;
    let mut num: BigInt = BigInt::from(mant) * sign;
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num.gcd(&den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    (num, den)
}

fn float_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let hex = format!("{mant:013x}");
    format!("{sign}0x{lead}.{hex}p{}{}", if e < 0 { '-' } else { '+' }, e.abs())
}

pub fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Outcome> {
    let s = args.pos.first().and_then(|v| vm.as_str(*v)).unwrap_or("").trim().to_ascii_lowercase();
    let (neg, body) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    let body = body.strip_prefix("0x").unwrap_or(body);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => {
            (m, e.parse::<i32>().map_err(|_| Exc::value_error("invalid hexadecimal floating-point string"))?)
        }
        None => (body, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    let mut value = 0f64;
    for c in int_part.chars() {
        value = value * 16.0
            + c.to_digit(16).ok_or_else(|| Exc::value_error("invalid hexadecimal floating-point string"))? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac_part.chars() {
        value +=
            c.to_digit(16).ok_or_else(|| Exc::value_error("invalid hexadecimal floating-point string"))? as f64 * scale;
        scale /= 16.0;
    }
    let v = value * 2f64.powi(exp);
    Ok(Outcome::Value(Value::Float(if neg { -v } else { v })))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub fn from_bytes(vm: &mut Vm, args: Args) -> PyResult<Outcome> {
    let spec = ArgSpec::new("from_bytes");
    let [bytes_kw, order_kw, signed_kw] = spec.kwargs(vm, &args, ["bytes", "byteorder", "signed"])?;
    let src = args.pos.first().copied().or(bytes_kw).unwrap_or(Value::None);
    let Some(mut bytes) = vm.collect_native(src)?.map(|items| {
        items
            .into_iter()
            .map(|v| match v {
                Value::Int(i) => i as u8,
                _ => 0,
            })
            .collect::<Vec<u8>>()
    }) else {
        return Err(Exc::type_error("cannot convert object to bytes"));
    };
    let order = args
        .pos
        .get(1)
        .copied()
        .or(order_kw)
        .and_then(|v| vm.as_str(v).map(str::to_string))
        .unwrap_or_else(|| "big".into());
    let signed = match signed_kw {
        Some(v) => vm.truthy_native(v)?,
        None => false,
    };
    if order == "big" {
        bytes.reverse();
    } else if order != "little" {
        return Err(Exc::value_error("byteorder must be either 'little' or 'big'"));
    }
    let n = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    let _ = n.to_i64();
    Ok(Outcome::Value(vm.new_bigint(n)))
}
