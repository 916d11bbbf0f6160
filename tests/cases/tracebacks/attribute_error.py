config = {"name": "svc", "port": 8080}

def describe(cfg):
    return cfg["name"].upper() + ":" + str(cfg["port"]).zfill(5)

print(describe(config))
print(config.name)
