# Parsing a CSV column of prices; a malformed entry is uncaught
rows = "apple,1.25\nbanana,0.5\ncherry,3.75\ndate,N/A\nelder,2.0"
lines = rows.split("\n")
print("rows:", len(lines))
print("names:", [l.split(",")[0] for l in lines])
total = 0.0
for line in rows.split("\n"):
    name, price = line.split(",")
    value = float(price)
    total += value
    print(name, value, "running", total)
print("total", total)
