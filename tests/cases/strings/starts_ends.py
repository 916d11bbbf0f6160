# startswith / endswith with tuples and ranges
s = "report_2024_final.csv"
print(s.startswith("report"))
print(s.startswith("Report"))
print(s.endswith(".csv"))
print(s.endswith((".txt", ".csv")))
print(s.startswith(("data", "rep")))
print(s.startswith("2024", 7))
print(s.startswith("2024", 7, 10))
print(s.endswith("final", 0, 17))
print(s.endswith("", 5))
print(s.startswith(""))
print(s.startswith("csv", -3))
print(s.endswith(()))
files = ["a.py", "b.PY", "c.txt", "d.rs", "README", "e.pyc"]
print([f for f in files if f.endswith((".py", ".rs"))])
print([f for f in files if f.lower().endswith(".py")])
try:
    s.startswith(["report"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith(1)
except TypeError as e:
    print("TypeError:", e)
