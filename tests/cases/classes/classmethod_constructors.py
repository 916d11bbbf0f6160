class Date:
    created = 0

    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day
        Date.created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(x) for x in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    def iso(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

class EuroDate(Date):
    def iso(self):
        return f"{self.day:02d}.{self.month:02d}.{self.year}"

d1 = Date.from_string("2024-03-09")
print(type(d1).__name__, d1.iso())
d2 = EuroDate.from_string("2024-03-09")
print(type(d2).__name__, d2.iso())
d3 = Date.from_tuple((1999, 12, 31))
print(d3.iso())
print(EuroDate.epoch().iso())
print(d1.epoch().iso())
print(Date.created)
print(type(Date.__dict__["from_string"]).__name__)
m = EuroDate.from_tuple
print(m((2000, 1, 2)).iso())
print(Date.created)
print(isinstance(EuroDate.epoch(), Date))
