config = {"name": "svc", "replicas": 3, "env": {"LOG": "debug"}}
print("name:", config["name"])
print("replicas:", config["replicas"])
print("log:", config["env"]["LOG"])
print("region default:", config.get("region", "us-east"))
print("keys:", sorted(config))
print("timeout:", config["env"]["TIMEOUT"])
