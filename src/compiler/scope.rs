//! Scope analysis: decides for every name in every scope whether it is a fast local, a cell
//! (a local captured by an inner function), a free variable (captured from an enclosing
//! function), or a global.
//!
//! Pass one walks the syntax tree and records, per scope, which names are bound, used and
//! declared `global`/`nonlocal`. Pass two resolves them top-down, the way Python's symbol
//! table does: class scopes do not make their names visible to nested functions, and a
//! comprehension's walrus target binds in the enclosing function.

use std::collections::HashMap;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::CompileError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    Comprehension,
    Class,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(self, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymKind {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Clone, Debug, Default)]
pub struct SymInfo {
    pub assigned: bool,
    pub used: bool,
    pub param: bool,
    pub global_decl: bool,
    pub nonlocal_decl: bool,
    /// Source offset of a `nonlocal` declaration (for its error).
    pub decl_offset: u32,
    pub kind: Option<SymKind>,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// Symbol names in order of first appearance.
    pub order: Vec<String>,
    pub syms: HashMap<String, SymInfo>,
    pub params: Vec<String>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Class scope: some method uses `super()` or `__class__`, so the class needs the cell.
    pub needs_class_cell: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<usize>) -> Self {
        Scope {
            kind,
            parent,
            children: Vec::new(),
            order: Vec::new(),
            syms: HashMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
        }
    }

    fn sym(&mut self, name: &str) -> &mut SymInfo {
        if !self.syms.contains_key(name) {
            self.order.push(name.to_string());
        }
        self.syms.entry(name.to_string()).or_default()
    }

    pub fn kind_of(&self, name: &str) -> Option<SymKind> {
        self.syms.get(name).and_then(|s| s.kind)
    }

    /// Free variables in a stable order (order of first appearance).
    pub fn free_vars(&self) -> Vec<String> {
        self.order.iter().filter(|n| self.kind_of(n) == Some(SymKind::Free)).cloned().collect()
    }
}

pub struct Scopes {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

/// Identity of a syntax node: its address (the tree is not moved while compiling).
pub fn node_key<T>(node: &T) -> usize {
    std::ptr::from_ref(node) as usize
}

impl Scopes {
    pub fn analyze(body: &[Stmt], as_module: bool) -> Result<Scopes, CompileError> {
        let mut b = Collector { scopes: Vec::new(), by_node: HashMap::new(), cur: 0 };
        let kind = if as_module { ScopeKind::Module } else { ScopeKind::Function };
        b.scopes.push(Scope::new(kind, None));
        b.visit_body(body)?;
        let mut scopes = Scopes { scopes: b.scopes, by_node: b.by_node };
        scopes.resolve(0, &HashMap::new())?;
        Ok(scopes)
    }

    pub fn scope_for<T>(&self, node: &T) -> usize {
        self.by_node.get(&node_key(node)).copied().unwrap_or(0)
    }

    /// Resolve scope `id`; `visible` maps names bound in enclosing function scopes.
    fn resolve(&mut self, id: usize, visible: &HashMap<String, ()>) -> Result<(), CompileError> {
        let kind = self.scopes[id].kind;
        let names: Vec<String> = self.scopes[id].order.clone();
        for name in &names {
            let s = &self.scopes[id].syms[name];
            let resolved = match kind {
                ScopeKind::Module => {
                    if s.global_decl {
                        SymKind::GlobalExplicit
                    } else {
                        SymKind::GlobalImplicit
                    }
                }
                _ if s.global_decl => SymKind::GlobalExplicit,
                _ if s.nonlocal_decl => {
                    if kind == ScopeKind::Module || !visible.contains_key(name) {
                        return Err(CompileError::syntax(
                            format!("no binding for nonlocal '{name}' found"),
                            s.decl_offset,
                        ));
                    }
                    SymKind::Free
                }
                ScopeKind::Class => {
                    if s.assigned {
                        SymKind::Local
                    } else if visible.contains_key(name) {
                        SymKind::Free
                    } else {
                        SymKind::GlobalImplicit
                    }
                }
                _ => {
                    if s.assigned || s.param {
                        SymKind::Local
                    } else if visible.contains_key(name) {
                        SymKind::Free
                    } else {
                        SymKind::GlobalImplicit
                    }
                }
            };
            if let Some(s) = self.scopes[id].syms.get_mut(name) {
                s.kind = Some(resolved);
            }
        }
        // What the children can see: our function locals, plus what we see ourselves.
        let mut child_visible = visible.clone();
        if kind.is_function_like() {
            for name in &names {
                match self.scopes[id].kind_of(name) {
                    Some(SymKind::Local | SymKind::Free) => {
                        child_visible.insert(name.clone(), ());
                    }
                    Some(SymKind::GlobalExplicit) => {
                        child_visible.remove(name);
                    }
                    _ => {}
                }
            }
        }
        if kind == ScopeKind::Class && self.scopes[id].needs_class_cell {
            child_visible.insert("__class__".into(), ());
        }
        let children = self.scopes[id].children.clone();
        for child in children {
            self.resolve(child, &child_visible)?;
            // A child's free variable is a cell here if we own it, or passes through as free.
            for name in self.scopes[child].free_vars() {
                let scope = &mut self.scopes[id];
                if kind == ScopeKind::Class && name == "__class__" {
                    continue;
                }
                let s = scope.sym(&name);
                match s.kind {
                    Some(SymKind::Local) if kind.is_function_like() => s.kind = Some(SymKind::Cell),
                    Some(SymKind::Cell | SymKind::Free) => {}
                    Some(SymKind::Local) if kind == ScopeKind::Class => {
                        // The class binds the name in its namespace, but the method sees the
                        // enclosing function's variable: pass it through as free too.
                        s.kind = Some(SymKind::Free);
                    }
                    _ => s.kind = Some(SymKind::Free),
                }
            }
        }
        Ok(())
    }
}

struct Collector {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
}

impl Collector {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn enter(&mut self, key: usize, kind: ScopeKind) -> usize {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.cur)));
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(key, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn bind(&mut self, name: &str, _offset: u32) -> Result<(), CompileError> {
        self.scope().sym(name).assigned = true;
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        self.scope().sym(name).used = true;
        if name == "super" && self.scope().kind.is_function_like() {
            self.use_class_cell();
        }
    }

    /// A method mentions `super` or `__class__`: it needs the enclosing class's cell.
    fn use_class_cell(&mut self) {
        let mut id = self.cur;
        loop {
            let Some(parent) = self.scopes[id].parent else { return };
            if self.scopes[parent].kind == ScopeKind::Class {
                self.scopes[parent].needs_class_cell = true;
                // Every function scope between the class and here uses the cell.
                let mut f = self.cur;
                while f != parent {
                    self.scopes[f].sym("__class__").used = true;
                    match self.scopes[f].parent {
                        Some(p) => f = p,
                        None => break,
                    }
                }
                return;
            }
            if !self.scopes[parent].kind.is_function_like() {
                return;
            }
            id = parent;
        }
    }

    fn declare(&mut self, names: &[ast::Identifier], global: bool) -> Result<(), CompileError> {
        let kind = self.scope().kind;
        for id in names {
            let name = id.id.as_str();
            let offset = id.range.start().to_u32();
            if !global && kind == ScopeKind::Module {
                return Err(CompileError::syntax("nonlocal declaration not allowed at module level", offset));
            }
            let s = self.scope().sym(name);
            if s.param {
                let what = if global { "global" } else { "nonlocal" };
                return Err(CompileError::syntax(format!("name '{name}' is parameter and {what}"), offset));
            }
            if (s.used || s.assigned) && !(s.global_decl || s.nonlocal_decl) {
                let what = if global { "global" } else { "nonlocal" };
                let verb = if s.assigned { "assigned to" } else { "used" };
                return Err(CompileError::syntax(
                    format!("name '{name}' is {verb} prior to {what} declaration"),
                    offset,
                ));
            }
            if global {
                s.global_decl = true;
            } else {
                s.nonlocal_decl = true;
                s.decl_offset = offset;
            }
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> Result<(), CompileError> {
        let offset = stmt.range().start().to_u32();
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.visit_param_defaults(&f.parameters)?;
                self.bind(f.name.id.as_str(), offset)?;
                let prev = self.enter(node_key(f), ScopeKind::Function);
                self.scope().is_coroutine = f.is_async;
                self.visit_params(&f.parameters);
                self.visit_body(&f.body)?;
                self.cur = prev;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                self.bind(c.name.id.as_str(), offset)?;
                let prev = self.enter(node_key(c), ScopeKind::Class);
                self.visit_body(&c.body)?;
                self.cur = prev;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                for t in &a.targets {
                    self.visit_target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.visit_target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
                if let Expr::Name(n) = &*a.target {
                    if a.value.is_some() || self.scope().kind != ScopeKind::Module {
                        self.bind(n.id.as_str(), offset)?;
                    }
                } else {
                    self.visit_target(&a.target)?;
                }
            }
            Stmt::TypeAlias(t) => {
                self.visit_target(&t.name)?;
                self.visit_expr(&t.value)?;
            }
            Stmt::For(f) => {
                self.visit_expr(&f.iter)?;
                self.visit_target(&f.target)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_target(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.id.as_str(), n.range.start().to_u32())?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.id.as_str();
                    let bound = match &alias.asname {
                        Some(a) => a.id.as_str(),
                        None => full.split('.').next().unwrap_or(full),
                    };
                    self.bind(bound, offset)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.id.as_str() == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(CompileError::syntax("import * only allowed at module level", offset));
                        }
                        continue;
                    }
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(bound.id.as_str(), offset)?;
                }
            }
            Stmt::Global(g) => self.declare(&g.names, true)?,
            Stmt::Nonlocal(n) => self.declare(&n.names, false)?,
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn visit_param_defaults(&mut self, params: &ast::Parameters) -> Result<(), CompileError> {
        for p in params.posonlyargs.iter().chain(params.args.iter()).chain(params.kwonlyargs.iter()) {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_params(&mut self, params: &ast::Parameters) {
        let add = |c: &mut Collector, name: &str| {
            let s = c.scope().sym(name);
            s.param = true;
            s.assigned = true;
            c.scope().params.push(name.to_string());
        };
        for p in params.posonlyargs.iter().chain(params.args.iter()) {
            add(self, p.parameter.name.id.as_str());
        }
        for p in params.kwonlyargs.iter() {
            add(self, p.parameter.name.id.as_str());
        }
        if let Some(v) = &params.vararg {
            add(self, v.name.id.as_str());
        }
        if let Some(k) = &params.kwarg {
            add(self, k.name.id.as_str());
        }
    }

    /// An assignment (or deletion) target.
    fn visit_target(&mut self, target: &Expr) -> Result<(), CompileError> {
        match target {
            Expr::Name(n) => self.bind(n.id.as_str(), n.range.start().to_u32()),
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.visit_target(e)),
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.visit_target(e)),
            Expr::Starred(s) => self.visit_target(&s.value),
            Expr::Attribute(a) => self.visit_expr(&a.value),
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)
            }
            other => self.visit_expr(other),
        }
    }

    fn visit_pattern(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.visit_expr(&v.value),
            P::MatchSingleton(_) => Ok(()),
            P::MatchSequence(s) => s.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
            P::MatchMapping(m) => {
                for k in m.keys.iter() {
                    self.visit_expr(k)?;
                }
                for p in m.patterns.iter() {
                    self.visit_pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.bind(r.id.as_str(), r.range.start().to_u32())?;
                }
                Ok(())
            }
            P::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in c.arguments.patterns.iter() {
                    self.visit_pattern(p)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
                Ok(())
            }
            P::MatchStar(s) => match &s.name {
                Some(n) => self.bind(n.id.as_str(), n.range.start().to_u32()),
                None => Ok(()),
            },
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                match &a.name {
                    Some(n) => self.bind(n.id.as_str(), n.range.start().to_u32()),
                    None => Ok(()),
                }
            }
            P::MatchOr(o) => o.patterns.iter().try_for_each(|p| self.visit_pattern(p)),
        }
    }

    fn visit_comprehension<'a>(
        &mut self,
        key: usize,
        generators: &'a [ast::Comprehension],
        elts: &[&'a Expr],
        is_generator: bool,
    ) -> Result<(), CompileError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter)?;
        }
        let prev = self.enter(key, ScopeKind::Comprehension);
        self.scope().is_generator = is_generator;
        {
            let s = self.scope().sym(".0");
            s.param = true;
            s.assigned = true;
        }
        self.scope().params.push(".0".into());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            self.visit_target(&g.target)?;
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
            if g.is_async {
                self.scope().is_coroutine = true;
            }
        }
        for e in elts {
            self.visit_expr(e)?;
        }
        self.cur = prev;
        Ok(())
    }

    /// `target := value` inside comprehensions binds in the nearest function or module scope.
    fn visit_walrus_target(&mut self, name: &str, offset: u32) -> Result<(), CompileError> {
        if self.scope().kind != ScopeKind::Comprehension {
            return self.bind(name, offset);
        }
        let mut id = self.cur;
        let mut path = vec![];
        while self.scopes[id].kind == ScopeKind::Comprehension {
            path.push(id);
            match self.scopes[id].parent {
                Some(p) => id = p,
                None => break,
            }
        }
        let target_kind = self.scopes[id].kind;
        if target_kind == ScopeKind::Class {
            return Err(CompileError::syntax(
                "assignment expression within a comprehension cannot be used in a class body",
                offset,
            ));
        }
        self.scopes[id].sym(name).assigned = true;
        for c in path {
            let s = self.scopes[c].sym(name);
            s.used = true;
            if target_kind == ScopeKind::Module {
                s.global_decl = true;
            } else {
                s.nonlocal_decl = true;
            }
        }
        Ok(())
    }

    fn visit_expr(&mut self, expr: &Expr) -> Result<(), CompileError> {
        match expr {
            Expr::BoolOp(b) => b.values.iter().try_for_each(|v| self.visit_expr(v))?,
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                if let Expr::Name(t) = &*n.target {
                    self.visit_walrus_target(t.id.as_str(), t.range.start().to_u32())?;
                }
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_param_defaults(p)?;
                }
                let prev = self.enter(node_key(l), ScopeKind::Lambda);
                if let Some(p) = &l.parameters {
                    self.visit_params(p);
                }
                self.visit_expr(&l.body)?;
                self.cur = prev;
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => s.elts.iter().try_for_each(|e| self.visit_expr(e))?,
            Expr::ListComp(c) => self.visit_comprehension(node_key(c), &c.generators, &[&c.elt], false)?,
            Expr::SetComp(c) => self.visit_comprehension(node_key(c), &c.generators, &[&c.elt], false)?,
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.visit_comprehension(node_key(c), &c.generators, &elts, false)?
            }
            Expr::Generator(g) => self.visit_comprehension(node_key(g), &g.generators, &[&g.elt], true)?,
            Expr::Await(a) => {
                self.scope().is_coroutine = true;
                self.visit_expr(&a.value)?
            }
            Expr::Yield(y) => {
                self.mark_generator(expr)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.mark_generator(expr)?;
                self.visit_expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                c.comparators.iter().try_for_each(|e| self.visit_expr(e))?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                c.arguments.args.iter().try_for_each(|e| self.visit_expr(e))?;
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for e in f.value.elements() {
                    self.visit_interpolation(e)?;
                }
            }
            Expr::TString(_) => {}
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => match n.ctx {
                ast::ExprContext::Load => {
                    let name = n.id.as_str();
                    if name == "__class__" {
                        self.use_class_cell();
                    }
                    self.use_name(name)
                }
                _ => self.bind(n.id.as_str(), n.range.start().to_u32())?,
            },
            Expr::List(l) => l.elts.iter().try_for_each(|e| self.visit_expr(e))?,
            Expr::Tuple(t) => t.elts.iter().try_for_each(|e| self.visit_expr(e))?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn visit_interpolation(&mut self, e: &ast::InterpolatedStringElement) -> Result<(), CompileError> {
        if let ast::InterpolatedStringElement::Interpolation(i) = e {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for e in spec.elements.iter() {
                    self.visit_interpolation(e)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, expr: &Expr) -> Result<(), CompileError> {
        let offset = expr.range().start().to_u32();
        let (kind, is_gen) = (self.scope().kind, self.scope().is_generator);
        match kind {
            ScopeKind::Module | ScopeKind::Class => Err(CompileError::syntax("'yield' outside function", offset)),
            ScopeKind::Comprehension if !is_gen => {
                Err(CompileError::syntax("'yield' inside list comprehension", offset))
            }
            _ => {
                self.scope().is_generator = true;
                Ok(())
            }
        }
    }
}
