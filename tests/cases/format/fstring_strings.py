# String formatting in f-strings: alignment, fill, truncation, conversions
s = "hello"
print(f"[{s:^20}]")
print(f"[{s:*<10}]")
print(f"[{s:->10}]")
print(f"[{s:=^11}]")
print(f"[{s:10}]")
print(f"[{s:.3}]")
print(f"[{s:>8.2}]")
print(f"[{s:3}]")
print(f"[{'héllo':^9}]")
print(f"[{'🙂':*^5}]")
v = "it's"
print(f"{v!r}", f"{v!s}", f"{v}")
print(f"{'a' + 'b'!r:>8}")
print(f"{['x', 1]!s}", f"{['x', 1]!r}")
print(f"{None!r}", f"{None}")
print(f"{'naïve'!a}")
tab = "tab\there"
print(f"{tab!r}", f"{chr(9)!r}")
name = "world"
print(f"{'Hello'} {name.upper()} {len(name)}")
print(f"{{escaped}} {{{name}}}")
