# bin/oct/hex/chr/ord builtins and their errors
for n in [0, 5, -5, 255, 2 ** 65, True]:
    print(n, bin(n), oct(n), hex(n))
print(chr(97), chr(0x263A), ord("a"), ord("☺"))
print([chr(c) for c in range(ord("A"), ord("A") + 5)])
print(int(bin(1234), 2), int(oct(1234), 8), int(hex(1234), 16))
for fn, arg in [(bin, 1.5), (oct, "7"), (hex, None), (chr, "a"), (ord, 5)]:
    try:
        fn(arg)
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
