# sys: stderr is its own stream (only stdout is compared here), getsizeof, float_info.
import sys

print("to stdout")
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
n = sys.stdout.write("via sys.stdout\n")
print("wrote", n, "characters")
print("explicit stdout", file=sys.stdout)
print("file=None goes to stdout", file=None)
for n in [0, 1, 5, 6, 10, 11, 21, 22, 43, 100]:
    d = {i: i for i in range(n)}
    s = {str(i): i for i in range(n)}
    print(n, sys.getsizeof(d), sys.getsizeof(s), sys.getsizeof(set(range(n))))
print([sys.getsizeof(x) for x in [0, 1, 2**30, 2**60, -5, True, 1.5, None, "", "abc", "é", "€", "😀", b"", b"ab", (), (1, 2), 1j]])
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.maxsize)
