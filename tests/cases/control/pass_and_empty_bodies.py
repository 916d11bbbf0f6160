def todo():
    pass
print("todo returns:", todo())
for i in range(3):
    pass
print("after pass loop i =", i)
if True:
    pass
else:
    print("never")
try:
    raise ValueError("ignored")
except ValueError:
    pass
print("exception swallowed")
def only_doc():
    "docstring only"
print("doc-only returns:", only_doc())
def ellipsis_body():
    ...
print("ellipsis returns:", ellipsis_body())
x = 0
while x < 3:
    x += 1
    if x == 2:
        pass
    print("x:", x)
print("Ellipsis repr:", ...)
print("func name:", todo.__name__, only_doc.__name__)
print("doc:", only_doc.__doc__)
print("no doc:", todo.__doc__)
