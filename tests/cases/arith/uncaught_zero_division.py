# Average of an empty batch blows up with an uncaught ZeroDivisionError
batches = [[4, 8, 15], [16, 23, 42], []]
print("batches:", len(batches))
print("sizes:", [len(b) for b in batches])
for i, batch in enumerate(batches):
    total = sum(batch)
    print("batch", i, "total", total, "count", len(batch))
    avg = total // len(batch)
    print("batch", i, "avg", avg)
print("unreachable")
