"""srvlib.py - shared by the server tests: start `askfirst serve` on loopback
with an ephemeral port in a fresh directory, talk HTTP to it, mint member
tokens, validate responses against docs/api/openapi.yaml, and print TAP.

Every server is stopped by its pid (terminate, then kill after 10 s).
"""
import base64
import hashlib
import hmac
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import yaml

SRC = os.environ.get("ASKF_SRCDIR") or os.path.abspath(
    os.path.join(os.path.dirname(__file__), "..", ".."))


# --- TAP -------------------------------------------------------------------

class Tap:
    def __init__(self):
        self.n = 0
        self.failed = 0

    def ok(self, cond, name, detail=None):
        self.n += 1
        if not cond:
            self.failed += 1
            print("not ok %d - %s" % (self.n, name))
            if detail is not None:
                for line in str(detail).splitlines()[:20]:
                    print("#   " + line)
        else:
            print("ok %d - %s" % (self.n, name))
        sys.stdout.flush()
        return cond

    def eq(self, got, want, name):
        return self.ok(got == want, name, "got %r, want %r" % (got, want))

    def done(self):
        print("1..%d" % self.n)
        return 1 if self.failed else 0


def checked_call(tap, spec, s, method, path, template, want, body=None, headers=None,
                 name=None):
    """One request: its status is `want`, and a JSON answer matches the spec's
    response for `template` (the spec's path) and that status."""
    status, hdrs, doc = s.request(method, path, body, headers)
    label = name or "%s %s -> %d" % (method, path, want)
    tap.eq(status, want, label)
    if "json" in hdrs.get("content-type", ""):
        schema, why = spec.response_schema(template, method, status)
        if why:
            tap.ok(False, label + ": response in spec", why)
        elif schema is not None:
            errs = spec.validate(doc, schema)
            tap.ok(not errs, label + ": matches the spec", "\n".join(errs))
    return status, hdrs, doc


# --- JSON Schema (the subset docs/api/openapi.yaml uses) ----------------------

class Spec:
    def __init__(self, path=None):
        self.doc = yaml.safe_load(open(path or os.path.join(SRC, "docs/api/openapi.yaml")))

    def resolve(self, s):
        while isinstance(s, dict) and "$ref" in s:
            ref = s["$ref"]
            assert ref.startswith("#/"), ref
            node = self.doc
            for part in ref[2:].split("/"):
                node = node[part]
            s = node
        return s

    def response_schema(self, template, method, status):
        op = self.doc["paths"].get(template, {}).get(method.lower())
        if op is None:
            return None, "no operation %s %s in the spec" % (method, template)
        resp = op["responses"].get(str(status))
        if resp is None:
            return None, "status %d of %s %s is not in the spec" % (status, method, template)
        resp = self.resolve(resp)
        content = resp.get("content", {})
        if "application/json" not in content:
            return None, None
        return content["application/json"]["schema"], None

    def validate(self, value, schema, where="$"):
        """Return a list of error strings (empty = valid)."""
        s = self.resolve(schema)
        errs = []
        if "oneOf" in s:
            hits = [o for o in s["oneOf"] if not self.validate(value, o, where)]
            if len(hits) != 1:
                errs.append("%s: matches %d of oneOf" % (where, len(hits)))
            return errs
        if "anyOf" in s:
            if not any(not self.validate(value, o, where) for o in s["anyOf"]):
                errs.append("%s: matches none of anyOf" % where)
            return errs
        if "const" in s and value != s["const"]:
            errs.append("%s: %r != const %r" % (where, value, s["const"]))
        if "enum" in s and value not in s["enum"]:
            errs.append("%s: %r not in %r" % (where, value, s["enum"]))
        t = s.get("type")
        if t is not None:
            types = t if isinstance(t, list) else [t]
            if not any(_is_type(value, x) for x in types):
                errs.append("%s: %r is not %s" % (where, value, "/".join(types)))
                return errs
        if isinstance(value, str):
            if "pattern" in s and not re.search(s["pattern"], value):
                errs.append("%s: %r does not match %s" % (where, value, s["pattern"]))
            if "maxLength" in s and len(value) > s["maxLength"]:
                errs.append("%s: longer than %d" % (where, s["maxLength"]))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if "minimum" in s and value < s["minimum"]:
                errs.append("%s: %r < minimum %r" % (where, value, s["minimum"]))
        if isinstance(value, dict):
            props = s.get("properties", {})
            for k in s.get("required", []):
                if k not in value:
                    errs.append("%s: missing required %r" % (where, k))
            for k, v in value.items():
                if k in props:
                    errs += self.validate(v, props[k], "%s.%s" % (where, k))
                elif s.get("additionalProperties") is False:
                    errs.append("%s: unexpected property %r" % (where, k))
                elif isinstance(s.get("additionalProperties"), dict):
                    errs += self.validate(v, s["additionalProperties"], "%s.%s" % (where, k))
        if isinstance(value, list):
            if "maxItems" in s and len(value) > s["maxItems"]:
                errs.append("%s: more than %d items" % (where, s["maxItems"]))
            if "items" in s:
                for i, v in enumerate(value):
                    errs += self.validate(v, s["items"], "%s[%d]" % (where, i))
        return errs


def _is_type(v, t):
    return {
        "object": lambda: isinstance(v, dict),
        "array": lambda: isinstance(v, list),
        "string": lambda: isinstance(v, str),
        "integer": lambda: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda: isinstance(v, bool),
        "null": lambda: v is None,
    }[t]()


# --- tokens ----------------------------------------------------------------

def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def hs256(secret, claims, header=None):
    h = b64u(json.dumps(header or {"alg": "HS256", "typ": "JWT"}).encode())
    p = b64u(json.dumps(claims).encode())
    sig = hmac.new(secret, ("%s.%s" % (h, p)).encode(), hashlib.sha256).digest()
    return "%s.%s.%s" % (h, p, b64u(sig))


def member_claims(sub, ttl=3600):
    now = int(time.time())
    return {"sub": sub, "iat": now, "exp": now + ttl}


# --- the server ------------------------------------------------------------

SECRET = b"test-secret-0123456789abcdef0123456789abcdef"
KEYS = {  # name -> (scopes, key)
    "decider": ("decide", "key-decide-7f3a"),
    "importer": ("import", "key-import-91bc"),
    "deleter": ("delete", "key-delete-22de"),
    "admin": ("admin", "key-admin-5e6f"),
    "all": ("decide,import,delete,admin", "key-all-0a0b"),
}


class Server:
    def __init__(self, exe, extra_args=(), policy="askfirst.yaml", keys=True, ledger=None,
                 env=None):
        self.exe = exe
        self.dir = tempfile.mkdtemp(prefix="askf-serve-", dir=os.environ.get("TMPDIR"))
        self.ledger = ledger or os.path.join(self.dir, "ledger.db")
        if ledger:
            policy = None  # reuse a ledger that already holds its policy
        self.secret_file = os.path.join(self.dir, "jwt.secret")
        with open(self.secret_file, "wb") as f:
            f.write(SECRET + b"\n")
        self.keys_file = os.path.join(self.dir, "api-keys")
        with open(self.keys_file, "w") as f:
            f.write("# test keys\n")
            for name, (scopes, key) in KEYS.items():
                f.write("%s %s %s\n" % (name, scopes, hashlib.sha256(key.encode()).hexdigest()))
        self.rkey = os.path.join(self.dir, "receipt.key")
        run([exe, "keygen", "-o", self.rkey])
        if policy:
            run([exe, "init", "--ledger", self.ledger, "--policy",
                 os.path.join(SRC, "policies", policy), "--effective", "2024-01-01T00:00:00Z"])
        args = [exe, "serve", "--listen", "127.0.0.1:0", "--ledger", self.ledger,
                "--receipt-key", self.rkey, "--threads", "2"]
        if keys:
            args += ["--jwt-secret-file", self.secret_file, "--api-key-file", self.keys_file]
        args += list(extra_args)
        self.out = open(os.path.join(self.dir, "stdout"), "w+")
        self.err = open(os.path.join(self.dir, "stderr"), "w+")
        self.proc = subprocess.Popen(args, stdout=self.out, stderr=self.err, cwd=SRC,
                                     env=dict(os.environ, **(env or {})))
        self.port = None
        self.lines = []
        deadline = time.time() + 30
        while time.time() < deadline:
            self.out.seek(0)
            text = self.out.read()
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", text)
            if m and "receipt key" in text:
                self.port = int(m.group(1))
                self.lines = text.splitlines()
                break
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        if not self.port:
            self.stop()
            self.err.seek(0)
            raise RuntimeError("server did not start: " + self.err.read())

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode

    def stderr(self):
        self.err.seek(0)
        return self.err.read()

    def request(self, method, path, body=None, headers=None, raw=False):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        h = dict(headers or {})
        data = None
        if body is not None:
            if isinstance(body, (bytes, str)):
                data = body.encode() if isinstance(body, str) else body
            else:
                data = json.dumps(body).encode()
                h.setdefault("Content-Type", "application/json")
        c.request(method, path, body=data, headers=h)
        r = c.getresponse()
        payload = r.read()
        hdrs = {k.lower(): v for k, v in r.getheaders()}
        c.close()
        if raw:
            return r.status, hdrs, payload
        try:
            doc = json.loads(payload) if payload else None
        except ValueError:
            doc = payload
        return r.status, hdrs, doc


def run(args, check=True, **kw):
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if check and p.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(args), p.returncode, p.stderr))
    return p


def member(sub):
    return {"Authorization": "Bearer " + hs256(SECRET, member_claims(sub))}


def key(name):
    return {"X-API-Key": KEYS[name][1]}
