"""Read a tagged PDF back as a reader would: its structure tree, and where each element's
text lines are on which page (for the layout rules), and what two PDF/UA checkers say."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf


@dataclass
class Element:
    role: str
    depth: int
    attrs: dict = field(default_factory=dict)
    #: (page index, mcid) of its own marked content, in order
    marks: list[tuple[int, int]] = field(default_factory=list)
    kids: list[Element] = field(default_factory=list)
    annotations: list[pikepdf.Dictionary] = field(default_factory=list)

    def walk(self):
        yield self
        for kid in self.kids:
            yield from kid.walk()


@dataclass
class Tagged:
    root: Element
    #: page index -> mcid -> sorted distinct baselines (points from the page bottom)
    lines: dict[int, dict[int, list[float]]]
    #: page index -> text-showing baselines outside any tagged content (artifacts)
    artifact_lines: dict[int, list[float]]
    pages: int
    page_height: float
    #: the open file (annotations are read from it)
    pdf: pikepdf.Pdf | None = None

    def elements(self) -> list[Element]:
        """Every element in reading order (the tree's pre-order)."""
        return list(self.root.walk())

    def lines_of(self, el: Element) -> dict[int, list[float]]:
        """page -> baselines of the element's own text and its descendants'."""
        out: dict[int, set[float]] = {}
        for e in el.walk():
            for page, mcid in e.marks:
                out.setdefault(page, set()).update(self.lines.get(page, {}).get(mcid, []))
        return {p: sorted(v) for p, v in out.items()}

    def pages_of(self, el: Element) -> list[int]:
        return sorted({p for e in el.walk() for p, _ in e.marks})


def _walk_structure(node, depth, pages) -> Element:
    role = str(node.get("/S", "/?"))[1:]
    attrs = {}
    for key in ("/Alt", "/ActualText", "/Lang"):
        if key in node:
            attrs[key[1:]] = str(node[key])
    a = node.get("/A")
    for key in ("/Scope", "/ListNumbering"):
        if isinstance(a, pikepdf.Dictionary) and key in a:
            attrs[key[1:]] = str(a[key])[1:]
    el = Element(role, depth, attrs)
    page = node.get("/Pg")
    kids = node.get("/K")
    if kids is None:
        kids = []
    elif not isinstance(kids, pikepdf.Array):
        kids = [kids]
    for kid in kids:
        if isinstance(kid, int):
            el.marks.append((pages[page.objgen], int(kid)))
        elif isinstance(kid, pikepdf.Dictionary):
            kind = kid.get("/Type")
            if kind == "/MCR":
                el.marks.append((pages[kid["/Pg"].objgen], int(kid["/MCID"])))
            elif kind == "/OBJR":
                el.annotations.append(kid["/Obj"])
            else:
                el.kids.append(_walk_structure(kid, depth + 1, pages))
    return el


def _matrix(a, b):
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _page_lines(page) -> tuple[dict[int, set[float]], list[float]]:
    """mcid -> baselines of the text it shows; and the baselines shown outside any MCID."""
    lines: dict[int, set[float]] = {}
    loose: set[float] = set()
    ctm = [1, 0, 0, 1, 0, 0]
    stack = []
    marks: list[int | None] = []
    tm = lm = [1, 0, 0, 1, 0, 0]
    leading = 0.0
    for operands, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop()
        elif op == "cm":
            ctm = _matrix([float(x) for x in operands], ctm)
        elif op == "BDC":
            props = operands[1]
            mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
            marks.append(int(mcid) if mcid is not None else None)
        elif op == "BMC":
            marks.append(None)
        elif op == "EMC":
            marks.pop()
        elif op == "BT":
            tm = lm = [1, 0, 0, 1, 0, 0]
        elif op == "Tm":
            tm = lm = [float(x) for x in operands]
        elif op in ("Td", "TD"):
            tx, ty = float(operands[0]), float(operands[1])
            if op == "TD":
                leading = -ty
            tm = lm = _matrix([1, 0, 0, 1, tx, ty], lm)
        elif op == "TL":
            leading = float(operands[0])
        elif op in ("T*", "'", '"'):
            tm = lm = _matrix([1, 0, 0, 1, 0, -leading], lm)
        if op in ("Tj", "TJ", "'", '"'):
            y = round(_matrix(tm, ctm)[5], 1)
            mcid = next((m for m in reversed(marks) if m is not None), None)
            if mcid is None:
                loose.add(y)
            else:
                lines.setdefault(mcid, set()).add(y)
    return lines, sorted(loose)


def read_tagged(path) -> Tagged:
    pdf = pikepdf.open(str(path))
    pages = {p.obj.objgen: i for i, p in enumerate(pdf.pages)}
    root = pdf.Root.StructTreeRoot
    kids = root.K if isinstance(root.K, pikepdf.Array) else [root.K]
    top = Element("StructTreeRoot", -1)
    top.kids = [_walk_structure(k, 0, pages) for k in kids]
    lines, loose = {}, {}
    for i, page in enumerate(pdf.pages):
        found, outside = _page_lines(page)
        lines[i] = {m: sorted(v) for m, v in found.items()}
        loose[i] = outside
    height = float(pdf.pages[0].MediaBox[3])
    return Tagged(top, lines, loose, len(pdf.pages), height, pdf)


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def outloud_findings(path) -> list[dict]:
    """Findings of the `outloud` checker (PDF/UA-1 and WCAG), as its JSON report has them."""
    out = subprocess.run(
        [_tool("outloud"), "--json", "-", "--fail-on", "never", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(out.stdout)
    result = report["results"][0]
    assert result["error"] is None, result["error"]
    return result["findings"]


def pdfua_findings(path) -> list[dict]:
    """Findings of the `pdfua` checker (machine-checkable PDF/UA-1), from its JSON output."""
    out = subprocess.run(
        [_tool("pdfua"), "check", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode in (0, 1, 2, 3), out.stderr
    report = json.loads(out.stdout)  # one file: one report
    return report["findings"]
