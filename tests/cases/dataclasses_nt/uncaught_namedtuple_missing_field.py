from collections import namedtuple

Event = namedtuple("Event", ["kind", "payload"])

events = [Event("login", {"user": "ann"}), Event("click", {"x": 1}), Event("logout", {"user": "ann"})]
for e in events:
    print(e.kind, sorted(e.payload))

converted = [e._replace(kind=e.kind.upper()) for e in events]
print([e.kind for e in converted])
print(converted[0]._asdict())
print(Event._fields)
print(len(events), events[1].payload["x"])
users = [e.payload["user"] for e in events]
print(users)
