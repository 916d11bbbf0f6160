def camel_to_snake(name):
    out = []
    for i, ch in enumerate(name):
        if ch.isupper():
            prev_lower = i > 0 and (name[i - 1].islower() or name[i - 1].isdigit())
            next_lower = i + 1 < len(name) and name[i + 1].islower()
            if i > 0 and (prev_lower or (next_lower and name[i - 1].isupper())):
                out.append("_")
            out.append(ch.lower())
        else:
            out.append(ch)
    return "".join(out)

def snake_to_camel(name, upper_first=False):
    parts = [p for p in name.split("_") if p]
    if not parts:
        return ""
    head = parts[0].capitalize() if upper_first else parts[0].lower()
    return head + "".join(p.capitalize() for p in parts[1:])

def kebab(name):
    return camel_to_snake(name).replace("_", "-")

names = ["userName", "HTTPServerError", "getHTTPResponseCode", "simple", "ABC",
         "version2Update", "already_snake", "XMLHttpRequest", "a"]
for n in names:
    s = camel_to_snake(n)
    print(f"{n:22} {s:26} {snake_to_camel(s):22} {snake_to_camel(s, True)}")

for n in ["__private_var__", "multiple___underscores", "", "x_y_z"]:
    print(repr(n), "->", repr(snake_to_camel(n)), repr(snake_to_camel(n, upper_first=True)))
print(kebab("backgroundColor"), kebab("fontSizeXL"))
print("hello world foo".title(), "HELLO".swapcase(), "mIxEd".casefold())
print("  strip me  ".strip(), "|", "xxhixx".strip("x"), "|", "abc".lstrip("a"), "|", "abc".rstrip("c"))
print("a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), "a,b,,c".split(","))
print("line1\nline2\r\nline3".splitlines(), "  a  b  ".split())
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"))
