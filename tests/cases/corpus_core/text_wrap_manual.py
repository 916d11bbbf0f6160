PARAGRAPH = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
             "tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, "
             "quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. "
             "Supercalifragilisticexpialidocious is long.")

def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(" ".join(current))
                current, length = [], 0
            lines.append(word[:width])
            word = word[width:]
        extra = len(word) + (1 if current else 0)
        if length + extra > width:
            lines.append(" ".join(current))
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

for width in (40, 25, 12):
    print(f"--- width {width} ---")
    lines = wrap(PARAGRAPH, width)
    for ln in lines:
        assert len(ln) <= width, ln
        print("|" + ln.ljust(width) + "|")
    print(f"{len(lines)} lines")

print("--- justified 30 ---")
lines = wrap(PARAGRAPH, 30)
for ln in lines[:-1]:
    print("|" + justify(ln, 30) + "|")
print("|" + lines[-1].ljust(30) + "|")
