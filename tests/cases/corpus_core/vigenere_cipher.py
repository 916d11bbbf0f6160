ALPHA = "abcdefghijklmnopqrstuvwxyz"

def vigenere(text, key, decrypt=False):
    result = []
    ki = 0
    shifts = [ALPHA.index(k) for k in key.lower() if k in ALPHA]
    if not shifts:
        raise ValueError("key must contain letters")
    for ch in text:
        low = ch.lower()
        if low in ALPHA:
            s = shifts[ki % len(shifts)]
            if decrypt:
                s = -s
            new = ALPHA[(ALPHA.index(low) + s) % 26]
            result.append(new.upper() if ch.isupper() else new)
            ki += 1
        else:
            result.append(ch)
    return "".join(result)

plain = "Attack at dawn, hold the Northern Bridge!"
for key in ["LEMON", "key", "a", "Zebra-9"]:
    enc = vigenere(plain, key)
    dec = vigenere(enc, key, decrypt=True)
    print(f"{key:>8}: {enc}")
    print(f"{'':>8}  {dec}  ok={dec == plain}")

try:
    vigenere("x", "123")
except ValueError as e:
    print("ValueError:", e)

freq = {}
for ch in vigenere(plain * 3, "lemon").lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("cipher freq top:", top)
print(" ".join(f"{c}{n}" for c, n in sorted(freq.items())))
