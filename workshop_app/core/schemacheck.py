"""A fast yes/no check of a document against a JSON Schema, for the keywords our schema uses.

Validating 10,000 notes with jsonschema takes over a second; this compiled check takes
a few milliseconds. It is never more lenient than jsonschema: where it is unsure it says
no, and the caller then runs jsonschema for the verdict and a precise message. A schema
using a keyword it does not know makes `compile_schema` raise `Unsupported`.
"""

from __future__ import annotations

from collections.abc import Callable

Check = Callable[[object], bool]

IGNORED = {"$schema", "$id", "$comment", "title", "description", "default", "examples", "$defs"}
TYPES: dict[str, Callable[[object], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


class Unsupported(Exception):
    """The schema uses a keyword this checker does not implement."""


def _same(a: object, b: object) -> bool:
    """JSON equality, strictly: True is not 1, 1.0 is not 1 (stricter is safe here)."""
    return type(a) is type(b) and a == b


def compile_schema(schema: dict) -> Check:
    root = schema
    cache: dict[str, Check] = {}

    def ref(pointer: str) -> Check:
        if not pointer.startswith("#/$defs/") or "/" in pointer[len("#/$defs/"):]:
            raise Unsupported(f"$ref {pointer}")
        name = pointer[len("#/$defs/"):]
        if name not in cache:
            cache[name] = lambda v: False  # placeholder while compiling (recursion)
            compiled = build(root["$defs"][name])
            cache[name] = compiled
        return lambda v: cache[name](v)

    def build(node: dict) -> Check:
        if node is True or node == {}:
            return lambda v: True
        if not isinstance(node, dict):
            raise Unsupported(repr(node))
        checks: list[Check] = []
        for key, arg in node.items():
            if key in IGNORED:
                continue
            if key == "type":
                kinds = [arg] if isinstance(arg, str) else list(arg)
                if not set(kinds) <= TYPES.keys():
                    raise Unsupported(f"type {arg}")
                fns = [TYPES[k] for k in kinds]
                checks.append(lambda v, fns=fns: any(f(v) for f in fns))
            elif key == "const":
                checks.append(lambda v, c=arg: _same(v, c))
            elif key == "enum":
                checks.append(lambda v, cs=arg: any(_same(v, c) for c in cs))
            elif key == "required":
                checks.append(
                    lambda v, r=tuple(arg): not isinstance(v, dict) or all(k in v for k in r)
                )
            elif key == "properties":
                props = {name: build(sub) for name, sub in arg.items()}
                checks.append(
                    lambda v, p=props: not isinstance(v, dict)
                    or all(p[k](x) for k, x in v.items() if k in p)
                )
            elif key == "additionalProperties":
                if arg is not False:
                    raise Unsupported("additionalProperties other than false")
                allowed = frozenset(node.get("properties", {}))
                checks.append(lambda v, a=allowed: not isinstance(v, dict) or v.keys() <= a)
            elif key == "items":
                item = build(arg)
                checks.append(lambda v, f=item: not isinstance(v, list) or all(f(x) for x in v))
            elif key == "minLength":
                checks.append(lambda v, n=arg: not isinstance(v, str) or len(v) >= n)
            elif key == "maxLength":
                checks.append(lambda v, n=arg: not isinstance(v, str) or len(v) <= n)
            elif key == "minimum":
                checks.append(lambda v, n=arg: not TYPES["number"](v) or v >= n)
            elif key == "anyOf":
                subs = [build(s) for s in arg]
                checks.append(lambda v, s=subs: any(f(v) for f in s))
            elif key == "$ref":
                checks.append(ref(arg))
            else:
                raise Unsupported(key)
        return lambda v: all(f(v) for f in checks)

    return build(schema)
