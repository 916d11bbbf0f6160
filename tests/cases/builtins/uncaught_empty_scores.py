# Finding the best score per team; an empty team raises IndexError uncaught
teams = {"red": [12, 40, 33], "blue": [28, 19], "green": []}
print("teams:", sorted(teams))
print("sizes:", {k: len(v) for k, v in teams.items()})
print("overall max:", max(max(v, default=0) for v in teams.values()))
for team, scores in teams.items():
    print(team, "games:", len(scores), "total:", sum(scores))
    print(team, "best:", max(scores, default=None))
    print(team, "top:", sorted(scores, reverse=True)[0])
print("done")
