//! Parsing numbers from text the way `int()` and `float()` accept them.

use num_bigint::BigInt;
use num_traits::Num;

use crate::error::{Exc, PyResult};
use crate::format::repr::{INT_MAX_STR_DIGITS, str_repr};

/// Code points of the digit zero of every Unicode decimal-digit block (Nd), so that
/// `int('٣')` works like in CPython. Each block holds the ten digits in order.
const DIGIT_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0,
    0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
    0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0,
    0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60,
    0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit.
pub fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    DIGIT_ZEROS.iter().find(|&&z| u >= z && u < z + 10).map(|z| u - z)
}

/// Python's notion of whitespace for `strip()`/`split()` and number parsing.
pub fn is_py_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f' | '\u{85}')
        || (c as u32 > 0x7f && c.is_whitespace())
}

fn invalid_int(text: &str, base: u32) -> Exc {
    Exc::value_error(format!("invalid literal for int() with base {base}: {}", str_repr(text)))
}

/// `int(text, base)`.
pub fn parse_int(text: &str, base: u32) -> PyResult<BigInt> {
    let s = text.trim_matches(is_py_space);
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits) = {
        let prefixed = |p: &str| lower.starts_with(p) && lower.len() > 2;
        if (base == 16 || base == 0) && prefixed("0x") {
            (16, &body[2..])
        } else if (base == 8 || base == 0) && prefixed("0o") {
            (8, &body[2..])
        } else if (base == 2 || base == 0) && prefixed("0b") {
            (2, &body[2..])
        } else {
            (if base == 0 { 10 } else { base }, body)
        }
    };
    // A prefix may be followed by an underscore: 0x_ff.
    let digits = if digits.len() < body.len() { digits.strip_prefix('_').unwrap_or(digits) } else { digits };
    let mut clean = String::with_capacity(digits.len());
    let mut prev_underscore = true;
    for c in digits.chars() {
        if c == '_' {
            if prev_underscore {
                return Err(invalid_int(text, base));
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        let d = match decimal_value(c) {
            Some(d) => std::char::from_digit(d, 10),
            None => Some(c),
        };
        match d {
            Some(d) if d.is_ascii_alphanumeric() => clean.push(d),
            _ => return Err(invalid_int(text, base)),
        }
    }
    if clean.is_empty() || prev_underscore {
        return Err(invalid_int(text, base));
    }
    if base == 0 && radix == 10 && clean.len() > 1 && clean.starts_with('0') && clean.chars().any(|c| c != '0') {
        return Err(invalid_int(text, base));
    }
    if radix == 10 && clean.len() > INT_MAX_STR_DIGITS {
        return Err(Exc::value_error(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    let n = BigInt::from_str_radix(&clean, radix).map_err(|_| invalid_int(text, base))?;
    Ok(if negative { -n } else { n })
}

/// `float(text)`; None if it is not a valid float literal.
pub fn parse_float(text: &str) -> Option<f64> {
    let s = text.trim_matches(is_py_space);
    if s.is_empty() {
        return None;
    }
    let unsigned = s.trim_start_matches(['+', '-']);
    if s.len() - unsigned.len() > 1 {
        return None;
    }
    let lower = unsigned.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        let v = if lower == "nan" { f64::NAN } else { f64::INFINITY };
        return Some(if s.starts_with('-') { -v } else { v });
    }
    // Underscores only between digits.
    let chars: Vec<char> = s.chars().collect();
    let mut clean = String::with_capacity(s.len());
    for (i, c) in chars.iter().enumerate() {
        if *c == '_' {
            let ok = i > 0 && i + 1 < chars.len() && chars[i - 1].is_ascii_digit() && chars[i + 1].is_ascii_digit();
            if !ok {
                return None;
            }
            continue;
        }
        let c = match decimal_value(*c) {
            Some(d) if !c.is_ascii() => std::char::from_digit(d, 10)?,
            _ => *c,
        };
        if !(c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-')) {
            return None;
        }
        clean.push(c);
    }
    clean.parse::<f64>().ok()
}
