//! Text conversions: repr/str, float printing, format specs, `%` and `str.format`.

pub mod float;
mod percent;
pub mod repr;
pub mod spec;
mod strformat;

use num_bigint::BigInt;

use crate::error::PyResult;
use crate::objects::Object;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::Outcome;
use crate::vm::frame::ReturnMode;
use crate::vm::text::TextGoal;
use crate::vm::textmemo::{TextKind, TextOp};
use spec::FormatSpec;

impl Vm {
    /// The `FormatValue` instruction: conversion (1 str, 2 repr, 3 ascii), then the spec.
    pub fn format_value(&mut self, v: Value, conversion: u32, spec: Option<Value>) -> PyResult<Outcome> {
        if self.text_memo.is_none() && self.formats_objects(v) {
            let spec_text = spec.and_then(|s| self.as_str(s)).unwrap_or("").to_string();
            return match conversion {
                0 if self.is_user_instance(v) => self.format_instance(v, &spec_text, ReturnMode::Push),
                2 if spec_text.is_empty() => self.text_task(vec![v], TextGoal::Repr, ReturnMode::Push),
                _ if spec_text.is_empty() => self.text_task(vec![v], TextGoal::Str, ReturnMode::Push),
                _ => self.format_with_python(TextOp::Field(v, conversion, spec), ReturnMode::Push),
            };
        }
        let v = match conversion {
            1 => {
                let s = self.str_value(v)?;
                self.new_str(s)
            }
            2 => {
                let s = self.repr_value(v)?;
                self.new_str(s)
            }
            3 => {
                let s = self.repr_value(v)?;
                let s = repr::str_ascii_of_repr(&s);
                self.new_str(s)
            }
            _ => v,
        };
        let spec_text = spec.and_then(|s| self.as_str(s)).unwrap_or("").to_string();
        if spec_text.is_empty() {
            if self.as_str(v).is_some() {
                return Ok(Outcome::Value(v));
            }
            let s = self.str_value(v)?;
            return Ok(Outcome::Value(self.new_str(s)));
        }
        let s = self.format_with_spec(v, &spec_text)?;
        Ok(Outcome::Value(self.new_str(s)))
    }

    /// `format(v, spec)` for builtin values.
    pub fn format_with_spec(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if self.is_user_instance(v) {
            if self.dunder(v, "__format__").is_some()
                && let Some(text) = self.recorded_text(v, TextKind::Format(spec.to_string()))
            {
                return Ok(text.unwrap_or_default());
            }
            if !spec.is_empty()
                && let Some(base) = self.instance_base(v)
            {
                return self.format_with_spec(base, spec);
            }
        }
        if spec.is_empty() {
            return self.str_value(v);
        }
        let type_name = self.type_name(v);
        let parsed = FormatSpec::parse(spec, &type_name)?;
        self.reserve(spec::spec_width(&parsed))?;
        match v {
            Value::Int(i) => spec::format_int(&BigInt::from(i), &parsed),
            Value::Bool(b) => spec::format_int(&BigInt::from(b as i64), &parsed),
            Value::Float(f) => spec::format_float(f, &parsed),
            Value::Ref(id) => match self.heap.get(id) {
                Object::Str(s) => spec::format_str(s.as_str(), &parsed),
                Object::BigInt(n) => spec::format_int(n, &parsed),
                _ => {
                    let text = self.str_value(v)?;
                    spec::format_other(&type_name, &text, spec)
                }
            },
            _ => {
                let text = self.str_value(v)?;
                spec::format_other(&type_name, &text, spec)
            }
        }
    }
}
