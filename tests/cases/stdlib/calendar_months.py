import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.weekday(2024, 2, 29))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.month_name[1], calendar.day_abbr[6])
print(list(calendar.month_abbr), list(calendar.day_name))
print(calendar.monthcalendar(2025, 6))
print(calendar.month(2024, 2))
print(calendar.month(2025, 8, w=3, l=1))
calendar.prmonth(2025, 12)
cal = calendar.Calendar(firstweekday=calendar.SUNDAY)
print(cal.monthdayscalendar(2025, 3)[0], list(cal.iterweekdays()))
print([d.isoformat() for d in cal.itermonthdates(2025, 3)][:3], len(list(cal.itermonthdates(2025, 3))))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2026, 1))
print(calendar.weekheader(2), calendar.weekheader(9), calendar.timegm((2024, 3, 1, 12, 30, 15, 0, 0, 0)))
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9)]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
