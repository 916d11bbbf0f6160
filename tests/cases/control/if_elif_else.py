def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99, 100, 12345]:
    print(n, classify(n))
def grade(score):
    if score >= 90:
        g = "A"
    elif score >= 80:
        g = "B"
    elif score >= 70:
        g = "C"
    else:
        g = "F"
    return g
print("grades:", [grade(s) for s in [95, 90, 89, 75, 70, 12]])
x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if not x:
    print("falsy")
elif x:
    print("truthy")
if x == 7: print("one-line if")
def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizz(i) for i in range(1, 16)))
