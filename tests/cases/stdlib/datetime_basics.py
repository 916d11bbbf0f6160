from datetime import date, datetime, time, timedelta, timezone
import datetime as dt

d = date(2024, 3, 5)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d.isoformat(), d.strftime("%Y/%m/%d %a %A %b %B %j %U %W %y %e %G %V %u %w"), d.ctime(), f"{d:%d.%m.%Y}", f"{d}")
print(d + timedelta(days=30), d - timedelta(weeks=10), date(2024, 12, 25) - d, d.replace(day=1), date.fromordinal(738950))
print(date(2024, 2, 29) + timedelta(days=365), date(2023, 12, 31) + timedelta(1), date.fromisoformat("2021-07-04"), date.fromisoformat("20210704"))
print(d < date(2024, 3, 6), d == date(2024, 3, 5), d != date(2025, 1, 1), max(d, date(2020, 1, 1)), sorted([date(2024, 1, 2), date(2023, 5, 6)]))
print(date.min, date.max, date.resolution, date(2020, 1, 1).isocalendar().week, date.fromisocalendar(2024, 1, 1))
for y in [1900, 2000, 2023, 2024]:
    print(y, date(y, 3, 1) - date(y, 2, 1))

t = time(14, 30)
print(t, repr(t), repr(time(9, 5, 7, 120)), time(23, 59, 59, 999999).isoformat(), t.isoformat("minutes"), time(1, 2, 3, 4500).isoformat("milliseconds"))
print(t.strftime("%I:%M %p"), time(0, 5).strftime("%I %p %H"), time.fromisoformat("08:15:30.250"), time(12) < time(13), t.replace(minute=0))

x = datetime(2024, 3, 5, 14, 30, 15, 250000)
print(x, repr(x), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), x.date(), x.time(), x.isoformat(), x.isoformat(" ", "seconds"))
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %c | %x | %X"), x.timestamp(), x.weekday(), x.ctime())
print(x + timedelta(hours=12), x - timedelta(days=1, minutes=30), x - datetime(2024, 1, 1), datetime(2024, 3, 10) > x)
print(datetime.fromisoformat("2024-03-05T14:30:00"), datetime.fromisoformat("2024-03-05 14:30"), datetime.fromisoformat("2024-03-05"))
print(datetime.fromisoformat("2024-03-05T14:30:00+02:00"), datetime.fromisoformat("2024-03-05T14:30:00Z"), datetime.fromisoformat("2024-03-05T14:30:00.123456-05:30"))
print(datetime.strptime("2024-03-05 14:30:15", "%Y-%m-%d %H:%M:%S"), datetime.strptime("05/03/24", "%d/%m/%y"), datetime.strptime("March 5, 2024 2:30 PM", "%B %d, %Y %I:%M %p"))
print(datetime.strptime("Tue, 05 Mar 2024 14:30:00 +0000", "%a, %d %b %Y %H:%M:%S %z"), datetime.strptime("2024-065", "%Y-%j"), datetime.strptime("12:00:01.5", "%H:%M:%S.%f"))
print(datetime.combine(d, t), datetime.fromtimestamp(0), datetime.fromtimestamp(1700000000.5), datetime.fromtimestamp(86400 * 365, tz=timezone.utc))
print(datetime(2024, 1, 31).replace(month=2, day=29), datetime(2024, 3, 5).date() == d, x.replace(microsecond=0))

utc = timezone.utc
aware = datetime(2024, 3, 5, 12, 0, tzinfo=utc)
print(aware, repr(aware), aware.tzname(), aware.utcoffset(), aware.isoformat(), aware.timestamp())
plus2 = timezone(timedelta(hours=2))
minus530 = timezone(-timedelta(hours=5, minutes=30), "IST?")
print(repr(plus2), str(plus2), repr(minus530), minus530.tzname(None), timezone(timedelta(0)) == utc, repr(dt.UTC))
print(aware.astimezone(plus2), aware.astimezone(minus530), aware.astimezone(plus2) == aware, aware.astimezone(plus2).strftime("%H:%M %z %Z"))
print(datetime(2024, 3, 5, 14, 0, tzinfo=plus2) - aware, datetime(2024, 3, 5, 23, 30, tzinfo=minus530).date())

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(days=-1, seconds=1), timedelta(microseconds=1500))
print(timedelta(hours=36), timedelta(days=2) / timedelta(hours=1), timedelta(days=1) / 3, timedelta(minutes=10) * 1.5, 2 * timedelta(seconds=30))
print(timedelta(hours=5) // timedelta(hours=2), timedelta(hours=5) % timedelta(hours=2), divmod(timedelta(hours=5), timedelta(hours=2)), -td, abs(-td))
print(timedelta(days=1) == timedelta(hours=24), timedelta(1) > timedelta(0), bool(timedelta(0)), timedelta(weeks=1, milliseconds=1), timedelta(seconds=0.0000015))
print(timedelta.max, timedelta.min, timedelta.resolution, sum([timedelta(hours=1), timedelta(minutes=30)], timedelta()))
print(dt.MINYEAR, dt.MAXYEAR, isinstance(x, date), isinstance(d, datetime), type(x - x).__name__, {d: 1}[date(2024, 3, 5)])

events = [("deploy", "2024-03-05T09:15:00"), ("rollback", "2024-03-05T11:45:30"), ("fix", "2024-03-06T08:00:00")]
stamps = [(name, datetime.fromisoformat(s)) for name, s in events]
for (a, t1), (b, t2) in zip(stamps, stamps[1:]):
    gap = t2 - t1
    print(f"{a} -> {b}: {gap} ({gap.total_seconds() / 3600:.2f} h)")
by_day = {}
for name, when in stamps:
    by_day.setdefault(when.date().isoformat(), []).append(name)
print(by_day)
