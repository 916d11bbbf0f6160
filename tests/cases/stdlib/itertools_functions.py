import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap,
                       takewhile, tee, zip_longest)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)), list(islice(repeat(0), 2)), list(repeat(1, 0)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(chain("ab", [1, 2], ())), list(chain.from_iterable([[1], [2, 3]])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print([k for k, g in groupby("aabbbc")], list(groupby([])))
rows = [("fruit", "apple"), ("fruit", "pear"), ("veg", "leek"), ("fruit", "fig")]
for key, group in groupby(sorted(rows), key=lambda r: r[0]):
    print(key, [name for _, name in group])
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)), list(islice("abcdefg", 0, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(pairwise("abcd")), list(pairwise([1])), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "x", fillvalue="-")), list(zip_longest()))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()), list(product("ab", [])))
print(list(permutations("abc")), list(permutations(range(4), 2))[:5], len(list(permutations(range(5)))), list(permutations("ab", 3)), list(permutations("ab", 0)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
print(sum(1 for _ in combinations(range(10), 4)), next(permutations([3, 1, 2])))
pairs = [(x, y) for x, y in product(range(3), repeat=2) if x < y]
print(pairs, dict(zip(count(1), "abc")))
try:
    list(islice("abc", -1))
except ValueError as e:
    print(type(e).__name__, e)
