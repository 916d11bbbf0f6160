ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]

def under_thousand(n):
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append(ONES[hundreds] + " hundred")
    if rest:
        if rest < 20:
            words.append(ONES[rest])
        else:
            t, o = divmod(rest, 10)
            words.append(TENS[t] + ("-" + ONES[o] if o else ""))
    return " ".join(words)

def spell(n):
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + spell(-n)
    parts = []
    for value, name in SCALES:
        if n >= value:
            chunk, n = divmod(n, value)
            parts.append(spell(chunk) + " " + name)
    if n:
        parts.append(under_thousand(n))
    return " ".join(parts)

for n in [0, 7, 13, 20, 42, 99, 100, 101, 110, 999, 1000, 1001, 12345, 1000000,
          1234567, -56, 2000000017, 10 ** 12]:
    print(f"{n:>14,}: {spell(n)}")

letters = sum(len(spell(i).replace(" ", "").replace("-", "")) for i in range(1, 101))
print("letters 1..100:", letters)
longest = max(range(1, 1000), key=lambda i: (len(spell(i)), -i))
print("longest under 1000:", longest, spell(longest))
