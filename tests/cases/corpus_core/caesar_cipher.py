def shift_char(c, k):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    return c

def encrypt(text, k):
    return "".join(shift_char(c, k) for c in text)

def decrypt(text, k):
    return encrypt(text, -k)

msg = "Attack at Dawn! Meet at the old mill, 5pm."
for k in (1, 3, 13, 25, 26, -4):
    enc = encrypt(msg, k)
    print(f"k={k:>3}: {enc}")
    assert decrypt(enc, k) == msg

english_freq = "etaoinshrdlu"
def score(text):
    return sum(len(english_freq) - english_freq.index(c) for c in text.lower() if c in english_freq)

secret = encrypt("the secret password is hidden in the garden", 7)
print("secret:", secret)
best = max(range(26), key=lambda k: score(decrypt(secret, k)))
print("best key:", best, "->", decrypt(secret, best))
scores = sorted(((score(decrypt(secret, k)), k) for k in range(26)), reverse=True)[:3]
print("top scores:", scores)

table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba")
print("atbash:", "hello world".translate(table))
print("rot13 twice:", encrypt(encrypt("Round Trip", 13), 13))
