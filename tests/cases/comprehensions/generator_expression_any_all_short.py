checked = []
def is_bad(x):
    checked.append(x)
    return x < 0
data = [5, 3, -1, 8, -4]
print("any bad:", any(is_bad(x) for x in data), "checked:", checked)
checked.clear()
print("all good:", all(not is_bad(x) for x in data), "checked:", checked)
checked.clear()
print("any on list comp (eager):", any([is_bad(x) for x in data]), "checked:", checked)
checked.clear()
first = next((x for x in data if is_bad(x)), None)
print("first bad:", first, "checked:", checked)
checked.clear()
print("min of filtered:", min(x for x in data if not is_bad(x)), "checked:", len(checked))
words = ["alpha", "beta", "gamma", "delta"]
print("all lowercase:", all(w.islower() for w in words))
print("any long:", any(len(w) > 5 for w in words))
print("count with a end:", sum(w.endswith("a") for w in words))
print("sum of lengths:", sum(len(w) for w in words))
print("max by last char:", max(words, key=lambda w: w[-1]))
