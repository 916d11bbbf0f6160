class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class RequiredError(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")


class RangeError(ValidationError):
    def __init__(self, field, lo, hi, value):
        super().__init__(field, f"{value} not in [{lo}, {hi}]")
        self.lo = lo
        self.hi = hi


def validate(record):
    errors = []
    for field in ("name", "age"):
        if field not in record:
            errors.append(RequiredError(field))
    if "age" in record:
        age = record["age"]
        if not 0 <= age <= 150:
            errors.append(RangeError("age", 0, 150, age))
    return errors


records = [
    {"name": "ann", "age": 30},
    {"age": 200},
    {"name": "bob"},
    {},
]
for i, rec in enumerate(records):
    errs = validate(rec)
    print(f"record {i}: {len(errs)} error(s)")
    for err in errs:
        print("  ", type(err).__name__, "-", err, "-", err.field)

counts = {}
for rec in records:
    for err in validate(rec):
        name = type(err).__name__
        counts[name] = counts.get(name, 0) + 1
print(sorted(counts.items()))

first_bad = validate(records[1])[1]
print(first_bad.lo, first_bad.hi, first_bad.message)
raise first_bad
