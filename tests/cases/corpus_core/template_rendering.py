def render(template, context):
    out = []
    i = 0
    while i < len(template):
        start = template.find("{{", i)
        if start == -1:
            out.append(template[i:])
            break
        out.append(template[i:start])
        end = template.find("}}", start)
        if end == -1:
            raise ValueError("unclosed tag at %d" % start)
        key = template[start + 2:end].strip()
        filt = None
        if "|" in key:
            key, filt = [p.strip() for p in key.split("|")]
        value = context.get(key, "<" + key + "?>")
        if filt == "upper":
            value = str(value).upper()
        elif filt == "title":
            value = str(value).title()
        elif filt == "money":
            value = "${:,.2f}".format(value)
        out.append(str(value))
        i = end + 2
    return "".join(out)

ctx = {"name": "ada lovelace", "total": 1234.5, "items": 3, "city": "london"}
templates = [
    "Hello {{ name | title }}!",
    "You bought {{items}} items for {{ total | money }}.",
    "Ship to {{ city|upper }} / {{ country }}",
    "No tags here",
    "{{name}}{{name}}",
]
for t in templates:
    print(repr(render(t, ctx)))

try:
    render("oops {{ name ", ctx)
except ValueError as e:
    print("error:", e)

print("{0} has {1} items; {0} again".format("cart", 3))
print("{name:>10}|{total:<10.1f}|".format(**ctx))
print("{:^20}".format("centered"))
print("{:*^20}".format(" star "))
print("%s is %d years, %.3f tall, %5s|%-5s|" % ("Bob", 42, 1.8, "r", "l"))
print("%(name)s lives in %(city)s" % ctx)
print(f"{'nested':>{10}}|{3.14159:.{2}f}|{42:08b}|{255:#x}|{255:X}")
width = 12
print(f"{'|'.join(['a', 'b'])!r:>{width}}")
