print("1 and 2:", 1 and 2)
print("0 and 2:", 0 and 2)
print("1 or 2:", 1 or 2)
print("0 or 2:", 0 or 2)
print("'' or 'default':", "" or "default")
print("[] or [1]:", [] or [1])
print("None and crash:", None and undefined_name)
print("'x' or crash:", "x" or undefined_name)
print("0 or '' or None:", 0 or "" or None)
print("1 and 'a' and [0]:", 1 and "a" and [0])
print("not 0:", not 0, "not []:", not [], "not 'a':", not "a")
print("not None is True:", (not None) is True)
log = []
def t(name, v):
    log.append(name)
    return v
r = t("a", 0) and t("b", 1)
print("and stops:", r, log)
log.clear()
r = t("a", 1) and t("b", 0) and t("c", 1)
print("and chain:", r, log)
log.clear()
r = t("a", 0) or t("b", "") or t("c", "hit") or t("d", 1)
print("or chain:", r, log)
log.clear()
r = t("a", 1) or t("b", 1) and t("c", 0)
print("precedence:", r, log)
name = None
display = name or "anonymous"
print("display:", display)
cfg = {}
port = cfg.get("port") or 8080
print("port:", port)
print("1 < 2 < 3:", 1 < 2 < 3, "3 > 2 > 2:", 3 > 2 > 2)
log.clear()
r = t("x", 1) < t("y", 0) < t("z", 5)
print("chained compare stops:", r, log)
