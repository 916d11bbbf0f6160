//! The format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`, `str.format`).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::float::{float_repr, format_exp, format_fixed, format_general};
use crate::error::{Exc, PyResult};

#[derive(Clone, Debug, Default)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// Widths and precisions beyond this cannot be satisfied (CPython raises too).
const MAX_WIDTH: usize = i32::MAX as usize;

impl FormatSpec {
    pub fn parse(spec: &str, type_name: &str) -> PyResult<FormatSpec> {
        let chars: Vec<char> = spec.chars().collect();
        let mut f = FormatSpec::default();
        let mut i = 0;
        let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
        if chars.len() >= 2 && is_align(chars[1]) {
            f.fill = Some(chars[0]);
            f.align = Some(chars[1]);
            i = 2;
        } else if !chars.is_empty() && is_align(chars[0]) {
            f.align = Some(chars[0]);
            i = 1;
        }
        if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
            f.sign = Some(chars[i]);
            i += 1;
        }
        if i < chars.len() && chars[i] == 'z' {
            f.z = true;
            i += 1;
        }
        if i < chars.len() && chars[i] == '#' {
            f.alternate = true;
            i += 1;
        }
        if i < chars.len() && chars[i] == '0' {
            f.zero = true;
            i += 1;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i > start {
            let w: String = chars[start..i].iter().collect();
            f.width = Some(parse_count(&w)?);
        }
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            f.grouping = Some(chars[i]);
            i += 1;
            if i < chars.len() && matches!(chars[i], ',' | '_') {
                return Err(Exc::value_error("Cannot specify both ',' and '_'."));
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return Err(Exc::value_error("Format specifier missing precision"));
            }
            let p: String = chars[start..i].iter().collect();
            f.precision = Some(parse_count(&p)?);
        }
        if i < chars.len() {
            if i + 1 < chars.len() {
                return Err(Exc::value_error(format!(
                    "Invalid format specifier '{spec}' for object of type '{type_name}'"
                )));
            }
            f.ty = Some(chars[i]);
        }
        if f.zero && f.fill.is_none() && f.align.is_none() {
            f.fill = Some('0');
            f.align = Some('=');
        } else if f.zero && f.fill.is_none() {
            f.fill = Some('0');
        }
        Ok(f)
    }

    fn fill(&self) -> char {
        self.fill.unwrap_or(' ')
    }
}

fn parse_count(s: &str) -> PyResult<usize> {
    match s.parse::<usize>() {
        Ok(n) if n <= MAX_WIDTH => Ok(n),
        _ => Err(Exc::value_error("Too many decimal digits in format string")),
    }
}

/// Pad `body` (with `sign_prefix` before any '=' padding) to the spec's width.
fn pad(spec: &FormatSpec, sign_prefix: &str, body: &str, default_align: char) -> String {
    let len = sign_prefix.chars().count() + body.chars().count();
    let width = spec.width.unwrap_or(0);
    if width <= len {
        return format!("{sign_prefix}{body}");
    }
    let n = width - len;
    let fill = spec.fill();
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match spec.align.unwrap_or(default_align) {
        '<' => format!("{sign_prefix}{body}{}", fills(n)),
        '^' => format!("{}{sign_prefix}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{sign_prefix}{}{body}", fills(n)),
        _ => format!("{}{sign_prefix}{body}", fills(n)),
    }
}

/// The output size a spec could produce, to check against memory limits first.
pub fn spec_width(spec: &FormatSpec) -> usize {
    spec.width.unwrap_or(0).max(spec.precision.unwrap_or(0))
}

pub fn format_str(s: &str, spec: &FormatSpec) -> PyResult<String> {
    if let Some(t) = spec.ty
        && t != 's'
    {
        return Err(Exc::value_error(format!("Unknown format code '{t}' for object of type 'str'")));
    }
    if spec.sign.is_some() {
        return Err(Exc::value_error("Sign not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(Exc::value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(Exc::value_error("'=' alignment not allowed in string format specifier"));
    }
    if let Some(g) = spec.grouping {
        return Err(Exc::value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(spec, "", &body, '<'))
}

/// Insert a separator every `every` digits from the right.
fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Zero-pad digits so that, once grouped, they fill `needed` characters.
fn zero_fill_grouped(digits: &str, sep: Option<char>, every: usize, needed: usize) -> String {
    let mut d = digits.to_string();
    loop {
        let grouped = match sep {
            Some(s) => group_digits(&d, s, every),
            None => d.clone(),
        };
        if grouped.chars().count() >= needed {
            return grouped;
        }
        d.insert(0, '0');
    }
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    if negative {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Lay out digits with sign, prefix, grouping and padding.
fn finish_number(
    spec: &FormatSpec,
    negative: bool,
    prefix: &str,
    int_digits: &str,
    rest: &str,
    every: usize,
) -> String {
    let sign = sign_str(negative, spec.sign);
    let head = format!("{sign}{prefix}");
    let zero_pad = spec.align == Some('=') && spec.fill() == '0';
    let grouped = if zero_pad {
        let needed = spec.width.unwrap_or(0).saturating_sub(head.chars().count() + rest.chars().count());
        zero_fill_grouped(int_digits, spec.grouping, every, needed)
    } else {
        match spec.grouping {
            Some(s) => group_digits(int_digits, s, every),
            None => int_digits.to_string(),
        }
    };
    pad(spec, &head, &format!("{grouped}{rest}"), '>')
}

pub fn format_int(n: &BigInt, spec: &FormatSpec) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = n
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| Exc::overflow("int too large to convert to float"))?;
            return format_float(f, spec);
        }
        'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {}
        other => return Err(Exc::value_error(format!("Unknown format code '{other}' for object of type 'int'"))),
    }
    if spec.precision.is_some() {
        return Err(Exc::value_error("Precision not allowed in integer format specifier"));
    }
    if spec.z {
        return Err(Exc::value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(Exc::value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(Exc::value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let c = n.to_u32().and_then(char::from_u32).ok_or_else(|| Exc::overflow("%c arg not in range(0x110000)"))?;
        return Ok(pad(spec, "", &c.to_string(), '<'));
    }
    if let Some(g) = spec.grouping
        && (ty == 'n' || (g == ',' && matches!(ty, 'b' | 'o' | 'x' | 'X')))
    {
        return Err(Exc::value_error(format!("Cannot specify '{g}' with '{ty}'.")));
    }
    let abs = n.abs();
    let (digits, prefix, every) = match ty {
        'b' => (abs.to_str_radix(2), "0b", 4),
        'o' => (abs.to_str_radix(8), "0o", 4),
        'x' => (abs.to_str_radix(16), "0x", 4),
        'X' => (abs.to_str_radix(16).to_uppercase(), "0X", 4),
        _ => (abs.to_string(), "", 3),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    Ok(finish_number(spec, n.is_negative(), prefix, &digits, "", every))
}

pub fn format_float(x: f64, spec: &FormatSpec) -> PyResult<String> {
    let ty = spec.ty;
    if let Some(t) = ty
        && !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    {
        return Err(Exc::value_error(format!("Unknown format code '{t}' for object of type 'float'")));
    }
    if let (Some(g), Some('n')) = (spec.grouping, ty) {
        return Err(Exc::value_error(format!("Cannot specify '{g}' with 'n'.")));
    }
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut negative = x.is_sign_negative() && !x.is_nan();
    let body = if !x.is_finite() {
        let s = if x.is_nan() { "nan" } else { "inf" };
        let s = if upper { s.to_uppercase() } else { s.to_string() };
        let s = if ty == Some('%') { format!("{s}%") } else { s };
        let sign = sign_str(negative, spec.sign);
        let mut inf_spec = spec.clone();
        if inf_spec.fill == Some('0') && spec.zero {
            inf_spec.fill = Some(' ');
        }
        return Ok(pad(&inf_spec, sign, &s, '>'));
    } else {
        let a = x.abs();
        match ty {
            Some('e' | 'E') => format_exp(a, spec.precision.unwrap_or(6), upper, spec.alternate),
            Some('f' | 'F') => format_fixed(a, spec.precision.unwrap_or(6), spec.alternate),
            Some('g' | 'G' | 'n') => format_general(a, spec.precision.unwrap_or(6), upper, spec.alternate, false),
            Some('%') => format!("{}%", format_fixed(a * 100.0, spec.precision.unwrap_or(6), spec.alternate)),
            _ => match spec.precision {
                Some(p) => format_general(a, p, false, spec.alternate, true),
                None => float_repr(a),
            },
        }
    };
    if spec.z && negative && body.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        negative = false;
    }
    // Split the integer digits (for grouping) from the rest.
    let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let (int_digits, rest) = body.split_at(split);
    Ok(finish_number(spec, negative, "", int_digits, rest, 3))
}

/// Default formatting (empty spec) goes through `str()`; this handles the `format()` of
/// other values with an explicit spec.
pub fn format_other(type_name: &str, text: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    Err(Exc::type_error(format!("unsupported format string passed to {type_name}.__format__")))
}
