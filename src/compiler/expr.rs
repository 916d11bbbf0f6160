//! Expressions.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::literal;
use super::{CompileError, Compiler};
use crate::bytecode::{BinOp, CmpOp, CodeKind, Const, Instr, Params};

pub(super) fn bin_op(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

/// The rich comparison for an operator (`None` for `is`, `in` and their negations).
pub(super) fn rich_cmp(op: ast::CmpOp) -> Option<CmpOp> {
    use ast::CmpOp as C;
    Some(match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::Ne,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::Le,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::Ge,
        _ => return None,
    })
}

/// What a comprehension builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Compiler<'a, '_> {
    pub(super) fn compile_expr(&mut self, e: &'a Expr) -> Result<(), CompileError> {
        self.set_pos(e);
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                for (i, v) in b.values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < b.values.len() {
                        // Keep the operand as the result if it decides the outcome.
                        self.emit(Instr::DupTop);
                        if b.op == ast::BoolOp::And {
                            self.jump(|target| Instr::PopJumpIfFalse { target }, end);
                        } else {
                            self.jump(|target| Instr::PopJumpIfTrue { target }, end);
                        }
                        self.emit(Instr::Pop);
                    }
                }
                self.bind(end);
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Instr::DupTop);
                self.compile_store(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.set_pos(e);
                match bin_op(b.op) {
                    BinOp::Add => self.emit(Instr::Add),
                    BinOp::Sub => self.emit(Instr::Sub),
                    BinOp::Mul => self.emit(Instr::Mul),
                    op => self.emit(Instr::BinaryOp { op }),
                }
            }
            Expr::UnaryOp(u) => {
                if u.op == ast::UnaryOp::USub
                    && let Some(c) = negated_literal(&u.operand)
                {
                    self.load_const(c);
                    return Ok(());
                }
                self.compile_expr(&u.operand)?;
                self.set_pos(e);
                self.emit(match u.op {
                    ast::UnaryOp::Not => Instr::UnaryNot,
                    ast::UnaryOp::USub => Instr::UnaryNeg,
                    ast::UnaryOp::UAdd => Instr::UnaryPos,
                    ast::UnaryOp::Invert => Instr::UnaryInvert,
                });
            }
            Expr::Lambda(l) => {
                let scope = self.scopes.scope_for(l);
                let params = l.parameters.as_deref();
                self.make_function(scope, CodeKind::Lambda, "<lambda>", params, l.range.start().to_u32(), |c| {
                    c.compile_expr(&l.body)?;
                    c.emit(Instr::ReturnValue);
                    Ok(())
                })?;
            }
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.jump(|target| Instr::Jump { target }, end);
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.compile_sequence(&s.elts, SeqKind::Set)?,
            Expr::List(l) => self.compile_sequence(&l.elts, SeqKind::List)?,
            Expr::Tuple(t) => {
                if let Some(c) = literal::const_of(e) {
                    self.load_const(c);
                } else {
                    self.compile_sequence(&t.elts, SeqKind::Tuple)?;
                }
            }
            Expr::ListComp(c) => self.compile_comprehension(c, CompKind::List, &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.compile_comprehension(c, CompKind::Set, &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(CompileError::syntax(
                        "dict unpacking cannot be used in dict comprehension",
                        e.range().start().to_u32(),
                    ));
                };
                self.compile_comprehension(c, CompKind::Dict, &c.generators, key, Some(&c.value))?
            }
            Expr::Generator(g) => self.compile_comprehension(g, CompKind::Generator, &g.generators, &g.elt, None)?,
            Expr::Await(a) => {
                if !self.scope_kind().is_function_like() && !self.allow_top_level_await() {
                    return Err(CompileError::syntax("'await' outside function", e.range().start().to_u32()));
                }
                self.compile_expr(&a.value)?;
                self.set_pos(e);
                self.emit(Instr::GetAwaitable);
                self.emit(Instr::LoadNone);
                self.emit_send_loop();
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.emit(Instr::LoadNone),
                }
                self.set_pos(e);
                self.emit(Instr::YieldValue);
            }
            Expr::YieldFrom(y) => {
                self.compile_expr(&y.value)?;
                self.set_pos(e);
                self.emit(Instr::GetYieldFromIter);
                self.emit(Instr::LoadNone);
                self.emit_send_loop();
            }
            Expr::Compare(c) => self.compile_compare(c)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(_) => {
                return Err(CompileError::syntax("template strings are not supported", e.range().start().to_u32()));
            }
            Expr::NumberLiteral(_) => {
                if let Some(c) = literal::const_of(e) {
                    self.load_const(c);
                }
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                if let Some(c) = literal::const_of(e) {
                    self.load_const(c);
                }
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let n = self.name_index(a.attr.id.as_str());
                self.set_pos(e);
                self.emit(Instr::LoadAttr { name: n });
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_subscript_key(&s.slice)?;
                self.set_pos(e);
                self.emit(Instr::Subscr);
            }
            Expr::Starred(_) => {
                return Err(CompileError::syntax("can't use starred expression here", e.range().start().to_u32()));
            }
            Expr::Name(n) => self.load_name(n.id.as_str()),
            Expr::Slice(s) => self.compile_slice(s)?,
            Expr::IpyEscapeCommand(_) => {
                return Err(CompileError::syntax("invalid syntax", e.range().start().to_u32()));
            }
        }
        Ok(())
    }

    /// `[it value] -> [result]`: the delegation loop of `yield from` and `await`.
    pub(super) fn emit_send_loop(&mut self) {
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.jump(|target| Instr::Send { target }, end);
        self.emit(Instr::YieldValue);
        self.jump(|target| Instr::Jump { target }, top);
        self.bind(end);
    }

    pub(super) fn compile_subscript_key(&mut self, key: &'a Expr) -> Result<(), CompileError> {
        match key {
            Expr::Slice(s) => self.compile_slice(s),
            other => self.compile_expr(other),
        }
    }

    fn compile_slice(&mut self, s: &'a ast::ExprSlice) -> Result<(), CompileError> {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(p) => self.compile_expr(p)?,
                None => self.emit(Instr::LoadNone),
            }
        }
        match &s.step {
            Some(step) => {
                self.compile_expr(step)?;
                self.emit(Instr::BuildSlice { n: 3 });
            }
            None => self.emit(Instr::BuildSlice { n: 2 }),
        }
        Ok(())
    }

    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> Result<(), CompileError> {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_expr(&c.comparators[0])?;
            self.set_pos(c);
            self.emit_cmp(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.compile_expr(right)?;
            self.set_pos(c);
            if i + 1 < n {
                self.emit(Instr::DupTop);
                self.emit(Instr::RotThree);
                self.emit_cmp(*op);
                self.emit(Instr::DupTop);
                self.jump(|target| Instr::PopJumpIfFalse { target }, cleanup);
                self.emit(Instr::Pop);
            } else {
                self.emit_cmp(*op);
            }
        }
        self.jump(|target| Instr::Jump { target }, end);
        self.bind(cleanup);
        self.emit(Instr::RotTwo);
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    fn emit_cmp(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        match op {
            C::Is => self.emit(Instr::IsOp { invert: false }),
            C::IsNot => self.emit(Instr::IsOp { invert: true }),
            C::In => self.emit(Instr::ContainsOp { invert: false }),
            C::NotIn => self.emit(Instr::ContainsOp { invert: true }),
            other => {
                if let Some(op) = rich_cmp(other) {
                    self.emit(Instr::Compare { op });
                }
            }
        }
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> Result<(), CompileError> {
        let has_unpack = d.items.iter().any(|i| i.key.is_none());
        if !has_unpack {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.compile_expr(k)?;
                }
                self.compile_expr(&item.value)?;
            }
            self.emit(Instr::BuildMap { n: d.items.len() as u32 });
            return Ok(());
        }
        self.emit(Instr::BuildMap { n: 0 });
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    self.emit(Instr::MapAdd { depth: 1 });
                }
                None => {
                    self.compile_expr(&item.value)?;
                    self.emit(Instr::DictUpdate { depth: 1 });
                }
            }
        }
        Ok(())
    }

    fn compile_sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> Result<(), CompileError> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.compile_expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::List => Instr::BuildList { n },
                SeqKind::Tuple => Instr::BuildTuple { n },
                SeqKind::Set => Instr::BuildSet { n },
            });
            return Ok(());
        }
        let set = kind == SeqKind::Set;
        self.emit(if set { Instr::BuildSet { n: 0 } } else { Instr::BuildList { n: 0 } });
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(if set { Instr::SetUpdate { depth: 1 } } else { Instr::ListExtend { depth: 1 } });
                }
                other => {
                    self.compile_expr(other)?;
                    self.emit(if set { Instr::SetAdd { depth: 1 } } else { Instr::ListAppend { depth: 1 } });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> Result<(), CompileError> {
        let args = &c.arguments.args;
        let keywords = &c.arguments.keywords;
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_))) && keywords.iter().all(|k| k.arg.is_some());
        if let (Expr::Attribute(a), true) = (&*c.func, simple) {
            self.compile_expr(&a.value)?;
            let n = self.name_index(a.attr.id.as_str());
            self.set_pos(a);
            self.emit(Instr::LoadMethod { name: n });
            for arg in args.iter() {
                self.compile_expr(arg)?;
            }
            for k in keywords.iter() {
                self.compile_expr(&k.value)?;
            }
            self.set_pos(c);
            let argc = (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Instr::CallMethod { argc });
            } else {
                let kwnames = self.kwnames_const(keywords)?;
                self.emit(Instr::CallMethodKw { argc: small(argc, c)?, kwnames });
            }
            return Ok(());
        }
        self.compile_expr(&c.func)?;
        if matches!(&*c.func, Expr::Name(_)) {
            self.note_callee_load();
        }
        self.compile_call_args(0, args, keywords, true)?;
        Ok(())
    }

    /// Emit argument passing and the call, with `extra` positional arguments already pushed.
    pub(super) fn compile_call_args(
        &mut self,
        extra: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        _position_is_call: bool,
    ) -> Result<(), CompileError> {
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_kw_unpack = keywords.iter().any(|k| k.arg.is_none());
        if has_star || has_kw_unpack {
            self.emit(Instr::BuildList { n: extra });
            for a in args {
                match a {
                    Expr::Starred(s) => {
                        self.compile_expr(&s.value)?;
                        self.emit(Instr::ListExtend { depth: 1 });
                    }
                    other => {
                        self.compile_expr(other)?;
                        self.emit(Instr::ListAppend { depth: 1 });
                    }
                }
            }
            self.emit(Instr::ListToTuple);
            if keywords.is_empty() {
                self.emit(Instr::CallEx { has_kw: false });
            } else {
                self.emit(Instr::BuildMap { n: 0 });
                for k in keywords {
                    match &k.arg {
                        Some(name) => {
                            self.load_const(Const::Str(name.id.to_string()));
                            self.compile_expr(&k.value)?;
                            self.emit(Instr::MapAdd { depth: 1 });
                        }
                        None => {
                            self.compile_expr(&k.value)?;
                            self.emit(Instr::DictMerge { depth: 1 });
                        }
                    }
                }
                self.emit(Instr::CallEx { has_kw: true });
            }
            return Ok(());
        }
        for a in args {
            self.compile_expr(a)?;
        }
        for k in keywords {
            self.compile_expr(&k.value)?;
        }
        let argc = extra + (args.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(Instr::Call { argc });
        } else {
            let kwnames = self.kwnames_const(keywords)?;
            let at = keywords.first().map_or(0, |k| k.range.start().to_u32());
            let argc = u16::try_from(argc).map_err(|_| CompileError::syntax("too many arguments", at))?;
            self.emit(Instr::CallKw { argc, kwnames });
        }
        Ok(())
    }

    fn kwnames_const(&mut self, keywords: &'a [ast::Keyword]) -> Result<u16, CompileError> {
        let mut names: Vec<Const> = Vec::new();
        for k in keywords {
            let Some(n) = &k.arg else { continue };
            let c = Const::Str(n.id.to_string());
            if names.contains(&c) {
                return Err(CompileError::syntax(
                    format!("keyword argument repeated: {}", n.id),
                    k.range.start().to_u32(),
                ));
            }
            names.push(c);
        }
        let idx = self.add_const(Const::Tuple(names));
        let at = keywords.first().map_or(0, |k| k.range.start().to_u32());
        u16::try_from(idx).map_err(|_| CompileError::syntax("too many constants", at))
    }

    fn compile_comprehension<N: Ranged>(
        &mut self,
        node: &'a N,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result<(), CompileError> {
        let scope = self.scopes.scope_for(node);
        let (name, code_kind) = match kind {
            CompKind::List => ("<listcomp>", CodeKind::Comprehension),
            CompKind::Set => ("<setcomp>", CodeKind::Comprehension),
            CompKind::Dict => ("<dictcomp>", CodeKind::Comprehension),
            CompKind::Generator => ("<genexpr>", CodeKind::GeneratorExpression),
        };
        if generators.iter().any(|g| g.is_async) {
            return Err(CompileError::syntax(
                "asynchronous comprehensions are not supported",
                node.range().start().to_u32(),
            ));
        }
        let qualname = self.qualname_for(name);
        self.push_unit(scope, code_kind, name.to_string(), qualname);
        self.unit().first_line_offset = node.range().start().to_u32();
        self.unit().params = Params { positional: 1, ..Params::default() };
        match kind {
            CompKind::List => self.emit(Instr::BuildList { n: 0 }),
            CompKind::Set => self.emit(Instr::BuildSet { n: 0 }),
            CompKind::Dict => self.emit(Instr::BuildMap { n: 0 }),
            CompKind::Generator => {}
        }
        self.emit(Instr::LoadFast { slot: 0 });
        self.compile_comp_loop(kind, generators, 0, elt, value)?;
        if kind == CompKind::Generator {
            self.emit(Instr::LoadNone);
        }
        self.emit(Instr::ReturnValue);
        let free = self.scopes.scopes[scope].free_vars();
        let code = self.finish_unit(node.range().start().to_u32());
        let mut flags = 0;
        if !free.is_empty() {
            for n in &free {
                let slot = self.u().slots.get(n).copied().unwrap_or(0);
                self.emit(Instr::LoadClosure { slot });
            }
            self.emit(Instr::BuildTuple { n: free.len() as u32 });
            flags |= 4;
        }
        self.set_pos(node);
        self.emit(Instr::MakeFunction { code, flags });
        self.compile_expr(&generators[0].iter)?;
        self.emit(Instr::GetIter);
        self.set_pos(node);
        self.emit(Instr::Call { argc: 1 });
        Ok(())
    }

    fn compile_comp_loop(
        &mut self,
        kind: CompKind,
        generators: &'a [ast::Comprehension],
        idx: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result<(), CompileError> {
        let g = &generators[idx];
        let top = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.jump(|target| Instr::ForIter { target }, end);
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.compile_jump_if(cond, false, top)?;
        }
        if idx + 1 < generators.len() {
            self.compile_expr(&generators[idx + 1].iter)?;
            self.emit(Instr::GetIter);
            self.compile_comp_loop(kind, generators, idx + 1, elt, value)?;
        } else {
            let depth = generators.len() as u32 + 1;
            self.compile_expr(elt)?;
            match kind {
                CompKind::List => self.emit(Instr::ListAppend { depth }),
                CompKind::Set => self.emit(Instr::SetAdd { depth }),
                CompKind::Dict => {
                    if let Some(v) = value {
                        self.compile_expr(v)?;
                    }
                    self.emit(Instr::MapAdd { depth });
                }
                CompKind::Generator => {
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
            }
        }
        self.jump(|target| Instr::Jump { target }, top);
        self.bind(end);
        Ok(())
    }

    /// Top-level `await` is allowed in scripts (the host drives the event loop).
    fn allow_top_level_await(&self) -> bool {
        true
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

fn small<N: Ranged>(argc: u32, node: &N) -> Result<u16, CompileError> {
    u16::try_from(argc).map_err(|_| CompileError::syntax("too many arguments", node.range().start().to_u32()))
}

/// `-<number literal>` folded into a constant (so `-9223372036854775808` stays an int).
fn negated_literal(e: &Expr) -> Option<Const> {
    match literal::const_of(e)? {
        Const::Int(i) => Some(match i.checked_neg() {
            Some(n) => Const::Int(n),
            None => Const::BigInt(-num_bigint::BigInt::from(i)),
        }),
        Const::BigInt(b) => {
            let n = -b;
            Some(match i64::try_from(&n) {
                Ok(s) => Const::Int(s),
                Err(_) => Const::BigInt(n),
            })
        }
        Const::Float(f) => Some(Const::Float(-f)),
        _ => None,
    }
}
