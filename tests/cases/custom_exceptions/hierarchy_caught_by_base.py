class StorageError(Exception):
    pass


class DiskFull(StorageError):
    pass


class ReadOnly(StorageError):
    pass


class CorruptBlock(DiskFull):
    pass


def operation(kind):
    if kind == "full":
        raise DiskFull("no space left")
    if kind == "ro":
        raise ReadOnly("filesystem is read-only")
    if kind == "corrupt":
        raise CorruptBlock("block 17 corrupt")
    if kind == "value":
        raise ValueError("not a storage problem")
    return "ok"


for kind in ["ok", "full", "ro", "corrupt", "value"]:
    try:
        result = operation(kind)
        print(kind, "->", result)
    except DiskFull as e:
        print(kind, "-> disk handler:", type(e).__name__, e)
    except StorageError as e:
        print(kind, "-> storage handler:", type(e).__name__, e)
    except Exception as e:
        print(kind, "-> generic handler:", type(e).__name__, e)

caught = []
for kind in ["full", "ro", "corrupt"]:
    try:
        operation(kind)
    except (ReadOnly, CorruptBlock) as e:
        caught.append(("specific", type(e).__name__))
    except StorageError as e:
        caught.append(("base", type(e).__name__))
print(caught)
