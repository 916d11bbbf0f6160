line = "alice,30,engineer"
name, age, role = line.split(",")
print("name:", name)
print("age:", int(age))
print("role:", role)
line2 = "bob,25,designer,extra"
print("parsing:", line2)
name, age, role = line2.split(",")
print("unreachable")
