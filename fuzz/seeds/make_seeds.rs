//! Write valid snapshots of every kind into a folder, as the fuzzer's starting corpus.

use monty_wasm::{ExternalResult, Limits, Monty, MontyObject, MontyOptions, PrintWriter, Progress, Repl};

const PROGRAM: &str = r#"
import asyncio
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
def walk(n):
    while n:
        yield n.v
        n = n.nxt
chain = Node(1, Node(2, Node(3)))
data = {"k": [1, 2.5, "s", b"b", (1,), {3, 4}], "big": 2 ** 80}
total = sorted(walk(chain), key=lambda v: tool(v))
try:
    tool("fail")
except Exception as e:
    print(e, MISSING)
async def main():
    return await asyncio.gather(tool("a"), tool("b"))
print(asyncio.run(main()), os_thing if False else 0)
"#;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "corpus/snapshot_load".into());
    std::fs::create_dir_all(&dir).expect("create the corpus folder");
    let mut n = 0;
    let mut save = |bytes: Vec<u8>| {
        std::fs::write(format!("{dir}/seed{n:03}"), bytes).expect("write a seed");
        n += 1;
    };
    let monty = Monty::new(PROGRAM, "seed.py", &[], MontyOptions::with_functions(&["tool"])).expect("compiles");
    save(monty.dump());
    let mut p = monty.start(Vec::new(), Limits::default(), PrintWriter::Discard).expect("starts");
    loop {
        if let Ok(bytes) = p.dump() {
            save(bytes);
        }
        p = match &mut p {
            Progress::Complete(_) => break,
            Progress::FunctionCall(c) if matches!(c.args.first(), Some(MontyObject::String(s)) if s != "fail") => {
                c.resume(ExternalResult::Future, PrintWriter::Discard)
            }
            Progress::FunctionCall(c) => c.resume(ExternalResult::Return(MontyObject::Int(5)), PrintWriter::Discard),
            Progress::NameLookup(l) => l.resume(Some(MontyObject::from("found")), PrintWriter::Discard),
            Progress::OsCall(o) => o.resume_unhandled(PrintWriter::Discard),
            Progress::ResolveFutures(f) => {
                let ids = f.pending_call_ids.iter().map(|id| (*id, ExternalResult::Return(MontyObject::Int(9)))).collect();
                f.resume(ids, PrintWriter::Discard)
            }
        }
        .expect("the seed program runs");
    }
    let mut repl = Repl::new("<repl>", MontyOptions::default(), Limits::default());
    for feed in ["x = 1", "def f(a):\n    return a * x", "class C:\n    n = f(2)", "s = {1, 2}; g = (i for i in range(9)); next(g)"] {
        let _ = repl.feed(feed, PrintWriter::Discard);
        save(repl.dump().expect("dumps"));
    }
    println!("{n} seeds in {dir}");
}
