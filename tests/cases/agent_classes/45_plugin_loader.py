from typing import Dict, Type, List, Any, Callable

class PluginError(Exception):
    pass

class DuplicatePlugin(PluginError):
    pass

class PluginCrashed(PluginError):
    def __init__(self, name: str, stage: str):
        super().__init__(f"plugin {name!r} crashed during {stage}")
        self.name = name
        self.stage = stage

class PluginMeta:
    registry: Dict[str, Type["Plugin"]] = {}

    @classmethod
    def register(cls, plugin_cls):
        key = plugin_cls.name
        if key in cls.registry:
            raise DuplicatePlugin(f"{key} already registered by {cls.registry[key].__name__}")
        cls.registry[key] = plugin_cls
        return plugin_cls

class Plugin:
    name = "base"
    priority = 50

    def __init__(self, config: Dict[str, Any]):
        self.config = config
        self.started = False

    def start(self):
        self.started = True
        return f"{self.name} started"

    def handle(self, data: List[int]) -> List[int]:
        return data

    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name} p={self.priority}>"

@PluginMeta.register
class Doubler(Plugin):
    name = "doubler"
    priority = 10

    def handle(self, data):
        return [x * 2 for x in data]

@PluginMeta.register
class Filter(Plugin):
    name = "filter"
    priority = 20

    def handle(self, data):
        limit = self.config.get("max", 10)
        return [x for x in data if x <= limit]

@PluginMeta.register
class Summer(Plugin):
    name = "summer"
    priority = 90

    def start(self):
        msg = super().start()
        return msg + " (with totals)"

    def handle(self, data):
        return data + [sum(data)]

@PluginMeta.register
class Broken(Plugin):
    name = "broken"
    priority = 30

    def handle(self, data):
        return [10 // (x - 4) for x in data]

try:
    @PluginMeta.register
    class Doubler2(Plugin):
        name = "doubler"
except DuplicatePlugin as e:
    print("registration error:", e)

print("registry:", sorted(PluginMeta.registry))

def run_pipeline(names: List[str], data: List[int], config: Dict[str, Any]) -> List[int]:
    plugins = sorted(PluginMeta.registry[n](config) for n in names)
    print("  order:", plugins)
    for p in plugins:
        print("  ", p.start())
    for p in plugins:
        try:
            data = p.handle(data)
        except ArithmeticError as e:
            raise PluginCrashed(p.name, "handle") from e
        print(f"   after {p.name:<8} -> {data}")
    return data

print("run 1:", run_pipeline(["summer", "doubler", "filter"], [1, 2, 3, 4, 5, 6], {"max": 8}))
print("run 2:", run_pipeline(["summer", "broken"], [1, 3, 5], {}))
print("run 3:", run_pipeline(["doubler", "broken"], [1, 2, 3], {}))
print("not reached")
