//! Python values as WIT node lists (see `value` in `wit/types.wit`): a boundary value's tree
//! written out in pre-order, node 0 the root, containers naming their items by index.

use num_bigint::BigInt;

use super::wit::types::{Dataclass, Exception, NamedTuple, Node, Value};
use crate::api::{MAX_DEPTH, MontyObject};

/// A value's node list.
pub fn to_wit(obj: &MontyObject) -> Value {
    let mut nodes = Vec::new();
    push(&mut nodes, obj);
    Value { nodes }
}

/// Append `obj` and its items; returns its index.
fn push(nodes: &mut Vec<Node>, obj: &MontyObject) -> u32 {
    let index = nodes.len();
    nodes.push(Node::None);
    let node = match obj {
        MontyObject::None => Node::None,
        MontyObject::Ellipsis => Node::Ellipsis,
        MontyObject::Bool(b) => Node::Boolean(*b),
        MontyObject::Int(i) => Node::Int(*i),
        MontyObject::BigInt(i) => Node::BigInt(i.to_string()),
        MontyObject::Float(f) => Node::Float(*f),
        MontyObject::String(s) => Node::Str(s.clone()),
        MontyObject::Bytes(b) => Node::Bytes(b.clone()),
        MontyObject::List(items) => Node::List(push_all(nodes, items)),
        MontyObject::Tuple(items) => Node::Tuple(push_all(nodes, items)),
        MontyObject::Set(items) => Node::Set(push_all(nodes, items)),
        MontyObject::FrozenSet(items) => Node::FrozenSet(push_all(nodes, items)),
        MontyObject::Dict(pairs) => Node::Dict(pairs.iter().map(|(k, v)| (push(nodes, k), push(nodes, v))).collect()),
        MontyObject::NamedTuple { type_name, field_names, values } => Node::NamedTuple(NamedTuple {
            type_name: type_name.clone(),
            field_names: field_names.clone(),
            items: push_all(nodes, values),
        }),
        MontyObject::Exception { exc_type, message } => {
            Node::Exception(Exception { exc_type: exc_type.clone(), message: message.clone() })
        }
        MontyObject::Dataclass { name, fields, frozen } => Node::Dataclass(Dataclass {
            name: name.clone(),
            fields: fields.iter().map(|(field, v)| (field.clone(), push(nodes, v))).collect(),
            frozen: *frozen,
        }),
        MontyObject::Path(p) => Node::Path(p.clone()),
        MontyObject::Function { name } => Node::Function(name.clone()),
        MontyObject::Repr(r) => Node::Repr(r.clone()),
        MontyObject::Cycle(r) => Node::Cycle(r.clone()),
    };
    nodes[index] = node;
    index as u32
}

fn push_all(nodes: &mut Vec<Node>, items: &[MontyObject]) -> Vec<u32> {
    items.iter().map(|item| push(nodes, item)).collect()
}

/// Read a host's node list. Nothing is trusted: every node but the root must be the item of
/// exactly one container listed before it, and nesting is bounded, so a malformed list is an
/// error rather than a cycle, an exponential blow-up of shared nodes, or a deep recursion.
pub fn from_wit(value: &Value) -> Result<MontyObject, String> {
    if value.nodes.is_empty() {
        return Err("a value needs at least one node".into());
    }
    let mut reader = Reader { nodes: &value.nodes, used: vec![false; value.nodes.len()] };
    reader.used[0] = true;
    let obj = reader.node(0, 0)?;
    match reader.used.iter().position(|used| !used) {
        Some(unused) => Err(format!("node {unused} is not part of the value")),
        None => Ok(obj),
    }
}

struct Reader<'a> {
    nodes: &'a [Node],
    used: Vec<bool>,
}

impl Reader<'_> {
    /// The item at `index` of the container at `parent`.
    fn item(&mut self, parent: usize, index: u32, depth: usize) -> Result<MontyObject, String> {
        let i = index as usize;
        if i <= parent || i >= self.nodes.len() {
            return Err(format!(
                "node {parent} refers to node {index}: items must come after their container, within the {} nodes",
                self.nodes.len()
            ));
        }
        if std::mem::replace(&mut self.used[i], true) {
            return Err(format!("node {index} is the item of more than one container"));
        }
        self.node(i, depth + 1)
    }

    fn items(&mut self, parent: usize, indices: &[u32], depth: usize) -> Result<Vec<MontyObject>, String> {
        indices.iter().map(|&i| self.item(parent, i, depth)).collect()
    }

    fn node(&mut self, at: usize, depth: usize) -> Result<MontyObject, String> {
        if depth > MAX_DEPTH {
            return Err(format!("value is nested more than {MAX_DEPTH} levels deep"));
        }
        Ok(match &self.nodes[at] {
            Node::None => MontyObject::None,
            Node::Ellipsis => MontyObject::Ellipsis,
            Node::Boolean(b) => MontyObject::Bool(*b),
            Node::Int(i) => MontyObject::Int(*i),
            Node::BigInt(text) => {
                let big: BigInt = text.parse().map_err(|_| format!("big-int {text:?} is not an integer"))?;
                match i64::try_from(&big) {
                    Ok(i) => MontyObject::Int(i),
                    Err(_) => MontyObject::BigInt(big),
                }
            }
            Node::Float(f) => MontyObject::Float(*f),
            Node::Str(s) => MontyObject::String(s.clone()),
            Node::Bytes(b) => MontyObject::Bytes(b.clone()),
            Node::List(items) => MontyObject::List(self.items(at, items, depth)?),
            Node::Tuple(items) => MontyObject::Tuple(self.items(at, items, depth)?),
            Node::Set(items) => MontyObject::Set(self.items(at, items, depth)?),
            Node::FrozenSet(items) => MontyObject::FrozenSet(self.items(at, items, depth)?),
            Node::Dict(pairs) => {
                let mut out = Vec::with_capacity(pairs.len());
                for &(k, v) in pairs {
                    out.push((self.item(at, k, depth)?, self.item(at, v, depth)?));
                }
                MontyObject::Dict(out)
            }
            Node::NamedTuple(t) => {
                if t.field_names.len() != t.items.len() {
                    return Err(format!(
                        "named tuple {} has {} field names and {} items",
                        t.type_name,
                        t.field_names.len(),
                        t.items.len()
                    ));
                }
                MontyObject::NamedTuple {
                    type_name: t.type_name.clone(),
                    field_names: t.field_names.clone(),
                    values: self.items(at, &t.items, depth)?,
                }
            }
            Node::Exception(e) => MontyObject::Exception { exc_type: e.exc_type.clone(), message: e.message.clone() },
            Node::Dataclass(d) => {
                let mut fields = Vec::with_capacity(d.fields.len());
                for (name, i) in &d.fields {
                    fields.push((name.clone(), self.item(at, *i, depth)?));
                }
                MontyObject::Dataclass { name: d.name.clone(), fields, frozen: d.frozen }
            }
            Node::Path(p) => MontyObject::Path(p.clone()),
            Node::Function(name) => MontyObject::Function { name: name.clone() },
            Node::Repr(r) => MontyObject::Repr(r.clone()),
            Node::Cycle(r) => MontyObject::Cycle(r.clone()),
        })
    }
}
