# logging to a stream (stdout here, so the output is compared), levels, hierarchy, formats.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.debug("hidden at INFO")
log.info("started %d workers", 3)
log.warning("disk at %s%%", 91)
child = logging.getLogger("app.db")
child.error("query failed: %r", {"id": 7})
print(child.parent is log, log.parent is logging.getLogger(), child.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[{levelname:<8}] {name} | {message}", style="{"))
audit = logging.getLogger("audit")
audit.propagate = False
audit.addHandler(handler)
audit.setLevel(logging.DEBUG)
audit.debug("user %s logged in", "ana")
audit.critical("policy %(rule)s violated", {"rule": "2FA"})


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


audit.addFilter(OnlyEven())
for i in range(4):
    audit.info("event %d", i)
audit.removeFilter(audit.filters[0])

adapter = logging.LoggerAdapter(audit, {"request": "r-1"})
adapter.warning("slow request")
dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter("$levelname - $message", style="$"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(dollar)
other.warning("dollar style")
try:
    1 / 0
except ZeroDivisionError:
    print(sys.exc_info()[0].__name__, type(sys.exception()).__name__)
print(sys.exc_info(), logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("ERROR"))
logging.info("root info via basicConfig handler")
logging.disable(logging.CRITICAL)
logging.critical("disabled")
logging.disable(logging.NOTSET)
logging.getLogger("app").info("after re-enable")
print(repr(log), repr(logging.getLogger()))
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
