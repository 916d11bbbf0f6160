teams = {
    "red": {"wins": 12, "games": 20},
    "blue": {"wins": 9, "games": 18},
    "green": {"wins": 15, "games": 16},
    "yellow": {"wins": 0, "games": 0},
    "purple": {"wins": 4, "games": 10},
}

def win_rate(stats):
    return stats["wins"] / stats["games"]

def grade(rate):
    if rate >= 0.75:
        return "elite"
    if rate >= 0.5:
        return "solid"
    return "rebuilding"

print(f"{'team':<8}{'W':>4}{'G':>4}{'rate':>8}")
played = sum(t["games"] for t in teams.values())
print("games recorded:", played)
for name, stats in teams.items():
    rate = win_rate(stats)
    bar = "#" * int(rate * 20)
    print(f"{name:<8}{stats['wins']:>4}{stats['games']:>4}{rate:>8.3f} {bar} {grade(rate)}")
print("done")
