class Exporter:
    def export(self, rows):
        header = self.header()
        return [header] + [self.format_row(r) for r in rows]

    def header(self):
        return "id,name"

    def format_row(self, row):
        raise NotImplementedError("format_row")

class CsvExporter(Exporter):
    def format_row(self, row):
        return ",".join(str(v) for v in row)

class HalfDone(Exporter):
    pass

rows = [(1, "a"), (2, "b")]
print(CsvExporter().export(rows))
print(HalfDone().header())
print(HalfDone().export(rows))
