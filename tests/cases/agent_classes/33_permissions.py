from dataclasses import dataclass, field
from typing import Dict, List, Set, FrozenSet


class AccessDenied(PermissionError):
    def __init__(self, user: str, action: str, resource: str):
        super().__init__(f"{user} may not {action} {resource}")
        self.user = user
        self.action = action


@dataclass(frozen=True)
class Role:
    name: str
    perms: FrozenSet[str] = frozenset()
    parent: "Role | None" = None

    def all_perms(self) -> Set[str]:
        acc = set(self.perms)
        if self.parent is not None:
            acc |= self.parent.all_perms()
        return acc

    def lineage(self) -> List[str]:
        chain, r = [], self
        while r is not None:
            chain.append(r.name)
            r = r.parent
        return chain


@dataclass
class User:
    name: str
    roles: List[Role] = field(default_factory=list)
    overrides: Dict[str, bool] = field(default_factory=dict)

    def can(self, perm: str) -> bool:
        if perm in self.overrides:
            return self.overrides[perm]
        return any(perm in r.all_perms() for r in self.roles)


viewer = Role("viewer", frozenset({"read"}))
editor = Role("editor", frozenset({"write", "comment"}), viewer)
admin = Role("admin", frozenset({"delete", "invite"}), editor)
auditor = Role("auditor", frozenset({"read_logs"}), viewer)

users = [
    User("ann", [admin]),
    User("bob", [editor]),
    User("cat", [viewer, auditor]),
    User("dan", [editor], {"write": False}),
    User("eve", [], {"read": True}),
]

for r in (viewer, editor, admin, auditor):
    print(f"{r.name:>8}: lineage={r.lineage()} perms={sorted(r.all_perms())}")

actions = ["read", "write", "delete", "read_logs", "invite"]
print(f"{'user':<5}" + "".join(f"{a:>10}" for a in actions))
for u in users:
    print(f"{u.name:<5}" + "".join(f"{('yes' if u.can(a) else '-'):>10}" for a in actions))


def perform(user: User, action: str, resource: str) -> str:
    if not user.can(action):
        raise AccessDenied(user.name, action, resource)
    return f"{user.name} did {action} on {resource}"


role_index = {viewer: "v", editor: "e", admin: "a"}
print("role keys:", sorted(role_index.values()), "admin lookup:", role_index[Role("admin", admin.perms, editor)])
requests = [("ann", "delete", "doc1"), ("bob", "delete", "doc1"), ("dan", "write", "doc2"), ("cat", "read_logs", "sys")]
by_name = {u.name: u for u in users}
for name, action, res in requests:
    try:
        print("  ", perform(by_name[name], action, res))
    except AccessDenied as e:
        print("   denied:", e, "| isinstance PermissionError:", isinstance(e, PermissionError))

print("final request by eve...")
print(perform(by_name["eve"], "read", "doc1"))
print(perform(by_name["eve"], "write", "doc1"))
