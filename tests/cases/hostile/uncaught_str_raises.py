class Report:
    def __init__(self, rows):
        self.rows = rows

    def __str__(self):
        width = len(self.rows[0])
        for r in self.rows[1:]:
            width = max(width, len(r))
        return "\n".join(r.ljust(width) + "|" for r in self.rows)

print(Report(["ab", "abcd"]))
print(Report(["x"]))
print(len(str(Report(["a", "bb", "ccc"]))))
print(repr(str(Report(["q"]))))
print("next one is empty")
print(Report([]))
