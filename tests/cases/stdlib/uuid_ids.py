import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.fields, u.node, u.time, u.clock_seq)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(bytes=u.bytes) == u, u.bytes_le.hex())
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=u.int), uuid.UUID(fields=u.fields) == u)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/a"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3").version, sorted([uuid.UUID(int=5), uuid.UUID(int=2)]))
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4(), str(r).count("-"), str(r)[14])
print(len({uuid.uuid4() for _ in range(50)}), uuid.UUID(int=0), uuid.UUID(hex="0" * 31 + "1").int)
for bad in [lambda: uuid.UUID("nope"), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(), lambda: uuid.UUID(int=1, version=9)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print("TypeError:", e)
