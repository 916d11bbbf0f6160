# Pairing column headers with values using zip(strict=True); a short row is uncaught
headers = ["id", "name", "score"]
rows = [[1, "ann", 9.5], [2, "ben", 7.25], [3, "cy"]]
print("headers:", headers)
print("row lengths:", list(map(len, rows)))
for row in rows:
    rec = dict(zip(headers, row, strict=True))
    print(rec)
    print("score x2:", rec["score"] * 2)
print("all rows ok")
