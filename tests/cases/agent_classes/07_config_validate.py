from typing import Any, Dict, List, Optional
from dataclasses import dataclass


class ConfigError(Exception):
    def __init__(self, path: str, msg: str):
        super().__init__(f"{path}: {msg}")
        self.path = path


class MissingKey(ConfigError):
    pass


class WrongType(ConfigError):
    def __init__(self, path, expected, got):
        super().__init__(path, f"expected {expected}, got {type(got).__name__}")
        self.expected = expected


SCHEMA = {
    "name": str,
    "port": int,
    "debug": bool,
    "db": {"host": str, "port": int, "pool": int},
    "features": list,
}


def validate(cfg: Dict[str, Any], schema: Dict[str, Any], prefix: str = "") -> List[str]:
    checked = []
    for key, expected in schema.items():
        path = f"{prefix}.{key}" if prefix else key
        if key not in cfg:
            raise MissingKey(path, "missing")
        value = cfg[key]
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                raise WrongType(path, "dict", value)
            checked.extend(validate(value, expected, path))
        else:
            if not isinstance(value, expected):
                raise WrongType(path, expected.__name__, value)
            checked.append(path)
    return checked


def summarize(cfg):
    match cfg:
        case {"name": str(name), "port": int(port), "db": {"host": host}}:
            return f"{name} on :{port} using db@{host}"
        case {"name": name}:
            return f"{name} (partial)"
        case _:
            return "unnamed"


good = {
    "name": "svc", "port": 8080, "debug": False,
    "db": {"host": "db1", "port": 5432, "pool": 4},
    "features": ["a", "b"],
}
print("good summary:", summarize(good))
print("checked:", validate(good, SCHEMA))

bad_configs = [
    {"name": "x", "port": "80", "debug": True, "db": {}, "features": []},
    {"name": "y", "port": 1, "debug": True, "db": {"host": "h", "port": 1}, "features": []},
    {"name": "z", "port": 1, "debug": True, "db": [], "features": []},
]
for cfg in bad_configs:
    print("summary:", summarize(cfg))
    try:
        validate(cfg, SCHEMA)
    except WrongType as e:
        print("  wrong type:", e, "| expected", e.expected, "| path", e.path)
    except ConfigError as e:
        print("  config error:", type(e).__name__, e)


def load(cfg):
    try:
        return validate(cfg, SCHEMA)
    except ConfigError as e:
        raise RuntimeError(f"could not load config {cfg.get('name', '?')!r}") from e


print("loading final config...")
print(load(good)[:3])
final = dict(good)
final["db"] = {"host": "db2", "port": 5432, "pool": "eight"}
load(final)
print("unreachable")
