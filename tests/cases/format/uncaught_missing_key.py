# Rendering rows with a template; a row missing a key raises KeyError
template = "{id:>3} | {name:<10} | {score:5.1f}"
rows = [{"id": 1, "name": "ann", "score": 91.25},
        {"id": 2, "name": "ben", "score": 78.5},
        {"id": 3, "name": "cal"}]
print("keys per row:", [len(r) for r in rows])
print(f"{'id':>3} | {'name':<10} | {'score':>5}")
for row in rows:
    print(template.format(**row))
print("all rendered")
