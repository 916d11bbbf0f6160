words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print("sorted:", sorted(words))
print("casefold:", sorted(words, key=lambda w: (w.lower(), w)))
print("len then alpha:", sorted(words, key=lambda w: (len(w), w)))
print("vowel count:", sorted(words, key=lambda w: (sum(c in "aeiou" for c in w.lower()), w)))
scores = {"ann": [90, 80], "bob": [70, 95, 85], "cy": [88]}
print("by avg:", sorted(scores, key=lambda n: sum(scores[n]) / len(scores[n])))
print("by best desc:", sorted(scores, key=lambda n: -max(scores[n])))
print("ranked:", [f"{i + 1}. {n}" for i, n in enumerate(sorted(scores, key=lambda n: -sum(scores[n])))])
nums = [15, 3, 22, 8, 41, 7]
print("by last digit:", sorted(nums, key=lambda n: n % 10))
print("odd first:", sorted(nums, key=lambda n: (n % 2 == 0, n)))
print("top 3:", sorted(nums, reverse=True)[:3])
