from typing import NamedTuple, List, Dict, Optional
from collections import defaultdict


class Ingredient(NamedTuple):
    name: str
    amount: float
    unit: str
    optional: bool = False

    def scaled(self, factor: float) -> "Ingredient":
        return self._replace(amount=round(self.amount * factor, 2))

    def __str__(self):
        amt = int(self.amount) if self.amount == int(self.amount) else self.amount
        opt = " (optional)" if self.optional else ""
        return f"{amt} {self.unit} {self.name}{opt}"


class Recipe:
    def __init__(self, title: str, serves: int, ingredients: List[Ingredient], steps: List[str]):
        self.title = title
        self.serves = serves
        self.ingredients = ingredients
        self.steps = steps

    def scale(self, serves: int) -> "Recipe":
        f = serves / self.serves
        return Recipe(self.title, serves, [i.scaled(f) for i in self.ingredients], self.steps)

    def __contains__(self, name: str) -> bool:
        return any(i.name == name for i in self.ingredients)

    def __len__(self):
        return len(self.ingredients)

    def __str__(self):
        lines = [f"== {self.title} (serves {self.serves}) =="]
        lines += [f"  * {i}" for i in self.ingredients]
        lines += [f"  {n}. {s}" for n, s in enumerate(self.steps, 1)]
        return "\n".join(lines)


pancakes = Recipe("Pancakes", 4, [
    Ingredient("flour", 200, "g"),
    Ingredient("milk", 300, "ml"),
    Ingredient("egg", 2, "pc"),
    Ingredient("sugar", 1.5, "tbsp"),
    Ingredient("blueberries", 100, "g", True),
], ["mix dry", "whisk wet", "combine", "fry"])

omelette = Recipe("Omelette", 1, [
    Ingredient("egg", 3, "pc"),
    Ingredient("milk", 30, "ml"),
    Ingredient("cheese", 40, "g", optional=True),
], ["beat eggs", "cook"])

print(pancakes)
print(pancakes.scale(6))
print(omelette.scale(3))
print("egg in pancakes:", "egg" in pancakes, "ham in omelette:", "ham" in omelette)

shopping: Dict[tuple, float] = defaultdict(float)
plan = [(pancakes, 8), (omelette, 2)]
for recipe, people in plan:
    for ing in recipe.scale(people).ingredients:
        if not ing.optional:
            shopping[(ing.name, ing.unit)] += ing.amount
print("shopping list:")
for (name, unit), amt in sorted(shopping.items()):
    print(f"  {name:<8} {amt:>8.1f} {unit}")

pantry = {"flour": 1000, "milk": 500, "egg": 6, "sugar": 10}
print("shortfalls:")
for (name, unit), amt in sorted(shopping.items()):
    have = pantry.get(name, 0)
    if have < amt:
        print(f"  need {amt - have:g} more {unit} of {name}")
ing = pancakes.ingredients[0]
name, amount, unit, opt = ing
print("unpacked:", name, amount, unit, opt, "| index:", ing[1], "| fields:", Ingredient._fields)
print("asdict:", ing._asdict(), "| default optional:", Ingredient._field_defaults)
biggest = max(pancakes.ingredients, key=lambda i: i.amount)
print("largest amount:", biggest, "| sorted by name:", [i.name for i in sorted(pancakes.ingredients)])
