def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, int(n ** 0.5) + 1))
print("primes < 40:", [n for n in range(40) if is_prime(n)])
def digits(n):
    return [int(c) for c in str(n)]
print("digits 9075:", digits(9075))
print("digit sums:", {n: sum(digits(n)) for n in [12, 999, 1001, 7]})
print("armstrong < 1000:", [n for n in range(1, 1000) if n == sum(d ** len(str(n)) for d in digits(n))])
def words_of(text):
    return [w.strip(".,!?").lower() for w in text.split()]
text = "Hello, world! Hello again. The world is big."
ws = words_of(text)
print("words:", ws)
print("unique in order:", [w for i, w in enumerate(ws) if w not in ws[:i]])
print("long words:", sorted({w for w in ws if len(w) > 4}))
print("pythagorean:", [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c])
print("divisors of 36:", [d for d in range(1, 37) if 36 % d == 0])
print("perfect numbers:", [n for n in range(2, 500) if sum(d for d in range(1, n) if n % d == 0) == n])
