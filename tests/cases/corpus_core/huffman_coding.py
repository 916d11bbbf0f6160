def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    nodes.sort()
    while len(nodes) > 1:
        a = nodes.pop(0)
        b = nodes.pop(0)
        merged = (a[0] + b[0], counter, (a, b))
        counter += 1
        i = 0
        while i < len(nodes) and nodes[i][:2] < merged[:2]:
            i += 1
        nodes.insert(i, merged)
    return nodes[0], freq

def assign(node, prefix, codes):
    payload = node[2]
    if isinstance(payload, str):
        codes[payload] = prefix or "0"
    else:
        assign(payload[0], prefix + "0", codes)
        assign(payload[1], prefix + "1", codes)
    return codes

def decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    return "".join(out)

for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog"]:
    tree, freq = build_tree(text)
    codes = assign(tree, "", {})
    bits = "".join(codes[c] for c in text)
    print(f"text: {text!r}")
    for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
        print(f"   {ch!r}: freq={freq[ch]:<3} code={codes[ch]}")
    print(f"   bits={len(bits)} vs fixed={8 * len(text)} ratio={len(bits) / (8 * len(text)):.3f}")
    print("   decoded ok:", decode(bits, codes) == text)
    print("   prefix-free:", not any(a != b and codes[b].startswith(codes[a]) for a in codes for b in codes))
