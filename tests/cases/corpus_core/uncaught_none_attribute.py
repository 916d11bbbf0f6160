users = {
    "u1": {"name": "Alice", "email": "alice@example.com"},
    "u2": {"name": "Bob", "email": None},
    "u3": {"name": "Carol", "email": "carol@example.com"},
}

def domain_of(user_id):
    user = users.get(user_id)
    email = user["email"]
    return email.split("@")[1]

def greeting(user_id):
    name = users[user_id]["name"]
    return f"Hi {name}, we will write to {domain_of(user_id)}"

print(greeting("u1"))
print(greeting("u3"))
addresses = [users[u]["email"] for u in users]
print("addresses:", addresses)
print(greeting("u2"))
