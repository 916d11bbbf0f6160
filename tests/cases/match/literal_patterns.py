def describe(value):
    match value:
        case 0:
            return "zero"
        case 1:
            return "one"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case 2.5:
            return "two and a half"
        case -1:
            return "minus one"
        case b"raw":
            return "bytes"
        case _:
            return "other"


for v in [0, 1, "hello", True, None, 2.5, -1, b"raw", "bye", 3, False, 1.0, 0.0]:
    print(repr(v), "->", describe(v))


def http_status(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302:
            return "Redirect"
        case 404:
            return "Not Found"
        case 500 | 502 | 503:
            return "Server Error"
    return "Unknown"


for code in [200, 302, 404, 503, 418]:
    print(code, http_status(code))
