math_club = {1, 3, 5, 7, 9, 11}
chess_club = {2, 3, 5, 8, 13}
art_club = {1, 2, 3, 4, 5}
print("math:", sorted(math_club))
print("chess:", sorted(chess_club))
print("art:", sorted(art_club))
print("in all three:", math_club & chess_club & art_club)
print("in any:", sorted(math_club | chess_club | art_club))
print("math only:", sorted(math_club - chess_club - art_club))
print("exactly two clubs:", sorted(
    ((math_club & chess_club) | (math_club & art_club) | (chess_club & art_club)) - (math_club & chess_club & art_club)))
counts = {}
for club in (math_club, chess_club, art_club):
    for s in club:
        counts[s] = counts.get(s, 0) + 1
print("membership counts:", dict(sorted(counts.items())))
print("chess subset of union:", chess_club <= (math_club | chess_club))
print("art disjoint with {6, 7}:", art_club.isdisjoint({6, 7}))
everyone = set(range(1, 14))
print("in no club:", sorted(everyone - math_club - chess_club - art_club))
print("sym diff math/art:", sorted(math_club ^ art_club))
