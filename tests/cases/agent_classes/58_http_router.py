from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple, Any

class HTTPError(Exception):
    status = 500
    def __init__(self, message: str = ""):
        super().__init__(message or type(self).__name__)

class NotFound(HTTPError): status = 404

class MethodNotAllowed(HTTPError):
    status = 405

class BadRequest(HTTPError): status = 400

@dataclass
class Request:
    method: str
    path: str
    body: Dict[str, Any] = field(default_factory=dict)

@dataclass
class Response:
    status: int
    body: Any
    def __str__(self):
        return f"{self.status} {self.body}"

class Router:
    def __init__(self):
        self.routes: List[Tuple[str, List[str], Callable]] = []
        self.middleware: List[Callable] = []
    def route(self, method: str, pattern: str):
        def deco(fn):
            self.routes.append((method, pattern.strip("/").split("/"), fn))
            return fn
        return deco
    def match(self, parts: List[str], pattern: List[str]) -> Optional[Dict[str, str]]:
        if len(parts) != len(pattern):
            return None
        params = {}
        for p, pat in zip(parts, pattern):
            if pat.startswith("<") and pat.endswith(">"):
                name, _, kind = pat[1:-1].partition(":")
                if kind == "int":
                    if not p.isdigit():
                        return None
                    params[name] = int(p)
                else:
                    params[name] = p
            elif p != pat:
                return None
        return params
    def dispatch(self, req: Request) -> Response:
        parts = req.path.strip("/").split("/")
        allowed = []
        for method, pattern, fn in self.routes:
            params = self.match(parts, pattern)
            if params is None:
                continue
            if method != req.method:
                allowed.append(method)
                continue
            return Response(200, fn(req, **params))
        if allowed:
            raise MethodNotAllowed(f"{req.method} not in {sorted(allowed)}")
        raise NotFound(req.path)
    def __call__(self, req: Request) -> Response:
        try:
            handler = self.dispatch
            for mw in reversed(self.middleware):
                handler = mw(handler)
            return handler(req)
        except HTTPError as e:
            return Response(e.status, {"error": str(e)})

app = Router()
USERS = {1: {"name": "ann"}, 2: {"name": "bob"}}
access_log: List[str] = []

def logging_mw(nxt):
    def inner(req):
        resp = nxt(req)
        access_log.append(f"{req.method} {req.path} {resp.status}")
        return resp
    return inner

app.middleware.append(logging_mw)

@app.route("GET", "/users")
def list_users(req):
    return sorted(u["name"] for u in USERS.values())

@app.route("GET", "/users/<uid:int>")
def get_user(req, uid):
    if uid not in USERS:
        raise NotFound(f"user {uid}")
    return USERS[uid]

@app.route("POST", "/users")
def create_user(req):
    name = req.body.get("name")
    if not name:
        raise BadRequest("name required")
    uid = max(USERS) + 1
    USERS[uid] = {"name": name}
    return {"id": uid}

@app.route("GET", "/users/<uid:int>/greet/<word>")
def greet(req, uid, word):
    return f"{word}, {USERS[uid]['name']}!"

reqs = [Request("GET", "/users"), Request("GET", "/users/2"), Request("GET", "/users/9"),
        Request("POST", "/users", {"name": "cy"}), Request("POST", "/users"), Request("DELETE", "/users/1"),
        Request("GET", "/users/abc"), Request("GET", "/users/3/greet/hello"), Request("GET", "/")]
for r in reqs:
    print(f"{r.method:<6} {r.path:<24} -> {app(r)}")
print("access log:", access_log)
print("status classes:", sorted({int(line.split()[-1]) // 100 for line in access_log}))
