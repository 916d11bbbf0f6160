//! The native half of `json` (the module itself is `python/json.py`): encoding and decoding
//! in Rust, called through `_monty.json_dumps` / `_monty.json_loads`.

mod decode;
mod encode;

use crate::builtins::ArgSpec;
use crate::error::{Exc, PyResult};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::Args;

use encode::{EncodeOptions, Encoded};

/// `json_dumps(obj, skipkeys, ensure_ascii, allow_nan, indent, item_sep, key_sep, sort_keys,
/// has_default)`: the JSON text, or None when an object needs the `default` function (which
/// json.py then applies before encoding again).
pub fn dumps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let spec = ArgSpec::new("json_dumps");
    spec.no_kwargs(&args)?;
    spec.between(&args, 9, 9)?;
    let a = &args.pos;
    let text = |vm: &Vm, v: Value, what: &str| -> PyResult<String> {
        vm.as_str(v)
            .map(str::to_string)
            .ok_or_else(|| Exc::type_error(format!("{what} must be str, not {}", vm.type_name(v))))
    };
    let indent = match a[4] {
        Value::None => None,
        v => Some(text(vm, v, "indent")?),
    };
    // json.py passes the flags as bools.
    let flag = |v: Value| matches!(v, Value::Bool(true));
    let opts = EncodeOptions {
        skip_keys: flag(a[1]),
        ensure_ascii: flag(a[2]),
        allow_nan: flag(a[3]),
        indent,
        item_separator: text(vm, a[5], "item_separator")?,
        key_separator: text(vm, a[6], "key_separator")?,
        sort_keys: flag(a[7]),
        has_default: flag(a[8]),
    };
    Ok(match encode::encode(vm, a[0], &opts)? {
        Encoded::Text(s) => vm.new_str(s),
        Encoded::NeedsDefault => Value::None,
    })
}

/// `json_loads(text)`: the value, or `(message, char_position)` for a JSONDecodeError (a
/// tuple can never be a decoded value).
pub fn loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = ArgSpec::new("json_loads").one(&args)?;
    let Some(text) = vm.as_str(s).map(str::to_string) else {
        return Err(Exc::type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            vm.type_name(s)
        )));
    };
    match decode::decode(vm, &text)? {
        Ok(v) => Ok(v),
        Err(e) => {
            let message = vm.new_str(e.message.to_string());
            let char_pos = text[..e.byte_pos].chars().count() as i64;
            Ok(vm.new_tuple(vec![message, Value::Int(char_pos)]))
        }
    }
}
