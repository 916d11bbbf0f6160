records = ["ann 31 nyc", "bob 25 sf", "cy 40"]
for rec in records:
    print("record:", rec)
    name, age, city = rec.split()
    print(f"  name={name} age={int(age)} city={city}")
print("unreachable")
