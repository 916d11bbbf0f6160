//! The Mersenne Twister (MT19937) behind `random`, seeded as CPython seeds it, so that a
//! seeded program draws the same numbers as under CPython. The state lives in a Python
//! `bytearray` (624 words and the index, little-endian), so it is plain heap data that
//! snapshots carry.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::builtins::ArgSpec;
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::Args;

const N: usize = 624;
const M: usize = 397;
const STATE_BYTES: usize = 4 * (N + 1);

struct Twister {
    mt: [u32; N],
    index: usize,
}

impl Twister {
    fn from_bytes(bytes: &[u8]) -> Twister {
        let word = |i: usize| {
            let b = bytes.get(4 * i..4 * i + 4).unwrap_or(&[0, 0, 0, 0]);
            u32::from_le_bytes([b[0], b[1], b[2], b[3]])
        };
        let mut mt = [0u32; N];
        for (i, w) in mt.iter_mut().enumerate() {
            *w = word(i);
        }
        Twister { mt, index: (word(N) as usize).min(N) }
    }

    fn to_bytes(&self, out: &mut Vec<u8>) {
        out.clear();
        for w in self.mt {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&(self.index as u32).to_le_bytes());
    }

    fn seed_word(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seed from an array of words (the reference `init_by_array`).
    fn seed_words(&mut self, key: &[u32]) {
        self.seed_word(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn refill(&mut self) {
        let twist = |upper: u32, lower: u32| {
            let y = (upper & 0x8000_0000) | (lower & 0x7fff_ffff);
            (y >> 1) ^ if y & 1 == 1 { 0x9908_b0df } else { 0 }
        };
        for k in 0..N {
            self.mt[k] = self.mt[(k + M) % N] ^ twist(self.mt[k], self.mt[(k + 1) % N]);
        }
        self.index = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.refill();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits, as CPython makes it.
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// Run `f` on the twister stored in bytearray `state`.
fn with_state<T>(vm: &mut Vm, state: Value, f: impl FnOnce(&mut Twister) -> T) -> PyResult<T> {
    let Value::Ref(id) = state else { return Err(Exc::type_error("random state must be a bytearray")) };
    let Object::ByteArray(bytes) = vm.heap.get_mut(id) else {
        return Err(Exc::type_error("random state must be a bytearray"));
    };
    let mut twister = Twister::from_bytes(bytes);
    let out = f(&mut twister);
    twister.to_bytes(bytes);
    Ok(out)
}

/// `mt_seed(state, n)`: seed with the int `n` (its absolute value's 32-bit words).
pub fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ArgSpec::new("mt_seed").between(&args, 2, 2)?;
    let n: BigInt = super::module::int_of(vm, args.pos[1]).ok_or_else(|| Exc::type_error("seed must be an int"))?;
    let mut key = n.abs().to_u32_digits().1;
    if key.is_empty() {
        key.push(0);
    }
    if let Value::Ref(id) = args.pos[0]
        && let Object::ByteArray(bytes) = vm.heap.get_mut(id)
        && bytes.len() != STATE_BYTES
    {
        bytes.resize(STATE_BYTES, 0);
    }
    with_state(vm, args.pos[0], |t| t.seed_words(&key))?;
    Ok(Value::None)
}

/// `mt_random(state)`: the next float in [0, 1).
pub fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = ArgSpec::new("mt_random").one(&args)?;
    Ok(Value::Float(with_state(vm, state, Twister::next_f64)?))
}

/// `mt_getrandbits(state, k)`: an int of `k` random bits, built from 32-bit words as CPython
/// builds it.
pub fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ArgSpec::new("mt_getrandbits").between(&args, 2, 2)?;
    let k = vm.int_arg(args.pos[1])?;
    if k < 0 {
        return Err(Exc::value_error("number of bits must be non-negative"));
    }
    if k as u64 > crate::numeric::MAX_INT_BITS {
        return Err(crate::numeric::too_big());
    }
    let k = k as usize;
    let words = with_state(vm, args.pos[0], |t| {
        let mut words = Vec::with_capacity(k.div_ceil(32));
        let mut left = k;
        while left > 0 {
            let w = t.next_u32();
            words.push(if left < 32 { w >> (32 - left) } else { w });
            left = left.saturating_sub(32);
        }
        words
    })?;
    Ok(vm.new_bigint(BigInt::from_slice(num_bigint::Sign::Plus, &words)))
}
