"""Detect duplicate 'files' (in-memory blobs) by content hash."""
import base64
import hashlib
import json
from collections import defaultdict

FILES = {
    "docs/readme.txt": b"Hello, world!\n",
    "docs/copy_of_readme.txt": b"Hello, world!\n",
    "img/pixel.bin": bytes([0, 255, 0, 255]),
    "img/pixel_backup.bin": bytes([0, 255, 0, 255]),
    "img/other.bin": bytes([255, 0, 255, 0]),
    "src/main.py": "print('héllo')\n".encode("utf-8"),
    "src/empty.py": b"",
    "tmp/empty2.py": b"",
}


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


groups = defaultdict(list)
for path in sorted(FILES):
    groups[fingerprint(FILES[path])].append(path)

dupes = {h: paths for h, paths in groups.items() if len(paths) > 1}
print(f"{len(FILES)} files, {len(groups)} unique contents, {len(dupes)} duplicate groups")
for h, paths in sorted(dupes.items(), key=lambda kv: kv[1][0]):
    print(f"  {h[:16]}... -> {paths}")

print("md5 of readme:", hashlib.md5(FILES["docs/readme.txt"]).hexdigest())
print("sha1 of readme:", hashlib.sha1(FILES["docs/readme.txt"]).hexdigest())
print("sha256 empty:", fingerprint(b""))

h = hashlib.sha256()
for chunk in (b"Hello, ", b"world!", b"\n"):
    h.update(chunk)
print("incremental matches:", h.hexdigest() == fingerprint(FILES["docs/readme.txt"]))
print("digest size:", h.digest_size, "block size:", h.block_size, "name:", h.name)

manifest = []
for path in sorted(FILES):
    data = FILES[path]
    manifest.append({
        "path": path,
        "size": len(data),
        "sha256": fingerprint(data)[:12],
        "b64": base64.b64encode(data).decode("ascii"),
    })
print(json.dumps(manifest[:3], indent=1))

restored = base64.b64decode(manifest[-2]["b64"]) if manifest[-2]["size"] else None
src = base64.b64decode(next(m["b64"] for m in manifest if m["path"] == "src/main.py"))
print("roundtrip:", src.decode("utf-8").strip(), "| empty restored:", restored)
print("urlsafe:", base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"))
print("b16:", base64.b16encode(b"\x00\xab"), "b32:", base64.b32encode(b"hi"))
try:
    base64.b64decode("abc", validate=True)
except Exception as e:
    print(type(e).__name__, e)
print("blake2b:", hashlib.blake2b(b"x", digest_size=8).hexdigest())
