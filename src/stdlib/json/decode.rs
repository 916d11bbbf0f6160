//! `json.loads` in Rust: CPython's grammar (NaN, Infinity, big ints) and its error messages
//! and positions, parsing nested containers with an explicit stack.

use num_bigint::BigInt;

use crate::error::{Exc, PyResult};
use crate::format::repr::INT_MAX_STR_DIGITS;
use crate::objects::Dict;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;

/// A syntax error: CPython's message and the byte offset it points at.
pub struct DecodeError {
    pub message: &'static str,
    pub byte_pos: usize,
}

/// Nesting deeper than this is a RecursionError, as in CPython.
const MAX_DEPTH: usize = 1000;

enum Open {
    List(Vec<Value>),
    /// Finished entries, and the key whose value is being parsed.
    Dict(Vec<(Value, Value)>, Value),
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

type Step<T> = Result<T, DecodeError>;

/// Parse `text`. The outer error is a Python exception (memory, recursion, int digits), the
/// inner one a JSON syntax error for `JSONDecodeError`.
pub fn decode(vm: &mut Vm, text: &str) -> PyResult<Step<Value>> {
    let mut p = Parser { text, bytes: text.as_bytes(), pos: 0 };
    let mut stack: Vec<Open> = Vec::new();
    p.skip_ws();
    'value: loop {
        // A value starts here.
        let mut value = match p.bytes.get(p.pos) {
            Some(b'[') => {
                p.pos += 1;
                p.skip_ws();
                if p.peek() == Some(b']') {
                    p.pos += 1;
                    vm.new_list(Vec::new())
                } else {
                    if stack.len() >= MAX_DEPTH {
                        return Err(too_deep("array"));
                    }
                    stack.push(Open::List(Vec::new()));
                    continue 'value;
                }
            }
            Some(b'{') => {
                p.pos += 1;
                p.skip_ws();
                if p.peek() == Some(b'}') {
                    p.pos += 1;
                    vm.new_dict(Dict::new())
                } else {
                    if stack.len() >= MAX_DEPTH {
                        return Err(too_deep("object"));
                    }
                    let key = match p.key(vm)? {
                        Ok(k) => k,
                        Err(e) => return Ok(Err(e)),
                    };
                    stack.push(Open::Dict(Vec::new(), key));
                    continue 'value;
                }
            }
            _ => match p.scalar(vm)? {
                Ok(v) => v,
                Err(e) => return Ok(Err(e)),
            },
        };
        // Attach finished values to their containers, closing those that end here.
        loop {
            let Some(top) = stack.last_mut() else {
                p.skip_ws();
                if p.pos != p.bytes.len() {
                    return Ok(Err(p.error("Extra data")));
                }
                return Ok(Ok(value));
            };
            match top {
                Open::List(items) => items.push(value),
                Open::Dict(entries, key) => entries.push((*key, value)),
            }
            p.skip_ws();
            let is_dict = matches!(top, Open::Dict(..));
            match p.peek() {
                Some(b',') => {
                    p.pos += 1;
                    p.skip_ws();
                    if is_dict {
                        let key = match p.key(vm)? {
                            Ok(k) => k,
                            Err(e) => return Ok(Err(e)),
                        };
                        if let Open::Dict(_, k) = top {
                            *k = key;
                        }
                    }
                    continue 'value;
                }
                Some(b']') if !is_dict => {
                    p.pos += 1;
                    if let Some(Open::List(items)) = stack.pop() {
                        value = vm.new_list(items);
                    }
                }
                Some(b'}') if is_dict => {
                    p.pos += 1;
                    if let Some(Open::Dict(entries, _)) = stack.pop() {
                        let dict = vm.new_dict(Dict::new());
                        for (k, v) in entries {
                            vm.dict_set(dict, k, v)?;
                        }
                        value = dict;
                    }
                }
                _ => return Ok(Err(p.error("Expecting ',' delimiter"))),
            }
        }
    }
}

fn too_deep(what: &str) -> Exc {
    Exc::new(
        TypeId::RecursionError,
        format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
    )
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn error(&self, message: &'static str) -> DecodeError {
        DecodeError { message, byte_pos: self.pos }
    }

    /// A property name and its `:`; the parser is left at the value.
    fn key(&mut self, vm: &mut Vm) -> PyResult<Step<Value>> {
        if self.peek() != Some(b'"') {
            return Ok(Err(self.error("Expecting property name enclosed in double quotes")));
        }
        let key = match self.string() {
            Ok(s) => vm.new_str(s),
            Err(e) => return Ok(Err(e)),
        };
        self.skip_ws();
        if self.peek() != Some(b':') {
            return Ok(Err(self.error("Expecting ':' delimiter")));
        }
        self.pos += 1;
        self.skip_ws();
        Ok(Ok(key))
    }

    fn starts_with(&self, word: &str) -> bool {
        self.text[self.pos..].starts_with(word)
    }

    fn scalar(&mut self, vm: &mut Vm) -> PyResult<Step<Value>> {
        let constants: [(&str, Value); 6] = [
            ("null", Value::None),
            ("true", Value::Bool(true)),
            ("false", Value::Bool(false)),
            ("NaN", Value::Float(f64::NAN)),
            ("Infinity", Value::Float(f64::INFINITY)),
            ("-Infinity", Value::Float(f64::NEG_INFINITY)),
        ];
        for (word, value) in constants {
            if self.starts_with(word) {
                self.pos += word.len();
                return Ok(Ok(value));
            }
        }
        match self.peek() {
            Some(b'"') => Ok(self.string().map(|s| vm.new_str(s))),
            Some(b'-' | b'0'..=b'9') => self.number(vm),
            _ => Ok(Err(self.error("Expecting value"))),
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`: an int, or a float with a fraction or
    /// exponent. A `.` or `e` not followed by digits is left for the caller ("Extra data").
    fn number(&mut self, vm: &mut Vm) -> PyResult<Step<Value>> {
        let start = self.pos;
        let digits = |p: &Parser, from: usize| p.bytes[from..].iter().take_while(|b| b.is_ascii_digit()).count();
        let mut end = start + usize::from(self.peek() == Some(b'-'));
        match self.bytes.get(end) {
            Some(b'0') => end += 1,
            Some(b'1'..=b'9') => end += digits(self, end),
            _ => return Ok(Err(self.error("Expecting value"))),
        }
        let mut is_float = false;
        if self.bytes.get(end) == Some(&b'.') && digits(self, end + 1) > 0 {
            end += 1 + digits(self, end + 1);
            is_float = true;
        }
        if matches!(self.bytes.get(end), Some(b'e' | b'E')) {
            let sign = usize::from(matches!(self.bytes.get(end + 1), Some(b'+' | b'-')));
            let exp_digits = digits(self, end + 1 + sign);
            if exp_digits > 0 {
                end += 1 + sign + exp_digits;
                is_float = true;
            }
        }
        let text = &self.text[start..end];
        self.pos = end;
        if is_float {
            return Ok(Ok(Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))));
        }
        if let Ok(i) = text.parse::<i64>() {
            return Ok(Ok(Value::Int(i)));
        }
        if text.trim_start_matches('-').len() > INT_MAX_STR_DIGITS {
            return Err(Exc::value_error(format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                text.trim_start_matches('-').len()
            )));
        }
        let n: BigInt = text.parse().unwrap_or_default();
        Ok(Ok(vm.new_bigint(n)))
    }

    /// A string literal starting at the opening quote.
    fn string(&mut self) -> Step<String> {
        let begin = self.pos;
        let unterminated = DecodeError { message: "Unterminated string starting at", byte_pos: begin };
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the plain run up to the next quote, backslash or control character.
            let run = self.bytes[self.pos..].iter().take_while(|b| !matches!(b, b'"' | b'\\' | 0..=0x1f)).count();
            out.push_str(&self.text[self.pos..self.pos + run]);
            self.pos += run;
            match self.peek() {
                None => return Err(unterminated),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let escape_at = self.pos;
                    let Some(c) = self.bytes.get(self.pos + 1) else { return Err(unterminated) };
                    self.pos += 2;
                    let plain = match c {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            out.push(self.unicode_escape(escape_at)?);
                            continue;
                        }
                        _ => return Err(DecodeError { message: "Invalid \\escape", byte_pos: escape_at }),
                    };
                    out.push(plain);
                }
                Some(_) => return Err(self.error("Invalid control character at")),
            }
        }
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let digits = self.text.get(at..at + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }

    /// `\uXXXX` (the parser is after the `u`), joining a surrogate pair. A lone surrogate has
    /// no place in our strings (they are UTF-8) and becomes U+FFFD.
    fn unicode_escape(&mut self, escape_at: usize) -> Step<char> {
        // CPython points at the `u`.
        let bad = DecodeError { message: "Invalid \\uXXXX escape", byte_pos: escape_at + 1 };
        let unit = self.hex4(self.pos).ok_or(bad)?;
        self.pos += 4;
        if (0xd800..0xdc00).contains(&unit) && self.text[self.pos..].starts_with("\\u") {
            let bad = DecodeError { message: "Invalid \\uXXXX escape", byte_pos: self.pos + 1 };
            let low = self.hex4(self.pos + 2).ok_or(bad)?;
            if (0xdc00..0xe000).contains(&low) {
                self.pos += 6;
                let c = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                return Ok(char::from_u32(c).unwrap_or('\u{fffd}'));
            }
        }
        Ok(char::from_u32(unit).unwrap_or('\u{fffd}'))
    }
}
