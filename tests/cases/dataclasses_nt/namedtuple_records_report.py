from collections import namedtuple
from typing import NamedTuple

Sale = namedtuple("Sale", "region product units price")


class Summary(NamedTuple):
    region: str
    units: int
    revenue: float

    def line(self):
        return f"{self.region:<6}{self.units:>5}{self.revenue:>10.2f}"


raw = """north,widget,10,2.50
south,gadget,3,10.00
north,gadget,1,10.00
east,widget,7,2.50
south,widget,4,2.50
north,widget,2,2.75"""

sales = []
for line in raw.splitlines():
    region, product, units, price = line.split(",")
    sales.append(Sale(region, product, int(units), float(price)))
print(sales[0])
print(len(sales))

acc = {}
for s in sales:
    u, r = acc.get(s.region, (0, 0.0))
    acc[s.region] = (u + s.units, r + s.units * s.price)

summaries = sorted((Summary(reg, u, r) for reg, (u, r) in acc.items()), key=lambda s: -s.revenue)
for s in summaries:
    print(s)
print("REGION UNITS   REVENUE")
for s in summaries:
    print(s.line())
total = Summary("total", sum(s.units for s in summaries), sum(s.revenue for s in summaries))
print(total.line())
print(total._asdict())
