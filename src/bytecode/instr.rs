//! The instruction set: one table, from which the enum and the disassembler names come.
//!
//! Each instruction documents its operand and its stack effect (`[before] -> [after]`, top of
//! stack on the right). Jump targets are absolute instruction indices within the code object.
//! Every instruction is 8 bytes.

use serde::{Deserialize, Serialize};

use super::ops::{BinOp, CmpOp};

macro_rules! instructions {
    ($( $(#[doc = $doc:literal])* $name:ident $( ( $($field:ident : $ty:ty),* ) )? ,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name $( { $($field: $ty),* } )? ,)*
        }

        impl Instr {
            /// The mnemonic shown by the disassembler.
            pub fn name(&self) -> &'static str {
                match self {
                    $( Instr::$name { .. } => stringify!($name), )*
                }
            }
        }
    };
}

instructions! {
    /// Does nothing. `[] -> []`
    Nop,
    /// `[a] -> []`
    Pop,
    /// `[a] -> [a a]`
    DupTop,
    /// `[a b] -> [a b a b]`
    DupTop2,
    /// `[a b] -> [b a]`
    RotTwo,
    /// `[a b c] -> [c a b]`
    RotThree,
    /// `[a b c d] -> [d a b c]`
    RotFour,
    /// Push a copy of the n-th value from the top (1 = top). `[.. x ..] -> [.. x .. x]`
    Copy(n: u32),
    /// Push the constant `k` of the program's constant pool. `[] -> [c]`
    LoadConst(k: u32),
    /// Push a small int. `[] -> [i]`
    LoadInt(value: i32),
    /// `[] -> [None]`
    LoadNone,
    /// `[] -> [True]`
    LoadTrue,
    /// `[] -> [False]`
    LoadFalse,
    /// Push local `slot`; UnboundLocalError if unset. `[] -> [v]`
    LoadFast(slot: u32),
    /// `[v] -> []`
    StoreFast(slot: u32),
    /// Unbind a local. `[] -> []`
    DeleteFast(slot: u32),
    /// Push the contents of the cell in local `slot`. `[] -> [v]`
    LoadDeref(slot: u32),
    /// Store into the cell in local `slot`. `[v] -> []`
    StoreDeref(slot: u32),
    /// Empty the cell in local `slot`. `[] -> []`
    DeleteDeref(slot: u32),
    /// Push the cell object itself (to build a closure). `[] -> [cell]`
    LoadClosure(slot: u32),
    /// Push module global `slot`; falls back to builtins, the host, then NameError. `[] -> [v]`
    LoadGlobal(slot: u32),
    /// `[v] -> []`
    StoreGlobal(slot: u32),
    /// `[] -> []`
    DeleteGlobal(slot: u32),
    /// Class bodies: look `name` up in the class namespace, then globals. `[] -> [v]`
    LoadName(name: u32),
    /// Class bodies: bind `name` in the class namespace. `[v] -> []`
    StoreName(name: u32),
    /// `[] -> []`
    DeleteName(name: u32),
    /// Class bodies reading a variable of an enclosing function: namespace first, then the cell.
    /// `[] -> [v]`
    LoadClassDeref(slot: u16, name: u32),
    /// `[obj] -> [obj.name]`
    LoadAttr(name: u32),
    /// `[value obj] -> []`
    StoreAttr(name: u32),
    /// `[obj] -> []`
    DeleteAttr(name: u32),
    /// Method lookup without a bound-method allocation. `[obj] -> [func self]` or
    /// `[obj] -> [Undefined attr]` when the attribute is not a plain method.
    LoadMethod(name: u32),
    /// `[func self a1..an] -> [result]` (see LoadMethod).
    CallMethod(argc: u32),
    /// Like CallMethod with keyword arguments named by constant tuple `kwnames`.
    /// `[func self a1..an k1..km] -> [result]`
    CallMethodKw(argc: u16, kwnames: u16),
    /// `[obj key] -> [obj[key]]`
    Subscr,
    /// `[value obj key] -> []`
    StoreSubscr,
    /// `[obj key] -> []`
    DeleteSubscr,
    /// `[start stop] -> [slice]` (n = 2) or `[start stop step] -> [slice]` (n = 3)
    BuildSlice(n: u32),
    /// `[a b] -> [a + b]`
    Add,
    /// `[a b] -> [a - b]`
    Sub,
    /// `[a b] -> [a * b]`
    Mul,
    /// Any other binary operator. `[a b] -> [a op b]`
    BinaryOp(op: BinOp),
    /// `a += b` and friends: in place for mutable containers. `[a b] -> [a op= b]`
    InplaceOp(op: BinOp),
    /// `[a] -> [-a]`
    UnaryNeg,
    /// `[a] -> [+a]`
    UnaryPos,
    /// `[a] -> [not a]`
    UnaryNot,
    /// `[a] -> [~a]`
    UnaryInvert,
    /// Rich comparison. `[a b] -> [a op b]`
    Compare(op: CmpOp),
    /// `[a b] -> [a is b]` (or `is not` when `invert`)
    IsOp(invert: bool),
    /// `[a b] -> [a in b]` (or `not in` when `invert`)
    ContainsOp(invert: bool),
    /// `[] -> []`, continue at `target`.
    Jump(target: u32),
    /// `[c] -> []`, jump if c is false.
    PopJumpIfFalse(target: u32),
    /// `[c] -> []`, jump if c is true.
    PopJumpIfTrue(target: u32),
    /// `[x] -> []`, jump if x is None.
    PopJumpIfNone(target: u32),
    /// `[x] -> []`, jump if x is not None.
    PopJumpIfNotNone(target: u32),
    /// `[iterable] -> [iterator]`
    GetIter,
    /// `[it] -> [it next]`, or when exhausted `[it] -> []` and jump to `target`.
    ForIter(target: u32),
    /// `[a1..an] -> [list]`
    BuildList(n: u32),
    /// `[a1..an] -> [tuple]`
    BuildTuple(n: u32),
    /// `[a1..an] -> [set]`
    BuildSet(n: u32),
    /// `[k1 v1 .. kn vn] -> [dict]`
    BuildMap(n: u32),
    /// Concatenate n strings. `[s1..sn] -> [str]`
    BuildString(n: u32),
    /// Comprehensions: append to the list `depth` below the top. `[.. list .. v] -> [.. list ..]`
    ListAppend(depth: u32),
    /// `[.. set .. v] -> [.. set ..]`
    SetAdd(depth: u32),
    /// `[.. dict .. k v] -> [.. dict ..]`
    MapAdd(depth: u32),
    /// `[.. list .. iterable] -> [.. list ..]`
    ListExtend(depth: u32),
    /// `[.. set .. iterable] -> [.. set ..]`
    SetUpdate(depth: u32),
    /// `[.. dict .. mapping] -> [.. dict ..]` (`{**m}`)
    DictUpdate(depth: u32),
    /// Like DictUpdate but a repeated key is an error (`f(**a, **b)`). `[.. dict .. m] -> [.. dict ..]`
    DictMerge(depth: u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[seq] -> [vn .. v1]` (v1 on top)
    UnpackSequence(n: u32),
    /// Star unpacking `a, *b, c`. `[seq] -> [after.. list before..]` (first item on top)
    UnpackEx(before: u16, after: u16),
    /// f-string field. flags: bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2 has spec.
    /// `[v] -> [str]` or `[v spec] -> [str]`
    FormatValue(flags: u32),
    /// Build a function from code object `code`. flags: 1 defaults tuple, 2 kw-defaults dict,
    /// 4 closure tuple. `[defaults? kwdefaults? closure?] -> [function]`
    MakeFunction(code: u32, flags: u8),
    /// `[f a1..an] -> [result]`
    Call(argc: u32),
    /// `[f a1..an k1..km] -> [result]`, keyword names in constant tuple `kwnames`.
    CallKw(argc: u16, kwnames: u16),
    /// `[f args_tuple] -> [result]` or `[f args_tuple kwargs_dict] -> [result]` (has_kw)
    CallEx(has_kw: bool),
    /// `[v] -> (returns v to the caller)`
    ReturnValue,
    /// kind 0: bare `raise`; 1: `raise exc`; 2: `raise exc from cause`. `[exc? cause?] -> (raises)`
    Raise(kind: u32),
    /// Re-raise without adding a traceback entry (end of finally/cleanup). `[exc] -> (raises)`
    Reraise,
    /// Enter an except/finally handler. `[exc] -> [prev_exc exc]`, current exception := exc.
    PushExcInfo,
    /// Leave a handler. `[prev_exc] -> []`, current exception := prev_exc.
    PopExcept,
    /// Handler cleanup: restore the previous exception and re-raise. `[prev_exc exc] -> (raises)`
    PopExceptReraise,
    /// Does the exception match the class (or tuple)? `[exc cls] -> [exc bool]`
    CheckExcMatch,
    /// `[] -> [AssertionError]`
    LoadAssertionError,
    /// `[v] -> (suspends the generator, delivering v)`, then `[] -> [sent]` on resume.
    YieldValue,
    /// `[iterable] -> [iterator]` for `yield from` / `await`.
    GetYieldFromIter,
    /// Send a value into a sub-iterator (`yield from`, `await`). When it yields:
    /// `[it sent] -> [it yielded]`; when it returns: `[it sent] -> [result]` and jump to `target`.
    Send(target: u32),
    /// `[] -> [__build_class__]`
    LoadBuildClass,
    /// Enter a `with` block. `[mgr] -> [exit result_of_enter]`
    BeforeWith,
    /// Enter an `async with` block. `[mgr] -> [aexit result_of_aenter]` (awaited next).
    BeforeAsyncWith,
    /// `[obj] -> [obj.__aiter__()]`
    GetAIter,
    /// `[aiter] -> [aiter aiter.__anext__()]` (awaited next).
    GetANext,
    /// `__anext__` raised in an `async for`: `[aiter exc] -> []` for StopAsyncIteration
    /// (the loop ends), else the exception is re-raised.
    EndAsyncFor,
    /// Arguments for `__exit__` during exception handling.
    /// `[exit prev exc] -> [exit prev exc exit type exc tb]`
    WithExceptStart,
    /// `[] -> [module]`
    ImportName(name: u32),
    /// `[module] -> [module attr]`
    ImportFrom(name: u32),
    /// `from m import *`. `[module] -> []`
    ImportStar,
    /// Internal: the class body finished; `[] -> [namespace]`
    LoadLocals,
    /// `[subject] -> [len(subject)]` for sequence and mapping patterns.
    GetLen,
    /// `[subject] -> [bool]`: is it a sequence for `match` (list, tuple, range; not str)?
    MatchSequence,
    /// `[subject] -> [bool]`: is it a mapping for `match`?
    MatchMapping,
    /// `[mapping keys_tuple] -> [values_tuple_or_None]` (None when a key is missing).
    MatchKeys,
    /// Class pattern. `[subject cls kwnames_tuple] -> [attrs_tuple_or_None]`: the values for
    /// `npos` positional sub-patterns (through `__match_args__`) then the keyword ones.
    MatchClass(npos: u32),
    /// `[mapping keys_tuple] -> [rest_dict]` for `**rest`
    CopyDictWithoutKeys,
    /// Await support: `[awaitable] -> [iterator]`
    GetAwaitable,
}

#[cfg(test)]
mod tests {
    #[test]
    fn instruction_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<super::Instr>(), 8);
    }
}
