tree = {"value": 1, "children": [
    {"value": 2, "children": [{"value": 4, "children": []}, {"value": 5, "children": []}]},
    {"value": 3, "children": [{"value": 6, "children": [{"value": 7, "children": []}]}]},
]}
def total(node):
    return node["value"] + sum(total(c) for c in node["children"])
def height(node):
    return 1 + max((height(c) for c in node["children"]), default=0)
def leaves(node):
    if not node["children"]:
        return [node["value"]]
    out = []
    for c in node["children"]:
        out.extend(leaves(c))
    return out
def paths(node, prefix=()):
    cur = prefix + (node["value"],)
    if not node["children"]:
        return [cur]
    return [p for c in node["children"] for p in paths(c, cur)]
def show(node, indent=0):
    print("  " * indent + str(node["value"]))
    for c in node["children"]:
        show(c, indent + 1)
print("total:", total(tree))
print("height:", height(tree))
print("leaves:", leaves(tree))
print("paths:", paths(tree))
show(tree)
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print("flatten:", flatten([1, [2, [3, [4]], 5], [[6]]]))
