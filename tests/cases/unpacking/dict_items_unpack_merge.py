defaults = {"color": "blue", "size": 10, "visible": True}
user = {"size": 14, "font": "mono"}
merged = {**defaults, **user}
print("merged:", merged)
print("keys order:", list(merged))
override_all = {**user, **defaults}
print("reverse precedence:", override_all)
def render(color, size, visible, **extra):
    return f"color={color} size={size} visible={visible} extra={extra}"
print(render(**merged))
try:
    render(**user)
except TypeError as e:
    print("missing from user:", type(e).__name__, e)
(k1, v1), (k2, v2) = list(user.items())
print("item pairs:", k1, v1, k2, v2)
first_key, *other_keys = merged
print("first key:", first_key, "others:", other_keys)
*_, (last_k, last_v) = merged.items()
print("last item:", last_k, last_v)
layers = [{"a": 1}, {"b": 2}, {"a": 3, "c": 4}]
combined = {}
for layer in layers:
    combined = {**combined, **layer}
    print("combined:", combined)
print("comprehension merge:", {k: v for d in layers for k, v in d.items()})
