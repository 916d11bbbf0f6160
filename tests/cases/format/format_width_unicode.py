# Width counts code points, not bytes or display width
words = ["abc", "héllo", "naïve", "日本", "🙂", "e\u0301"]
for w in words:
    print(f"|{w:<8}|{w:>8}|{w:^8}| len={len(w)}")
print("%-6s|%6s|" % ("é", "日本"))
print("{:_^7}".format("ü"))
print(f"{'Σ':*>3}")
print("%5s|" % "ab", "%-5s|" % "日本語")
print(f"{'ab':.1}|{'日本語':.2}|{'🙂🙂':.1}|")
print(len(f"{'é':>10}"), len(f"{'é':>10}".encode()))
