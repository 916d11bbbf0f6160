//! A compact binary encoding of boundary values and errors, for hosts that exchange bytes with
//! the interpreter (the JavaScript binding decodes it in `js/wire.js`).
//!
//! One byte-buffer crossing per value is much cheaper than building a JS object graph from
//! Rust call by call. Every value is a tag byte and a payload; integers and floats are little
//! endian; `str` is a u32 byte length and UTF-8; containers are a u32 count and their items.
//! The decoder trusts nothing: bad tags, short buffers, invalid UTF-8, nesting deeper than
//! `MAX_DEPTH` and trailing bytes are errors, never panics.

use num_bigint::BigInt;

use super::convert::MAX_DEPTH;
use super::object::MontyObject;
use super::{LimitError, MontyError};
use crate::error::LimitKind;
use crate::traceback::PyException;

/// Value tags (the same numbers in `js/wire.js`).
pub mod tag {
    pub const NONE: u8 = 0;
    pub const ELLIPSIS: u8 = 1;
    pub const FALSE: u8 = 2;
    pub const TRUE: u8 = 3;
    /// An int whose magnitude is at most 2**53, as an f64 (JS reads it as a number).
    pub const SMALL_INT: u8 = 4;
    /// Any other int that fits in i64, as 8 bytes (JS reads it as a BigInt).
    pub const INT64: u8 = 5;
    /// A larger int, as its decimal text.
    pub const BIG_INT: u8 = 6;
    pub const FLOAT: u8 = 7;
    pub const STR: u8 = 8;
    pub const BYTES: u8 = 9;
    pub const LIST: u8 = 10;
    pub const TUPLE: u8 = 11;
    pub const DICT: u8 = 12;
    pub const SET: u8 = 13;
    pub const FROZEN_SET: u8 = 14;
    /// Type name, field count, then (field name, value) pairs.
    pub const NAMED_TUPLE: u8 = 15;
    /// Type name and message.
    pub const EXCEPTION: u8 = 16;
    /// Class name, frozen flag byte, field count, then (field name, value) pairs.
    pub const DATACLASS: u8 = 17;
    pub const PATH: u8 = 18;
    /// An external function, by name.
    pub const FUNCTION: u8 = 19;
    /// A value that cannot cross, as its repr.
    pub const REPR: u8 = 20;
    pub const CYCLE: u8 = 21;
}

/// Error kinds (the first byte of an encoded error).
pub mod error_kind {
    pub const SYNTAX: u8 = 1;
    pub const RUNTIME: u8 = 2;
    pub const LIMIT: u8 = 3;
    pub const USAGE: u8 = 4;
    pub const SNAPSHOT: u8 = 5;
}

const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;

/// Builds encoded values.
#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, b: u8) {
        self.bytes.push(b);
    }

    pub fn u32(&mut self, n: u32) {
        self.bytes.extend_from_slice(&n.to_le_bytes());
    }

    pub fn f64(&mut self, f: f64) {
        self.bytes.extend_from_slice(&f.to_le_bytes());
    }

    /// A length or count; the boundary never carries 4 GiB in one piece (wasm32 memory
    /// cannot hold it), so saturating is only a formality.
    pub fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }

    pub fn str(&mut self, s: &str) {
        self.len(s.len());
        self.bytes.extend_from_slice(s.as_bytes());
    }

    fn items(&mut self, t: u8, items: &[MontyObject]) {
        self.u8(t);
        self.len(items.len());
        for item in items {
            self.value(item);
        }
    }

    fn fields<'a>(&mut self, fields: impl ExactSizeIterator<Item = (&'a str, &'a MontyObject)>) {
        self.len(fields.len());
        for (name, value) in fields {
            self.str(name);
            self.value(value);
        }
    }

    pub fn value(&mut self, obj: &MontyObject) {
        match obj {
            MontyObject::None => self.u8(tag::NONE),
            MontyObject::Ellipsis => self.u8(tag::ELLIPSIS),
            MontyObject::Bool(b) => self.u8(if *b { tag::TRUE } else { tag::FALSE }),
            MontyObject::Int(i) if (-MAX_SAFE_INTEGER..=MAX_SAFE_INTEGER).contains(i) => {
                self.u8(tag::SMALL_INT);
                self.f64(*i as f64);
            }
            MontyObject::Int(i) => {
                self.u8(tag::INT64);
                self.bytes.extend_from_slice(&i.to_le_bytes());
            }
            MontyObject::BigInt(i) => {
                self.u8(tag::BIG_INT);
                self.str(&i.to_string());
            }
            MontyObject::Float(f) => {
                self.u8(tag::FLOAT);
                self.f64(*f);
            }
            MontyObject::String(s) => {
                self.u8(tag::STR);
                self.str(s);
            }
            MontyObject::Bytes(b) => {
                self.u8(tag::BYTES);
                self.len(b.len());
                self.bytes.extend_from_slice(b);
            }
            MontyObject::List(items) => self.items(tag::LIST, items),
            MontyObject::Tuple(items) => self.items(tag::TUPLE, items),
            MontyObject::Set(items) => self.items(tag::SET, items),
            MontyObject::FrozenSet(items) => self.items(tag::FROZEN_SET, items),
            MontyObject::Dict(pairs) => {
                self.u8(tag::DICT);
                self.len(pairs.len());
                for (k, v) in pairs {
                    self.value(k);
                    self.value(v);
                }
            }
            MontyObject::NamedTuple { type_name, field_names, values } => {
                self.u8(tag::NAMED_TUPLE);
                self.str(type_name);
                let count = field_names.len().min(values.len());
                self.fields(field_names[..count].iter().map(String::as_str).zip(&values[..count]));
            }
            MontyObject::Exception { exc_type, message } => {
                self.u8(tag::EXCEPTION);
                self.str(exc_type);
                self.str(message);
            }
            MontyObject::Dataclass { name, fields, frozen } => {
                self.u8(tag::DATACLASS);
                self.str(name);
                self.u8(*frozen as u8);
                self.fields(fields.iter().map(|(k, v)| (k.as_str(), v)));
            }
            MontyObject::Path(p) => self.tagged_str(tag::PATH, p),
            MontyObject::Function { name } => self.tagged_str(tag::FUNCTION, name),
            MontyObject::Repr(r) => self.tagged_str(tag::REPR, r),
            MontyObject::Cycle(r) => self.tagged_str(tag::CYCLE, r),
        }
    }

    fn tagged_str(&mut self, t: u8, s: &str) {
        self.u8(t);
        self.str(s);
    }

    fn exception(&mut self, e: &PyException) {
        self.str(&e.type_name);
        self.str(&e.message);
        self.str(&e.traceback);
        self.len(e.frames.len());
        for f in &e.frames {
            self.str(&f.filename);
            self.u32(f.line);
            self.u32(f.column);
            self.u32(f.end_line);
            self.u32(f.end_column);
            self.str(&f.function);
            self.str(&f.source_line);
        }
    }

    pub fn error(&mut self, err: &MontyError) {
        match err {
            MontyError::Syntax(e) => {
                self.u8(error_kind::SYNTAX);
                self.exception(e);
            }
            MontyError::Runtime(e) => {
                self.u8(error_kind::RUNTIME);
                self.exception(e);
            }
            MontyError::Limit(l) => self.limit(l),
            MontyError::Usage(m) => self.tagged_str(error_kind::USAGE, m),
            MontyError::Snapshot(m) => self.tagged_str(error_kind::SNAPSHOT, m),
        }
    }

    fn limit(&mut self, l: &LimitError) {
        self.u8(error_kind::LIMIT);
        self.str(match l.kind {
            LimitKind::Memory => "memory",
            LimitKind::Allocations => "allocations",
            LimitKind::Duration => "duration",
            LimitKind::Instructions => "instructions",
        });
        self.f64(l.limit);
        self.f64(l.used);
        self.str(&l.message);
        self.usage(&l.usage);
    }

    /// Resources used, as five f64s.
    pub fn usage(&mut self, u: &super::ResourceUsage) {
        self.f64(u.instructions as f64);
        self.f64(u.duration);
        self.f64(u.memory_peak as f64);
        self.f64(u.allocations as f64);
        self.f64(u.max_recursion_depth as f64);
    }
}

/// Encode one value.
pub fn encode(obj: &MontyObject) -> Vec<u8> {
    let mut w = Writer::default();
    w.value(obj);
    w.bytes
}

/// Encode an error.
pub fn encode_error(err: &MontyError) -> Vec<u8> {
    let mut w = Writer::default();
    w.error(err);
    w.bytes
}

/// Reads encoded values, refusing anything malformed.
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, pos: 0 }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.pos.checked_add(n).filter(|&end| end <= self.bytes.len());
        let Some(end) = end else {
            return Err(format!("encoded value is truncated at byte {}", self.pos));
        };
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    pub fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    pub fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    pub fn f64(&mut self) -> Result<f64, String> {
        Ok(f64::from_le_bytes(self.array()?))
    }

    /// A count of items that each take at least one byte: more than the bytes left is an
    /// error before anything is allocated for them.
    fn count(&mut self) -> Result<usize, String> {
        let n = self.u32()? as usize;
        if n > self.bytes.len() - self.pos {
            return Err(format!("encoded value claims {n} items with {} bytes left", self.bytes.len() - self.pos));
        }
        Ok(n)
    }

    pub fn str(&mut self) -> Result<String, String> {
        let n = self.u32()? as usize;
        let raw = self.take(n)?;
        std::str::from_utf8(raw).map(str::to_string).map_err(|_| "encoded string is not valid UTF-8".to_string())
    }

    fn items(&mut self, depth: usize) -> Result<Vec<MontyObject>, String> {
        let n = self.count()?;
        (0..n).map(|_| self.value_at(depth + 1)).collect()
    }

    fn fields(&mut self, depth: usize) -> Result<Vec<(String, MontyObject)>, String> {
        let n = self.count()?;
        (0..n).map(|_| Ok((self.str()?, self.value_at(depth + 1)?))).collect()
    }

    pub fn value(&mut self) -> Result<MontyObject, String> {
        self.value_at(0)
    }

    fn value_at(&mut self, depth: usize) -> Result<MontyObject, String> {
        if depth > MAX_DEPTH {
            return Err(format!("value is nested more than {MAX_DEPTH} levels deep"));
        }
        let t = self.u8()?;
        Ok(match t {
            tag::NONE => MontyObject::None,
            tag::ELLIPSIS => MontyObject::Ellipsis,
            tag::FALSE => MontyObject::Bool(false),
            tag::TRUE => MontyObject::Bool(true),
            tag::SMALL_INT => {
                let f = self.f64()?;
                // Integral doubles below 2**63 in magnitude are exact i64s.
                if f.fract() != 0.0 || !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
                    return Err(format!("{f} is not an integer that fits in 64 bits"));
                }
                MontyObject::Int(f as i64)
            }
            tag::INT64 => MontyObject::Int(i64::from_le_bytes(self.array()?)),
            tag::BIG_INT => {
                let text = self.str()?;
                let big: BigInt = text.parse().map_err(|_| format!("{text:?} is not an integer"))?;
                match i64::try_from(&big) {
                    Ok(i) => MontyObject::Int(i),
                    Err(_) => MontyObject::BigInt(big),
                }
            }
            tag::FLOAT => MontyObject::Float(self.f64()?),
            tag::STR => MontyObject::String(self.str()?),
            tag::BYTES => {
                let n = self.u32()? as usize;
                MontyObject::Bytes(self.take(n)?.to_vec())
            }
            tag::LIST => MontyObject::List(self.items(depth)?),
            tag::TUPLE => MontyObject::Tuple(self.items(depth)?),
            tag::SET => MontyObject::Set(self.items(depth)?),
            tag::FROZEN_SET => MontyObject::FrozenSet(self.items(depth)?),
            tag::DICT => {
                let n = self.count()?;
                let mut pairs = Vec::with_capacity(n);
                for _ in 0..n {
                    pairs.push((self.value_at(depth + 1)?, self.value_at(depth + 1)?));
                }
                MontyObject::Dict(pairs)
            }
            tag::NAMED_TUPLE => {
                let type_name = self.str()?;
                let (field_names, values) = self.fields(depth)?.into_iter().unzip();
                MontyObject::NamedTuple { type_name, field_names, values }
            }
            tag::EXCEPTION => MontyObject::Exception { exc_type: self.str()?, message: self.str()? },
            tag::DATACLASS => {
                let name = self.str()?;
                let frozen = self.u8()? != 0;
                MontyObject::Dataclass { name, frozen, fields: self.fields(depth)? }
            }
            tag::PATH => MontyObject::Path(self.str()?),
            tag::FUNCTION => MontyObject::Function { name: self.str()? },
            tag::REPR => MontyObject::Repr(self.str()?),
            tag::CYCLE => MontyObject::Cycle(self.str()?),
            other => return Err(format!("unknown value tag {other}")),
        })
    }

    /// Fails if bytes are left over.
    pub fn finish(&self) -> Result<(), String> {
        if self.pos == self.bytes.len() {
            Ok(())
        } else {
            Err(format!("{} unexpected bytes after the encoded value", self.bytes.len() - self.pos))
        }
    }
}

/// Decode exactly one value.
pub fn decode(bytes: &[u8]) -> Result<MontyObject, String> {
    let mut r = Reader::new(bytes);
    let value = r.value()?;
    r.finish()?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> MontyObject {
        MontyObject::Dict(vec![
            (MontyObject::from("n"), MontyObject::Int(42)),
            (MontyObject::Int(-7), MontyObject::Int(i64::MIN)),
            (MontyObject::Tuple(vec![]), MontyObject::BigInt(BigInt::from(1u8) << 100)),
            (MontyObject::from("f"), MontyObject::Float(-0.5)),
            (MontyObject::from("b"), MontyObject::Bytes(vec![0, 255])),
            (
                MontyObject::from("c"),
                MontyObject::List(vec![
                    MontyObject::Set(vec![MontyObject::None]),
                    MontyObject::FrozenSet(vec![MontyObject::Bool(true)]),
                    MontyObject::Ellipsis,
                    MontyObject::Exception { exc_type: "ValueError".into(), message: "bad".into() },
                    MontyObject::Path("/tmp/x".into()),
                    MontyObject::Function { name: "fetch".into() },
                    MontyObject::Repr("<object>".into()),
                    MontyObject::Cycle("[...]".into()),
                ]),
            ),
            (
                MontyObject::from("nt"),
                MontyObject::NamedTuple {
                    type_name: "P".into(),
                    field_names: vec!["x".into()],
                    values: vec![MontyObject::from("é")],
                },
            ),
            (
                MontyObject::from("dc"),
                MontyObject::Dataclass {
                    name: "D".into(),
                    fields: vec![("a".into(), MontyObject::None)],
                    frozen: true,
                },
            ),
        ])
    }

    #[test]
    fn values_round_trip() {
        let v = sample();
        assert_eq!(decode(&encode(&v)), Ok(v));
    }

    #[test]
    fn every_truncation_and_trailing_byte_is_refused() {
        let bytes = encode(&sample());
        for n in 0..bytes.len() {
            assert!(decode(&bytes[..n]).is_err(), "prefix of {n} bytes decoded");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer).is_err());
    }

    #[test]
    fn hostile_encodings_are_errors() {
        // A huge claimed count, an unknown tag, bad UTF-8, a non-integral small int.
        assert!(decode(&[tag::LIST, 255, 255, 255, 255]).is_err());
        assert!(decode(&[99]).is_err());
        assert!(decode(&[tag::STR, 1, 0, 0, 0, 0xff]).is_err());
        let mut half = vec![tag::SMALL_INT];
        half.extend_from_slice(&0.5f64.to_le_bytes());
        assert!(decode(&half).is_err());
        // Nesting deeper than the limit.
        let mut deep = vec![];
        for _ in 0..=MAX_DEPTH + 1 {
            deep.extend_from_slice(&[tag::LIST, 1, 0, 0, 0]);
        }
        deep.push(tag::NONE);
        assert!(decode(&deep).unwrap_err().contains("nested"));
    }

    #[test]
    fn ints_choose_the_js_friendly_form() {
        assert_eq!(encode(&MontyObject::Int(1))[0], tag::SMALL_INT);
        assert_eq!(encode(&MontyObject::Int(1 << 53))[0], tag::INT64);
        let from_text = [&[tag::BIG_INT, 2, 0, 0, 0][..], b"-5"].concat();
        assert_eq!(decode(&from_text), Ok(MontyObject::Int(-5)));
    }
}
