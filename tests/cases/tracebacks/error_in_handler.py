def parse_all(items):
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError as err:
            out.append(len(err))
    return out

print(parse_all(["1", "2"]))
print(parse_all(["1", "two"]))
