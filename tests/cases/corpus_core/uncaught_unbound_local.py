def summarize(scores):
    if scores:
        best = max(scores)
        worst = min(scores)
    print("count:", len(scores))
    return best - worst

def describe(label, scores):
    spread = summarize(scores)
    kind = "tight" if spread < 10 else "wide"
    print(f"{label}: spread {spread} ({kind})")
    return spread

batches = {
    "morning": [70, 85, 92, 64],
    "noon": [50],
    "evening": [88, 90, 84],
    "night": [],
}
spreads = {}
for label, scores in batches.items():
    spreads[label] = describe(label, scores)
    print("spreads so far:", spreads)
