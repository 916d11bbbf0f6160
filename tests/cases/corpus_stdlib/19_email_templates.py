"""Render notification emails from string.Template with safe fallbacks."""
import string
import textwrap
from string import Template

TEMPLATES = {
    "welcome": Template(textwrap.dedent("""\
        Hi $first_name,

        Welcome to ${product}! Your account id is $account_id.
        Your trial ends on $trial_end. Costs are $$0 until then.
        """)),
    "invoice": Template("Invoice #$invoice_no for $customer: total ${amount} due $due_date."),
    "reminder": Template("Hey $name, you have $count unread ${item}s."),
}

users = [
    {"first_name": "Maria", "product": "DataHub", "account_id": "DH-0042", "trial_end": "2024-05-01"},
    {"first_name": "Tom", "product": "DataHub"},
]

for user in users:
    tpl = TEMPLATES["welcome"]
    try:
        print(tpl.substitute(user))
    except KeyError as e:
        print(f"missing key {e} for {user['first_name']}; using safe_substitute:")
        print(tpl.safe_substitute(user))

print(TEMPLATES["invoice"].substitute(invoice_no=1009, customer="Acme", amount="$1,250.00", due_date="2024-04-30"))
print(TEMPLATES["reminder"].substitute({"name": "Lee", "count": 3}, item="message"))

try:
    Template("Price: $5.00 for $item").substitute(item="pen")
except ValueError as e:
    print(type(e).__name__, e)

print("identifiers:", sorted(TEMPLATES["welcome"].get_identifiers()))
print("valid:", TEMPLATES["invoice"].is_valid())


class PercentTemplate(Template):
    delimiter = "%"


print(PercentTemplate("Disk at %pct%% on %host").substitute(pct=93, host="db-1"))

print("letters:", string.ascii_letters[:10], "...", len(string.ascii_letters))
print("digits:", string.digits, "hex:", string.hexdigits, "octal:", string.octdigits)
print("punctuation count:", len(string.punctuation), repr(string.whitespace))
print("capwords:", string.capwords("the  quick brown   fox"))

fmt = string.Formatter()
print(fmt.format("{0:>8}|{1:^8}|{2:<8}|", "right", "mid", "left"))
print("parsed fields:", [f for _, f, _, _ in fmt.parse("{a} and {b!r:>4} end") if f])
