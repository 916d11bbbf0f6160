# Logging lines with %-formatting; a record with too few fields is uncaught
records = [("GET", "/", 200, 0.012), ("POST", "/login", 302, 0.145), ("GET", "/missing", 404)]
fmt = "%-5s %-10s %3d %6.3fs"
count = 0
for rec in records:
    count += 1
    print("record", count, "has", len(rec), "fields")
    line = fmt % rec
    print(line)
print("logged", count)
