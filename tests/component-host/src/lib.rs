//! Hosting the monty-wasm component in wasmtime: load it once, make instances, and convert
//! values between the WIT node lists and the native library's `MontyObject`.
//!
//! The component is `target/wasm32-wasip2/release/monty_wasm.wasm` (override with
//! `MONTY_COMPONENT`), the command-line tool `.../monty.wasm` (`MONTY_CLI_COMPONENT`).

use std::path::PathBuf;
use std::rc::Rc;

use monty_wasm::MontyObject;
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

wasmtime::component::bindgen!({
    world: "sandbox",
    path: "../../wit",
});

pub use exports::monty::sandbox::interpreter as iface;
pub use exports::monty::sandbox::types;

/// What each store holds: WASI state (std makes every component import WASI p2).
pub struct HostState {
    wasi: WasiCtx,
    table: ResourceTable,
}

impl WasiView for HostState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl HostState {
    /// No arguments, no environment, no files, no inherited stdio: the interpreter needs none.
    pub fn sealed() -> HostState {
        HostState::with(WasiCtx::builder().build())
    }

    pub fn with(wasi: WasiCtx) -> HostState {
        HostState { wasi, table: ResourceTable::new() }
    }
}

fn artifact(var: &str, file: &str) -> PathBuf {
    match std::env::var_os(var) {
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/wasm32-wasip2/release").join(file),
    }
}

/// The interpreter component's path.
pub fn component_path() -> PathBuf {
    artifact("MONTY_COMPONENT", "monty_wasm.wasm")
}

/// The `monty` command component's path.
pub fn cli_component_path() -> PathBuf {
    artifact("MONTY_CLI_COMPONENT", "monty.wasm")
}

/// A compiled component, ready to instantiate many times.
pub struct Runtime {
    pub engine: Engine,
    pub pre: SandboxPre<HostState>,
}

impl Runtime {
    /// Compile the component with `config` (fuel, epochs, pooling... as the caller wants).
    pub fn with_config(config: &Config) -> wasmtime::Result<Runtime> {
        let engine = Engine::new(config)?;
        let path = component_path();
        let component = Component::from_file(&engine, &path)
            .map_err(|e| e.context(format!("loading {} (build it with ./build.sh component)", path.display())))?;
        let mut linker = Linker::new(&engine);
        wasmtime_wasi::p2::add_to_linker_sync(&mut linker)?;
        let pre = SandboxPre::new(linker.instantiate_pre(&component)?)?;
        Ok(Runtime { engine, pre })
    }

    pub fn new() -> wasmtime::Result<Runtime> {
        Runtime::with_config(&Config::new())
    }

    /// A fresh instance in its own store.
    pub fn instance(&self) -> wasmtime::Result<Instance> {
        self.instance_in(Store::new(&self.engine, HostState::sealed()))
    }

    /// A fresh instance in a store the caller prepared (with fuel, limits...).
    pub fn instance_in(&self, mut store: Store<HostState>) -> wasmtime::Result<Instance> {
        let sandbox = Rc::new(self.pre.instantiate(&mut store)?);
        Ok(Instance { store, sandbox })
    }
}

/// One instance of the component and its store.
pub struct Instance {
    pub store: Store<HostState>,
    /// Shared so that callers can hold the exports while using the store mutably.
    pub sandbox: Rc<Sandbox>,
}

impl Instance {
    pub fn api(&self) -> &iface::Guest {
        self.sandbox.monty_sandbox_interpreter()
    }
}

/// Options for a program with these inputs and external functions.
pub fn options(inputs: &[&str], functions: &[&str]) -> iface::Options {
    iface::Options {
        script_name: String::new(),
        input_names: inputs.iter().map(|s| s.to_string()).collect(),
        external_functions: functions.iter().map(|s| s.to_string()).collect(),
    }
}

/// No limits at all.
pub fn no_limits() -> types::Limits {
    types::Limits {
        max_memory: None,
        max_allocations: None,
        max_duration_secs: None,
        max_instructions: None,
        max_recursion_depth: None,
        gc_interval: None,
    }
}

/// A native value as a WIT node list (pre-order, root first).
pub fn to_wit(obj: &MontyObject) -> types::Value {
    let mut nodes = Vec::new();
    push(&mut nodes, obj);
    types::Value { nodes }
}

fn push(nodes: &mut Vec<types::Node>, obj: &MontyObject) -> u32 {
    use types::Node;
    let index = nodes.len();
    nodes.push(Node::None);
    let all = |nodes: &mut Vec<Node>, items: &[MontyObject]| items.iter().map(|i| push(nodes, i)).collect();
    let node = match obj {
        MontyObject::None => Node::None,
        MontyObject::Ellipsis => Node::Ellipsis,
        MontyObject::Bool(b) => Node::Boolean(*b),
        MontyObject::Int(i) => Node::Int(*i),
        MontyObject::BigInt(i) => Node::BigInt(i.to_string()),
        MontyObject::Float(f) => Node::Float(*f),
        MontyObject::String(s) => Node::Str(s.clone()),
        MontyObject::Bytes(b) => Node::Bytes(b.clone()),
        MontyObject::List(items) => Node::List(all(nodes, items)),
        MontyObject::Tuple(items) => Node::Tuple(all(nodes, items)),
        MontyObject::Set(items) => Node::Set(all(nodes, items)),
        MontyObject::FrozenSet(items) => Node::FrozenSet(all(nodes, items)),
        MontyObject::Dict(pairs) => Node::Dict(pairs.iter().map(|(k, v)| (push(nodes, k), push(nodes, v))).collect()),
        MontyObject::Path(p) => Node::Path(p.clone()),
        MontyObject::Function { name } => Node::Function(name.clone()),
        MontyObject::Exception { exc_type, message } => {
            Node::Exception(types::Exception { exc_type: exc_type.clone(), message: message.clone() })
        }
        other => Node::Repr(other.py_repr()),
    };
    nodes[index] = node;
    index as u32
}

/// A WIT node list from the component as a native value.
pub fn from_wit(value: &types::Value) -> MontyObject {
    node(&value.nodes, 0)
}

fn node(nodes: &[types::Node], at: u32) -> MontyObject {
    use types::Node;
    let all = |items: &[u32]| items.iter().map(|&i| node(nodes, i)).collect();
    match &nodes[at as usize] {
        Node::None => MontyObject::None,
        Node::Ellipsis => MontyObject::Ellipsis,
        Node::Boolean(b) => MontyObject::Bool(*b),
        Node::Int(i) => MontyObject::Int(*i),
        Node::BigInt(text) => parse_big(text),
        Node::Float(f) => MontyObject::Float(*f),
        Node::Str(s) => MontyObject::String(s.clone()),
        Node::Bytes(b) => MontyObject::Bytes(b.clone()),
        Node::List(items) => MontyObject::List(all(items)),
        Node::Tuple(items) => MontyObject::Tuple(all(items)),
        Node::Set(items) => MontyObject::Set(all(items)),
        Node::FrozenSet(items) => MontyObject::FrozenSet(all(items)),
        Node::Dict(pairs) => MontyObject::Dict(pairs.iter().map(|&(k, v)| (node(nodes, k), node(nodes, v))).collect()),
        Node::NamedTuple(t) => MontyObject::NamedTuple {
            type_name: t.type_name.clone(),
            field_names: t.field_names.clone(),
            values: all(&t.items),
        },
        Node::Exception(e) => MontyObject::Exception { exc_type: e.exc_type.clone(), message: e.message.clone() },
        Node::Dataclass(d) => MontyObject::Dataclass {
            name: d.name.clone(),
            fields: d.fields.iter().map(|(name, i)| (name.clone(), node(nodes, *i))).collect(),
            frozen: d.frozen,
        },
        Node::Path(p) => MontyObject::Path(p.clone()),
        Node::Function(name) => MontyObject::Function { name: name.clone() },
        Node::Repr(r) => MontyObject::Repr(r.clone()),
        Node::Cycle(r) => MontyObject::Cycle(r.clone()),
    }
}

/// A big-int node's decimal text (the component only sends valid ones).
fn parse_big(text: &str) -> MontyObject {
    match text.parse() {
        Ok(big) => MontyObject::BigInt(big),
        Err(_) => MontyObject::Repr(format!("<bad big-int {text:?}>")),
    }
}
