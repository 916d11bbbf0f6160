# Pulling pairs from an iterator; running out raises StopIteration uncaught
tokens = iter(["name", "ann", "age", "33", "city"])
pairs = {}
for _ in range(3):
    key = next(tokens)
    print("key:", key)
    value = next(tokens)
    print("value:", value)
    pairs[key] = value
print(pairs)
