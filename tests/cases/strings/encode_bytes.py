# str.encode to bytes with different encodings
for s in ["hello", "héllo", "naïve", "€100", "日本", "🙂", ""]:
    b = s.encode()
    print(repr(s), "utf-8:", b, "len", len(b), "chars", len(s))
print("ascii:", "abc".encode("ascii"))
print("latin-1:", "café".encode("latin-1"))
print("utf-8 explicit:", "café".encode("utf-8"))
print("ignore:", "café".encode("ascii", "ignore"))
print("replace:", "café".encode("ascii", "replace"))
print("roundtrip:", "日本".encode().decode() == "日本")
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
