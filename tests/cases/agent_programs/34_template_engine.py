"""A small template engine: {{ var|filter }}, {% for %}, {% if %} compiled to a node tree."""
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, List, NamedTuple, Tuple, Union

class TemplateError(Exception): pass
class TemplateSyntaxError(TemplateError): pass

FILTERS: Dict[str, Callable[[Any], Any]] = {"upper": lambda v: str(v).upper(), "len": len}

def template_filter(name: str) -> Callable:
    def register(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
        FILTERS[name] = fn
        return fn
    return register

@template_filter("money")
def _money(v: Any) -> str:
    return f"${v:,.2f}"

def tokenize(src: str) -> Iterator[Tuple[str, str]]:
    i = 0
    while i < len(src):
        start = min((p for p in (src.find("{{", i), src.find("{%", i)) if p != -1), default=len(src))
        if start > i:
            yield ("text", src[i:start])
        if start == len(src):
            return
        closer = "}}" if src.startswith("{{", start) else "%}"
        end = src.find(closer, start)
        if end == -1:
            raise TemplateSyntaxError(f"unclosed tag at {start}")
        yield ("var" if closer == "}}" else "tag", src[start + 2:end].strip())
        i = end + 2

@dataclass
class Var:
    path: str
    filters: List[str]

@dataclass
class Block:
    kind: str  # "for" or "if"
    args: List[str]
    body: List["Node"] = field(default_factory=list)
    orelse: List["Node"] = field(default_factory=list)

Node = Union[str, Var, Block]

def parse(src: str) -> List[Node]:
    root: List[Node] = []
    stack: List[Tuple[Union[Block, None], List[Node]]] = [(None, root)]
    for kind, value in tokenize(src):
        target = stack[-1][1]
        match kind, value.split():
            case "text", _:
                target.append(value)
            case "var", _:
                path, *filters = [p.strip() for p in value.split("|")]
                target.append(Var(path, filters))
            case "tag", ["for", _, "in", _] | ["if", _] as words:
                target.append(node := Block(words[0], words[1:]))
                stack.append((node, node.body))
            case "tag", ["else"] if stack[-1][0] is not None and stack[-1][0].kind == "if":
                stack[-1] = (stack[-1][0], stack[-1][0].orelse)
            case "tag", ["endfor" | "endif" as end]:
                opener = stack.pop()[0]
                if opener is None or end != "end" + opener.kind:
                    raise TemplateSyntaxError(f"unexpected {end}")
            case "tag", words:
                raise TemplateSyntaxError(f"unknown tag {' '.join(words)!r}")
    if len(stack) != 1:
        raise TemplateSyntaxError(f"unclosed {stack[-1][0].kind} block")
    return root

def lookup(ctx: Dict[str, Any], path: str) -> Any:
    value: Any = ctx
    for part in path.split("."):
        try:
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        except (KeyError, AttributeError):
            raise TemplateError(f"cannot resolve {path!r} (failed at {part!r})") from None
    return value

def render(nodes: List[Node], ctx: Dict[str, Any]) -> str:
    out: List[str] = []
    for node in nodes:
        match node:
            case str(text):
                out.append(text)
            case Var(path, filters):
                value = lookup(ctx, path)
                for f in filters:
                    if f not in FILTERS:
                        raise TemplateError(f"unknown filter {f!r}")
                    value = FILTERS[f](value)
                out.append(str(value))
            case Block("for", [name, "in", source], body):
                for idx, item in enumerate(lookup(ctx, source), start=1):
                    out.append(render(body, {**ctx, name: item, "loop": {"index": idx}}))
            case Block("if", [cond], body, orelse):
                out.append(render(body if lookup(ctx, cond) else orelse, ctx))
    return "".join(out)

Item = NamedTuple("Item", [("name", str), ("price", float), ("tags", List[str])])
TEMPLATE = """Invoice for {{ customer.name|upper }} ({{ items|len }} items)
{% for it in items %}{{ loop.index }}. {{ it.name }} {{ it.price|money }}{% if it.tags %} [{% for t in it.tags %}#{{ t }} {% endfor %}]{% else %} (untagged){% endif %}
{% endfor %}{% if customer.vip %}VIP discount applied!{% else %}Thanks for shopping.{% endif %}"""
ctx = {"customer": {"name": "ada lovelace", "vip": True},
       "items": [Item("notebook", 3.5, ["paper"]), Item("pen", 1.25, []), Item("desk lamp", 1249.99, ["light", "home"])]}
tree = parse(TEMPLATE)
print("top-level nodes:", [type(n).__name__ for n in tree])
print(render(tree, ctx))
print(render(parse("{% if customer.vip %}vip{% else %}regular{% endif %}: {{ customer.name }}"), {"customer": {"name": "bo", "vip": 0}}))
for bad in ["{{ nope }}", "{{ items|shout }}", "{% for x in items %}", "{% endif %}", "{{ a", "{% while 1 %}", "{{ items.0 }}"]:
    try:
        print(render(parse(bad), ctx))
    except TemplateSyntaxError as exc:
        print("syntax:", exc)
    except TemplateError as exc:
        print("render:", exc)
