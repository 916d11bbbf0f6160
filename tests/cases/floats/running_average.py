# Exponential moving average over sensor readings
readings = [10.0, 12.0, 11.5, 13.25, 20.0, 12.75, 11.0, 10.5]
alpha = 0.25
ema = readings[0]
for i, r in enumerate(readings):
    ema = alpha * r + (1 - alpha) * ema
    print(f"step {i}: reading={r} ema={ema!r} rounded={round(ema, 3)}")
window = 3
for i in range(len(readings) - window + 1):
    chunk = readings[i:i + window]
    print("sma", i, sum(chunk) / window)
diffs = [b - a for a, b in zip(readings, readings[1:])]
print("diffs:", diffs)
print("max jump:", max(diffs, key=abs))
