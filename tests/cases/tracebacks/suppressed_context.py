def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("expected digits") from None

print(convert("12"))
convert("1x")
