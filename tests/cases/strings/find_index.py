# find/rfind/index/rindex with ranges and errors
s = "mississippi"
print("find ss:", s.find("ss"))
print("rfind ss:", s.rfind("ss"))
print("find ss from 3:", s.find("ss", 3))
print("find ss in [3:5]:", s.find("ss", 3, 5))
print("find z:", s.find("z"))
print("rfind i:", s.rfind("i"))
print("find empty:", s.find(""))
print("rfind empty:", s.rfind(""))
print("find empty at 20:", s.find("", 20))
print("index p:", s.index("p"))
print("rindex p:", s.rindex("p"))
print("find neg start:", s.find("i", -4))
print("find i -4 -1:", s.find("i", -4, -1))
print("index in slice:", s.index("s", 4))
print("find unicode:", "naïve café".find("café"))
for fn in ("index", "rindex"):
    try:
        getattr(s, fn)("z")
    except ValueError as e:
        print(fn, "ValueError:", e)
try:
    s.index("ss", 7)
except ValueError as e:
    print("ValueError:", e)
try:
    s.find(5)
except TypeError as e:
    print("find(5) raised", type(e).__name__)
