//! Builtin functions and the constructors of builtin classes.

mod args;
mod construct;
mod funcs;
mod iterate;
mod numbers;
pub mod parse;

use serde::{Deserialize, Serialize};

use crate::error::PyResult;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::frame::ReturnMode;

pub use args::ArgSpec;
pub use parse::{parse_float, parse_int};

macro_rules! builtin_functions {
    ($($variant:ident => $name:literal),* $(,)?) => {
        /// A builtin function.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Builtin {
            $($variant),*
        }

        impl Builtin {
            /// Every builtin function, library modules' included (their names are dotted).
            pub const ALL: &'static [Builtin] = &[$(Builtin::$variant),*];

            pub fn name(self) -> &'static str {
                match self {
                    $(Builtin::$variant => $name),*
                }
            }

            pub fn from_name(name: &str) -> Option<Builtin> {
                match name {
                    $($name => Some(Builtin::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

builtin_functions! {
    Abs => "abs",
    All => "all",
    Any => "any",
    Ascii => "ascii",
    Bin => "bin",
    Callable => "callable",
    Chr => "chr",
    Delattr => "delattr",
    Dir => "dir",
    Divmod => "divmod",
    Format => "format",
    Getattr => "getattr",
    Globals => "globals",
    Hasattr => "hasattr",
    Hash => "hash",
    Hex => "hex",
    Id => "id",
    Isinstance => "isinstance",
    Issubclass => "issubclass",
    Iter => "iter",
    Len => "len",
    Locals => "locals",
    Max => "max",
    Min => "min",
    Next => "next",
    Oct => "oct",
    Ord => "ord",
    Pow => "pow",
    Print => "print",
    Repr => "repr",
    Round => "round",
    Setattr => "setattr",
    Sorted => "sorted",
    Sum => "sum",
    Vars => "vars",
    BuildClass => "__build_class__",
    MontyBind => "_monty.bind",
    MontySetFields => "_monty.set_fields",
    MontyAttrs => "_monty.attrs",
    MontyOsCall => "_monty.os_call",
    MontyIsFuture => "_monty.is_future",
    MontyFutureId => "_monty.future_id",
    MontyWaitFutures => "_monty.wait_futures",
    MontyJsonDumps => "_monty.json_dumps",
    MontyJsonLoads => "_monty.json_loads",
    MontyReCompile => "_monty.re_compile",
    MontyReMatch => "_monty.re_match",
    MontyReAll => "_monty.re_all",
    MontyReSub => "_monty.re_sub",
    MontyReExpand => "_monty.re_expand",
    MontyReTemplateError => "_monty.re_template_error",
    MontyMtSeed => "_monty.mt_seed",
    MontyMtRandom => "_monty.mt_random",
    MontyMtGetrandbits => "_monty.mt_getrandbits",
    MontyHashDigest => "_monty.hash_digest",
    MontyB64Encode => "_monty.b64_encode",
    MontyB64Decode => "_monty.b64_decode",
    MontyCurrentException => "_monty.current_exception",
    MontyExceptionFrames => "_monty.exception_frames",
    // math (stdlib/math.rs)
    MathFloor => "math.floor",
    MathCeil => "math.ceil",
    MathTrunc => "math.trunc",
    MathFabs => "math.fabs",
    MathSqrt => "math.sqrt",
    MathIsqrt => "math.isqrt",
    MathCbrt => "math.cbrt",
    MathExp => "math.exp",
    MathExp2 => "math.exp2",
    MathExpm1 => "math.expm1",
    MathLog => "math.log",
    MathLog2 => "math.log2",
    MathLog10 => "math.log10",
    MathLog1p => "math.log1p",
    MathPow => "math.pow",
    MathSin => "math.sin",
    MathCos => "math.cos",
    MathTan => "math.tan",
    MathAsin => "math.asin",
    MathAcos => "math.acos",
    MathAtan => "math.atan",
    MathAtan2 => "math.atan2",
    MathSinh => "math.sinh",
    MathCosh => "math.cosh",
    MathTanh => "math.tanh",
    MathAsinh => "math.asinh",
    MathAcosh => "math.acosh",
    MathAtanh => "math.atanh",
    MathErf => "math.erf",
    MathErfc => "math.erfc",
    MathGamma => "math.gamma",
    MathLgamma => "math.lgamma",
    MathDegrees => "math.degrees",
    MathRadians => "math.radians",
    MathHypot => "math.hypot",
    MathDist => "math.dist",
    MathFactorial => "math.factorial",
    MathComb => "math.comb",
    MathPerm => "math.perm",
    MathGcd => "math.gcd",
    MathLcm => "math.lcm",
    MathIsclose => "math.isclose",
    MathIsfinite => "math.isfinite",
    MathIsinf => "math.isinf",
    MathIsnan => "math.isnan",
    MathCopysign => "math.copysign",
    MathFmod => "math.fmod",
    MathRemainder => "math.remainder",
    MathModf => "math.modf",
    MathFrexp => "math.frexp",
    MathLdexp => "math.ldexp",
    MathNextafter => "math.nextafter",
    MathUlp => "math.ulp",
    MathFsum => "math.fsum",
    MathProd => "math.prod",
}

impl Builtin {
    /// The name without its module (`sqrt` for `math.sqrt`), as `__name__` and repr show it.
    pub fn short_name(self) -> &'static str {
        let name = self.name();
        name.rsplit_once('.').map_or(name, |(_, short)| short)
    }

    /// The module defining a library function (`math`), or None for the builtins.
    pub fn module(self) -> Option<&'static str> {
        self.name().split_once('.').map(|(module, _)| module)
    }
}

/// What a name in the builtins namespace refers to.
pub fn lookup(name: &str) -> Option<Value> {
    if name == "__build_class__" {
        return None;
    }
    if let Some(b) = Builtin::from_name(name) {
        return Some(Value::Builtin(b));
    }
    if let Some(t) = TypeId::from_builtin_name(name) {
        return Some(Value::Type(t));
    }
    match name {
        "None" => Some(Value::None),
        "Ellipsis" => Some(Value::Ellipsis),
        "NotImplemented" => Some(Value::NotImplemented),
        // Python 3 keeps these names as aliases of OSError.
        "IOError" | "EnvironmentError" => Some(Value::Type(TypeId::OSError)),
        "__name__" => None,
        _ => None,
    }
}

/// Call a builtin function.
pub fn call(vm: &mut Vm, b: Builtin, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    funcs::call(vm, b, args, ret)
}

/// Call a builtin class (construct an instance).
pub fn construct(vm: &mut Vm, t: TypeId, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    construct::construct(vm, t, args, ret)
}
