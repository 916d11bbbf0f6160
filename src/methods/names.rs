//! Names of the methods of builtin types, resolved from attribute names at compile time so a
//! method call on a builtin object dispatches on an enum instead of comparing strings.

use serde::{Deserialize, Serialize};

macro_rules! method_names {
    ($($variant:ident => $text:literal),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum MethodName {
            $($variant),*
        }

        impl MethodName {
            pub fn from_name(name: &str) -> Option<MethodName> {
                match name {
                    $($text => Some(MethodName::$variant),)*
                    _ => None,
                }
            }

            pub fn as_str(self) -> &'static str {
                match self {
                    $(MethodName::$variant => $text),*
                }
            }
        }
    };
}

method_names! {
    Add => "add",
    Append => "append",
    AsIntegerRatio => "as_integer_ratio",
    BitCount => "bit_count",
    BitLength => "bit_length",
    Capitalize => "capitalize",
    Casefold => "casefold",
    Center => "center",
    Clear => "clear",
    Close => "close",
    Conjugate => "conjugate",
    Copy => "copy",
    Count => "count",
    Decode => "decode",
    Difference => "difference",
    DifferenceUpdate => "difference_update",
    Discard => "discard",
    Encode => "encode",
    EndsWith => "endswith",
    ExpandTabs => "expandtabs",
    Extend => "extend",
    Find => "find",
    Format => "format",
    FormatMap => "format_map",
    FromBytes => "from_bytes",
    FromHex => "fromhex",
    FromKeys => "fromkeys",
    Get => "get",
    Hex => "hex",
    Index => "index",
    Indices => "indices",
    Mro => "mro",
    Insert => "insert",
    Intersection => "intersection",
    IntersectionUpdate => "intersection_update",
    IsAlnum => "isalnum",
    IsAlpha => "isalpha",
    IsAscii => "isascii",
    IsDecimal => "isdecimal",
    IsDigit => "isdigit",
    IsDisjoint => "isdisjoint",
    IsIdentifier => "isidentifier",
    IsInteger => "is_integer",
    IsLower => "islower",
    IsNumeric => "isnumeric",
    IsPrintable => "isprintable",
    IsSpace => "isspace",
    IsSubset => "issubset",
    IsSuperset => "issuperset",
    IsTitle => "istitle",
    IsUpper => "isupper",
    Items => "items",
    Join => "join",
    Keys => "keys",
    LJust => "ljust",
    Lower => "lower",
    LStrip => "lstrip",
    MakeTrans => "maketrans",
    Partition => "partition",
    Pop => "pop",
    PopItem => "popitem",
    Remove => "remove",
    RemovePrefix => "removeprefix",
    RemoveSuffix => "removesuffix",
    Replace => "replace",
    Reverse => "reverse",
    RFind => "rfind",
    RIndex => "rindex",
    RJust => "rjust",
    RPartition => "rpartition",
    RSplit => "rsplit",
    RStrip => "rstrip",
    Send => "send",
    SetDefault => "setdefault",
    Sort => "sort",
    Split => "split",
    SplitLines => "splitlines",
    StartsWith => "startswith",
    Strip => "strip",
    SwapCase => "swapcase",
    SymmetricDifference => "symmetric_difference",
    SymmetricDifferenceUpdate => "symmetric_difference_update",
    Throw => "throw",
    Title => "title",
    ToBytes => "to_bytes",
    Translate => "translate",
    Union => "union",
    Update => "update",
    Upper => "upper",
    Values => "values",
    WithTraceback => "with_traceback",
    AddNote => "add_note",
    ZFill => "zfill",
    Setter => "setter",
    Getter => "getter",
    Deleter => "deleter",
    DunderInit => "__init__",
    DunderNew => "__new__",
    DunderRepr => "__repr__",
    DunderStr => "__str__",
    DunderEq => "__eq__",
    DunderNe => "__ne__",
    DunderHash => "__hash__",
    DunderSetattr => "__setattr__",
    DunderDelattr => "__delattr__",
    DunderFormat => "__format__",
    DunderGetitem => "__getitem__",
    DunderSetitem => "__setitem__",
    DunderDelitem => "__delitem__",
    DunderContains => "__contains__",
    DunderLen => "__len__",
    DunderIter => "__iter__",
    DunderInitSubclass => "__init_subclass__",
    DunderCall => "__call__",
}
