# %-formatting with dict keys, like old-style report templates
tmpl = "%(host)-12s %(cpu)5.1f%% %(mem)6d MB %(status)s"
rows = [
    {"host": "web-01", "cpu": 12.345, "mem": 2048, "status": "ok"},
    {"host": "db-primary", "cpu": 87.5, "mem": 16384, "status": "HIGH"},
    {"host": "cache", "cpu": 0.05, "mem": 512, "status": "ok"},
]
print("%-12s %6s %9s %s" % ("HOST", "CPU", "MEM", "STATUS"))
for r in rows:
    print(tmpl % r)
avg = sum(r["cpu"] for r in rows) / len(rows)
print("average cpu: %.3f%%" % avg)
print("total mem: %d MB (%.1f GB)" % (sum(r["mem"] for r in rows), sum(r["mem"] for r in rows) / 1024))
print("hosts: %s" % ", ".join(r["host"] for r in rows))
print("%(a)s %(a)s %(b)05.1f" % {"a": "rep", "b": 2.25})
