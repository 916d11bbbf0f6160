config = {
    "name": "app",
    "version": 3,
    "servers": [
        {"host": "a.example", "ports": [80, 443], "tags": {"env": "prod"}},
        {"host": "b.example", "ports": [8080], "tags": {"env": "dev", "owner": "ops"}},
    ],
    "features": {"beta": True, "limits": {"rps": 100, "burst": [10, 20]}},
    "empty": [],
}

def leaves(node, path=""):
    out = []
    if isinstance(node, dict):
        for k, v in node.items():
            out.extend(leaves(v, f"{path}.{k}" if path else k))
    elif isinstance(node, list):
        if not node:
            out.append((path, "[]"))
        for i, v in enumerate(node):
            out.extend(leaves(v, f"{path}[{i}]"))
    else:
        out.append((path, node))
    return out

for p, v in leaves(config):
    print(f"{p} = {v!r}")

def count_types(node, acc):
    t = type(node).__name__
    acc[t] = acc.get(t, 0) + 1
    if isinstance(node, dict):
        for v in node.values():
            count_types(v, acc)
    elif isinstance(node, list):
        for v in node:
            count_types(v, acc)
    return acc
print("type counts:", count_types(config, {}))

def depth(node):
    if isinstance(node, dict):
        return 1 + max((depth(v) for v in node.values()), default=0)
    if isinstance(node, list):
        return 1 + max((depth(v) for v in node), default=0)
    return 0
print("depth:", depth(config))

def find_all(node, key):
    found = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key:
                found.append(v)
            found.extend(find_all(v, key))
    elif isinstance(node, list):
        for v in node:
            found.extend(find_all(v, key))
    return found
print("all 'env':", find_all(config, "env"))
print("all ports:", [p for ps in find_all(config, "ports") for p in ps])

def get(node, dotted):
    cur = node
    for part in dotted.split("."):
        if isinstance(cur, list):
            cur = cur[int(part)]
        else:
            cur = cur[part]
    return cur
for q in ["servers.1.tags.owner", "features.limits.burst.1", "servers.2.host", "features.nope"]:
    try:
        print(q, "->", get(config, q))
    except (KeyError, IndexError) as e:
        print(q, "->", type(e).__name__, e)
