# Unicode text handling
words = ["héllo", "naïve", "café", "Zürich", "日本語", "🙂 smile", "Ωmega", "straße"]
for w in words:
    print(w, len(w), w.upper(), w[::-1], w.isalpha())
s = "Ünïcödé"
print([c for c in s if ord(c) > 127])
print(sum(1 for c in s if not c.isascii()))
print(s.encode("utf-8"))
print(len(s.encode("utf-8")))
print("é" == "\u00e9", "e\u0301" == "é")
print(sorted(["é", "e", "f", "z", "É"]))
print("🙂".join(["a", "b", "c"]))
print("x🙂y".split("🙂"))
print("日本語テキスト".find("テ"))
print("ab🙂cd"[2], "ab🙂cd"[3:])
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle())
