# bytes literals and their repr
vals = [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\x7f\x80\xff",
        b"tab\tnl\ncr\r", b"back\\slash", b"\x1b[0m", rb"raw\n", b"\x41\x42", b"~ "]
for v in vals:
    print(repr(v), len(v))
print(b"abc" == b"abc", b"abc" == "abc")
print(type(b"x").__name__)
print(bytes(b"copy"))
print(b"a" b"b" b"c")
print([b"x", b"\n"])
print(str(b"hi"))
