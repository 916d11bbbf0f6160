# Digit manipulation using // and %
def digits(n):
    n = abs(n)
    if n == 0:
        return [0]
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1]

def reverse_int(n):
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])

def is_palindrome(n):
    return str(n) == str(n)[::-1]

for n in [0, 7, 1234, -9876, 2 ** 70]:
    print(n, "digits:", digits(n))
    print(n, "digit sum:", sum(digits(n)))
    print(n, "reversed:", reverse_int(n))
print("palindromes 100..200:", [n for n in range(100, 200) if is_palindrome(n)])
n = 2 ** 1000
print("digit sum of 2**1000:", sum(int(c) for c in str(n)))
print("number of digits in 2**1000:", len(str(n)))
