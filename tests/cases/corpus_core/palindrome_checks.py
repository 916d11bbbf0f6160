def clean(s):
    return "".join(ch.lower() for ch in s if ch.isalnum())

def is_pal(s):
    c = clean(s)
    return c == c[::-1]

def is_pal_two_pointer(s):
    i, j = 0, len(s) - 1
    steps = 0
    while i < j:
        while i < j and not s[i].isalnum():
            i += 1
        while i < j and not s[j].isalnum():
            j -= 1
        if s[i].lower() != s[j].lower():
            return False, steps
        i += 1
        j -= 1
        steps += 1
    return True, steps

samples = ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon",
           "Was it a car or a cat I saw?", "ab", "abcba!", "12321", "123 21"]
for s in samples:
    a = is_pal(s)
    b, steps = is_pal_two_pointer(s)
    print(f"{s!r:35} {a!s:5} {b!s:5} steps={steps}")

def longest_pal_substring(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            cand = s[lo + 1:hi]
            if len(cand) > len(best):
                best = cand
    return best

for s in ["babad", "cbbd", "forgeeksskeegfor", "abacdfgdcaba", "x"]:
    print(s, "->", longest_pal_substring(s))

nums = [n for n in range(100, 200) if str(n) == str(n)[::-1]]
print("palindromic numbers:", nums)
print("count:", len(nums), "sum:", sum(nums))
