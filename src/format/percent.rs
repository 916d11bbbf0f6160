//! printf-style formatting: `'%s: %5.2f' % (name, value)`.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::repr::str_ascii_of_repr;
use super::spec::{FormatSpec, format_float, format_int};
use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;

/// Where `%` conversions take their arguments from.
enum Source {
    Positional(Vec<Value>, usize),
    Mapping(Value),
}

impl Vm {
    pub fn percent_format(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        let text = self.as_str(fmt).unwrap_or("").to_string();
        let is_mapping = matches!(args, Value::Ref(id) if matches!(self.heap.get(id), Object::Dict(_)));
        let mut src = match self.seq_items(args) {
            Some(items) if matches!(args, Value::Ref(id) if matches!(self.heap.get(id), Object::Tuple(_))) => {
                Source::Positional(items.to_vec(), 0)
            }
            _ if is_mapping => Source::Mapping(args),
            _ => Source::Positional(vec![args], 0),
        };
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len() + 16);
        let mut i = 0;
        let mut used_mapping = false;
        while i < chars.len() {
            let c = chars[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            if i >= chars.len() {
                return Err(Exc::value_error("incomplete format"));
            }
            // %(name)
            let mut mapped: Option<Value> = None;
            if chars[i] == '(' {
                let mut depth = 1;
                let name_start = i + 1;
                i += 1;
                while i < chars.len() && depth > 0 {
                    match chars[i] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                if depth > 0 {
                    return Err(Exc::value_error("incomplete format key"));
                }
                let name: String = chars[name_start..i - 1].iter().collect();
                let Source::Mapping(m) = src else {
                    return Err(Exc::type_error("format requires a mapping"));
                };
                let key = self.new_str(name);
                mapped = Some(match self.dict_lookup(m, key)? {
                    Some(v) => v,
                    None => return Err(Exc::with_value(TypeId::KeyError, key)),
                });
                used_mapping = true;
            }
            let mut spec = FormatSpec::default();
            let mut left = false;
            let mut zero = false;
            while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
                match chars[i] {
                    '-' => left = true,
                    '+' => spec.sign = Some('+'),
                    ' ' => {
                        if spec.sign.is_none() {
                            spec.sign = Some(' ');
                        }
                    }
                    '#' => spec.alternate = true,
                    _ => zero = true,
                }
                i += 1;
            }
            let mut width: Option<i64> = None;
            if i < chars.len() && chars[i] == '*' {
                let w = self.next_arg(&mut src)?;
                width = Some(self.index_value(w).ok_or_else(|| Exc::type_error("* wants int"))?);
                i += 1;
            } else {
                let s = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                if i > s {
                    let w: String = chars[s..i].iter().collect();
                    width = Some(w.parse().map_err(|_| Exc::value_error("width too big"))?);
                }
            }
            let mut precision: Option<usize> = None;
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                if i < chars.len() && chars[i] == '*' {
                    let p = self.next_arg(&mut src)?;
                    precision =
                        Some(self.index_value(p).ok_or_else(|| Exc::type_error("* wants int"))?.max(0) as usize);
                    i += 1;
                } else {
                    let s = i;
                    while i < chars.len() && chars[i].is_ascii_digit() {
                        i += 1;
                    }
                    let p: String = chars[s..i].iter().collect();
                    precision = Some(if p.is_empty() {
                        0
                    } else {
                        p.parse().map_err(|_| Exc::value_error("precision too big"))?
                    });
                }
            }
            while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
                i += 1;
            }
            if i >= chars.len() {
                return Err(Exc::value_error("incomplete format"));
            }
            let conv = chars[i];
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            if let Some(w) = width {
                if w < 0 {
                    left = true;
                }
                spec.width = Some(w.unsigned_abs() as usize);
                self.reserve(w.unsigned_abs() as usize)?;
            }
            spec.align = Some(if left { '<' } else { '>' });
            if zero && !left && !matches!(conv, 's' | 'r' | 'a' | 'c') {
                spec.fill = Some('0');
                spec.align = Some('=');
            }
            let arg = match mapped {
                Some(v) => v,
                None => self.next_arg(&mut src)?,
            };
            let piece = self.percent_one(conv, arg, &mut spec, precision, start)?;
            out.push_str(&piece);
        }
        if let Source::Positional(items, used) = &src
            && *used < items.len()
            && !used_mapping
        {
            return Err(Exc::type_error("not all arguments converted during string formatting"));
        }
        self.reserve(out.len())?;
        Ok(self.new_str(out))
    }

    /// `bytes % args`: format the latin-1 text, with bytes arguments as their raw text.
    pub fn bytes_percent_format(&mut self, fmt: Value, args: Value) -> PyResult<Value> {
        let latin1 = |vm: &mut Vm, v: Value| -> Value {
            let text = match v {
                Value::Ref(id) => match vm.heap.get(id) {
                    Object::Bytes(b) | Object::ByteArray(b) => Some(b.iter().map(|x| *x as char).collect::<String>()),
                    _ => None,
                },
                _ => None,
            };
            match text {
                Some(t) => vm.new_str(t),
                None => v,
            }
        };
        let fmt_text = latin1(self, fmt);
        let args = match self.seq_items(args) {
            Some(items) if matches!(args, Value::Ref(id) if matches!(self.heap.get(id), Object::Tuple(_))) => {
                let items = items.to_vec();
                let conv: Vec<Value> = items.into_iter().map(|v| latin1(self, v)).collect();
                self.new_tuple(conv)
            }
            _ => latin1(self, args),
        };
        let out = self.percent_format(fmt_text, args)?;
        let bytes: Vec<u8> = self.as_str(out).unwrap_or("").chars().map(|c| c as u32 as u8).collect();
        Ok(self.new_bytes(bytes))
    }

    fn next_arg(&mut self, src: &mut Source) -> PyResult<Value> {
        match src {
            Source::Positional(items, used) => {
                let v = items
                    .get(*used)
                    .copied()
                    .ok_or_else(|| Exc::type_error("not enough arguments for format string"))?;
                *used += 1;
                Ok(v)
            }
            Source::Mapping(m) => Ok(*m),
        }
    }

    fn percent_one(
        &mut self,
        conv: char,
        arg: Value,
        spec: &mut FormatSpec,
        precision: Option<usize>,
        at: usize,
    ) -> PyResult<String> {
        match conv {
            's' | 'r' | 'a' | 'b' => {
                let text = match conv {
                    's' | 'b' => self.str_value(arg)?,
                    'r' => self.repr_value(arg)?,
                    _ => {
                        let r = self.repr_value(arg)?;
                        str_ascii_of_repr(&r)
                    }
                };
                let text: String = match precision {
                    Some(p) => text.chars().take(p).collect(),
                    None => text,
                };
                spec.sign = None;
                spec.alternate = false;
                super::spec::format_str(&text, spec)
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = match self.percent_int(arg, conv)? {
                    Some(n) => n,
                    None => {
                        let what = if matches!(conv, 'd' | 'i' | 'u') { "a real number" } else { "an integer" };
                        return Err(Exc::type_error(format!(
                            "%{conv} format: {what} is required, not {}",
                            self.type_name(arg)
                        )));
                    }
                };
                spec.ty = Some(match conv {
                    'x' => 'x',
                    'X' => 'X',
                    'o' => 'o',
                    _ => 'd',
                });
                if let Some(p) = precision {
                    // Precision on ints is a minimum digit count.
                    let digits = format_int(&n, &FormatSpec { ty: spec.ty, ..FormatSpec::default() })?;
                    let neg = digits.starts_with('-');
                    let bare = digits.trim_start_matches('-');
                    let padded =
                        format!("{}{}{bare}", if neg { "-" } else { "" }, "0".repeat(p.saturating_sub(bare.len())));
                    let n2: BigInt = padded.parse().unwrap_or(n.clone());
                    let _ = n2;
                    let sign = if neg {
                        "-"
                    } else {
                        match spec.sign {
                            Some('+') => "+",
                            Some(' ') => " ",
                            _ => "",
                        }
                    };
                    let body = format!("{sign}{}{bare}", "0".repeat(p.saturating_sub(bare.len())));
                    spec.sign = None;
                    return super::spec::format_str(
                        &body,
                        &FormatSpec { align: spec.align.filter(|a| *a != '='), ..spec.clone() },
                    );
                }
                format_int(&n, spec)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match arg {
                    Value::Float(f) => f,
                    Value::Int(i) => i as f64,
                    Value::Bool(b) => b as i64 as f64,
                    _ => match self.bigint_ref(arg) {
                        Some(b) => b.to_f64().unwrap_or(f64::INFINITY),
                        None => {
                            return Err(Exc::type_error(format!("must be real number, not {}", self.type_name(arg))));
                        }
                    },
                };
                spec.ty = Some(conv);
                spec.precision = Some(precision.unwrap_or(6));
                format_float(f, spec)
            }
            'c' => {
                let ch = match arg {
                    Value::Int(i) => u32::try_from(i)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or_else(|| Exc::overflow("%c arg not in range(0x110000)"))?,
                    _ => match self.as_str(arg) {
                        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
                        _ => return Err(Exc::type_error("%c requires int or char")),
                    },
                };
                super::spec::format_str(&ch.to_string(), spec)
            }
            other => Err(Exc::value_error(format!(
                "unsupported format character '{other}' (0x{:x}) at index {}",
                other as u32,
                at + 1
            ))),
        }
    }

    fn percent_int(&self, arg: Value, conv: char) -> PyResult<Option<BigInt>> {
        Ok(match arg {
            Value::Int(i) => Some(BigInt::from(i)),
            Value::Bool(b) => Some(BigInt::from(b as i64)),
            Value::Float(f) if matches!(conv, 'd' | 'i' | 'u') => Some(crate::numeric::f64_to_bigint(f)?),
            _ => self.bigint_ref(arg).cloned(),
        })
    }
}
