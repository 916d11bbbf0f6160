# in, repetition, concatenation and comparison
s = "hello world"
print("'lo w' in s:", "lo w" in s)
print("'' in s:", "" in s)
print("'xyz' not in s:", "xyz" not in s)
print("'H' in s:", "H" in s)
print("ab * 3:", "ab" * 3)
print("3 * ab:", 3 * "ab")
print("ab * 0:", repr("ab" * 0))
print("ab * -2:", repr("ab" * -2))
print("concat:", "foo" + "bar")
print("apple < banana:", "apple" < "banana")
print("apple < Apple:", "apple" < "Apple")
print("abc < abcd:", "abc" < "abcd")
print("'' < 'a':", "" < "a")
print("'Z' < 'a':", "Z" < "a")
print("'é' > 'z':", "é" > "z")
print("'10' < '9':", "10" < "9")
print("max:", max(["pear", "apple", "Zebra", "fig"]))
print("sorted:", sorted(["pear", "apple", "Zebra", "fig", "Apple"]))
print("== :", "abc" == "abc", "abc" == "ABC".lower())
line = "=" * 20
print(line)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
