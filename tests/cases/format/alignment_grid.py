# Alignment with numeric sign-aware padding and fill characters
vals = [0, 7, -7, 123456, -0.5, 3.25, 1e6]
for v in vals:
    print(f"[{v:<10}] [{v:>10}] [{v:^10}] [{v:=10}] [{v:*=+10}] [{v:0=10}]")
for v in [5, -5]:
    print(f"[{v:x<6}] [{v:x>6}] [{v:x^6}] [{v:x=6}] [{v:06}] [{v:<06}]")
print(f"[{'s':<1}] [{'long text':<3}]")
print(f"[{3.5:^9.2f}] [{-3.5:^9.2f}] [{-3.5:=9.2f}]")
print("{:>+8} {:<+8}|".format(12, -12))
print("[%8s] [%-8s]" % (-1.25, -1.25))
