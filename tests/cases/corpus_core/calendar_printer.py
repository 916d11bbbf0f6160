MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31

def day_of_week(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7

def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), "Su Mo Tu We Th Fr Sa"]
    first = day_of_week(y, m, 1)
    cells = ["  "] * first + [f"{d:>2}" for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines

for y, m in [(2024, 2), (2023, 10), (2000, 1)]:
    print("\n".join(month_calendar(y, m)))
    print()

days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
for date in [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1900, 3, 1)]:
    print(date, days[day_of_week(*date)])
counts = [0] * 7
for y in range(1901, 2001):
    for m in range(1, 13):
        counts[day_of_week(y, m, 1)] += 1
print("first-of-month counts 1901-2000:", dict(zip(days, counts)))
print("year lengths:", {y: sum(days_in(y, m) for m in range(1, 13)) for y in (1900, 2000, 2023, 2024)})
