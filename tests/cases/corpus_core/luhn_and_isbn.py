def luhn_valid(number):
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) < 2:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

def luhn_check_digit(partial):
    for d in range(10):
        if luhn_valid(partial + str(d)):
            return d
    return None

def isbn10_valid(s):
    chars = [c for c in s if c not in "- "]
    if len(chars) != 10:
        return False
    total = 0
    for i, c in enumerate(chars):
        if c in "Xx" and i == 9:
            v = 10
        elif c.isdigit():
            v = int(c)
        else:
            return False
        total += (10 - i) * v
    return total % 11 == 0

def isbn13_valid(s):
    digits = [int(c) for c in s if c.isdigit()]
    if len(digits) != 13:
        return False
    return sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits)) % 10 == 0

cards = ["4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "0", "059", "1234-5678-9012-3456"]
for c in cards:
    print(f"{c:>22}: {'valid' if luhn_valid(c) else 'invalid'}")
for p in ["7992739871", "453914880343646", "12345"]:
    print("check digit for", p, "=", luhn_check_digit(p))

for s in ["0-306-40615-2", "0306406153", "3-598-21508-8", "3-598-21507-X", "12345"]:
    print("isbn10", s, isbn10_valid(s))
for s in ["978-0-306-40615-7", "9780306406158", "978-3-16-148410-0"]:
    print("isbn13", s, isbn13_valid(s))
valid_count = sum(1 for n in range(1000, 1100) if luhn_valid(str(n)))
print("luhn-valid in 1000..1099:", valid_count)
