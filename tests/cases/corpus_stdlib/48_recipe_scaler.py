"""Scale recipe ingredients and convert units, with Fraction-friendly output."""
import json
import math
from dataclasses import dataclass, asdict
from fractions import Fraction
from typing import Dict, List

RECIPE_JSON = """{
  "name": "Pancakes", "serves": 4,
  "ingredients": [
    {"item": "flour", "qty": 1.5, "unit": "cup"},
    {"item": "milk", "qty": 1.25, "unit": "cup"},
    {"item": "egg", "qty": 1, "unit": "each"},
    {"item": "sugar", "qty": 2, "unit": "tbsp"},
    {"item": "baking powder", "qty": 3.5, "unit": "tsp"},
    {"item": "salt", "qty": 0.25, "unit": "tsp"},
    {"item": "butter", "qty": 3, "unit": "tbsp"}
  ]
}"""

TO_ML = {"cup": 240, "tbsp": 15, "tsp": 5}


@dataclass
class Ingredient:
    item: str
    qty: float
    unit: str

    def scaled(self, factor: float) -> "Ingredient":
        q = self.qty * factor
        if self.unit == "each":
            q = math.ceil(q)
        return Ingredient(self.item, q, self.unit)

    def pretty_qty(self) -> str:
        frac = Fraction(self.qty).limit_denominator(8)
        whole, rem = divmod(frac, 1)
        if rem == 0:
            return str(whole)
        return f"{whole} {rem}" if whole else str(rem)


recipe = json.loads(RECIPE_JSON)
ingredients: List[Ingredient] = [Ingredient(**i) for i in recipe["ingredients"]]
for target in (2, 6, 10):
    factor = target / recipe["serves"]
    print(f"--- {recipe['name']} for {target} (x{factor:g}) ---")
    for ing in ingredients:
        s = ing.scaled(factor)
        print(f"  {s.pretty_qty():>6} {s.unit:<5} {s.item}")

total_ml = sum(i.qty * TO_ML[i.unit] for i in ingredients if i.unit in TO_ML)
print("total volume (ml):", total_ml)
print("fits in 1L bowl:", total_ml <= 1000, "| bowls needed for x3:", math.ceil(total_ml * 3 / 1000))
by_unit: Dict[str, float] = {}
for i in ingredients:
    by_unit[i.unit] = by_unit.get(i.unit, 0) + i.qty
print(json.dumps(by_unit, sort_keys=True))
print(json.dumps(asdict(ingredients[0].scaled(1 / 3)), indent=None))
print("fraction math:", Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.1).limit_denominator(100))
try:
    Ingredient("x", 1, "pinch").scaled(2).qty * TO_ML["pinch"]
except KeyError as e:
    print("unknown unit:", type(e).__name__, e)
print("floor/ceil servings:", math.floor(7 / 4), math.ceil(7 / 4), "| gcd for batch:", math.gcd(12, 18))
