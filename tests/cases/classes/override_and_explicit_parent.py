class Report:
    title = "Report"
    width = 20

    def header(self):
        return self.title.center(self.width, "=")

    def body(self):
        return "(empty)"

    def render(self):
        return "\n".join([self.header(), self.body(), "=" * self.width])

class SalesReport(Report):
    title = "Sales"

    def __init__(self, sales):
        self.sales = sales

    def body(self):
        lines = [f"{k:<10}{v:>10}" for k, v in self.sales.items()]
        return "\n".join(lines) if lines else Report.body(self)

class WideSales(SalesReport):
    width = 30

    def header(self):
        return "[" + Report.header(self) + "]"

print(Report().render())
print(SalesReport({"north": 10, "south": 25}).render())
print(SalesReport({}).render())
w = WideSales({"east": 7})
print(w.render())
print(w.title, w.width)
print(WideSales.__mro__[1].width)
Report.width = 10
print(Report().header())
print(SalesReport({}).header())
print(WideSales({}).header())
