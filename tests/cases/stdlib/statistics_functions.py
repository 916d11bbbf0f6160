import statistics as st

data = [2.5, 3.1, 4.7, 1.2, 9.9, 3.3, 4.0]
ints = [1, 2, 3, 4, 5, 6, 8, 9]
print(st.mean(data), st.mean(ints), st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([1, 2.5]), st.fmean(ints), st.fmean([1, 2], weights=[3, 1]))
print(st.median(data), st.median(ints), st.median([3, 1, 2]), st.median_low(ints), st.median_high(ints), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 5]))
print(st.mode([1, 2, 2, 3, 3]), st.mode("abracadabra"), st.multimode("aabbc"), st.multimode([]))
print(st.variance(data), st.variance(ints), st.pvariance(ints), st.stdev(data), st.pstdev(data), st.stdev(ints), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.variance([1, 2, 3, 4]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.variance([0.1, 0.2, 0.3]), st.stdev([10**20, 10**20 + 2]))
print(st.quantiles(ints), st.quantiles(ints, n=10), st.quantiles(data, n=4, method="inclusive"))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(round(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 12), st.covariance([1, 2, 3], [1, 3, 2]), st.mean(x * 2 for x in range(5)), st.stdev(range(10)))
scores = {"ann": [88, 92, 79], "bob": [75, 85, 95, 65], "cy": [90, 90, 90]}
for name, s in scores.items():
    print(f"{name}: mean={st.mean(s):.2f} median={st.median(s)} stdev={st.stdev(s):.3f}")

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e, isinstance(e, ValueError))

attempt("mean empty", lambda: st.mean([]))
attempt("variance one", lambda: st.variance([1]))
attempt("stdev one", lambda: st.stdev([1]))
attempt("median empty", lambda: st.median([]))
attempt("mode empty", lambda: st.mode([]))
attempt("pvariance empty", lambda: st.pvariance([]))
attempt("mean str", lambda: st.mean(["a"]))
attempt("quantiles one", lambda: st.quantiles([1]))
