"""Deep-merge layered JSON configs (defaults < env < overrides)."""
import copy
import json
from typing import Any, Dict

DEFAULTS = '{"server": {"host": "0.0.0.0", "port": 8080, "workers": 2}, "logging": {"level": "INFO", "handlers": ["console"]}, "features": {"beta": false}}'
ENV = '{"server": {"port": 9000}, "logging": {"handlers": ["console", "file"]}}'
OVERRIDES = '{"server": {"workers": 8}, "features": {"beta": true, "dark_mode": true}, "debug": true}'
BROKEN = '{"server": {"port": 9001}'


def deep_merge(base: Dict[str, Any], extra: Dict[str, Any]) -> Dict[str, Any]:
    result = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = deep_merge(result[key], value)
        else:
            result[key] = copy.deepcopy(value)
    return result


def load_layer(name: str, text: str) -> Dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"[warn] layer {name!r} is invalid JSON: {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
        return {}
    print(f"[info] layer {name!r} loaded with keys {sorted(data)}")
    return data


layers = [("defaults", DEFAULTS), ("env", ENV), ("broken", BROKEN), ("overrides", OVERRIDES)]
config: Dict[str, Any] = {}
for name, text in layers:
    config = deep_merge(config, load_layer(name, text))

print(json.dumps(config, indent=2, sort_keys=True))

defaults = json.loads(DEFAULTS)
merged_again = deep_merge(defaults, {"logging": {"level": "DEBUG"}})
merged_again["logging"]["handlers"].append("syslog")
print("defaults handlers untouched:", defaults["logging"]["handlers"])
print("merged handlers:", merged_again["logging"]["handlers"])

compact = json.dumps(config, separators=(",", ":"), sort_keys=True)
print("compact length:", len(compact))
print(compact[:60] + "...")


def diff_keys(a: Dict[str, Any], b: Dict[str, Any], prefix: str = "") -> list:
    changes = []
    for key in sorted(set(a) | set(b)):
        path = f"{prefix}.{key}" if prefix else key
        if key not in a:
            changes.append(f"+ {path}")
        elif key not in b:
            changes.append(f"- {path}")
        elif isinstance(a[key], dict) and isinstance(b[key], dict):
            changes.extend(diff_keys(a[key], b[key], path))
        elif a[key] != b[key]:
            changes.append(f"~ {path}: {a[key]!r} -> {b[key]!r}")
    return changes


for line in diff_keys(defaults, config):
    print(line)
