"""Clocks, through the host: the sandbox has no clock of its own. `time()`, `monotonic()`
and `sleep()` are OS calls (`time.time`, `time.monotonic`, `time.sleep`) that a host answers
or refuses (PermissionError)."""

import _monty
from collections import namedtuple

struct_time = namedtuple("struct_time", ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                         "tm_wday", "tm_yday", "tm_isdst"])
timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")


def time():
    return float(_monty.os_call("time.time"))


def time_ns():
    return int(time() * 1_000_000_000)


def monotonic():
    return float(_monty.os_call("time.monotonic"))


def monotonic_ns():
    return int(monotonic() * 1_000_000_000)


perf_counter = monotonic
perf_counter_ns = monotonic_ns


def sleep(seconds):
    if not isinstance(seconds, (int, float)):
        raise TypeError(f"'{type(seconds).__name__}' object cannot be interpreted as an integer")
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    _monty.os_call("time.sleep", seconds)


def gmtime(secs=None):
    from datetime import datetime
    moment = datetime.fromtimestamp(time() if secs is None else secs)
    return struct_time(*moment.timetuple()[:8], 0)


localtime = gmtime


def strftime(format, t=None):
    from datetime import datetime
    if t is None:
        t = gmtime()
    return datetime(*t[:6]).strftime(format)
