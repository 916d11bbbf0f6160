def moving_window_sums(values, k):
    sums = []
    # off-by-one: should be len(values) - k + 1
    for i in range(len(values) - k + 2):
        window = [values[i + j] for j in range(k)]
        sums.append(sum(window))
        print(f"window {i}: {window} -> {sums[-1]}")
    return sums

def describe(values):
    print("n =", len(values), "min =", min(values), "max =", max(values))
    print("mean =", sum(values) / len(values))

data = [4, 8, 15, 16, 23, 42]
print("data:", data)
describe(data)
pairs = [values for values in zip(data, data[1:])]
print("pairs:", pairs)
print("diffs:", [b - a for a, b in pairs])
result = moving_window_sums(data, 3)
print("result:", result)
