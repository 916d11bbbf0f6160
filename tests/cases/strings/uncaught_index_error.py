# Fetching the third field of each record; a short record raises IndexError
records = ["alice,30,paris", "bob,25,rome", "carol,41"]
print("records:", len(records))
print("field counts:", [r.count(",") + 1 for r in records])
for rec in records:
    parts = rec.split(",")
    print("name:", parts[0])
    print("age:", int(parts[1]))
    print("city:", parts[2].upper())
print("finished")
