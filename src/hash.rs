//! Hash functions. Numbers and tuples hash exactly as CPython does, so that sets of numbers
//! iterate (and print) in CPython's order; strings use our own deterministic hash (CPython
//! randomises string hashes per process, so no program can depend on them).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// CPython's modulus for numeric hashes: 2**61 - 1.
const MODULUS: u64 = (1 << 61) - 1;
const MODULUS_BITS: u32 = 61;
const HASH_INF: i64 = 314159;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

pub fn hash_int(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS) as i64;
    fix_minus_one(if n < 0 { -m } else { m })
}

pub fn hash_bigint(n: &BigInt) -> i64 {
    let modulus = BigInt::from(MODULUS);
    let m = (n.abs() % modulus).to_i64().unwrap_or(0);
    fix_minus_one(if n.is_negative() { -m } else { m })
}

pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign = 1i64;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    // Fold the mantissa into the hash 28 bits at a time, reducing modulo 2**61 - 1.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (MODULUS_BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        (e % MODULUS_BITS as i32) as u32
    } else {
        MODULUS_BITS - 1 - ((-1 - e) % MODULUS_BITS as i32) as u32
    };
    x = ((x << e) & MODULUS) | (x >> (MODULUS_BITS - e));
    fix_minus_one(x as i64 * sign)
}

/// Split a finite float into a mantissa in [0.5, 1) and a power of two.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let mantissa_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(mantissa_bits), exp - 1022)
}

/// Combine element hashes the way CPython's tuple hash does (an xxHash variant).
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

impl TupleHasher {
    pub fn new() -> Self {
        TupleHasher { acc: XXPRIME_5, len: 0 }
    }

    pub fn add(&mut self, h: i64) {
        self.acc = self.acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
        self.len += 1;
    }

    pub fn finish(self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            return 1546275796;
        }
        acc as i64
    }
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

/// A fast deterministic string hash (multiply-rotate over 8-byte words, then a final mix).
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

pub fn hash_bytes(bytes: &[u8]) -> i64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = 0x243F_6A88_85A3_08D3 ^ (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(K).rotate_left(29);
    }
    let mut tail = 0u64;
    for (i, b) in chunks.remainder().iter().enumerate() {
        tail |= (*b as u64) << (8 * i);
    }
    h = (h ^ tail).wrapping_mul(K);
    // murmur3's final avalanche.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    fix_minus_one(h as i64)
}

/// Hash of an integral value given as a big integer when it might not fit i64.
pub fn hash_bigint_or_small(n: &BigInt) -> i64 {
    match n.to_i64() {
        Some(small) => hash_int(small),
        None => hash_bigint(n),
    }
}

pub fn is_zero(n: &BigInt) -> bool {
    n.is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(5), 5);
        assert_eq!(hash_int(1 << 61), 1);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(2.0), 2);
        assert_eq!(hash_float(-0.5), -1152921504606846976);
        assert_eq!(hash_float(f64::INFINITY), 314159);
        let mut t = TupleHasher::new();
        t.add(hash_int(1));
        t.add(hash_int(2));
        assert_eq!(t.finish(), -3550055125485641917);
    }
}
