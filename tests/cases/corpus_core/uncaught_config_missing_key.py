REQUIRED = ["host", "port", "user", "password"]

def load(text):
    cfg = {}
    for line in text.strip().splitlines():
        k, v = line.split("=", 1)
        cfg[k.strip()] = v.strip()
    return cfg

def connect(cfg):
    print("connecting with", len(cfg), "settings")
    for key in REQUIRED:
        value = cfg[key]
        shown = "*" * len(value) if key == "password" else value
        print(f"  {key}: {shown}")
    return "connected"

good = load("""
host = db.local
port = 5432
user = admin
password = s3cret
""")
print(connect(good))
bad = load("""
host = db.remote
port = 6543
user = guest
""")
print("second config keys:", sorted(bad))
print(connect(bad))
print("never printed")
