"""Validate nested configuration dicts against a declarative schema; fail hard at the end."""
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple


class ConfigError(Exception):
    pass


class SchemaViolation(ConfigError):
    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path


class MultipleViolations(ConfigError):
    def __init__(self, errors: List[SchemaViolation]):
        super().__init__(f"{len(errors)} violation(s): " + "; ".join(str(e) for e in errors))
        self.errors = errors


@dataclass
class Field:
    type: type
    required: bool = True
    default: Any = None
    choices: Optional[Tuple[Any, ...]] = None
    range: Optional[Tuple[float, float]] = None
    children: Optional[Dict[str, "Field"]] = None

    def check(self, value: Any, path: str) -> List[SchemaViolation]:
        errs: List[SchemaViolation] = []
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            return [SchemaViolation(path, f"expected {self.type.__name__}, got {type(value).__name__}")]
        if self.choices is not None and value not in self.choices:
            errs.append(SchemaViolation(path, f"{value!r} not in {list(self.choices)}"))
        if self.range is not None:
            lo, hi = self.range
            if not lo <= value <= hi:
                errs.append(SchemaViolation(path, f"{value} outside [{lo}, {hi}]"))
        if self.children is not None:
            errs.extend(validate(value, self.children, path))
        return errs


def validate(cfg: Dict[str, Any], schema: Dict[str, Field], prefix: str = "") -> List[SchemaViolation]:
    errors: List[SchemaViolation] = []
    for key, spec in schema.items():
        path = f"{prefix}.{key}" if prefix else key
        if key not in cfg:
            if spec.required:
                errors.append(SchemaViolation(path, "missing required key"))
            continue
        errors.extend(spec.check(cfg[key], path))
    for key in cfg.keys() - schema.keys():
        errors.append(SchemaViolation(f"{prefix}.{key}" if prefix else key, "unknown key"))
    return sorted(errors, key=lambda e: e.path)


def with_defaults(cfg: Dict[str, Any], schema: Dict[str, Field]) -> Dict[str, Any]:
    out = {}
    for key, spec in schema.items():
        if key in cfg:
            value = cfg[key]
            out[key] = with_defaults(value, spec.children) if spec.children else value
        elif spec.default is not None:
            out[key] = spec.default
    return out


SCHEMA = {
    "name": Field(str),
    "port": Field(int, range=(1, 65535)),
    "debug": Field(bool, required=False, default=False),
    "log_level": Field(str, required=False, default="info", choices=("debug", "info", "warn", "error")),
    "db": Field(dict, children={
        "host": Field(str),
        "pool": Field(int, required=False, default=5, range=(1, 100)),
    }),
}

configs = {
    "good": {"name": "api", "port": 8080, "db": {"host": "localhost"}},
    "typos": {"name": "api", "port": "80", "db": {"host": "h", "pool": 500}, "verbose": True},
    "nested": {"name": "w", "port": 0, "log_level": "trace", "db": {"pool": True}},
}
for label, cfg in configs.items():
    errs = validate(cfg, SCHEMA)
    if not errs:
        print(f"[{label}] valid -> {with_defaults(cfg, SCHEMA)}")
        continue
    print(f"[{label}] {len(errs)} problem(s):")
    for e in errs:
        print(f"    - {e}")


def load(cfg: Dict[str, Any]) -> Dict[str, Any]:
    errs = validate(cfg, SCHEMA)
    if errs:
        raise MultipleViolations(errs)
    return with_defaults(cfg, SCHEMA)


print("loading 'good' strictly:", load(configs["good"])["db"])
try:
    load(configs["typos"])
except MultipleViolations as exc:
    print(f"caught {len(exc.errors)} errors; first path = {exc.errors[0].path}")
print("now loading 'nested' strictly without a handler...")
load(configs["nested"])
