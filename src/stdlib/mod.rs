//! The standard library available to sandboxed code: native modules created on import, and
//! modules written in Python (`python/*.py`) that are compiled into a program importing them.

use crate::builtins::Builtin;
use crate::error::{Exc, PyResult};
use crate::value::{ObjId, Value};
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::frame::ReturnMode;
use crate::vm::sink::Sink;

mod digest;
mod helpers;
mod json;
mod math;
mod mersenne;
mod module;
mod re;

pub use re::RegexCache;

pub use helpers::call as call_helper;

/// Create native module `name`, or None if the sandbox has no native module of that name.
pub fn create_module(vm: &mut Vm, name: &str) -> PyResult<Option<ObjId>> {
    Ok(match name {
        "_monty" => Some(helpers::create(vm)?),
        "math" => Some(module::new_module(vm, name, math::entries())?),
        _ => None,
    })
}

/// Functions whose first argument is any iterable, which they need as a list of its items.
fn collects_iterable(b: Builtin) -> bool {
    matches!(b, Builtin::MathFsum | Builtin::MathProd)
}

/// Call a function of a native library module.
pub fn call(vm: &mut Vm, b: Builtin, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    if collects_iterable(b)
        && let Some(first) = args.pos.first().copied()
        && vm.seq_items(first).is_none()
    {
        // An iterator (maybe Python code): collect it, then call again with the list.
        let sink = Sink::Reinvoke { function: b, args: args.pos.to_vec(), kw: args.kw, items: Vec::new() };
        return vm.run_sink(first, None, sink, ret);
    }
    // `math.floor(x)` and friends defer to the argument's own method (Fraction, user numbers).
    let hook = match b {
        Builtin::MathFloor => Some("__floor__"),
        Builtin::MathCeil => Some("__ceil__"),
        Builtin::MathTrunc => Some("__trunc__"),
        _ => None,
    };
    if let (Some(name), [x]) = (hook, &args.pos[..])
        && vm.is_user_instance(*x)
        && let Some(method) = vm.dunder(*x, name)
    {
        return vm.call_value(method, Args::positional([*x]), ret);
    }
    call_with_items(vm, b, args).map(Outcome::Value)
}

/// Call a library function whose iterable argument (if any) is already a list or tuple.
pub fn call_with_items(vm: &mut Vm, b: Builtin, args: Args) -> PyResult<Value> {
    match b.module() {
        Some("math") => math::call(vm, b, args),
        Some("_monty") => helpers::call(vm, b, args),
        _ => Err(Exc::runtime_error(format!("{} is not a library function", b.name()))),
    }
}

/// The source of library module `name` when it is written in Python.
pub fn python_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "dataclasses" => include_str!("python/dataclasses.py"),
        "typing" => include_str!("python/typing.py"),
        "collections" => include_str!("python/collections.py"),
        "os" => include_str!("python/os.py"),
        "os.path" | "posixpath" => include_str!("python/posixpath.py"),
        "pathlib" => include_str!("python/pathlib.py"),
        "asyncio" => include_str!("python/asyncio.py"),
        "json" => include_str!("python/json.py"),
        "re" => include_str!("python/re.py"),
        "itertools" => include_str!("python/itertools.py"),
        "functools" => include_str!("python/functools.py"),
        "string" => include_str!("python/string.py"),
        "bisect" => include_str!("python/bisect.py"),
        "heapq" => include_str!("python/heapq.py"),
        "copy" => include_str!("python/copy.py"),
        "textwrap" => include_str!("python/textwrap.py"),
        "sys" => include_str!("python/sys.py"),
        "operator" => include_str!("python/operator.py"),
        "datetime" => include_str!("python/datetime.py"),
        "time" => include_str!("python/time.py"),
        "random" => include_str!("python/random.py"),
        "hashlib" => include_str!("python/hashlib.py"),
        "base64" => include_str!("python/base64.py"),
        "statistics" => include_str!("python/statistics.py"),
        "_normal_dist" => include_str!("python/_normal_dist.py"),
        "enum" => include_str!("python/enum.py"),
        "hmac" => include_str!("python/hmac.py"),
        "fractions" => include_str!("python/fractions.py"),
        "difflib" => include_str!("python/difflib.py"),
        "io" => include_str!("python/io.py"),
        "abc" => include_str!("python/abc.py"),
        "contextlib" => include_str!("python/contextlib.py"),
        "types" => include_str!("python/types.py"),
        "logging" => include_str!("python/logging.py"),
        "pprint" => include_str!("python/pprint.py"),
        "calendar" => include_str!("python/calendar.py"),
        "uuid" => include_str!("python/uuid.py"),
        "warnings" => include_str!("python/warnings.py"),
        "traceback" => include_str!("python/traceback.py"),
        "csv" => include_str!("python/csv.py"),
        "urllib" => include_str!("python/urllib.py"),
        "urllib.parse" => include_str!("python/urllib_parse.py"),
        _ => return None,
    })
}
