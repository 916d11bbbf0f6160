//! Bounded searches through nested containers ("does this list hold a user object?"): each
//! container is visited once, so shared or self-referencing structures stay cheap, and a
//! budget caps the work on huge ones.

use std::collections::HashSet;

use super::Vm;
use crate::objects::Object;
use crate::value::Value;

/// Containers looked into before giving up (and answering `on_budget`).
const BUDGET: usize = 10_000;

/// Which containers a search descends into.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Through {
    /// Tuples only (hash keys).
    Tuples,
    /// Lists, tuples and dict values (comparisons).
    Sequences,
    /// Lists, tuples, dict keys and values, sets (printing).
    Everything,
}

impl Vm {
    /// Is there a value satisfying `hit` in `root` or the containers it holds?
    pub(super) fn reaches(
        &self,
        root: Value,
        through: Through,
        on_budget: bool,
        hit: impl Fn(&Vm, Value) -> bool,
    ) -> bool {
        if hit(self, root) {
            return true;
        }
        if !self.is_walkable(root, through) {
            return false;
        }
        let mut stack = vec![root];
        let mut seen: HashSet<u32> = HashSet::new();
        while let Some(v) = stack.pop() {
            let Value::Ref(id) = v else { continue };
            if !seen.insert(id.0) {
                continue;
            }
            if seen.len() > BUDGET {
                return on_budget;
            }
            let mut visit = |x: Value| {
                if hit(self, x) {
                    return true;
                }
                if self.is_walkable(x, through) {
                    stack.push(x);
                }
                false
            };
            let found = match self.heap.get(id) {
                Object::Tuple(items) => items.iter().any(|x| visit(*x)),
                Object::List(items) if through != Through::Tuples => items.iter().any(|x| visit(*x)),
                Object::Dict(d) if through == Through::Sequences => d.values().any(&mut visit),
                Object::Dict(d) if through == Through::Everything => {
                    d.iter_entries().any(|e| visit(e.key) || visit(e.value))
                }
                Object::Set(s) | Object::FrozenSet(s) if through == Through::Everything => s.iter().any(&mut visit),
                _ => false,
            };
            if found {
                return true;
            }
        }
        false
    }

    fn is_walkable(&self, v: Value, through: Through) -> bool {
        let Value::Ref(id) = v else { return false };
        match self.heap.get(id) {
            Object::Tuple(items) => !items.is_empty(),
            Object::List(items) => through != Through::Tuples && !items.is_empty(),
            Object::Dict(d) => through != Through::Tuples && !d.is_empty(),
            Object::Set(s) | Object::FrozenSet(s) => through == Through::Everything && !s.is_empty(),
            _ => false,
        }
    }
}
