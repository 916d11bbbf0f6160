config = {
    "server": {"host": "0.0.0.0", "port": 8080, "tls": {"enabled": True, "cert": "/etc/cert.pem"}},
    "database": {"primary": {"host": "db1", "port": 5432}, "replicas": [{"host": "db2"}, {"host": "db3", "port": 5433}]},
    "features": ["search", "export"],
    "debug": False,
}

def walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            walk(v, f"{path}.{k}" if path else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            walk(v, f"{path}[{i}]")
    else:
        print(f"{path} = {obj!r}")

walk(config)

def get_path(obj, dotted, default=None):
    cur = obj
    for part in dotted.split("."):
        if isinstance(cur, list):
            try:
                cur = cur[int(part)]
            except (ValueError, IndexError):
                return default
        elif isinstance(cur, dict) and part in cur:
            cur = cur[part]
        else:
            return default
    return cur

for p in ["server.port", "server.tls.cert", "database.replicas.1.port", "database.replicas.0.port",
          "database.replicas.9.host", "features.0", "nope.x"]:
    print(f"{p:28} -> {get_path(config, p, '<missing>')!r}")

def set_path(obj, dotted, value):
    parts = dotted.split(".")
    cur = obj
    for part in parts[:-1]:
        cur = cur.setdefault(part, {})
    cur[parts[-1]] = value

set_path(config, "server.tls.enabled", False)
set_path(config, "logging.level", "info")
set_path(config, "logging.file.path", "/var/log/app")
print(config["logging"])
print(config["server"]["tls"])

def depth(obj):
    if isinstance(obj, dict):
        return 1 + max((depth(v) for v in obj.values()), default=0)
    if isinstance(obj, list):
        return 1 + max((depth(v) for v in obj), default=0)
    return 0
print("depth:", depth(config))
def count_leaves(obj):
    if isinstance(obj, dict):
        return sum(count_leaves(v) for v in obj.values())
    if isinstance(obj, list):
        return sum(count_leaves(v) for v in obj)
    return 1
print("leaves:", count_leaves(config))
