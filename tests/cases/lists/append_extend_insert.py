# Basic growth methods on lists
items = []
items.append(1)
items.append("two")
items.append([3])
print("after appends:", items)
print("len:", len(items))

items.extend([4, 5])
print("extend list:", items)
items.extend((6, 7))
print("extend tuple:", items)
items.extend("ab")
print("extend str:", items)
items.extend(range(2))
print("extend range:", items)
items.extend([])
print("extend empty:", items)

nums = [10, 20, 30]
nums.insert(0, 5)
print("insert at 0:", nums)
nums.insert(2, 15)
print("insert at 2:", nums)
nums.insert(100, 99)
print("insert past end:", nums)
nums.insert(-1, 88)
print("insert at -1:", nums)
nums.insert(-100, 1)
print("insert far negative:", nums)

r = nums.append(0)
print("append returns:", r)
r = nums.extend([1])
print("extend returns:", r)
r = nums.insert(0, 0)
print("insert returns:", r)
print("final:", nums)

# appending a list to itself
selfref = [1, 2]
selfref.extend(selfref)
print("self extend:", selfref)
