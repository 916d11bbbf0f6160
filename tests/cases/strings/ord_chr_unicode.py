# ord/chr and unicode lengths
for ch in ["A", "a", "0", " ", "\n", "é", "ï", "€", "日", "🙂", "\x00", "\x7f"]:
    print(repr(ch), ord(ch), hex(ord(ch)))
print(chr(65), chr(97), chr(8364), chr(128578), chr(233))
print("".join(chr(c) for c in range(ord("a"), ord("f"))))
for s in ["héllo", "naïve", "🙂🙂", "日本語", "e\u0301"]:
    print(repr(s), "len", len(s), "utf8 len", len(s.encode()))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in "hello, world")
print("caesar:", caesar)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
