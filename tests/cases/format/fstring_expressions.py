# Arbitrary expressions inside f-strings
items = {"apple": 3, "pear": 5}
nums = [4, 8, 15, 16, 23, 42]
print(f"total={sum(nums)} max={max(nums)} count={len(nums)}")
print(f"{'yes' if len(nums) > 3 else 'no'}")
print(f"{[n * 2 for n in nums[:3]]}")
print(f"{items['apple']} apples, {items.get('kiwi', 0)} kiwis")
print(f"{', '.join(sorted(items))}")
print(f"{(lambda a: a ** 2)(7)}")
print(f"{nums[-1] // 5} r {nums[-1] % 5}")
print(f"{3 + 4j if False else 7}")
x = 5
print(f"{x:{'>' if x > 3 else '<'}{x}}|")
print(f"{'nested {braces}'}")
print(f"{'{'}{x}{'}'}")
print(f"{x!r:>4}{x!s:<4}|")
print(f"a" f"b" f"{x}")
print(f"{x}" "plain" f"{x + 1}")
print(f"""multi
{x}
line""")
