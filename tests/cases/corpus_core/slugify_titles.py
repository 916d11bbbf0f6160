def slugify(title, max_len=30):
    out = []
    prev_dash = False
    for ch in title.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
            prev_dash = False
        elif not prev_dash:
            out.append("-")
            prev_dash = True
    slug = "".join(out).strip("-")
    if len(slug) > max_len:
        cut = slug[:max_len]
        if "-" in cut:
            cut = cut[:cut.rfind("-")]
        slug = cut
    return slug

titles = [
    "Hello, World!",
    "  Python 3.12: What's New?  ",
    "C++ vs. Rust -- a comparison",
    "100% Pure   Awesome!!!",
    "Ünïcödé Tëxt is here",
    "A very long title that will definitely need to be truncated somewhere",
    "---",
    "already-a-slug",
]
seen = {}
for t in titles:
    s = slugify(t)
    if s in seen:
        seen[s] += 1
        s = f"{s}-{seen[s]}"
    else:
        seen[s] = 1
    print(f"{t!r:<50} -> {s!r}")

print(slugify("Repeat Me"), slugify("repeat   me"), slugify("Repeat-Me!", 5))
print([slugify(x, 8) for x in ["abc def ghi", "abcdefghijk", "a b"]])
