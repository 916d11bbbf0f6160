//! `math`: CPython's functions and constants, with its domain and range errors.
//!
//! Float functions follow CPython's rule: a NaN result from a non-NaN argument is
//! `ValueError: math domain error`; an infinite result from finite arguments is
//! `OverflowError: math range error` where the function can overflow (exp, cosh...) and a
//! domain error where it cannot (log(0), atanh(1)).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::module::{float_arg, int_of, iterable_items};
use crate::builtins::{ArgSpec, Builtin};
use crate::bytecode::BinOp;
use crate::error::{Exc, PyResult};
use crate::numeric;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::Args;

/// Name and value of every entry of the module.
pub fn entries() -> Vec<(&'static str, Value)> {
    let mut out = vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ];
    out.extend(Builtin::ALL.iter().filter_map(|b| Some((b.name().strip_prefix("math.")?, Value::Builtin(*b)))));
    out
}

fn domain() -> Exc {
    Exc::value_error("math domain error")
}

fn range() -> Exc {
    Exc::overflow("math range error")
}

/// Apply `f` with CPython's error rules (see the module comment).
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

fn one_float(vm: &Vm, spec: &ArgSpec, args: &Args) -> PyResult<f64> {
    let x = spec.one(args)?;
    float_arg(vm, x)
}

fn two_floats(vm: &Vm, spec: &ArgSpec, args: &Args) -> PyResult<(f64, f64)> {
    spec.no_kwargs(args)?;
    spec.between(args, 2, 2)?;
    Ok((float_arg(vm, args.pos[0])?, float_arg(vm, args.pos[1])?))
}

/// `floor`/`ceil`/`trunc`: ints stay, floats become ints.
fn to_integral(vm: &mut Vm, x: Value, round: fn(f64) -> f64, what: &str) -> PyResult<Value> {
    match x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(Exc::value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(Exc::overflow("cannot convert float infinity to integer"));
            }
            let n = numeric::f64_to_bigint(round(f))?;
            Ok(vm.new_bigint(n))
        }
        _ if vm.bigint_ref(x).is_some() => Ok(x),
        _ if what == "trunc" => {
            Err(Exc::type_error(format!("type {} doesn't define __trunc__ method", vm.type_name(x))))
        }
        _ => Err(Exc::type_error(format!("must be real number, not {}", vm.type_name(x)))),
    }
}

/// `func(n)` for a positive int of any size, as `func(m) + func(2) * e` with `n = m * 2**e`
/// (how CPython gets `log2(2**2000) == 2000.0` and accepts `log(10**400)`).
fn log_int(n: &BigInt, func: fn(f64) -> f64) -> PyResult<f64> {
    if !n.is_positive() {
        return Err(domain());
    }
    if let Some(f) = n.to_f64().filter(|f| f.is_finite()) {
        return Ok(func(f));
    }
    let e = n.bits();
    let top = (n >> (e - 60)).to_f64().unwrap_or(1.0);
    Ok(func(top / 2f64.powi(60)) + func(2.0) * e as f64)
}

fn ln_arg(vm: &Vm, x: Value) -> PyResult<f64> {
    if let Some(n) = vm.bigint_ref(x) {
        return log_int(n, f64::ln);
    }
    let f = float_arg(vm, x)?;
    if f.is_nan() {
        return Ok(f);
    }
    if f <= 0.0 {
        return Err(domain());
    }
    Ok(f.ln())
}

fn log(vm: &Vm, args: &Args) -> PyResult<Value> {
    let spec = ArgSpec::new("log");
    spec.no_kwargs(args)?;
    spec.between(args, 1, 2)?;
    let num = ln_arg(vm, args.pos[0])?;
    let Some(base) = args.pos.get(1) else { return Ok(Value::Float(num)) };
    let den = ln_arg(vm, *base)?;
    if den == 0.0 {
        return Err(Exc::zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

/// log2/log10, for ints of any size too.
fn log_base(vm: &Vm, x: Value, func: fn(f64) -> f64) -> PyResult<Value> {
    if let Some(n) = vm.bigint_ref(x) {
        return Ok(Value::Float(log_int(n, func)?));
    }
    let f = float_arg(vm, x)?;
    if f.is_nan() {
        return Ok(Value::Float(f));
    }
    if f <= 0.0 {
        return Err(domain());
    }
    Ok(Value::Float(func(f)))
}

/// An int argument of any size (floats refused as CPython does).
fn big_int_arg(vm: &Vm, v: Value) -> PyResult<BigInt> {
    int_of(vm, v)
        .ok_or_else(|| Exc::type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v))))
}

fn factorial(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = ArgSpec::new("factorial").one(args)?;
    if let Value::Float(_) = n {
        return Err(Exc::type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = big_int_arg(vm, n)?;
    if n.is_negative() {
        return Err(Exc::value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= 1 << 20) else {
        return Err(Exc::overflow("factorial() argument should not exceed 9223372036854775807"));
    };
    // log2(n!) < n * log2(n): refuse results beyond the integer size limit up front.
    let bits = (n as f64) * (n.max(2) as f64).log2();
    if bits > numeric::MAX_INT_BITS as f64 {
        return Err(numeric::too_big());
    }
    vm.reserve((bits / 8.0) as usize)?;
    let mut acc = BigInt::one();
    for k in 2..=n {
        acc *= k;
    }
    Ok(vm.new_bigint(acc))
}

fn comb_perm(vm: &mut Vm, args: &Args, is_comb: bool) -> PyResult<Value> {
    let name = if is_comb { "comb" } else { "perm" };
    let spec = ArgSpec::new(name);
    spec.no_kwargs(args)?;
    spec.between(args, if is_comb { 2 } else { 1 }, 2)?;
    let n = big_int_arg(vm, args.pos[0])?;
    let k = match args.pos.get(1) {
        Some(Value::None) | None if !is_comb => n.clone(),
        Some(v) => big_int_arg(vm, *v)?,
        None => n.clone(),
    };
    if n.is_negative() {
        return Err(Exc::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(Exc::value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = if is_comb { (&n - &k).min(k) } else { k };
    let Some(k) = k.to_u64() else { return Err(numeric::too_big()) };
    let bits = k as f64 * (n.bits().max(1) as f64);
    if bits > numeric::MAX_INT_BITS as f64 {
        return Err(numeric::too_big());
    }
    vm.reserve((bits / 8.0) as usize)?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - i;
        if is_comb {
            acc /= i + 1;
        }
    }
    Ok(vm.new_bigint(acc))
}

fn gcd_lcm(vm: &mut Vm, args: &Args, is_gcd: bool) -> PyResult<Value> {
    ArgSpec::new(if is_gcd { "gcd" } else { "lcm" }).no_kwargs(args)?;
    let mut acc = if is_gcd { BigInt::zero() } else { BigInt::one() };
    for v in args.pos.iter() {
        let x = big_int_arg(vm, *v)?;
        if is_gcd {
            acc = acc.gcd(&x);
        } else if acc.is_zero() || x.is_zero() {
            acc = BigInt::zero();
        } else {
            numeric::check_product_bits(&acc, &x)?;
            acc = acc.lcm(&x);
        }
    }
    Ok(vm.new_bigint(acc.abs()))
}

fn isclose(vm: &Vm, args: &Args) -> PyResult<Value> {
    let spec = ArgSpec::new("isclose");
    let [a_kw, b_kw, rel_kw, abs_kw] = spec.kwargs(vm, args, ["a", "b", "rel_tol", "abs_tol"])?;
    if args.pos.len() > 2 {
        return Err(Exc::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let a = args
        .pos
        .first()
        .copied()
        .or(a_kw)
        .ok_or_else(|| Exc::type_error("isclose() missing required argument 'a' (pos 1)"))?;
    let b = args
        .pos
        .get(1)
        .copied()
        .or(b_kw)
        .ok_or_else(|| Exc::type_error("isclose() missing required argument 'b' (pos 2)"))?;
    let (a, b) = (float_arg(vm, a)?, float_arg(vm, b)?);
    let rel = rel_kw.map(|v| float_arg(vm, v)).transpose()?.unwrap_or(1e-9);
    let abs = abs_kw.map(|v| float_arg(vm, v)).transpose()?.unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return Err(Exc::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

/// Exactly rounded sum of floats (Shewchuk's algorithm: a list of non-overlapping partial sums).
fn fsum(vm: &Vm, items: &[Value]) -> PyResult<Value> {
    let mut partials: Vec<f64> = Vec::new();
    // Infinities and NaNs are summed plainly, apart from the partials.
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for v in items {
        let mut x = float_arg(vm, *v)?;
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special_sum += x;
            continue;
        }
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x.is_infinite() {
            return Err(Exc::overflow("intermediate overflow in fsum"));
        }
        if x != 0.0 {
            partials.push(x);
        }
    }
    if special_sum != 0.0 || special_sum.is_nan() {
        if inf_sum.is_nan() {
            return Err(Exc::value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    // Add the partials from the top; then fix the rounding of a half-way last step.
    let Some(mut hi) = partials.last().copied() else { return Ok(Value::Float(0.0)) };
    let mut n = partials.len() - 1;
    let mut lo = 0.0;
    while n > 0 {
        n -= 1;
        let x = hi;
        let y = partials[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, items: &[Value], start: Value) -> PyResult<Value> {
    let mut acc = start;
    for v in items {
        acc = match vm.binary_value(BinOp::Mul, acc, *v)? {
            Some(r) => r,
            None => {
                return Err(Exc::type_error(format!(
                    "unsupported operand type(s) for *: '{}' and '{}'",
                    vm.type_name(acc),
                    vm.type_name(*v)
                )));
            }
        };
    }
    Ok(acc)
}

fn hypot(vm: &Vm, coords: &[Value]) -> PyResult<f64> {
    let mut values = Vec::with_capacity(coords.len());
    for v in coords {
        values.push(float_arg(vm, *v)?.abs());
    }
    if values.iter().any(|x| x.is_infinite()) {
        return Ok(f64::INFINITY);
    }
    if values.iter().any(|x| x.is_nan()) {
        return Ok(f64::NAN);
    }
    let max = values.iter().copied().fold(0.0, f64::max);
    if max == 0.0 || values.len() <= 1 {
        return Ok(max);
    }
    if values.len() == 2 {
        return Ok(values[0].hypot(values[1]));
    }
    // Scale by the largest to avoid overflow, then sum the squares exactly-ish.
    let sum: f64 = values.iter().map(|x| (x / max) * (x / max)).sum();
    Ok(max * sum.sqrt())
}

fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn ldexp(vm: &Vm, args: &Args) -> PyResult<Value> {
    let spec = ArgSpec::new("ldexp");
    spec.no_kwargs(args)?;
    spec.between(args, 2, 2)?;
    let x = float_arg(vm, args.pos[0])?;
    let Some(e) = int_of(vm, args.pos[1]) else {
        return Err(Exc::type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX }).clamp(-5000, 5000) as i32;
    // Two steps so that neither power of two overflows on its own.
    let half = e / 2;
    let r = x * 2f64.powi(half) * 2f64.powi(e - half);
    if r.is_infinite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

fn isqrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = big_int_arg(vm, ArgSpec::new("isqrt").one(args)?)?;
    if n.is_negative() {
        return Err(Exc::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

fn fmod(x: f64, y: f64) -> PyResult<Value> {
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::Float(r))
}

/// IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even).
fn remainder(x: f64, y: f64) -> PyResult<Value> {
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Half-way: pick the even multiple of y.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

fn ulp(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return x.abs();
    }
    let x = x.abs();
    if x == f64::MAX {
        return x - nextafter(x, 0.0);
    }
    nextafter(x, f64::INFINITY) - x
}

fn dist(vm: &Vm, args: &Args) -> PyResult<f64> {
    let spec = ArgSpec::new("dist");
    spec.no_kwargs(args)?;
    spec.between(args, 2, 2)?;
    let (Some(p), Some(q)) =
        (vm.seq_items(args.pos[0]).map(<[Value]>::to_vec), vm.seq_items(args.pos[1]).map(<[Value]>::to_vec))
    else {
        return Err(Exc::type_error("dist(): both points must be sequences"));
    };
    if p.len() != q.len() {
        return Err(Exc::value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        diffs.push(Value::Float(float_arg(vm, *a)? - float_arg(vm, *b)?));
    }
    hypot(vm, &diffs)
}

/// Call `math.<name>`.
pub fn call(vm: &mut Vm, b: Builtin, args: Args) -> PyResult<Value> {
    let spec = ArgSpec::new(b.name());
    let f = |r: f64| Value::Float(r);
    Ok(match b {
        Builtin::MathFloor => to_integral(vm, spec.one(&args)?, f64::floor, "floor")?,
        Builtin::MathCeil => to_integral(vm, spec.one(&args)?, f64::ceil, "ceil")?,
        Builtin::MathTrunc => to_integral(vm, spec.one(&args)?, f64::trunc, "trunc")?,
        Builtin::MathFabs => f(one_float(vm, &spec, &args)?.abs()),
        Builtin::MathSqrt => {
            let x = one_float(vm, &spec, &args)?;
            checked(x, x.sqrt(), false)?
        }
        Builtin::MathIsqrt => isqrt(vm, &args)?,
        Builtin::MathCbrt => f(one_float(vm, &spec, &args)?.cbrt()),
        Builtin::MathExp => {
            let x = one_float(vm, &spec, &args)?;
            checked(x, x.exp(), true)?
        }
        Builtin::MathExp2 => {
            let x = one_float(vm, &spec, &args)?;
            checked(x, x.exp2(), true)?
        }
        Builtin::MathExpm1 => {
            let x = one_float(vm, &spec, &args)?;
            checked(x, x.exp_m1(), true)?
        }
        Builtin::MathLog => log(vm, &args)?,
        Builtin::MathLog2 => log_base(vm, spec.one(&args)?, f64::log2)?,
        Builtin::MathLog10 => log_base(vm, spec.one(&args)?, f64::log10)?,
        Builtin::MathLog1p => {
            let x = one_float(vm, &spec, &args)?;
            if x <= -1.0 {
                return Err(domain());
            }
            f(x.ln_1p())
        }
        Builtin::MathPow => {
            let (x, y) = two_floats(vm, &spec, &args)?;
            if x == 0.0 && y < 0.0 && y.is_finite() || (x.is_finite() && x < 0.0 && y.is_finite() && y.fract() != 0.0) {
                return Err(domain());
            }
            let r = numeric::pow_platform(x, y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(range());
            }
            f(r)
        }
        Builtin::MathSin => unary(vm, &spec, &args, f64::sin, false)?,
        Builtin::MathCos => unary(vm, &spec, &args, f64::cos, false)?,
        Builtin::MathTan => unary(vm, &spec, &args, f64::tan, false)?,
        Builtin::MathAsin => unary(vm, &spec, &args, f64::asin, false)?,
        Builtin::MathAcos => unary(vm, &spec, &args, f64::acos, false)?,
        Builtin::MathAtan => unary(vm, &spec, &args, f64::atan, false)?,
        Builtin::MathSinh => unary(vm, &spec, &args, f64::sinh, true)?,
        Builtin::MathCosh => unary(vm, &spec, &args, f64::cosh, true)?,
        Builtin::MathTanh => unary(vm, &spec, &args, f64::tanh, false)?,
        Builtin::MathAsinh => unary(vm, &spec, &args, f64::asinh, false)?,
        Builtin::MathAcosh => unary(vm, &spec, &args, f64::acosh, false)?,
        Builtin::MathAtanh => {
            let x = one_float(vm, &spec, &args)?;
            if x.abs() >= 1.0 {
                return Err(domain());
            }
            f(x.atanh())
        }
        Builtin::MathAtan2 => {
            let (y, x) = two_floats(vm, &spec, &args)?;
            f(y.atan2(x))
        }
        Builtin::MathErf => f(libm::erf(one_float(vm, &spec, &args)?)),
        Builtin::MathErfc => f(libm::erfc(one_float(vm, &spec, &args)?)),
        Builtin::MathGamma => {
            let x = one_float(vm, &spec, &args)?;
            if x.is_finite() && x <= 0.0 && x.fract() == 0.0 || x == f64::NEG_INFINITY {
                return Err(domain());
            }
            checked(x, libm::tgamma(x), true)?
        }
        Builtin::MathLgamma => {
            let x = one_float(vm, &spec, &args)?;
            if x.is_finite() && x <= 0.0 && x.fract() == 0.0 {
                return Err(domain());
            }
            checked(x, libm::lgamma(x), true)?
        }
        Builtin::MathDegrees => f(one_float(vm, &spec, &args)?.to_degrees()),
        Builtin::MathRadians => f(one_float(vm, &spec, &args)?.to_radians()),
        Builtin::MathHypot => {
            spec.no_kwargs(&args)?;
            f(hypot(vm, &args.pos)?)
        }
        Builtin::MathDist => f(dist(vm, &args)?),
        Builtin::MathFactorial => factorial(vm, &args)?,
        Builtin::MathComb => comb_perm(vm, &args, true)?,
        Builtin::MathPerm => comb_perm(vm, &args, false)?,
        Builtin::MathGcd => gcd_lcm(vm, &args, true)?,
        Builtin::MathLcm => gcd_lcm(vm, &args, false)?,
        Builtin::MathIsclose => isclose(vm, &args)?,
        Builtin::MathIsfinite => Value::Bool(one_float(vm, &spec, &args)?.is_finite()),
        Builtin::MathIsinf => Value::Bool(one_float(vm, &spec, &args)?.is_infinite()),
        Builtin::MathIsnan => Value::Bool(one_float(vm, &spec, &args)?.is_nan()),
        Builtin::MathCopysign => {
            let (x, y) = two_floats(vm, &spec, &args)?;
            f(x.copysign(y))
        }
        Builtin::MathFmod => {
            let (x, y) = two_floats(vm, &spec, &args)?;
            fmod(x, y)?
        }
        Builtin::MathRemainder => {
            let (x, y) = two_floats(vm, &spec, &args)?;
            remainder(x, y)?
        }
        Builtin::MathModf => {
            let x = one_float(vm, &spec, &args)?;
            let int = if x.is_infinite() { x } else { x.trunc() };
            let frac = if x.is_infinite() { 0.0f64.copysign(x) } else { (x - int).copysign(x) };
            vm.new_tuple(vec![Value::Float(frac), Value::Float(int)])
        }
        Builtin::MathFrexp => {
            let (m, e) = frexp(one_float(vm, &spec, &args)?);
            vm.new_tuple(vec![Value::Float(m), Value::Int(e)])
        }
        Builtin::MathLdexp => ldexp(vm, &args)?,
        Builtin::MathNextafter => {
            let (x, y) = two_floats(vm, &spec, &args)?;
            f(nextafter(x, y))
        }
        Builtin::MathUlp => f(ulp(one_float(vm, &spec, &args)?)),
        Builtin::MathFsum => {
            let items = iterable_items(vm, spec.one(&args)?)?;
            fsum(vm, &items)?
        }
        Builtin::MathProd => {
            let [start] = spec.kwargs(vm, &args, ["start"])?;
            spec.between(&args, 1, 1)?;
            let items = iterable_items(vm, args.pos[0])?;
            prod(vm, &items, start.unwrap_or(Value::Int(1)))?
        }
        _ => return Err(Exc::runtime_error(format!("{} is not a math function", b.name()))),
    })
}

fn unary(vm: &Vm, spec: &ArgSpec, args: &Args, op: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = one_float(vm, spec, args)?;
    checked(x, op(x), can_overflow)
}
