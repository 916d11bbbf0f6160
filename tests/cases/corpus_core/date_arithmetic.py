DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def month_days(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS_IN_MONTH[m - 1]

def parse(s):
    y, m, d = (int(p) for p in s.split("-"))
    if not 1 <= m <= 12 or not 1 <= d <= month_days(y, m):
        raise ValueError(f"invalid date: {s}")
    return y, m, d

def to_ordinal(y, m, d):
    days = (y - 1) * 365 + (y - 1) // 4 - (y - 1) // 100 + (y - 1) // 400
    days += sum(month_days(y, mm) for mm in range(1, m))
    return days + d

def from_ordinal(n):
    y = 1
    while True:
        ylen = 366 if is_leap(y) else 365
        if n <= ylen:
            break
        n -= ylen
        y += 1
        if y % 400 == 1 and n > 146097:
            q, n = divmod(n, 146097)
            y += 400 * q
    m = 1
    while n > month_days(y, m):
        n -= month_days(y, m)
        m += 1
    return y, m, n

def weekday(y, m, d):
    return WEEKDAYS[(to_ordinal(y, m, d) - 1) % 7]

def fmt(t):
    return "%04d-%02d-%02d" % t

for s in ["2024-02-29", "2000-01-01", "1999-12-31", "2023-07-04", "2024-12-25"]:
    t = parse(s)
    print(s, weekday(*t), "day-of-year", to_ordinal(*t) - to_ordinal(t[0], 1, 1) + 1)

a, b = parse("2024-01-15"), parse("2024-03-01")
print("days between:", to_ordinal(*b) - to_ordinal(*a))
start = parse("2024-01-31")
for delta in (1, 29, 30, 365, 366, 1000):
    print(f"+{delta} days:", fmt(from_ordinal(to_ordinal(*start) + delta)))
for bad in ["2023-02-29", "2024-13-01", "2024-04-31"]:
    try:
        parse(bad)
    except ValueError as e:
        print("error:", e)
print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(1900))
fridays = [m for m in range(1, 13) if weekday(2026, m, 13) == "Fri"]
print("Friday 13ths in 2026:", fridays)
