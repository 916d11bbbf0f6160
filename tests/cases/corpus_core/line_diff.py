def lcs_table(a, b):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = t[i + 1][j + 1] + 1
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    return t

def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    ops = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append(("  ", a[i]))
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(("- ", a[i]))
            i += 1
        else:
            ops.append(("+ ", b[j]))
            j += 1
    ops.extend(("- ", x) for x in a[i:])
    ops.extend(("+ ", x) for x in b[j:])
    return ops

old = """def greet(name):
    print("Hello", name)
    return None

greet("bob")""".splitlines()
new = """def greet(name, punct="!"):
    print("Hello", name)
    print("Bye")
    return None

greet("bob")
greet("amy")""".splitlines()

ops = diff(old, new)
for tag, line in ops:
    print(tag + line)
added = sum(1 for t, _ in ops if t == "+ ")
removed = sum(1 for t, _ in ops if t == "- ")
print(f"+{added} -{removed} ={len(ops) - added - removed}")
print(diff(list("kitten"), list("sitting")))
print("".join(t[0] for t, _ in diff("abcdef", "abxdefg")))
