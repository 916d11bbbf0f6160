DOC = """# Project Title
Some intro text.

## Installation
Run the installer.

### Requirements
- python
- rust

### Steps
1. clone
2. build

## Usage
Use it like this.

# Appendix
## FAQ
### Why?
Because.
"""

def outline(doc):
    headings = []
    for line in doc.splitlines():
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            title = line[level:].strip()
            headings.append((level, title))
    return headings

heads = outline(DOC)
print("headings:", len(heads))
counters = [0] * 6
for level, title in heads:
    counters[level - 1] += 1
    for i in range(level, 6):
        counters[i] = 0
    number = ".".join(str(c) for c in counters[:level])
    anchor = "-".join(title.lower().replace("?", "").split())
    print("  " * (level - 1) + f"{number} {title} (#{anchor})")

bullets = [l[2:] for l in DOC.splitlines() if l.startswith("- ")]
numbered = [l.split(". ", 1)[1] for l in DOC.splitlines() if l[:1].isdigit() and ". " in l]
print("bullets:", bullets)
print("numbered:", numbered)

sections = {}
current = None
for line in DOC.splitlines():
    if line.startswith("#"):
        current = line.lstrip("#").strip()
        sections[current] = []
    elif line.strip() and current:
        sections[current].append(line)
for name, body in sections.items():
    print(f"{name!r}: {len(body)} line(s), {sum(len(b.split()) for b in body)} word(s)")
print(max(sections, key=lambda k: len(sections[k])))
