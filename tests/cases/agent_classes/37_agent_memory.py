from dataclasses import dataclass, field
from typing import List, Dict, Optional, Iterator
from collections import deque, Counter


@dataclass
class Message:
    role: str
    content: str
    tokens: int = 0

    def __post_init__(self):
        if self.role not in ("system", "user", "assistant", "tool"):
            raise ValueError(f"bad role {self.role}")
        self.tokens = len(self.content.split())


class Conversation:
    def __init__(self, budget: int):
        self.budget = budget
        self.system: Optional[Message] = None
        self.window: deque = deque()
        self.archived: List[Message] = []

    def add(self, role: str, content: str) -> "Conversation":
        msg = Message(role, content)
        if role == "system":
            self.system = msg
        else:
            self.window.append(msg)
            self._trim()
        return self

    @property
    def used(self) -> int:
        return sum(m.tokens for m in self) 

    def _trim(self):
        while self.used > self.budget and len(self.window) > 1:
            self.archived.append(self.window.popleft())

    def __iter__(self) -> Iterator[Message]:
        if self.system:
            yield self.system
        yield from self.window

    def __len__(self):
        return len(self.window) + (1 if self.system else 0)

    def summary(self) -> str:
        roles = Counter(m.role for m in self.archived)
        parts = [f"{n} {r}" for r, n in sorted(roles.items())]
        return "archived: " + (", ".join(parts) if parts else "none")

    def render(self) -> str:
        return "\n".join(f"  [{m.role:>9}] ({m.tokens:2d}) {m.content}" for m in self)


def keyword_recall(messages: List[Message], query: str, k: int = 2) -> List[Message]:
    q = set(query.lower().split())
    scored = [(len(q & set(m.content.lower().split())), -i, m) for i, m in enumerate(messages)]
    scored = [s for s in scored if s[0] > 0]
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    return [m for _, _, m in scored[:k]]


conv = Conversation(budget=30)
script = [
    ("system", "You are a helpful assistant for a bakery"),
    ("user", "What bread do you sell today"),
    ("assistant", "We have sourdough rye and a seeded loaf"),
    ("user", "Is the rye made with caraway seeds"),
    ("assistant", "Yes the rye contains caraway"),
    ("tool", "inventory sourdough=4 rye=0 seeded=7"),
    ("assistant", "Sorry the rye just sold out but sourdough remains"),
    ("user", "Reserve two sourdough loaves please"),
]
for role, text in script:
    conv.add(role, text)
    print(f"after {role:<9} len={len(conv)} used={conv.used:2d} archived={len(conv.archived)}")
print(conv.render())
print(conv.summary())
hits = keyword_recall(conv.archived, "rye caraway seeds")
print("recall:", [h.content for h in hits])
try:
    Message("robot", "beep")
except ValueError as e:
    print("error:", e)
totals = Counter()
for m in list(conv) + conv.archived:
    totals[m.role] += m.tokens
print("tokens by role:", dict(sorted(totals.items())))
longest = max(conv.archived + list(conv.window), key=lambda m: m.tokens)
print("longest message:", longest)
