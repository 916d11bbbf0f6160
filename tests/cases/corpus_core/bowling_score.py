def score(rolls):
    total = 0
    i = 0
    frames = []
    for frame in range(10):
        if i >= len(rolls):
            raise ValueError(f"incomplete game at frame {frame + 1}")
        if rolls[i] == 10:
            pts = 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            pts = 10 + rolls[i + 2]
            i += 2
        else:
            if rolls[i] + rolls[i + 1] > 10:
                raise ValueError(f"frame {frame + 1} knocks down {rolls[i] + rolls[i + 1]} pins")
            pts = rolls[i] + rolls[i + 1]
            i += 2
        total += pts
        frames.append(total)
    return total, frames

def parse_card(card):
    rolls = []
    for ch in card.replace(" ", ""):
        if ch == "X":
            rolls.append(10)
        elif ch == "/":
            rolls.append(10 - rolls[-1])
        elif ch == "-":
            rolls.append(0)
        else:
            rolls.append(int(ch))
    return rolls

games = {
    "perfect": "XXXXXXXXXXXX",
    "all spares": "5/5/5/5/5/5/5/5/5/5/5",
    "gutter": "--------------------",
    "nines": "9-9-9-9-9-9-9-9-9-9-",
    "mixed": "X 7/ 9- X -8 8/ -6 X X X81",
    "short": "XXX",
    "bad": "87 --",
}
for name, card in games.items():
    try:
        rolls = parse_card(card)
        total, frames = score(rolls)
        print(f"{name:>10}: {total:>3}  frames={frames}")
    except (ValueError, IndexError) as e:
        print(f"{name:>10}: error {type(e).__name__}: {e}")
print(parse_card("X 7/ 9-"))
