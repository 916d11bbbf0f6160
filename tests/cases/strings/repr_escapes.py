# repr of strings with quotes and escapes
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
           "back\\slash", "cr\r", "\x00\x01\x1f", "\x7f", "bell\a", "é", "naïve",
           "🙂", "\u200b", "\xa0nbsp", "\u2028", "\ud800" if False else "ok", "\x80\x9f",
           "日本", "\U0001F600", "\x0b\x0c", "'", '"', "''\"\""]
for s in samples:
    print(repr(s))
print(str("it's"))
print(["it's", "a\nb", 'q"'])
print(("x",))
print({"k'": "v\t"})
print(repr(repr("a'b")))
print(ascii("héllo 🙂"))
