//! `match` statements.
//!
//! The subject and every sub-subject live in hidden local slots, so each test is "load,
//! check, jump to the case's failure label" with nothing left on the operand stack. Names a
//! pattern captures go to hidden slots too and are stored to the real names only once the
//! whole pattern has matched (as CPython does), right before the guard.

use std::collections::HashMap;

use ruff_python_ast::{self as ast, Pattern};
use ruff_text_size::Ranged;

use super::builder::Label;
use super::literal;
use super::{CompileError, Compiler};
use crate::bytecode::{CmpOp, Const, Instr};

/// Names a pattern binds, and the hidden slots holding their values.
#[derive(Default)]
struct Captures {
    bound: Vec<(String, u32)>,
    /// One slot per name, shared by the alternatives of or-patterns.
    slots: HashMap<String, u32>,
}

impl<'a> Compiler<'a, '_> {
    pub(super) fn compile_match(&mut self, m: &'a ast::StmtMatch) -> Result<(), CompileError> {
        check_reachability(&m.cases)?;
        self.compile_expr(&m.subject)?;
        let subject = self.temp_slot();
        self.emit(Instr::StoreFast { slot: subject });
        let end = self.new_label();
        for case in &m.cases {
            let next = self.new_label();
            let mut caps = Captures::default();
            self.compile_pattern(&case.pattern, subject, next, &mut caps)?;
            for (name, slot) in &caps.bound {
                self.emit(Instr::LoadFast { slot: *slot });
                self.store_name(name);
            }
            if let Some(guard) = &case.guard {
                self.compile_expr(guard)?;
                self.jump(|target| Instr::PopJumpIfFalse { target }, next);
            }
            self.compile_body(&case.body)?;
            self.jump(|target| Instr::Jump { target }, end);
            self.bind(next);
        }
        self.bind(end);
        Ok(())
    }

    /// A hidden local slot (names starting with "." cannot clash with Python names).
    fn temp_slot(&mut self) -> u32 {
        let unit = self.unit();
        let slot = unit.varnames.len() as u32;
        unit.varnames.push(format!(".match{slot}"));
        slot
    }

    /// Test the value in `subject`; on mismatch jump to `fail` with the stack as on entry.
    fn compile_pattern(
        &mut self,
        p: &'a Pattern,
        subject: u32,
        fail: Label,
        caps: &mut Captures,
    ) -> Result<(), CompileError> {
        self.set_pos(p);
        match p {
            Pattern::MatchValue(v) => {
                self.emit(Instr::LoadFast { slot: subject });
                self.compile_expr(&v.value)?;
                self.set_pos(p);
                self.emit(Instr::Compare { op: CmpOp::Eq });
                self.jump(|target| Instr::PopJumpIfFalse { target }, fail);
            }
            Pattern::MatchSingleton(s) => {
                self.emit(Instr::LoadFast { slot: subject });
                self.load_const(match s.value {
                    ast::Singleton::None => Const::None,
                    ast::Singleton::True => Const::Bool(true),
                    ast::Singleton::False => Const::Bool(false),
                });
                self.emit(Instr::IsOp { invert: false });
                self.jump(|target| Instr::PopJumpIfFalse { target }, fail);
            }
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.compile_pattern(inner, subject, fail, caps)?;
                }
                if let Some(name) = &a.name {
                    self.emit(Instr::LoadFast { slot: subject });
                    self.capture(caps, name)?;
                }
            }
            Pattern::MatchOr(o) => self.compile_or(&o.patterns, subject, fail, caps)?,
            Pattern::MatchSequence(s) => self.compile_sequence_pattern(&s.patterns, subject, fail, caps)?,
            Pattern::MatchMapping(m) => self.compile_mapping(m, subject, fail, caps)?,
            Pattern::MatchClass(c) => self.compile_class_pattern(c, subject, fail, caps)?,
            Pattern::MatchStar(s) => {
                return Err(CompileError::syntax("can't use starred name here", s.range.start().to_u32()));
            }
        }
        Ok(())
    }

    /// Store the value on the stack as captured name `name`.
    fn capture(&mut self, caps: &mut Captures, name: &ast::Identifier) -> Result<(), CompileError> {
        let text = name.id.to_string();
        if caps.bound.iter().any(|(n, _)| *n == text) {
            return Err(CompileError::syntax(
                format!("multiple assignments to name '{text}' in pattern"),
                name.range.start().to_u32(),
            ));
        }
        let slot = match caps.slots.get(&text) {
            Some(&s) => s,
            None => {
                let s = self.temp_slot();
                caps.slots.insert(text.clone(), s);
                s
            }
        };
        self.emit(Instr::StoreFast { slot });
        caps.bound.push((text, slot));
        Ok(())
    }

    fn compile_or(
        &mut self,
        alternatives: &'a [Pattern],
        subject: u32,
        fail: Label,
        caps: &mut Captures,
    ) -> Result<(), CompileError> {
        let ok = self.new_label();
        let before = caps.bound.clone();
        let mut first_names: Option<Vec<String>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            let last = i + 1 == alternatives.len();
            let alt_fail = if last { fail } else { self.new_label() };
            caps.bound = before.clone();
            self.compile_pattern(alt, subject, alt_fail, caps)?;
            let mut names: Vec<String> = caps.bound[before.len()..].iter().map(|(n, _)| n.clone()).collect();
            names.sort();
            match &first_names {
                None => first_names = Some(names),
                Some(first) if *first != names => {
                    return Err(CompileError::syntax(
                        "alternative patterns bind different names",
                        alt.range().start().to_u32(),
                    ));
                }
                Some(_) => {}
            }
            if !last {
                self.jump(|target| Instr::Jump { target }, ok);
                self.bind(alt_fail);
            }
        }
        self.bind(ok);
        Ok(())
    }

    fn compile_sequence_pattern(
        &mut self,
        items: &'a [Pattern],
        subject: u32,
        fail: Label,
        caps: &mut Captures,
    ) -> Result<(), CompileError> {
        let stars: Vec<usize> = items.iter().enumerate().filter(|(_, p)| p.is_match_star()).map(|(i, _)| i).collect();
        if stars.len() > 1 {
            let at = items[stars[1]].range().start().to_u32();
            return Err(CompileError::syntax("multiple starred names in sequence pattern", at));
        }
        let star = stars.first().copied();
        self.emit(Instr::LoadFast { slot: subject });
        self.emit(Instr::MatchSequence);
        self.jump(|target| Instr::PopJumpIfFalse { target }, fail);
        let fixed = items.len() - star.map_or(0, |_| 1);
        self.emit(Instr::LoadFast { slot: subject });
        self.emit(Instr::GetLen);
        self.load_const(Const::Int(fixed as i64));
        self.emit(Instr::Compare { op: if star.is_some() { CmpOp::Ge } else { CmpOp::Eq } });
        self.jump(|target| Instr::PopJumpIfFalse { target }, fail);
        let after_star = star.map_or(0, |s| items.len() - s - 1);
        for (i, item) in items.iter().enumerate() {
            if is_wildcard(item) {
                continue;
            }
            if let Pattern::MatchStar(s) = item {
                let Some(name) = &s.name else { continue };
                // `*rest` binds a list of the middle items.
                self.emit(Instr::BuildList { n: 0 });
                self.emit(Instr::LoadFast { slot: subject });
                self.load_const(Const::Int(i as i64));
                if after_star == 0 {
                    self.load_const(Const::None);
                } else {
                    self.load_const(Const::Int(-(after_star as i64)));
                }
                self.emit(Instr::BuildSlice { n: 2 });
                self.emit(Instr::Subscr);
                self.emit(Instr::ListExtend { depth: 1 });
                self.capture(caps, name)?;
                continue;
            }
            let index = match star {
                Some(s) if i > s => -((items.len() - i) as i64),
                _ => i as i64,
            };
            self.emit(Instr::LoadFast { slot: subject });
            self.load_const(Const::Int(index));
            self.emit(Instr::Subscr);
            let slot = self.temp_slot();
            self.emit(Instr::StoreFast { slot });
            self.compile_pattern(item, slot, fail, caps)?;
        }
        Ok(())
    }

    fn compile_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        subject: u32,
        fail: Label,
        caps: &mut Captures,
    ) -> Result<(), CompileError> {
        check_duplicate_keys(&m.keys)?;
        self.emit(Instr::LoadFast { slot: subject });
        self.emit(Instr::MatchMapping);
        self.jump(|target| Instr::PopJumpIfFalse { target }, fail);
        if m.keys.is_empty() && m.rest.is_none() {
            return Ok(());
        }
        let keys = self.temp_slot();
        for k in &m.keys {
            self.compile_expr(k)?;
        }
        self.emit(Instr::BuildTuple { n: m.keys.len() as u32 });
        self.emit(Instr::StoreFast { slot: keys });
        if !m.keys.is_empty() {
            self.emit(Instr::LoadFast { slot: subject });
            self.emit(Instr::GetLen);
            self.load_const(Const::Int(m.keys.len() as i64));
            self.emit(Instr::Compare { op: CmpOp::Ge });
            self.jump(|target| Instr::PopJumpIfFalse { target }, fail);
            let values = self.temp_slot();
            self.emit(Instr::LoadFast { slot: subject });
            self.emit(Instr::LoadFast { slot: keys });
            self.emit(Instr::MatchKeys);
            self.emit(Instr::StoreFast { slot: values });
            self.emit(Instr::LoadFast { slot: values });
            self.jump(|target| Instr::PopJumpIfNone { target }, fail);
            self.compile_items(&m.patterns, values, fail, caps)?;
        }
        if let Some(rest) = &m.rest {
            self.emit(Instr::LoadFast { slot: subject });
            self.emit(Instr::LoadFast { slot: keys });
            self.emit(Instr::CopyDictWithoutKeys);
            self.capture(caps, rest)?;
        }
        Ok(())
    }

    fn compile_class_pattern(
        &mut self,
        c: &'a ast::PatternMatchClass,
        subject: u32,
        fail: Label,
        caps: &mut Captures,
    ) -> Result<(), CompileError> {
        let args = &c.arguments;
        let mut seen: Vec<&str> = Vec::new();
        for kw in &args.keywords {
            let name = kw.attr.id.as_str();
            if seen.contains(&name) {
                return Err(CompileError::syntax(
                    format!("attribute name repeated in class pattern: {name}"),
                    kw.attr.range.start().to_u32(),
                ));
            }
            seen.push(name);
        }
        self.emit(Instr::LoadFast { slot: subject });
        self.compile_expr(&c.cls)?;
        let kwnames = seen.iter().map(|n| Const::Str(n.to_string())).collect();
        self.load_const(Const::Tuple(kwnames));
        self.set_pos(c);
        self.emit(Instr::MatchClass { npos: args.patterns.len() as u32 });
        let values = self.temp_slot();
        self.emit(Instr::StoreFast { slot: values });
        self.emit(Instr::LoadFast { slot: values });
        self.jump(|target| Instr::PopJumpIfNone { target }, fail);
        let subpatterns: Vec<&'a Pattern> =
            args.patterns.iter().chain(args.keywords.iter().map(|k| &k.pattern)).collect();
        for (i, p) in subpatterns.into_iter().enumerate() {
            self.compile_item(p, values, i, fail, caps)?;
        }
        Ok(())
    }

    /// Match `patterns[i]` against item `i` of the tuple in `values`.
    fn compile_items(
        &mut self,
        patterns: &'a [Pattern],
        values: u32,
        fail: Label,
        caps: &mut Captures,
    ) -> Result<(), CompileError> {
        for (i, p) in patterns.iter().enumerate() {
            self.compile_item(p, values, i, fail, caps)?;
        }
        Ok(())
    }

    fn compile_item(
        &mut self,
        p: &'a Pattern,
        values: u32,
        i: usize,
        fail: Label,
        caps: &mut Captures,
    ) -> Result<(), CompileError> {
        if is_wildcard(p) {
            return Ok(());
        }
        self.emit(Instr::LoadFast { slot: values });
        self.load_const(Const::Int(i as i64));
        self.emit(Instr::Subscr);
        let slot = self.temp_slot();
        self.emit(Instr::StoreFast { slot });
        self.compile_pattern(p, slot, fail, caps)
    }
}

/// `_` (matches anything, binds nothing).
fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// A pattern that always matches; Some(name) for a bare capture, Some(None) for `_`.
fn irrefutable(p: &Pattern) -> Option<Option<&ast::Identifier>> {
    match p {
        Pattern::MatchAs(a) => match &a.pattern {
            None => Some(a.name.as_ref()),
            Some(inner) => irrefutable(inner),
        },
        Pattern::MatchOr(o) => o.patterns.iter().find_map(irrefutable),
        _ => None,
    }
}

/// An irrefutable case (or alternative) before others makes them unreachable: a SyntaxError.
fn check_reachability(cases: &[ast::MatchCase]) -> Result<(), CompileError> {
    let unreachable = |p: &Pattern, what: Option<&ast::Identifier>| {
        let msg = match what {
            Some(name) => format!("name capture '{}' makes remaining patterns unreachable", name.id),
            None => "wildcard makes remaining patterns unreachable".to_string(),
        };
        CompileError::syntax(msg, p.range().start().to_u32())
    };
    for (i, case) in cases.iter().enumerate() {
        check_alternatives(&case.pattern, &unreachable)?;
        if i + 1 < cases.len()
            && case.guard.is_none()
            && let Some(what) = irrefutable(&case.pattern)
        {
            return Err(unreachable(&case.pattern, what));
        }
    }
    Ok(())
}

fn check_alternatives(
    p: &Pattern,
    unreachable: &dyn Fn(&Pattern, Option<&ast::Identifier>) -> CompileError,
) -> Result<(), CompileError> {
    if let Pattern::MatchOr(o) = p {
        for (i, alt) in o.patterns.iter().enumerate() {
            if i + 1 < o.patterns.len()
                && let Some(what) = irrefutable(alt)
            {
                return Err(unreachable(alt, what));
            }
        }
    }
    Ok(())
}

/// Literal keys of a mapping pattern must differ.
fn check_duplicate_keys(keys: &[ast::Expr]) -> Result<(), CompileError> {
    let mut seen: Vec<Const> = Vec::new();
    for k in keys {
        let Some(c) = literal::const_of(k) else { continue };
        if seen.contains(&c) {
            let shown = match &c {
                Const::Str(s) => format!("'{s}'"),
                Const::Int(i) => i.to_string(),
                Const::None => "None".into(),
                Const::Bool(b) => if *b { "True" } else { "False" }.into(),
                other => format!("{other:?}"),
            };
            return Err(CompileError::syntax(
                format!("mapping pattern checks duplicate key ({shown})"),
                k.range().start().to_u32(),
            ));
        }
        seen.push(c);
    }
    Ok(())
}
