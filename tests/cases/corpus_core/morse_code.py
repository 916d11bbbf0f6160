MORSE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..",
    "0": "-----", "1": ".----", "2": "..---", "3": "...--", "4": "....-",
    "5": ".....", "6": "-....", "7": "--...", "8": "---..", "9": "----.",
}
REVERSE = {v: k for k, v in MORSE.items()}

def encode(msg):
    words = []
    for word in msg.upper().split():
        letters = [MORSE[c] for c in word if c in MORSE]
        words.append(" ".join(letters))
    return " / ".join(words)

def decode(code):
    out = []
    for word in code.split(" / "):
        out.append("".join(REVERSE.get(sym, "?") for sym in word.split()))
    return " ".join(out)

for msg in ["SOS", "Hello World", "agent 007", "Python is fun!"]:
    enc = encode(msg)
    print(f"{msg!r} => {enc}")
    print("   back:", decode(enc))

print(decode("... --- ... / .-.-.-"))
dots = sum(code.count(".") for code in MORSE.values())
dashes = sum(code.count("-") for code in MORSE.values())
print("dots:", dots, "dashes:", dashes)
by_len = {}
for letter, code in MORSE.items():
    by_len.setdefault(len(code), []).append(letter)
for n in sorted(by_len):
    print(n, "".join(sorted(by_len[n])))
print(len(MORSE), len(REVERSE), REVERSE["-.-."])
