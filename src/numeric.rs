//! Integer and float arithmetic with Python semantics (floor division, modulo sign, exact
//! int/float conversions, overflow into big integers), independent of the VM.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::Exc;
use crate::types::TypeId;

/// Largest integer result (in bits) any single operation may produce: bigger results would
/// take unbounded time and memory in one step, beyond the reach of the time limit.
pub const MAX_INT_BITS: u64 = 1 << 23;

/// An integer result: small, or big.
pub enum IntVal {
    Small(i64),
    Big(BigInt),
}

impl IntVal {
    pub fn from_big(b: BigInt) -> IntVal {
        match b.to_i64() {
            Some(i) => IntVal::Small(i),
            None => IntVal::Big(b),
        }
    }
}

pub fn too_big() -> Exc {
    Exc::new(TypeId::MemoryError, "integer result too large")
}

fn check_bits(bits: u64) -> Result<(), Exc> {
    if bits > MAX_INT_BITS { Err(too_big()) } else { Ok(()) }
}

/// Floor division of big integers.
pub fn big_floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, Exc> {
    if b.is_zero() {
        return Err(Exc::zero_division("integer division or modulo by zero"));
    }
    Ok(a.div_floor(b))
}

pub fn big_mod(a: &BigInt, b: &BigInt) -> Result<BigInt, Exc> {
    if b.is_zero() {
        return Err(Exc::zero_division("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

pub fn small_floordiv(a: i64, b: i64) -> Result<IntVal, Exc> {
    if b == 0 {
        return Err(Exc::zero_division("integer division or modulo by zero"));
    }
    match a.checked_div(b) {
        Some(q) => {
            let q = if (a % b != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q };
            Ok(IntVal::Small(q))
        }
        None => Ok(IntVal::from_big(BigInt::from(a).div_floor(&BigInt::from(b)))),
    }
}

pub fn small_mod(a: i64, b: i64) -> Result<i64, Exc> {
    if b == 0 {
        return Err(Exc::zero_division("integer modulo by zero"));
    }
    if b == -1 {
        return Ok(0);
    }
    let r = a % b;
    Ok(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

/// int / int, correctly rounded.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, Exc> {
    if b.is_zero() {
        return Err(Exc::zero_division("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && x.unsigned_abs() <= 1 << 53
        && y.unsigned_abs() <= 1 << 53
    {
        return Ok(x as f64 / y as f64);
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (n, d) = (a.abs(), b.abs());
    if n.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has 55 significant bits, then round half to even with a sticky bit.
    let shift: i64 = 55 - (n.bits() as i64 - d.bits() as i64);
    let (num, den) = if shift >= 0 { (n << shift as usize, d) } else { (n, d << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    let mut exp = -shift;
    // Keep 53 bits: drop extra low bits with rounding.
    let extra = 64 - q.leading_zeros() as i64 - 53;
    if extra > 0 {
        let mask = (1u64 << extra) - 1;
        let low = q & mask;
        let half = 1u64 << (extra - 1);
        q >>= extra;
        exp += extra;
        let sticky = !r.is_zero();
        if low > half || (low == half && (sticky || q & 1 == 1)) {
            q += 1;
        }
    }
    let value = (q as f64) * 2f64.powi(exp.clamp(-1100, 1100) as i32);
    if value.is_infinite() || exp > 1100 {
        return Err(Exc::overflow("integer division result too large for a float"));
    }
    Ok(if negative { -value } else { value })
}

/// Big integer to float, or OverflowError.
pub fn big_to_f64(b: &BigInt) -> Result<f64, Exc> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(Exc::overflow("int too large to convert to float")),
    }
}

/// int ** int for a non-negative exponent.
pub fn int_pow(base: &BigInt, exp: u64) -> Result<IntVal, Exc> {
    if base.is_zero() || base.is_one() || exp == 0 {
        return Ok(IntVal::from_big(if exp == 0 { BigInt::one() } else { base.clone() }));
    }
    if base == &BigInt::from(-1) {
        return Ok(IntVal::Small(if exp.is_multiple_of(2) { 1 } else { -1 }));
    }
    let bits = (base.bits() as u128) * (exp as u128);
    if bits > MAX_INT_BITS as u128 {
        return Err(too_big());
    }
    if let (Some(b), Ok(e)) = (base.to_i64(), u32::try_from(exp))
        && let Some(r) = b.checked_pow(e)
    {
        return Ok(IntVal::Small(r));
    }
    let e = u32::try_from(exp).map_err(|_| too_big())?;
    Ok(IntVal::from_big(num_traits::pow::Pow::pow(base, e)))
}

/// pow(base, exp, modulus).
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, Exc> {
    if modulus.is_zero() {
        return Err(Exc::value_error("pow() 3rd argument cannot be 0"));
    }
    let m_abs = modulus.abs();
    let (base, exp) = if exp.is_negative() {
        let inv = mod_inverse(&base.mod_floor(&m_abs), &m_abs)
            .ok_or_else(|| Exc::value_error("base is not invertible for the given modulus"))?;
        (inv, -exp)
    } else {
        (base.mod_floor(&m_abs), exp.clone())
    };
    let mut r = base.modpow(&exp, &m_abs);
    if modulus.is_negative() && !r.is_zero() {
        r += modulus;
    }
    Ok(r)
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

pub fn shift_left(a: &BigInt, n: &BigInt) -> Result<IntVal, Exc> {
    if n.is_negative() {
        return Err(Exc::value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(IntVal::Small(0));
    }
    let n = n.to_u64().ok_or_else(too_big)?;
    check_bits(a.bits() + n)?;
    Ok(IntVal::from_big(a << n as usize))
}

pub fn shift_right(a: &BigInt, n: &BigInt) -> Result<IntVal, Exc> {
    if n.is_negative() {
        return Err(Exc::value_error("negative shift count"));
    }
    let n = match n.to_u64() {
        Some(n) if n < a.bits() + 1 => n,
        _ => return Ok(IntVal::Small(if a.is_negative() { -1 } else { 0 })),
    };
    // Arithmetic shift: floor division by 2**n.
    Ok(IntVal::from_big(a.div_floor(&(BigInt::one() << n as usize))))
}

pub fn check_product_bits(a: &BigInt, b: &BigInt) -> Result<(), Exc> {
    check_bits(a.bits() + b.bits())
}

/// Python's float floor division and modulo (`divmod` for floats).
pub fn float_divmod(x: f64, y: f64) -> Result<(f64, f64), Exc> {
    if y == 0.0 {
        return Err(Exc::zero_division("float divmod()"));
    }
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    Ok((floordiv, m))
}

pub fn float_floordiv(x: f64, y: f64) -> Result<f64, Exc> {
    if y == 0.0 {
        return Err(Exc::zero_division("float floor division by zero"));
    }
    float_divmod(x, y).map(|(d, _)| d)
}

pub fn float_mod(x: f64, y: f64) -> Result<f64, Exc> {
    if y == 0.0 {
        return Err(Exc::zero_division("float modulo"));
    }
    float_divmod(x, y).map(|(_, m)| m)
}

/// `x ** y` as CPython computes it: with the C library's `pow`, which on glibc is correctly
/// rounded in practice. Native builds use the platform's; on wasm the Rust libm `pow` is off
/// by an ulp in common cases (`d ** 0.5`, `x ** 2`, `10 ** -5`), so square roots and integral
/// powers are computed exactly there and rounded once.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn pow_platform(x: f64, y: f64) -> f64 {
    x.powf(y)
}

#[cfg(target_arch = "wasm32")]
pub(crate) fn pow_platform(x: f64, y: f64) -> f64 {
    if y == 0.5 && x.is_finite() && x > 0.0 {
        return x.sqrt();
    }
    if y.fract() == 0.0
        && y.abs() <= (1 << 20) as f64
        && x.is_finite()
        && x != 0.0
        && let Some(r) = pow_int_double_double(x, y as i64)
    {
        return r;
    }
    x.powf(y)
}

/// `x ** n` in double-double arithmetic (about 104 bits), rounded to f64 once; None when the
/// result is near the edges of the f64 range, where the extra bits are lost.
#[cfg(target_arch = "wasm32")]
fn pow_int_double_double(x: f64, n: i64) -> Option<f64> {
    fn two_prod(a: f64, b: f64) -> (f64, f64) {
        let p = a * b;
        (p, a.mul_add(b, -p))
    }
    fn mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
        let (p, e) = two_prod(a.0, b.0);
        let e = e + (a.0 * b.1 + a.1 * b.0);
        let s = p + e;
        (s, e - (s - p))
    }
    let mut result = (1.0, 0.0);
    let mut base = (x, 0.0);
    let mut k = n.unsigned_abs();
    while k > 0 {
        if k & 1 == 1 {
            result = mul(result, base);
        }
        k >>= 1;
        if k > 0 {
            base = mul(base, base);
        }
        if !(1e-290..1e290).contains(&result.0.abs()) || !(1e-290..1e290).contains(&base.0.abs()) {
            return None;
        }
    }
    if n >= 0 {
        return Some(result.0 + result.1);
    }
    // 1 / (hi + lo): a first quotient, then one correction step.
    let q = 1.0 / result.0;
    let residual = (-result.0).mul_add(q, 1.0) - result.1 * q;
    Some(q + q * residual)
}

pub fn float_pow(x: f64, y: f64) -> Result<f64, Exc> {
    if x == 0.0 && y < 0.0 {
        return Err(Exc::zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(Exc::value_error("complex numbers are not supported"));
    }
    let r = pow_platform(x, y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(Exc::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

/// Complex division (Smith's algorithm, as CPython uses).
pub fn complex_div(x: (f64, f64), y: (f64, f64)) -> Result<(f64, f64), Exc> {
    let (a, b) = x;
    let (c, d) = y;
    if c == 0.0 && d == 0.0 {
        return Err(Exc::zero_division("complex division by zero"));
    }
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + d * ratio;
        Ok(((a + b * ratio) / denom, (b - a * ratio) / denom))
    } else {
        let ratio = c / d;
        let denom = c * ratio + d;
        Ok(((a * ratio + b) / denom, (b * ratio - a) / denom))
    }
}

/// Complex power: repeated multiplication for small integral exponents, polar form otherwise.
pub fn complex_pow(x: (f64, f64), y: (f64, f64)) -> Result<(f64, f64), Exc> {
    let (a, b) = x;
    let (c, d) = y;
    if c == 0.0 && d == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a == 0.0 && b == 0.0 {
        if d != 0.0 || c < 0.0 {
            return Err(Exc::zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    if d == 0.0 && c.fract() == 0.0 && c.abs() <= 100.0 {
        let n = c as i64;
        let mut result = (1.0, 0.0);
        let mut base = (a, b);
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                result = (result.0 * base.0 - result.1 * base.1, result.0 * base.1 + result.1 * base.0);
            }
            base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
            k >>= 1;
        }
        return if n < 0 { complex_div((1.0, 0.0), result) } else { Ok(result) };
    }
    let vabs = a.hypot(b);
    let mut len = vabs.powf(c);
    let at = b.atan2(a);
    let mut phase = at * c;
    if d != 0.0 {
        len /= (at * d).exp();
        phase += d * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// Exact conversion of an integral float to a big integer.
pub fn f64_to_bigint(f: f64) -> Result<BigInt, Exc> {
    if f.is_nan() {
        return Err(Exc::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(Exc::overflow("cannot convert float infinity to integer"));
    }
    num_traits::FromPrimitive::from_f64(f.trunc()).ok_or_else(|| Exc::overflow("cannot convert float to integer"))
}

/// Round half to even at `ndigits` decimal places, as `round(x, n)` does (exactly, via the
/// shortest decimal representation of `x` being insufficient: use the exact binary value).
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, Exc> {
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    // Format with enough digits to be exact-enough, then round the decimal string half-even
    // using the exact value from Rust's correctly rounded formatting.
    let s = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
    } else {
        let p = 10f64.powi((-ndigits) as i32);
        let scaled = x / p;
        let r = round_half_even(scaled);
        return Ok(r * p);
    };
    let r: f64 = s.parse().unwrap_or(x);
    if r.is_infinite() {
        return Err(Exc::overflow("rounded value too large to represent"));
    }
    Ok(r)
}

pub fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 { 2.0 * (x / 2.0).round() } else { r }
}
