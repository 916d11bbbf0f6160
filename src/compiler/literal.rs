//! Literals: numbers and strings from the syntax tree into constants.

use num_bigint::BigInt;
use num_traits::Num;
use ruff_python_ast::{self as ast, Expr, Stmt};

use crate::bytecode::Const;

/// An integer literal. Small ones arrive parsed; big ones arrive as their source token.
pub fn int_const(i: &ast::Int) -> Const {
    if let Some(v) = i.as_i64() {
        return Const::Int(v);
    }
    let text: String = i.to_string().chars().filter(|c| *c != '_').collect();
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest.to_string(), 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest.to_string(), 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest.to_string(), 2)
    } else {
        (lower, 10)
    };
    match BigInt::from_str_radix(&digits, radix) {
        Ok(n) => match i64::try_from(&n) {
            Ok(small) => Const::Int(small),
            Err(_) => Const::BigInt(n),
        },
        Err(_) => Const::Int(0),
    }
}

/// A literal expression as a constant, if it is one (including tuples of constants).
pub fn const_of(expr: &Expr) -> Option<Const> {
    Some(match expr {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => int_const(i),
            ast::Number::Float(f) => Const::Float(*f),
            ast::Number::Complex { imag, .. } => Const::Imaginary(*imag),
        },
        Expr::StringLiteral(s) => Const::Str(s.value.to_str().to_string()),
        Expr::BytesLiteral(b) => Const::Bytes(b.value.iter().flat_map(|p| p.value.iter().copied()).collect()),
        Expr::BooleanLiteral(b) => Const::Bool(b.value),
        Expr::NoneLiteral(_) => Const::None,
        Expr::EllipsisLiteral(_) => Const::Ellipsis,
        Expr::Tuple(t) => Const::Tuple(t.elts.iter().map(const_of).collect::<Option<Vec<_>>>()?),
        _ => return None,
    })
}

/// The text of a docstring statement, cleaned the way `inspect.cleandoc` / Python 3.13 do
/// not: CPython 3.11 keeps it verbatim.
pub fn docstring_text(stmt: &Stmt) -> Option<String> {
    match stmt {
        Stmt::Expr(e) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

pub fn is_docstring(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)))
}

/// Turn the parser's wording into CPython's where they differ in common cases.
pub fn syntax_message(msg: &str) -> String {
    let m = msg.trim();
    // "Expected `:`, found newline" -> "expected ':'" (CPython's wording).
    if let Some((tok, _)) = m.strip_prefix("Expected `").and_then(|rest| rest.split_once('`')) {
        return format!("expected '{tok}'");
    }
    if m.starts_with("Expected an indented block") {
        return "expected an indented block".into();
    }
    if m.starts_with("Unexpected indentation") {
        return "unexpected indent".into();
    }
    if m.contains("missing closing quote") || m.contains("unterminated string") {
        return "unterminated string literal".into();
    }
    if m.starts_with("Expected ':'") {
        return "expected ':'".into();
    }
    if m.contains("unindent does not match") {
        return "unindent does not match any outer indentation level".into();
    }
    let mut out = m.to_string();
    if let Some(first) = out.get(0..1) {
        let lower = first.to_lowercase();
        out.replace_range(0..1, &lower);
    }
    if out.is_empty() { "invalid syntax".into() } else { out }
}
