# replace with and without count
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"))
print(s.replace("the", "a", 1))
print(s.replace("the", "a", 2))
print(s.replace("the", "a", 0))
print(s.replace("the", "a", -1))
print(s.replace("at", ""))
print(s.replace("xyz", "!"))
print("aaaa".replace("aa", "b"))
print("aaa".replace("a", "aa"))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("".replace("", "x"))
print("héllo wörld".replace("ö", "o").replace("é", "e"))
print("a\tb\tc".replace("\t", "    "))
template = "Hello NAME, your order ORDER ships DATE."
for k, v in [("NAME", "Ana"), ("ORDER", "#123"), ("DATE", "Monday")]:
    template = template.replace(k, v)
    print(template)
