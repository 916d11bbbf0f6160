class Engine:
    def __init__(self, hp):
        self.hp = hp
        self.running = False

    def start(self):
        self.running = True
        return f"engine {self.hp}hp started"

    def stop(self):
        self.running = False
        return "engine stopped"

class Wheel:
    def __init__(self, pos):
        self.pos = pos
        self.pressure = 32

class Car:
    def __init__(self, name, hp):
        self.name = name
        self.engine = Engine(hp)
        self.wheels = [Wheel(p) for p in ("FL", "FR", "RL", "RR")]

    def start(self):
        return f"{self.name}: {self.engine.start()}"

    def inflate(self, pos, amount):
        for w in self.wheels:
            if w.pos == pos:
                w.pressure += amount
                return w.pressure
        raise KeyError(pos)

    def status(self):
        pressures = {w.pos: w.pressure for w in self.wheels}
        return f"{self.name} running={self.engine.running} {pressures}"

car = Car("beetle", 50)
print(car.status())
print(car.start())
print(car.status())
print(car.inflate("RL", 3))
try:
    car.inflate("XX", 1)
except KeyError as e:
    print("KeyError:", e)
print(car.status())
print(car.engine.stop())
print(car.engine.running)
print(len(car.wheels), car.wheels[0].pos)
print(type(car.engine).__name__, type(car.wheels[0]).__name__)

class Garage:
    def __init__(self):
        self.cars = {}

    def park(self, car):
        self.cars[car.name] = car
        return len(self.cars)

    def total_hp(self):
        return sum(c.engine.hp for c in self.cars.values())

g = Garage()
print(g.park(car))
print(g.park(Car("van", 90)))
print(g.total_hp())
print(sorted(g.cars))
print(g.cars["van"].wheels[3].pos)
