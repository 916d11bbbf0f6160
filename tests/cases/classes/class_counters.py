class Ticket:
    next_id = 1
    issued = []

    def __init__(self, owner):
        self.id = Ticket.next_id
        Ticket.next_id += 1
        self.owner = owner
        Ticket.issued.append(self.id)

    @classmethod
    def count(cls):
        return len(cls.issued)

class VipTicket(Ticket):
    vip_count = 0

    def __init__(self, owner):
        super().__init__(owner)
        type(self).vip_count += 1

t1 = Ticket("ann")
t2 = Ticket("bob")
v1 = VipTicket("cat")
t3 = Ticket("dan")
v2 = VipTicket("eve")
for t in (t1, t2, v1, t3, v2):
    print(t.owner, t.id, type(t).__name__)
print(Ticket.next_id)
print(Ticket.issued)
print(Ticket.count(), VipTicket.count())
print(VipTicket.vip_count)
print("vip_count" in vars(VipTicket))
print(hasattr(Ticket, "vip_count"))

class Wrong:
    n = 0

    def __init__(self):
        self.n += 1

w1 = Wrong()
w2 = Wrong()
print(Wrong.n, w1.n, w2.n)

class Right:
    n = 0

    def __init__(self):
        type(self).n += 1
        self.serial = type(self).n

class RightChild(Right):
    pass

a = Right()
b = Right()
c = RightChild()
d = RightChild()
print(Right.n, RightChild.n)
print(a.serial, b.serial, c.serial, d.serial)
