# warnings: printed to stderr (not compared here), recorded, filtered, turned into errors.
import warnings

warnings.warn("printed to stderr")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("an instance"))
print([(type(w.message).__name__, str(w.message), w.category.__name__) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", message="noisy")
    warnings.simplefilter("always", UserWarning, append=True)
    warnings.warn("noisy thing")
    warnings.warn("quiet thing")
print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("only once")
print(len(caught))
warnings.filterwarnings("ignore")
warnings.warn("ignored everywhere")
print("done", issubclass(DeprecationWarning, Warning))
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError:", e)
