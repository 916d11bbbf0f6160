from typing import List, Dict, Optional, Union

Child = Union["Element", str]


class Element:
    VOID = ("br", "img", "hr", "input")

    def __init__(self, tag: str, *children: Child, **attrs: str):
        self.tag = tag
        self.children: List[Child] = list(children)
        self.attrs: Dict[str, str] = {k.rstrip("_"): v for k, v in attrs.items()}

    def __call__(self, *children: Child) -> "Element":
        self.children.extend(children)
        return self

    def __enter__(self):
        Element.stack.append(self)
        return self

    def __exit__(self, *exc):
        Element.stack.pop()
        if Element.stack:
            Element.stack[-1].children.append(self)
        return False

    def __len__(self):
        return len(self.children)

    def __iter__(self):
        for c in self.children:
            if isinstance(c, Element):
                yield c
                yield from c

    def render(self, indent: int = 0) -> str:
        pad = "  " * indent
        attrs = "".join(f' {k}="{v}"' for k, v in sorted(self.attrs.items()))
        if self.tag in self.VOID:
            return f"{pad}<{self.tag}{attrs}>"
        if all(isinstance(c, str) for c in self.children) and len(self.children) <= 1:
            text = self.children[0] if self.children else ""
            return f"{pad}<{self.tag}{attrs}>{escape(text)}</{self.tag}>"
        inner = "\n".join(c.render(indent + 1) if isinstance(c, Element) else "  " * (indent + 1) + escape(c)
                          for c in self.children)
        return f"{pad}<{self.tag}{attrs}>\n{inner}\n{pad}</{self.tag}>"

    def __str__(self):
        return self.render()


Element.stack = []


def escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tag(name):
    return lambda *c, **a: Element(name, *c, **a)


div, p, ul, li, a, img, h1 = (tag(n) for n in ("div", "p", "ul", "li", "a", "img", "h1"))

page = div(class_="page")(
    h1("Report <2024>"),
    p("Sales & returns summary"),
    ul(*(li(f"item {i}: {v}") for i, v in enumerate(["apples", "pears", "figs"], 1))),
    img(src="chart.png", alt="chart"),
    a("more", href="/more", target="_blank"),
)
print(page)
print("children:", len(page), "descendants:", [e.tag for e in page])

with Element("section", id="ctx") as sec:
    with Element("header"):
        pass
    sec(p("inside section"))
    with Element("footer") as f:
        f("bye")
print(sec)
print("section tags:", [e.tag for e in sec])
counts: Dict[str, int] = {}
for e in page:
    counts[e.tag] = counts.get(e.tag, 0) + 1
print("tag counts:", counts)
links = [e.attrs for e in page if e.tag == "a"]
print("links:", links)
