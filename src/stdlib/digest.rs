//! Hashes for `hashlib` (RustCrypto) and the byte codecs of `base64`.

use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use crate::builtins::ArgSpec;
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::Args;

fn bytes_arg(vm: &Vm, v: Value, what: &str) -> PyResult<Vec<u8>> {
    if let Value::Ref(id) = v
        && let Object::Bytes(b) | Object::ByteArray(b) = vm.heap.get(id)
    {
        return Ok(b.clone());
    }
    if vm.as_str(v).is_some() {
        return Err(Exc::type_error(format!("Strings must be encoded before {what}")));
    }
    Err(Exc::type_error(format!("object supporting the buffer API required, not {}", vm.type_name(v))))
}

/// `hash_digest(name, data)`: the digest of `data` with algorithm `name`, or None if unknown.
pub fn hash_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ArgSpec::new("hash_digest").between(&args, 2, 2)?;
    let name = vm.as_str(args.pos[0]).unwrap_or("").to_ascii_lowercase();
    let data = bytes_arg(vm, args.pos[1], "hashing")?;
    let digest: Vec<u8> = match name.as_str() {
        "md5" => Md5::digest(&data).to_vec(),
        "sha1" => Sha1::digest(&data).to_vec(),
        "sha224" => Sha224::digest(&data).to_vec(),
        "sha256" => Sha256::digest(&data).to_vec(),
        "sha384" => Sha384::digest(&data).to_vec(),
        "sha512" => Sha512::digest(&data).to_vec(),
        _ => return Ok(Value::None),
    };
    Ok(vm.new_bytes(digest))
}

const STANDARD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `b64_encode(data, altchars)`: base64 with `+/` replaced by the two altchars (bytes).
pub fn b64_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ArgSpec::new("b64_encode").between(&args, 2, 2)?;
    let data = bytes_arg(vm, args.pos[0], "encoding")?;
    let mut alphabet = *STANDARD;
    if !args.pos[1].is_none() {
        let alt = bytes_arg(vm, args.pos[1], "encoding")?;
        if alt.len() != 2 {
            return Err(Exc::value_error(format!("invalid altchars: {alt:?}")));
        }
        alphabet[62] = alt[0];
        alphabet[63] = alt[1];
    }
    vm.reserve(data.len() / 3 * 4 + 4)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(alphabet[((n >> (18 - 6 * i)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    Ok(vm.new_bytes(out))
}

/// `b64_decode(data, altchars, validate)`: bytes, or a str message for binascii.Error.
pub fn b64_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ArgSpec::new("b64_decode").between(&args, 3, 3)?;
    let data = match vm.as_str(args.pos[0]) {
        Some(s) if s.is_ascii() => s.as_bytes().to_vec(),
        Some(_) => return Err(Exc::value_error("string argument should contain only ASCII characters")),
        None => bytes_arg(vm, args.pos[0], "decoding")?,
    };
    let mut alphabet = *STANDARD;
    if !args.pos[1].is_none() {
        let alt = bytes_arg(vm, args.pos[1], "decoding")?;
        if alt.len() == 2 {
            alphabet[62] = alt[0];
            alphabet[63] = alt[1];
        }
    }
    let validate = matches!(args.pos[2], Value::Bool(true));
    let value_of = |c: u8| alphabet.iter().position(|a| *a == c).map(|p| p as u32);
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut acc = 0u32;
    let mut bits = 0;
    let mut quad = 0usize;
    let mut padding = 0usize;
    let fail = |vm: &mut Vm, msg: &str| -> PyResult<Value> { Ok(vm.new_str(msg.to_string())) };
    for &c in &data {
        if c == b'=' {
            padding += 1;
            // Enough padding ends the data (CPython ignores what follows).
            if quad >= 2 && quad + padding >= 4 {
                break;
            }
            continue;
        }
        let Some(v) = value_of(c) else {
            if validate {
                return fail(vm, "Only base64 data is allowed");
            }
            continue;
        };
        if padding > 0 && validate {
            return fail(vm, "Discontinuous padding not allowed");
        }
        padding = 0;
        acc = (acc << 6) | v;
        bits += 6;
        quad = (quad + 1) % 4;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if quad == 1 {
        let n = data.iter().filter(|c| value_of(**c).is_some()).count();
        return fail(
            vm,
            &format!(
                "Invalid base64-encoded string: number of data characters ({n}) cannot be 1 more than a multiple of 4"
            ),
        );
    }
    if quad != 0 && quad + padding < 4 {
        return fail(vm, "Incorrect padding");
    }
    Ok(vm.new_bytes(out))
}
