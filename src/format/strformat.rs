//! `str.format()` and `str.format_map()`.

use super::repr::str_ascii_of_repr;
use crate::error::{Exc, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;

/// Automatic (`{}`) versus manual (`{0}`) field numbering, which cannot be mixed.
#[derive(PartialEq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

impl Vm {
    pub fn str_format(&mut self, fmt: &str, args: &[Value], kwargs: Option<Value>) -> PyResult<String> {
        let mut numbering = Numbering::Unknown;
        self.str_format_inner(fmt, args, kwargs, &mut numbering, 0)
    }

    fn str_format_inner(
        &mut self,
        fmt: &str,
        args: &[Value],
        kwargs: Option<Value>,
        numbering: &mut Numbering,
        depth: u32,
    ) -> PyResult<String> {
        if depth > 2 {
            return Err(Exc::value_error("Max string recursion exceeded"));
        }
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::with_capacity(fmt.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(Exc::value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (spec may nest one level of braces).
            let mut j = i + 1;
            let mut nest = 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => nest += 1,
                    '}' => {
                        nest -= 1;
                        if nest == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(Exc::value_error(if i + 1 == chars.len() {
                    "Single '{' encountered in format string"
                } else {
                    "expected '}' before end of string"
                }));
            }
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            // Split name, conversion, spec.
            let (name_conv, spec) = split_top(&field, ':');
            let (name, conv) = match name_conv.find('!') {
                Some(p) => (&name_conv[..p], Some(&name_conv[p + 1..])),
                None => (name_conv, None),
            };
            let value = self.resolve_field(name, args, kwargs, numbering)?;
            let value = match conv {
                None => value,
                Some("r") => {
                    let s = self.repr_value(value)?;
                    self.new_str(s)
                }
                Some("s") => {
                    let s = self.str_value(value)?;
                    self.new_str(s)
                }
                Some("a") => {
                    let s = self.repr_value(value)?;
                    self.new_str(str_ascii_of_repr(&s))
                }
                Some(other) => {
                    return Err(Exc::value_error(if other.is_empty() {
                        "end of string while looking for conversion specifier".to_string()
                    } else {
                        format!("Unknown conversion specifier {other}")
                    }));
                }
            };
            let spec = match spec {
                Some(s) if s.contains('{') => self.str_format_inner(s, args, kwargs, numbering, depth + 1)?,
                Some(s) => s.to_string(),
                None => String::new(),
            };
            let piece = self.format_with_spec(value, &spec)?;
            out.push_str(&piece);
        }
        Ok(out)
    }

    fn resolve_field(
        &mut self,
        name: &str,
        args: &[Value],
        kwargs: Option<Value>,
        numbering: &mut Numbering,
    ) -> PyResult<Value> {
        // The first part is an index or a keyword; then `.attr` and `[key]` accessors.
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = if first.is_empty() {
            let idx = match numbering {
                Numbering::Manual => {
                    return Err(Exc::value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                Numbering::Unknown => 0,
                Numbering::Auto(n) => *n,
            };
            *numbering = Numbering::Auto(idx + 1);
            self.positional_field(args, idx)?
        } else if let Ok(idx) = first.parse::<usize>() {
            if let Numbering::Auto(_) = numbering {
                return Err(Exc::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *numbering = Numbering::Manual;
            self.positional_field(args, idx)?
        } else {
            let key = self.new_str(first.to_string());
            let found = match kwargs {
                Some(k) => self.dict_lookup(k, key)?,
                None => None,
            };
            match found {
                Some(v) => v,
                None => return Err(Exc::with_value(TypeId::KeyError, key)),
            }
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                value = self.get_attr_any(value, &r[..end])?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r.find(']').ok_or_else(|| Exc::value_error("Missing ']' in format string"))?;
                let key_text = &r[..end];
                let key = match key_text.parse::<i64>() {
                    Ok(i) => Value::Int(i),
                    Err(_) => self.new_str(key_text.to_string()),
                };
                value = match self.subscript_value(value, key)? {
                    Some(v) => v,
                    None => return Err(Exc::type_error("field lookup needs Python code")),
                };
                rest = &r[end + 1..];
            } else {
                return Err(Exc::value_error("Only '.' or '[' may follow ']' in format field specifier"));
            }
        }
        Ok(value)
    }

    fn positional_field(&self, args: &[Value], idx: usize) -> PyResult<Value> {
        args.get(idx)
            .copied()
            .ok_or_else(|| Exc::index_error(format!("Replacement index {idx} out of range for positional args tuple")))
    }
}

/// Split at the first `sep` not inside brackets.
fn split_top(s: &str, sep: char) -> (&str, Option<&str>) {
    let mut depth = 0;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            c if c == sep && depth == 0 => return (&s[..i], Some(&s[i + 1..])),
            _ => {}
        }
    }
    (s, None)
}
