def stage_parse(lines):
    out = []
    for line in lines:
        name, value = line.split("=")
        out.append((name.strip(), int(value)))
    return out

def stage_scale(pairs, factor):
    return [(n, v * factor) for n, v in pairs]

def stage_summarize(pairs):
    total = sum(v for _, v in pairs)
    return {"count": len(pairs), "total": total, "mean": total / len(pairs)}

def describe(summary):
    parts = []
    for key in ("count", "total", "mean"):
        value = summary[key]
        if isinstance(value, float):
            parts.append(f"{key}={value:.2f}")
        else:
            parts.append(f"{key}={value}")
    return " ".join(parts)

grand = {"count": 0, "total": 0}

batches = [
    ["a = 1", "b = 2", "c = 3"],
    ["x = 10", "y = 20"],
    [],
    ["z = 5"],
]
for i, batch in enumerate(batches):
    print(f"batch {i}: {len(batch)} lines")
    parsed = stage_parse(batch)
    print("  parsed:", parsed)
    scaled = stage_scale(parsed, 10)
    print("  scaled:", scaled)
    summary = stage_summarize(scaled)
    print("  summary:", describe(summary))
    grand["count"] += summary["count"]
    grand["total"] += summary["total"]
    print("  running grand:", grand)
print("all batches done")
