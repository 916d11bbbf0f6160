"""Load typed settings from an env-style mapping; a bad value is not handled."""
import json
import re
import string
from typing import Any, Callable, Dict, Optional

ENV = {
    "APP_NAME": "inventory-svc",
    "APP_PORT": "8080",
    "APP_DEBUG": "yes",
    "APP_WORKERS": "4",
    "APP_ALLOWED_HOSTS": "a.example.com, b.example.com ,c.example.com",
    "APP_DB_URL": "postgres://user@db:5432/inv",
    "APP_RETRY_LIMIT": "3x",
    "APP_GREETING": "Hello, ${USER_NAME}!",
    "USER_NAME": "operator",
}

TRUTHY = {"1", "true", "yes", "on"}


def as_bool(v: str) -> bool:
    return v.strip().lower() in TRUTHY


def as_list(v: str) -> list:
    return [item.strip() for item in re.split(r"\s*,\s*", v) if item.strip()]


SCHEMA: Dict[str, Callable[[str], Any]] = {
    "NAME": str, "PORT": int, "DEBUG": as_bool, "WORKERS": int,
    "ALLOWED_HOSTS": as_list, "DB_URL": str, "GREETING": str,
}


def get(name: str, cast: Callable[[str], Any], default: Optional[Any] = None) -> Any:
    raw = ENV.get(f"APP_{name}")
    if raw is None:
        return default
    return cast(string.Template(raw).safe_substitute(ENV))


settings = {name.lower(): get(name, cast) for name, cast in SCHEMA.items()}
print(json.dumps(settings, indent=2, sort_keys=True))
db = re.match(r"(?P<scheme>\w+)://(?P<user>\w+)@(?P<host>[\w.]+):(?P<port>\d+)/(?P<db>\w+)", settings["db_url"])
print("db parts:", db.groupdict())
print("hosts:", len(settings["allowed_hosts"]), "debug:", settings["debug"], "timeout default:", get("TIMEOUT", float, 2.5))
unknown = sorted(k for k in ENV if k.startswith("APP_") and k[4:] not in SCHEMA)
print("unrecognised keys:", unknown)
for key in unknown:
    print(f"  {key} = {ENV[key]!r} looks numeric: {ENV[key].isdigit()}")

valid_name = set(string.ascii_lowercase + string.digits + "-")
print("service name valid:", set(settings["name"]) <= valid_name)
retry_limit = get("RETRY_LIMIT", int, 5)
print("retry limit:", retry_limit)
