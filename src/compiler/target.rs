//! Assignment targets: names, attributes, subscripts and (starred) unpacking.

use ruff_python_ast::Expr;
use ruff_text_size::Ranged;

use super::{CompileError, Compiler};
use crate::bytecode::Instr;

impl<'a> Compiler<'a, '_> {
    /// `[value] -> []`: store the value on top of the stack into `target`.
    pub(super) fn compile_store(&mut self, target: &'a Expr) -> Result<(), CompileError> {
        let offset = target.range().start().to_u32();
        match target {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let n = self.name_index(a.attr.id.as_str());
                self.set_pos(target);
                self.emit(Instr::StoreAttr { name: n });
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.set_pos(target);
                self.emit(Instr::StoreSubscr);
            }
            Expr::Tuple(t) => self.compile_unpack(&t.elts, offset)?,
            Expr::List(l) => self.compile_unpack(&l.elts, offset)?,
            Expr::Starred(_) => {
                return Err(CompileError::syntax("starred assignment target must be in a list or tuple", offset));
            }
            _ => return Err(CompileError::syntax(format!("cannot assign to {}", describe(target)), offset)),
        }
        Ok(())
    }

    fn compile_unpack(&mut self, elts: &'a [Expr], offset: u32) -> Result<(), CompileError> {
        let stars: Vec<usize> =
            elts.iter().enumerate().filter(|(_, e)| matches!(e, Expr::Starred(_))).map(|(i, _)| i).collect();
        match stars.as_slice() {
            [] => self.emit(Instr::UnpackSequence { n: elts.len() as u32 }),
            [i] => {
                let before = u16::try_from(*i)
                    .map_err(|_| CompileError::syntax("too many expressions in star-unpacking assignment", offset))?;
                let after = u16::try_from(elts.len() - i - 1)
                    .map_err(|_| CompileError::syntax("too many expressions in star-unpacking assignment", offset))?;
                self.emit(Instr::UnpackEx { before, after });
            }
            _ => return Err(CompileError::syntax("multiple starred expressions in assignment", offset)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.compile_store(&s.value)?,
                other => self.compile_store(other)?,
            }
        }
        Ok(())
    }
}

fn describe(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => "literal",
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::BoolOp(_) => "expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::FString(_) => "f-string expression",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::EllipsisLiteral(_) => "ellipsis",
        _ => "expression",
    }
}
