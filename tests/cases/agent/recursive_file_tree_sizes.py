TREE = {
    "src": {
        "main.rs": 1200,
        "lib.rs": 800,
        "vm": {"eval.rs": 5400, "stack.rs": 900, "ops": {"add.rs": 120, "mul.rs": 140}},
        "parser": {"lexer.rs": 2100, "ast.rs": 1750},
    },
    "tests": {"basic.py": 300, "big.py": 4096, "empty": {}},
    "README.md": 640,
    "Cargo.toml": 210,
}

def size(node):
    if isinstance(node, int):
        return node
    return sum(size(child) for child in node.values())

def count_files(node):
    if isinstance(node, int):
        return 1
    return sum(count_files(c) for c in node.values())

def render(node, name=".", prefix="", last=True, top=True):
    label = f"{name}/" if isinstance(node, dict) else name
    line = label if top else prefix + ("`-- " if last else "|-- ") + label
    print(f"{line} ({size(node)})")
    if isinstance(node, dict):
        kids = sorted(node.items(), key=lambda kv: (isinstance(kv[1], int), kv[0]))
        child_prefix = "" if top else prefix + ("    " if last else "|   ")
        for i, (k, v) in enumerate(kids):
            render(v, k, child_prefix, i == len(kids) - 1, False)

render(TREE)
print("total bytes:", size(TREE))
print("file count:", count_files(TREE))

def flatten(node, path=""):
    if isinstance(node, int):
        return [(path, node)]
    out = []
    for k, v in node.items():
        out.extend(flatten(v, f"{path}/{k}" if path else k))
    return out

files = flatten(TREE)
print("largest 3:")
for p, s in sorted(files, key=lambda f: -f[1])[:3]:
    print(f"  {s:>6}  {p}")
by_ext = {}
for p, s in files:
    ext = p.rsplit(".", 1)[-1] if "." in p.rsplit("/", 1)[-1] else "(none)"
    by_ext[ext] = by_ext.get(ext, 0) + s
print("bytes by extension:", dict(sorted(by_ext.items())))
empty_dirs = []
def find_empty(node, path):
    if isinstance(node, dict):
        if not node:
            empty_dirs.append(path)
        for k, v in node.items():
            find_empty(v, f"{path}/{k}")
find_empty(TREE, ".")
print("empty dirs:", empty_dirs)
