"""Generate recurring meeting slots, skipping weekends and holidays."""
from datetime import date, datetime, time, timedelta
from itertools import islice, count

HOLIDAYS = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}
START = date(2024, 12, 19)


def business_days(start: date):
    for offset in count():
        day = start + timedelta(days=offset)
        if day.weekday() >= 5 or day in HOLIDAYS:
            continue
        yield day


def slots_for(day: date, first: time, length: timedelta, n: int):
    current = datetime.combine(day, first)
    for _ in range(n):
        yield current, current + length
        current += length + timedelta(minutes=15)


print("Next 8 business days from", START.isoformat(), f"({START.strftime('%A')})")
days = list(islice(business_days(START), 8))
for d in days:
    print(f"  {d.isoformat()} {d.strftime('%a %d %b')} week={d.isocalendar()[1]}")

print("Slots on", days[0])
for begin, end in slots_for(days[0], time(9, 30), timedelta(minutes=45), 4):
    print(f"  {begin.strftime('%H:%M')} - {end.strftime('%H:%M')}")

gap = days[-1] - days[0]
print("calendar span:", gap.days, "days;", "business days:", len(days))

deadline = datetime(2025, 1, 3, 17, 0)
kickoff = datetime.combine(days[0], time(9, 30))
remaining = deadline - kickoff
hours, rem = divmod(remaining.total_seconds(), 3600)
print(f"time to deadline: {remaining} -> {int(hours)}h {int(rem // 60)}m")
print("deadline after kickoff?", deadline > kickoff)

for holiday in sorted(HOLIDAYS):
    print(f"holiday {holiday:%Y-%m-%d} is a {holiday:%A}, day {holiday.timetuple().tm_yday} of year")

t = time(14, 5, 9)
print("time iso:", t.isoformat(), "replace:", t.replace(minute=0).isoformat(timespec="minutes"))
print("end of month:", (date(2025, 2, 1) - timedelta(days=1)).isoformat())
