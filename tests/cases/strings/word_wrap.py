# Simple greedy word wrapping
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs. How vexingly quick daft zebras jump!")
def wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines
for width in (20, 32, 50):
    print(f"--- width {width}")
    for line in wrap(text, width):
        print("|" + line.ljust(width) + "|")
lines = wrap(text, 25)
print("longest:", max(lines, key=len))
print("centered:")
for line in lines[:3]:
    print("[" + line.center(30) + "]")
