class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, label):
        self.label = label
        self.rank = Card.RANKS.index(label[0])

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return self.rank < other.rank

    def __le__(self, other):
        return self.rank <= other.rank

    def __gt__(self, other):
        return self.rank > other.rank

    def __ge__(self, other):
        return self.rank >= other.rank

    def __repr__(self):
        return self.label

a, k, k2, t = Card("As"), Card("Kh"), Card("Kd"), Card("Tc")
print(a > k, a < k, k >= k2, k <= k2, k == k2, k != k2)
print(t < k < a)
print(t < a < k)
hand = [Card("5s"), a, t, Card("2d"), k]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(max(hand), min(hand))
print(sorted([k, k2]), sorted([k2, k]))
print(sorted(hand, key=lambda c: c.label[1]))
print(max(hand, key=lambda c: -c.rank))
hand.sort()
print(hand)
print(k2 == k, k2 is k)
