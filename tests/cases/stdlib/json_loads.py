import json

text = """
{
  "users": [
    {"id": 1, "name": "Ada", "roles": ["admin", "dev"], "score": 9.5, "active": true},
    {"id": 2, "name": "Linus", "roles": [], "score": -3e2, "active": false, "manager": null}
  ],
  "count": 2, "big": 123456789012345678901234567890, "neg": -0, "float_neg_zero": -0.0,
  "exp": 1E+3, "esc": "tab\\there \\"quoted\\" \\\\ \\/ \\u00e9 \\ud83d\\ude00 \\u2603",
  "special": [NaN, Infinity, -Infinity], "empty": {}, "nested": [[[]]]
}
"""
doc = json.loads(text)
print(doc)
print(doc["users"][0]["name"], doc["esc"], type(doc["big"]).__name__, doc["neg"], doc["float_neg_zero"])
print(json.loads("3"), json.loads(" 4.5 "), json.loads('"s"'), json.loads("null"), json.loads("[true, false]"))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b"[2]")))
print(json.loads('{"a": 1, "a": 2, "b": 3}'))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[{"a": 1, "b": 2}]', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1, 2.5, "x"]', parse_float=lambda s: "F" + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, 1]', parse_constant=lambda s: s))
print(json.loads(json.dumps({"round": [1.1, 2.2, 1e100, 5e-324]})))
decoder = json.JSONDecoder()
print(decoder.decode('{"x": [1, 2]}'))
deep = "[" * 300 + "]" * 300
print(len(str(json.loads(deep))))
lines = ['{"event": "click", "n": 1}', '{"event": "view", "n": 2}']
print(sum(json.loads(line)["n"] for line in lines))
