//! Methods of builtin types, dispatched on the receiver's type and a `MethodName`.

pub(crate) mod bytes;
mod dict;
mod list;
mod names;
mod num;
mod object;
mod set;
mod str_case;
mod str_methods;
mod str_search;

pub use names::MethodName;
pub use str_methods::{decode_utf8, encode};

use crate::error::{Exc, PyResult};
use crate::objects::Object;
use crate::types::TypeId;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::call::{Args, Outcome};
use crate::vm::frame::ReturnMode;

use MethodName as M;

/// The methods each builtin type has.
fn methods_for(t: TypeId) -> &'static [MethodName] {
    match t {
        TypeId::Str => &[
            M::Capitalize,
            M::Casefold,
            M::Center,
            M::Count,
            M::Encode,
            M::EndsWith,
            M::ExpandTabs,
            M::Find,
            M::Format,
            M::FormatMap,
            M::Index,
            M::IsAlnum,
            M::IsAlpha,
            M::IsAscii,
            M::IsDecimal,
            M::IsDigit,
            M::IsIdentifier,
            M::IsLower,
            M::IsNumeric,
            M::IsPrintable,
            M::IsSpace,
            M::IsTitle,
            M::IsUpper,
            M::Join,
            M::LJust,
            M::Lower,
            M::LStrip,
            M::MakeTrans,
            M::Partition,
            M::RemovePrefix,
            M::RemoveSuffix,
            M::Replace,
            M::RFind,
            M::RIndex,
            M::RJust,
            M::RPartition,
            M::RSplit,
            M::RStrip,
            M::Split,
            M::SplitLines,
            M::StartsWith,
            M::Strip,
            M::SwapCase,
            M::Title,
            M::Translate,
            M::Upper,
            M::ZFill,
        ],
        TypeId::Bytes => &[
            M::Capitalize,
            M::Center,
            M::Count,
            M::Decode,
            M::EndsWith,
            M::Find,
            M::FromHex,
            M::Hex,
            M::Index,
            M::IsAlnum,
            M::IsAlpha,
            M::IsAscii,
            M::IsDigit,
            M::IsLower,
            M::IsSpace,
            M::IsUpper,
            M::Join,
            M::LJust,
            M::Lower,
            M::LStrip,
            M::Partition,
            M::RemovePrefix,
            M::RemoveSuffix,
            M::Replace,
            M::RFind,
            M::RIndex,
            M::RJust,
            M::RPartition,
            M::RSplit,
            M::RStrip,
            M::Split,
            M::SplitLines,
            M::StartsWith,
            M::Strip,
            M::Title,
            M::Upper,
            M::ZFill,
            M::SwapCase,
            M::ExpandTabs,
            M::IsTitle,
            M::Translate,
            M::MakeTrans,
        ],
        TypeId::ByteArray => &[
            M::Capitalize,
            M::Center,
            M::Count,
            M::Decode,
            M::EndsWith,
            M::Find,
            M::FromHex,
            M::Hex,
            M::Index,
            M::IsAlnum,
            M::IsAlpha,
            M::IsAscii,
            M::IsDigit,
            M::IsLower,
            M::IsSpace,
            M::IsUpper,
            M::Join,
            M::LJust,
            M::Lower,
            M::LStrip,
            M::Partition,
            M::RemovePrefix,
            M::RemoveSuffix,
            M::Replace,
            M::RFind,
            M::RIndex,
            M::RJust,
            M::RPartition,
            M::RSplit,
            M::RStrip,
            M::Split,
            M::SplitLines,
            M::StartsWith,
            M::Strip,
            M::Title,
            M::Upper,
            M::ZFill,
            M::SwapCase,
            M::ExpandTabs,
            M::Append,
            M::Extend,
            M::Pop,
            M::Insert,
            M::Remove,
            M::Reverse,
            M::Clear,
            M::Copy,
            M::IsTitle,
            M::Translate,
        ],
        TypeId::List => &[
            M::Append,
            M::Clear,
            M::Copy,
            M::Count,
            M::Extend,
            M::Index,
            M::Insert,
            M::Pop,
            M::Remove,
            M::Reverse,
            M::Sort,
        ],
        TypeId::Tuple => &[M::Count, M::Index],
        TypeId::Range => &[M::Count, M::Index],
        TypeId::Dict => &[
            M::Clear,
            M::Copy,
            M::FromKeys,
            M::Get,
            M::Items,
            M::Keys,
            M::Pop,
            M::PopItem,
            M::SetDefault,
            M::Update,
            M::Values,
        ],
        TypeId::Set => &[
            M::Add,
            M::Clear,
            M::Copy,
            M::Difference,
            M::DifferenceUpdate,
            M::Discard,
            M::Intersection,
            M::IntersectionUpdate,
            M::IsDisjoint,
            M::IsSubset,
            M::IsSuperset,
            M::Pop,
            M::Remove,
            M::SymmetricDifference,
            M::SymmetricDifferenceUpdate,
            M::Union,
            M::Update,
        ],
        TypeId::FrozenSet => &[
            M::Copy,
            M::Difference,
            M::Intersection,
            M::IsDisjoint,
            M::IsSubset,
            M::IsSuperset,
            M::SymmetricDifference,
            M::Union,
        ],
        TypeId::Int | TypeId::Bool => {
            &[M::AsIntegerRatio, M::BitCount, M::BitLength, M::Conjugate, M::FromBytes, M::IsInteger, M::ToBytes]
        }
        TypeId::Float => &[M::AsIntegerRatio, M::Conjugate, M::FromHex, M::Hex, M::IsInteger],
        TypeId::Complex => &[M::Conjugate],
        TypeId::Generator | TypeId::Coroutine => &[M::Send, M::Throw, M::Close],
        TypeId::Slice => &[M::Indices],
        TypeId::DictKeys | TypeId::DictItems => &[M::IsDisjoint],
        TypeId::Property => &[M::Setter, M::Getter, M::Deleter],
        t if t.is_exception() => &[
            M::WithTraceback,
            M::AddNote,
            M::DunderInit,
            M::DunderNew,
            M::DunderRepr,
            M::DunderStr,
            M::DunderEq,
            M::DunderNe,
            M::DunderHash,
            M::DunderSetattr,
            M::DunderDelattr,
            M::DunderFormat,
            M::DunderInitSubclass,
        ],
        TypeId::Object => &[
            M::DunderInit,
            M::DunderNew,
            M::DunderRepr,
            M::DunderStr,
            M::DunderEq,
            M::DunderNe,
            M::DunderHash,
            M::DunderSetattr,
            M::DunderDelattr,
            M::DunderFormat,
            M::DunderInitSubclass,
        ],
        _ => &[],
    }
}

/// Special methods every builtin container type offers through `super()`.
const CONTAINER_DUNDERS: &[MethodName] = &[
    M::DunderInit,
    M::DunderGetitem,
    M::DunderSetitem,
    M::DunderDelitem,
    M::DunderContains,
    M::DunderLen,
    M::DunderIter,
    M::DunderRepr,
    M::DunderStr,
    M::DunderEq,
    M::DunderNe,
    M::DunderHash,
];

fn type_has(t: TypeId, m: MethodName) -> bool {
    let mutable_only = matches!(m, M::DunderSetitem | M::DunderDelitem);
    methods_for(t).contains(&m)
        || (matches!(t, TypeId::List | TypeId::Dict | TypeId::Set | TypeId::Tuple | TypeId::Str)
            && CONTAINER_DUNDERS.contains(&m)
            && !(mutable_only && matches!(t, TypeId::Tuple | TypeId::Str | TypeId::Set)))
}

/// `tuple.__new__(cls, ...)`, `object.__new__(cls)`: a value of builtin type `t` made from the
/// rest of the arguments, as an instance of subclass `cls` when it is one.
fn builtin_new(vm: &mut Vm, t: TypeId, mut args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    if args.pos.is_empty() {
        return Err(Exc::type_error(format!("{}.__new__(): not enough arguments", t.name())));
    }
    let cls = args.pos.remove(0);
    if !vm.is_class(cls) {
        return Err(Exc::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            t.name(),
            vm.type_name(cls)
        )));
    }
    if !vm.is_subclass(cls, Value::Type(t)) {
        let name = vm.class_name(cls);
        return Err(Exc::type_error(format!("{}.__new__({name}): {name} is not a subtype of {}", t.name(), t.name())));
    }
    if t == TypeId::Object || t.is_exception() {
        return Ok(Outcome::Value(vm.new_instance_of(cls, &args)?));
    }
    let payload = match crate::builtins::construct(vm, t, args, ReturnMode::Native)? {
        Outcome::Value(v) => v,
        Outcome::Pushed => {
            return Err(Exc::type_error(format!("{}.__new__() from a generator is not supported", t.name())));
        }
    };
    let _ = ret;
    if matches!(cls, Value::Type(_)) {
        return Ok(Outcome::Value(payload));
    }
    let instance = vm.new_instance_of(cls, &Args::default())?;
    if let Value::Ref(id) = instance
        && let Object::Instance(inst) = vm.heap.get_mut(id)
    {
        inst.base = Some(payload);
    }
    Ok(Outcome::Value(instance))
}

/// Methods callable on the class itself without an instance.
fn is_class_method(m: MethodName) -> bool {
    matches!(m, M::FromKeys | M::FromBytes | M::FromHex | M::MakeTrans | M::Mro)
}

fn builtin_type_of(vm: &Vm, v: Value) -> Option<TypeId> {
    match vm.type_of(v) {
        Value::Type(t) => Some(t),
        class @ Value::Ref(_) => Some(vm.builtin_base_of_class(class)),
        _ => None,
    }
}

/// Does `obj` have builtin method `m`?
pub fn has_method(vm: &Vm, obj: Value, m: MethodName) -> bool {
    if let Value::Type(t) = obj {
        return m == M::Mro || m == M::DunderNew || type_has(t, m);
    }
    // A user instance's own special methods come from its class; those of a builtin base
    // (`counter.__getitem__` of a dict subclass) act on its payload.
    if vm.is_user_instance(obj) && object::is_object_dunder(m) && vm.instance_base(obj).is_none() {
        return false;
    }
    builtin_type_of(vm, obj).is_some_and(|t| type_has(t, m))
}

pub fn method_names_of(vm: &Vm, obj: Value) -> &'static [MethodName] {
    match obj {
        Value::Type(t) => methods_for(t),
        _ => builtin_type_of(vm, obj).map_or(&[], methods_for),
    }
}

/// Call builtin method `m` on `receiver`.
pub fn call_method(vm: &mut Vm, receiver: Value, m: MethodName, args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    if let Value::Type(t) = receiver {
        return call_on_class(vm, t, m, args, ret);
    }
    let Some(t) = builtin_type_of(vm, receiver) else {
        return Err(no_method(vm, receiver, m));
    };
    if object::is_object_dunder(m) {
        return object::call(vm, receiver, m, args, ret);
    }
    // Builtin methods of an instance of a subclass of a builtin type act on its payload.
    let receiver = vm.instance_base(receiver).unwrap_or(receiver);
    match t {
        TypeId::Str => str_methods::call(vm, receiver, m, args, ret),
        TypeId::Bytes | TypeId::ByteArray => bytes::call(vm, receiver, m, args, ret),
        TypeId::List => list::call(vm, receiver, m, args, ret),
        TypeId::Tuple | TypeId::Range => list::call_sequence(vm, receiver, m, args, ret),
        TypeId::Dict => dict::call(vm, receiver, m, args, ret),
        TypeId::Set | TypeId::FrozenSet | TypeId::DictKeys | TypeId::DictItems => set::call(vm, receiver, m, args, ret),
        TypeId::Int | TypeId::Bool | TypeId::Float => num::call(vm, receiver, m, args),
        TypeId::Complex => {
            let Value::Ref(id) = receiver else { return Err(no_method(vm, receiver, m)) };
            let Object::Complex { re, im } = *vm.heap.get(id) else { return Err(no_method(vm, receiver, m)) };
            Ok(Outcome::Value(vm.new_complex(re, -im)))
        }
        TypeId::Generator | TypeId::Coroutine => vm.generator_method(receiver, m, args, ret),
        // `super().__call__(...)` in a metaclass: make the instance as `type` does.
        TypeId::Type if m == M::DunderCall => match receiver {
            Value::Ref(id) if vm.is_user_class(receiver) => vm.instantiate_plain(id, args, ret),
            _ => Err(no_method(vm, receiver, m)),
        },
        TypeId::Type if m == M::Mro => {
            let mro = vm.mro_of(receiver);
            Ok(Outcome::Value(vm.new_list(mro)))
        }
        TypeId::Property => {
            let Value::Ref(id) = receiver else { return Err(no_method(vm, receiver, m)) };
            let Object::Property { fget, fset, fdel, doc } = *vm.heap.get(id) else {
                return Err(no_method(vm, receiver, m));
            };
            let f = args.pos.first().copied().unwrap_or(Value::None);
            let p = match m {
                M::Setter => Object::Property { fget, fset: f, fdel, doc },
                M::Getter => Object::Property { fget: f, fset, fdel, doc },
                _ => Object::Property { fget, fset, fdel: f, doc },
            };
            Ok(Outcome::Value(vm.alloc(p)))
        }
        TypeId::Slice => {
            let Value::Ref(id) = receiver else { return Err(no_method(vm, receiver, m)) };
            let n = match args.pos.first() {
                Some(v) => vm.int_arg(*v)?,
                None => return Err(Exc::type_error("slice.indices() takes exactly one argument (0 given)")),
            };
            if n < 0 {
                return Err(Exc::value_error("length should not be negative"));
            }
            let idx = vm.slice_indices(id, n as usize)?;
            Ok(Outcome::Value(vm.new_tuple(vec![Value::Int(idx.start), Value::Int(idx.stop), Value::Int(idx.step)])))
        }
        t if t.is_exception() => exception_method(vm, receiver, m, args),
        _ => Err(no_method(vm, receiver, m)),
    }
}

fn no_method(vm: &Vm, receiver: Value, m: MethodName) -> Exc {
    Exc::attribute_error(format!("'{}' object has no attribute '{}'", vm.type_name(receiver), m.as_str()))
}

/// `str.lower(s)`, `dict.fromkeys(...)`: methods taken from the class.
fn call_on_class(vm: &mut Vm, t: TypeId, m: MethodName, mut args: Args, ret: ReturnMode) -> PyResult<Outcome> {
    if m == M::DunderNew {
        return builtin_new(vm, t, args, ret);
    }
    if is_class_method(m) {
        return match t {
            _ if m == M::Mro => {
                let mro = vm.mro_of(Value::Type(t));
                Ok(Outcome::Value(vm.new_list(mro)))
            }
            TypeId::Dict => dict::fromkeys(vm, args, ret),
            TypeId::Int | TypeId::Bool => num::from_bytes(vm, args),
            TypeId::Float => num::float_fromhex(vm, args),
            TypeId::Bytes | TypeId::ByteArray if m == M::MakeTrans => bytes::maketrans(vm, args),
            TypeId::Bytes | TypeId::ByteArray => bytes::fromhex(vm, args),
            TypeId::Str => str_methods::maketrans(vm, args),
            _ => Err(Exc::attribute_error(format!("type object '{}' has no attribute '{}'", t.name(), m.as_str()))),
        };
    }
    if args.pos.is_empty() {
        return Err(Exc::type_error(format!("unbound method {}.{}() needs an argument", t.name(), m.as_str())));
    }
    let receiver = args.pos.remove(0);
    let ok = match vm.type_of(receiver) {
        Value::Type(rt) => rt.is_subclass(t),
        class => vm.builtin_base_of_class(class).is_subclass(t),
    };
    if !ok {
        return Err(Exc::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.as_str(),
            t.name(),
            vm.type_name(receiver)
        )));
    }
    call_method(vm, receiver, m, args, ret)
}

fn exception_method(vm: &mut Vm, receiver: Value, m: MethodName, args: Args) -> PyResult<Outcome> {
    let Value::Ref(id) = receiver else { return Err(no_method(vm, receiver, m)) };
    match m {
        M::WithTraceback => Ok(Outcome::Value(receiver)),
        M::AddNote => {
            let note = args.pos.first().copied().unwrap_or(Value::None);
            if vm.as_str(note).is_none() {
                return Err(Exc::type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
            }
            if let Object::Instance(inst) = vm.heap.get_mut(id)
                && let Some(e) = &mut inst.exc
            {
                e.notes.push(note);
            }
            Ok(Outcome::Value(Value::None))
        }
        _ => Err(no_method(vm, receiver, m)),
    }
}
