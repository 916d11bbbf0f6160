from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    name: str
    retries: int = 3


s = Settings("prod")
print(s)
print(s.retries)
updated = Settings(s.name, s.retries + 1)
print(updated)
print(s == Settings("prod", 3))
print("now trying to mutate")
s.retries = 10
print("unreachable")
