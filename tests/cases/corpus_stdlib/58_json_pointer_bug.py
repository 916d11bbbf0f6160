"""Resolve JSON Pointer (RFC 6901) paths in a document; a bad path crashes."""
import copy
import json
from typing import Any, List

DOC = json.loads("""
{
  "service": {"name": "billing", "replicas": 3,
              "ports": [{"name": "http", "port": 8080}, {"name": "metrics", "port": 9100}]},
  "owners": ["team-a", "team-b"],
  "a/b": {"m~n": "escaped key"},
  "limits": {"cpu": "500m", "memory": null}
}
""")


def split_pointer(pointer: str) -> List[str]:
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"invalid JSON pointer {pointer!r}")
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer[1:].split("/")]


def resolve(doc: Any, pointer: str) -> Any:
    node = doc
    for token in split_pointer(pointer):
        if isinstance(node, list):
            node = node[int(token)]
        else:
            node = node[token]
    return node


def try_resolve(pointer: str) -> None:
    try:
        value = resolve(DOC, pointer)
        print(f"{pointer!r:<28} => {json.dumps(value)}")
    except (KeyError, IndexError, ValueError, TypeError) as e:
        print(f"{pointer!r:<28} !! {type(e).__name__}: {e}")


for p in ["/service/name", "/service/ports/1/port", "/owners/0", "/a~1b/m~0n", "/limits/memory",
          "", "/owners/5", "/service/ports/x", "service", "/limits/cpu/0", "/limits/memory/units"]:
    try_resolve(p)

print(json.dumps(resolve(DOC, "/service/ports"), indent=2))
required = ["/service/name", "/service/replicas", "/service/ports/0/port"]
patched = copy.deepcopy(DOC)
resolve(patched, "/service")["replicas"] = 5
resolve(patched, "/owners").append("team-c")
print("patched replicas:", resolve(patched, "/service/replicas"), "original:", resolve(DOC, "/service/replicas"))
print("owners:", resolve(patched, "/owners"), "vs", resolve(DOC, "/owners"))
shallow = copy.copy(DOC)
shallow["limits"]["cpu"] = "1"
print("shallow copy leaked into original:", DOC["limits"]["cpu"] == "1")
print("required present:", all(resolve(DOC, p) is not None for p in required))


def port_for(name: str) -> int:
    ports = resolve(DOC, "/service/ports")
    by_name = {p["name"]: p["port"] for p in ports}
    return by_name[name]


for name in ["http", "metrics", "grpc"]:
    print(f"port for {name}: {port_for(name)}")
