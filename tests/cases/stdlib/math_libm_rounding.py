# math.exp(1) is not correctly rounded by every C library: glibc gives e exactly rounded,
# musl (and the libm our wasm build uses) is one ulp above.
import math
print(math.exp(1), math.exp(1) == math.e)
