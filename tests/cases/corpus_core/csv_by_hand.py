raw = """name,dept,salary,start
Alice,Engineering,120000,2019
Bob,Sales,65000,2021
Carla,Engineering,135000,2015
Dan,Support,48000,2022
Eve,Sales,72000,2018
Frank,Engineering,99000,2023
Gina,Support,51000,2020"""

lines = raw.strip().split("\n")
header = lines[0].split(",")
print("columns:", header)
rows = []
for line in lines[1:]:
    values = line.split(",")
    row = dict(zip(header, values))
    row["salary"] = int(row["salary"])
    row["start"] = int(row["start"])
    rows.append(row)
print("rows:", len(rows))
print(rows[1])

depts = {}
for r in rows:
    depts.setdefault(r["dept"], []).append(r)

print(f"{'dept':<12}{'n':>3}{'total':>10}{'avg':>12}")
for d in sorted(depts):
    people = depts[d]
    total = sum(p["salary"] for p in people)
    avg = total / len(people)
    print(f"{d:<12}{len(people):>3}{total:>10,}{avg:>12,.2f}")

senior = [r["name"] for r in rows if 2024 - r["start"] >= 5]
print("senior:", senior)
top = sorted(rows, key=lambda r: r["salary"], reverse=True)[:3]
print("top3:", [(r["name"], r["salary"]) for r in top])

out = [",".join(header + ["tenure"])]
for r in sorted(rows, key=lambda r: r["name"]):
    out.append(",".join(str(r[c]) for c in header) + "," + str(2024 - r["start"]))
print("\n".join(out))
