people = [
    {"name": "Zed", "age": 31, "city": "Oslo", "score": 88.5},
    {"name": "amy", "age": 25, "city": "Lima", "score": 92.0},
    {"name": "Bob", "age": 31, "city": "Lima", "score": 75.25},
    {"name": "cara", "age": 19, "city": "Oslo", "score": 92.0},
    {"name": "Dev", "age": 25, "city": "Kyiv", "score": 60.0},
]

def names(rows):
    return [r["name"] for r in rows]

print("by name:        ", names(sorted(people, key=lambda p: p["name"])))
print("by name (ci):   ", names(sorted(people, key=lambda p: p["name"].lower())))
print("by age desc:    ", names(sorted(people, key=lambda p: -p["age"])))
print("age then name:  ", names(sorted(people, key=lambda p: (p["age"], p["name"].lower()))))
print("score desc, age:", names(sorted(people, key=lambda p: (-p["score"], p["age"]))))
print("city, -score:   ", names(sorted(people, key=lambda p: (p["city"], -p["score"]))))
stable = sorted(people, key=lambda p: p["age"])
print("stable by age:  ", names(stable))
twice = sorted(sorted(people, key=lambda p: p["name"]), key=lambda p: p["city"])
print("two-pass:       ", names(twice))

words = ["banana", "Apple", "fig", "cherry", "date", "Elderberry", "kiwi"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=lambda w: sum(c in "aeiou" for c in w.lower()), reverse=True))
nums = [-7, 3, -1, 8, 0, -3, 5]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n % 2, n)))
print(max(people, key=lambda p: (p["score"], -p["age"]))["name"], min(words, key=len))
pairs = [(1, "b"), (3, "a"), (2, "c"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda t: t[1]), sorted(pairs, key=lambda t: (t[1], -t[0])))
versions = ["1.10.0", "1.2.9", "1.2.10", "0.9", "1.2"]
print(sorted(versions, key=lambda v: [int(x) for x in v.split(".")]))
people.sort(key=lambda p: p["score"], reverse=True)
print(names(people))
