config = ("localhost", 8080)
host, port = config
print("host:", host)
print("port:", port)
print("as tuple:", config)
parts = list(config)
parts[1] = 9090
print("copy changed:", tuple(parts))
print("original:", config)
config[1] = 9090
print("unreachable")
