# Parsing a config of integers; a bad entry raises an uncaught ValueError
config = "width=80\nheight=24\ndepth=1_0\nscale=3x"
lines = config.splitlines()
print("entries:", len(lines))
print("keys:", [l.split("=")[0] for l in lines])
total = 1
for line in config.splitlines():
    key, _, raw = line.partition("=")
    value = int(raw)
    total *= value
    print(key, "=", value, "running product", total)
print("done", total)
