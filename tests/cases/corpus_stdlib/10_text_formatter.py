"""Reformat help text and release notes for a CLI tool."""
import textwrap

HELP = """
    usage: sync-tool [options] SOURCE DEST

    Synchronise files between SOURCE and DEST. Files that exist only in SOURCE are copied, files that differ are overwritten unless --no-clobber is given, and files that exist only in DEST are left alone unless --delete is specified.

    Options:
      --dry-run      show what would happen
      --delete       remove extraneous files
"""

NOTES = [
    ("1.4.0", "Added parallel transfers with a configurable worker pool, which dramatically improves throughput on high-latency links."),
    ("1.3.2", "Fixed a crash when DEST contained symlinks pointing outside of the tree."),
    ("1.3.1", "Minor docs."),
]

cleaned = textwrap.dedent(HELP).strip("\n")
print("--- dedented help ---")
print(cleaned)

paragraphs = cleaned.split("\n\n")
print("--- rewrapped paragraph 2 (width 50) ---")
wrapped = textwrap.wrap(paragraphs[1], width=50)
for line in wrapped:
    print(f"|{line:<50}|")
print("lines:", len(wrapped), "longest:", max(map(len, wrapped)))

print("--- release notes ---")
for version, note in NOTES:
    body = textwrap.fill(note, width=56, initial_indent=f"v{version:<7}", subsequent_indent=" " * 8)
    print(body)

print("--- quoted ---")
print(textwrap.indent(textwrap.fill(NOTES[0][1], 40), "> "))
print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda line: True), end="")

print("--- shortened ---")
for width in (20, 35, 80):
    print(width, repr(textwrap.shorten(NOTES[1][1], width=width)))
try:
    textwrap.shorten("hello world", width=3, placeholder=" [more]")
except ValueError as e:
    print(type(e).__name__, e)

w = textwrap.TextWrapper(width=30, break_long_words=True, max_lines=3, placeholder="...")
print(w.wrap("supercalifragilisticexpialidocious " * 4))
