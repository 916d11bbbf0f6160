*a, b = [1, 2, 3]
print("*a, b:", a, b)
a, *b = "xyz"
print("a, *b:", a, b)
a, b, *c = range(5)
print("a, b, *c:", a, b, c)
*a, b, c = (1, 2)
print("*a empty:", a, b, c)
[a, *b] = (9, 8, 7)
print("list target:", a, b)
for first, *others in ["abc", "de", "f"]:
    print("for:", first, others)
row = "id,name,tags,more,stuff"
key, name, *tags = row.split(",")
print("csv:", key, name, tags)
lines = ["header", "l1", "l2", "footer"]
_, *body, _ = lines
print("body:", body)
data = [1, 2, 3, 4, 5, 6]
head, *middle, tail = data
print("sum middle:", sum(middle))
*_, last_two_a, last_two_b = data
print("last two:", last_two_a, last_two_b)
def split_args(*args):
    first, *rest = args or (None,)
    return first, rest
print("split_args():", split_args())
print("split_args(1,2,3):", split_args(1, 2, 3))
