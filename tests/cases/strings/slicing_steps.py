# Indexing and slicing strings with steps and negatives
s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-2], s[-2:-8:-3])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:2]))
print(s[2:100], s[-100:100:3])
print(s[::3], s[::-3])
print(s[3:-3], s[-3:3:-1])
print(repr(s[3:3]))
u = "héllo wörld 🙂!"
print(u[1], u[-2], u[::-1], u[7:10])
print(len(u), len(u[::2]))
for i in [10, -11, 100]:
    try:
        print(s[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    s[1] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
