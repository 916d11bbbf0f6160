# Class annotations are evaluated; generic aliases and unions of types.
from typing import Optional, List, Dict, Union, Any, Callable, Tuple


class Config:
    name: str
    retries: int = 3
    tags: list[str] = []
    limits: dict[str, int | None] = {}
    owner: Optional["Config"] = None
    hooks: List[Callable[[int], str]] = []
    pair: Tuple[int, ...] = ()


for key, value in Config.__annotations__.items():
    print(f"{key:8} {value!r}")
print(list[int], dict[str, list[int]], int | None, str | int | None)
print(type(list[int]).__name__, type(int | str).__name__)
print(list[int]([3, 1, 2]), dict[str, int](a=1))
print((int | None).__args__, list[int].__origin__, dict[str, int].__args__)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(issubclass(bool, int | str))
Number = Union[int, float]
Json = Dict[str, Any]
print(Number, Json, Optional[int])


def describe(v: "int | str") -> str:
    return type(v).__name__


print(describe(1), describe("x"), __name__)
