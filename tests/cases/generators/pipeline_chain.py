LOG = """INFO start
WARN disk 80%
ERROR failed to write
INFO retry
ERROR timeout
DEBUG detail
WARN disk 90%""".split("\n")


def read_lines(lines):
    for line in lines:
        print("  read:", line)
        yield line


def parse(lines):
    for line in lines:
        level, _, msg = line.partition(" ")
        yield {"level": level, "msg": msg}


def only(levels, records):
    for r in records:
        if r["level"] in levels:
            yield r


def numbered(records):
    for i, r in enumerate(records, 1):
        yield f"{i}. [{r['level']}] {r['msg']}"


pipe = numbered(only({"ERROR", "WARN"}, parse(read_lines(LOG))))
print("pipeline built, nothing read yet")
print(next(pipe))
print("--")
for line in pipe:
    print(line)

counts = {}
for r in parse(LOG):
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(sorted(counts.items()))

lengths = (len(r["msg"]) for r in parse(LOG))
print(sum(lengths))
print(sum(lengths))
