# csv over io.StringIO: readers, writers, dialects, quoting, Dict{Reader,Writer}, errors.
import csv
import io

data = 'name,city,score\nAna,"Lima, PE",91\n"Bo ""B"" Li",Oslo,78\n\nCy,"multi\nline",85\n'
rows = list(csv.reader(io.StringIO(data)))
print(rows)
reader = csv.reader(io.StringIO(data))
header = next(reader)
print(header, reader.line_num, [row for row in reader if row], reader.line_num)

for rec in csv.DictReader(io.StringIO(data)):
    print(rec["name"], "|", rec["city"].replace("\n", "\\n"), "|", int(rec["score"]))
short = csv.DictReader(io.StringIO("a,b,c\n1,2\n1,2,3,4\n"), restkey="extra", restval="?")
print(list(short), short.fieldnames, short.line_num)

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["id", "note", "value"]))
w.writerows([[1, 'says "hi"', 2.5], [2, "a,b", None], [3, "line\nbreak", True], [4, "", -0.0]])
w.writerow([""])
print(repr(out.getvalue()))

for quoting in [csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL]:
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting, lineterminator="\n").writerow(["x", 1, 2.0, None, "y z"])
    print(quoting, repr(buf.getvalue()))
print(list(csv.reader(io.StringIO('"a",1,2.5\n'), quoting=csv.QUOTE_NONNUMERIC)))

buf = io.StringIO()
csv.writer(buf, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a\tb", "c\\d", 'e"f'])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO("a; b ;'c;d'\n"), delimiter=";", quotechar="'", skipinitialspace=True)))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["sku", "qty", "price"], dialect="pipes", restval=0)
dw.writeheader()
dw.writerow({"sku": "A|1", "qty": 3, "price": 9.99})
dw.writerow({"sku": "B2"})
print(repr(buf.getvalue()), "pipes" in csv.list_dialects(), csv.get_dialect("pipes").delimiter)
print(list(csv.DictReader(io.StringIO(buf.getvalue()), dialect="pipes")))

for bad in [
    lambda: dw.writerow({"sku": "x", "colour": "red"}),
    lambda: csv.get_dialect("nope"),
    lambda: list(csv.reader(io.StringIO('a,"b\n'), strict=True)),
    lambda: list(csv.reader(io.StringIO('a,"b"c\n'), strict=True)),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
    lambda: csv.reader(io.StringIO(""), delimiter="::"),
    lambda: csv.writer(io.StringIO()).writerow(5),
    lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="drop"),
]:
    try:
        bad()
    except (csv.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)

s = io.StringIO("first\nsecond\nthird")
print(s.readline(), s.read(3), s.tell(), s.readlines(), s.read(), repr(s.readline()))
s.seek(0)
print([line.rstrip() for line in s], s.write("!"), s.getvalue())
t = io.StringIO()
print(t.write("abc"), t.seek(1), t.write("Z"), t.getvalue(), t.truncate(2), t.getvalue())
with io.StringIO("x") as u:
    print(u.read(), u.closed)
print(u.closed)
try:
    u.read()
except ValueError as e:
    print("ValueError:", e)
b = io.BytesIO(b"ab\ncd")
print(b.readline(), b.read(), b.write(b"!"), b.getvalue())
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
