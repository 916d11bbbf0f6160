def to_sparse(dense):
    return {i: v for i, v in enumerate(dense) if v != 0}

def to_dense(sparse, n):
    return [sparse.get(i, 0) for i in range(n)]

def dot(a, b):
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[i] for i, v in a.items() if i in b)

def add(a, b):
    out = dict(a)
    for i, v in b.items():
        out[i] = out.get(i, 0) + v
        if out[i] == 0:
            del out[i]
    return out

def scale(a, k):
    return {i: v * k for i, v in a.items()} if k else {}

def norm(a):
    return sum(v * v for v in a.values()) ** 0.5

u = to_sparse([0, 3, 0, 0, 4, 0, 0, 1])
v = to_sparse([1, -3, 0, 0, 0, 0, 2, 0])
print("u =", u)
print("v =", v)
print("u.v =", dot(u, v))
print("u+v =", add(u, v), to_dense(add(u, v), 8))
print("2u =", scale(u, 2), "0u =", scale(u, 0))
print(f"|u| = {norm(u):.4f}, |v| = {norm(v):.4f}")
cos = dot(u, v) / (norm(u) * norm(v))
print(f"cosine = {cos:.6f}")

docs = ["the cat sat", "the dog sat down", "a cat and a dog", "down down down"]
vocab = sorted({w for d in docs for w in d.split()})
print("vocab:", vocab)
vecs = []
for d in docs:
    vec = {}
    for w in d.split():
        idx = vocab.index(w)
        vec[idx] = vec.get(idx, 0) + 1
    vecs.append(vec)
    print(f"{d!r:20} {vec}")
for i in range(len(docs)):
    sims = []
    for j in range(len(docs)):
        if i != j:
            s = dot(vecs[i], vecs[j]) / (norm(vecs[i]) * norm(vecs[j]))
            sims.append((round(s, 3), j))
    print(i, "most similar:", max(sims))
