def parse(text):
    return int(text)

def load(rows):
    return [parse(r) for r in rows]

def total(rows):
    values = []
    for r in rows:
        values.append(parse(r))
    return sum(values)

print(total(["1", "2"]))
print(total(["3", "x"]))
