def rle_encode(s):
    if not s:
        return []
    runs = []
    current, count = s[0], 1
    for ch in s[1:]:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current, count = ch, 1
    runs.append((current, count))
    return runs

def to_string(runs):
    return "".join(f"{n}{c}" if n > 1 else c for c, n in runs)

def rle_decode(encoded):
    out = []
    num = ""
    for ch in encoded:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * (int(num) if num else 1))
            num = ""
    return "".join(out)

tests = ["aaabbbcccd", "abcd", "", "wwwwwwwwwwwwbbbx", "aabbaa", "zzzzzzzzzzzzzzzzzzzzzzzzz"]
for t in tests:
    runs = rle_encode(t)
    enc = to_string(runs)
    dec = rle_decode(enc)
    ratio = len(enc) / len(t) if t else 0.0
    print(f"{t!r:30} -> {enc!r:14} runs={len(runs)} ok={dec == t} ratio={ratio:.2f}")

print(rle_encode("mississippi"))
longest = max(rle_encode("aabbbbbccddddddde"), key=lambda r: r[1])
print("longest run:", longest)
bits = "0001111100000011"
print("bit runs:", [n for _, n in rle_encode(bits)])
print(rle_decode("3a2b10c"), len(rle_decode("12x")))
