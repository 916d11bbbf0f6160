"""Split a payload into chunks, checksum each, and reassemble with verification."""
import base64
import hashlib
import json
from itertools import islice, count
from typing import Dict, Iterator, List

PAYLOAD = ("The quick brown fox jumps over the lazy dog. " * 7 + "Ünicode ✓ end.").encode("utf-8")
CHUNK = 64


def chunks(data: bytes, size: int) -> Iterator[bytes]:
    it = iter(data)
    while block := bytes(islice(it, size)):
        yield block


def make_manifest(data: bytes) -> Dict:
    parts = []
    for idx, block in zip(count(), chunks(data, CHUNK)):
        parts.append({
            "index": idx,
            "size": len(block),
            "md5": hashlib.md5(block).hexdigest(),
            "data": base64.b64encode(block).decode("ascii"),
        })
    return {"total_size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "parts": parts}


def reassemble(manifest: Dict) -> bytes:
    out: List[bytes] = []
    for part in sorted(manifest["parts"], key=lambda p: p["index"]):
        block = base64.b64decode(part["data"])
        if hashlib.md5(block).hexdigest() != part["md5"]:
            raise ValueError(f"chunk {part['index']} checksum mismatch")
        out.append(block)
    data = b"".join(out)
    if hashlib.sha256(data).hexdigest() != manifest["sha256"]:
        raise ValueError("whole-file checksum mismatch")
    return data


manifest = make_manifest(PAYLOAD)
print("payload bytes:", len(PAYLOAD), "chars:", len(PAYLOAD.decode()), "chunks:", len(manifest["parts"]))
for p in manifest["parts"]:
    print(f"  #{p['index']} {p['size']:>3}B md5={p['md5']} b64len={len(p['data'])}")
print("sha256:", manifest["sha256"])

wire = json.dumps(manifest, separators=(",", ":"))
print("manifest json bytes:", len(wire))
received = json.loads(wire)
received["parts"].reverse()
print("reassembled ok:", reassemble(received) == PAYLOAD)

tampered = json.loads(wire)
raw = bytearray(base64.b64decode(tampered["parts"][2]["data"]))
raw[0] ^= 0x20
tampered["parts"][2]["data"] = base64.b64encode(bytes(raw)).decode()
try:
    reassemble(tampered)
except ValueError as e:
    print(type(e).__name__, e)

missing = json.loads(wire)
del missing["parts"][-1]
try:
    reassemble(missing)
except ValueError as e:
    print(type(e).__name__, e)
print("tail decoded:", reassemble(received)[-20:].decode("utf-8", errors="replace"))
print("b85:", base64.b85encode(b"hello"), "a85:", base64.a85encode(b"hello"))
print("hexdigest lengths:", {name: len(hashlib.new(name, b"").hexdigest()) for name in ["md5", "sha1", "sha256", "sha512"]})
