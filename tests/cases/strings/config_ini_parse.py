# Parsing an INI-like config text with string methods only
text = """
; comment line
[server]
host = example.org
port=8080
  debug = yes

[paths]
root = /var/www
logs = /var/log/app   ; trailing comment
# another comment
[empty]
"""
sections = {}
current = None
for n, raw in enumerate(text.splitlines(), 1):
    line = raw.split(";", 1)[0].strip()
    if not line or line.startswith("#"):
        continue
    if line.startswith("[") and line.endswith("]"):
        current = line[1:-1].strip()
        sections[current] = {}
        print(f"line {n}: section {current!r}")
        continue
    key, sep, value = line.partition("=")
    if not sep:
        print(f"line {n}: bad line {line!r}")
        continue
    sections[current][key.strip().lower()] = value.strip()
    print(f"line {n}: {key.strip()!r} = {value.strip()!r}")
print(sections)
port = sections["server"]["port"]
print("port is digit:", port.isdigit(), "->", int(port) + 1)
print("debug flag:", sections["server"]["debug"].lower() in ("yes", "true", "1"))
print("root parts:", sections["paths"]["root"].strip("/").split("/"))
print("section names:", ", ".join(name.upper() for name in sections))
