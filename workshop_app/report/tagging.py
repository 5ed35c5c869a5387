"""Tagged PDF (PDF/UA-1) on top of reportlab: a structure tree built alongside the drawing.

Open-source reportlab draws an untagged PDF. Here the report's structure is built first,
in reading order, as a tree of `Node`s (Document, H1, P, L, Table, ...); each flowable
that draws real content holds its node, and `TaggedCanvas.tagged(node)` wraps what it
draws in marked content (`/P <</MCID 3>> BDC ... EMC`) and records the reference in the
node. Anything drawn outside a node (rules, tints, page numbers, running titles) goes
inside `/Artifact` sequences. Link annotations drawn inside a Link node get /Contents,
the Print flag and a /StructParent, and the node an object reference to them.

When the canvas is saved, the tree becomes the PDF's /StructTreeRoot with its
/ParentTree, and the catalog gets /MarkInfo, /Lang, /ViewerPreferences
/DisplayDocTitle and XMP metadata that declares PDF/UA-1 (pdfuaid:part 1).

Reading order is the tree's order, whatever order the pages paint in.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import UTC, datetime
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFPage,
    PDFStream,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas

#: Structure types of our own, mapped to the standard type a reader understands.
ROLE_MAP = {"Aside": "Div"}
#: Page entries reportlab does not write by itself.
_PAGE_KEYS = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]


class Node:
    """One structure element: a role (P, H2, TD ...), attributes and kids in reading order.

    Kids are nodes, marked-content references `(page_name, mcid)` and annotation
    references `("annot", annotation_ref, page_name)`.
    """

    __slots__ = ("role", "parent", "kids", "attrs")

    def __init__(self, role: str, parent: Node | None = None, **attrs: object):
        self.role = role
        self.parent = parent
        self.kids: list = []
        self.attrs = {k: v for k, v in attrs.items() if v is not None}
        if parent is not None:
            parent.kids.append(self)

    def add(self, role: str, **attrs: object) -> Node:
        return Node(role, self, **attrs)

    def has_content(self) -> bool:
        return any(not isinstance(k, Node) or k.has_content() for k in self.kids) or bool(
            self.attrs.get("Alt") or self.attrs.get("ActualText")
        )

    def __repr__(self) -> str:
        return f"<{self.role} {len(self.kids)} kids>"


class _Elem(PDFObject):
    """A structure element as written: formatted once every element has its reference."""

    def __init__(self, node: Node, tagged: TaggedCanvas):
        self.node = node
        self.tagged = tagged

    def format(self, document):
        return self.tagged._element_bytes(self.node, document)


def _text(value: str) -> PDFString:
    return PDFString(value)


class TaggedCanvas(Canvas):
    """A reportlab canvas that writes marked content and, on save, the structure tree."""

    def __init__(self, *args, tree: Node, title: str, metadata: dict, lang=None, **kwargs):
        super().__init__(*args, lang=lang, **kwargs)
        self.tree = tree
        self._title = title or ""
        self._lang = lang or "en"
        self._metadata = metadata
        #: ParentTree keys: each page and each annotation takes the next one.
        self._next_key = 0
        #: parent-tree key -> structure node of each MCID on that page, in MCID order
        self._page_marks: list[Node] = []
        self._parent_tree: dict[int, list[Node] | Node] = {}
        self._open: list[Node | None] = []  # None: an artifact
        self._elements: dict[int, object] = {}  # id(node) -> reference
        self._ref_text: dict[str, str] = {}  # object name -> "12 0 R"
        self._page_refs: dict[str, object] = {}

    # --------------------------------------------------------------- marking

    @property
    def current(self) -> Node | None:
        return self._open[-1] if self._open else None

    @contextlib.contextmanager
    def tagged(self, node: Node | None) -> Iterator[None]:
        """Draw inside `node`'s marked content (an artifact when `node` is None)."""
        if node is None:
            with self.artifact():
                yield
            return
        if self._open:  # already inside a tagged run (a table cell's paragraph): nest nothing
            self._open.append(self._open[-1])
            try:
                yield
            finally:
                self._open.pop()
            return
        mcid = len(self._page_marks)
        self._page_marks.append(node)
        node.kids.append((self._doc.thisPageName(), mcid))
        self._code.append(f"/{node.role} <</MCID {mcid}>> BDC")
        self._open.append(node)
        try:
            yield
        finally:
            self._open.pop()
            self._code.append("EMC")

    @contextlib.contextmanager
    def artifact(self, kind: str = "") -> Iterator[None]:
        """Draw decoration (rules, tints) or page furniture (kind 'Pagination')."""
        if self._open:  # inside real content: the drawing belongs to it
            yield
            return
        props = f"<</Type /{kind}>> BDC" if kind else "BMC"
        self._code.append(f"/Artifact {props}")
        self._open.append(None)
        try:
            yield
        finally:
            self._open.pop()
            self._code.append("EMC")

    # ------------------------------------------------------------ annotations

    def _link_entries(self, contents: str) -> dict:
        node = self.current
        if node is None or node.role != "Link":
            raise ValueError("a link must be drawn inside a Link element")
        key = self._next_key
        self._next_key += 1
        self._parent_tree[key] = node
        return {"contents": contents, "key": key, "node": node}

    def _annotated(self, entries: dict) -> None:
        ref = self._annotationrefs[-1]
        entries["node"].kids.append(("annot", ref, self._doc.thisPageName()))

    def linkURL(self, url, rect, relative=0, thickness=0, color=None, dashArray=None, **kw):
        node = self.current
        entries = self._link_entries(node.attrs.get("_contents") or url if node else url)
        kw.update(
            Contents=_text(entries["contents"]),
            StructParent=entries["key"],
            F=4,  # Print
            Border=PDFArray([0, 0, 0]),
        )
        super().linkURL(url, rect, relative, thickness, color, dashArray, **kw)
        self._annotated(entries)

    def linkRect(self, contents, destinationname, Rect=None, addtopage=1, name=None, **kw):
        """An internal link (the table of contents) to a bookmark, tagged like linkURL's."""
        node = self.current
        entries = self._link_entries(node.attrs.get("_contents") or contents if node else "")
        relative = kw.get("relative", 1)
        annotation = PDFDictionary(
            {
                "Type": PDFName("Annot"),
                "Subtype": PDFName("Link"),
                "Rect": PDFArray(self._absRect(Rect, relative)),
                "Dest": self._bookmarkReference(destinationname),
                "Contents": _text(entries["contents"]),
                "StructParent": entries["key"],
                "F": 4,
                "Border": PDFArray([0, 0, 0]),
            }
        )
        self._addAnnotation(annotation, name, addtopage)
        self._annotated(entries)

    # ------------------------------------------------------------------ pages

    def _setAnnotations(self, page):
        """reportlab's last hook before a page is added: give it its marks and tab order."""
        super()._setAnnotations(page)
        if self._open:
            raise RuntimeError("marked content left open at the end of a page")
        key = self._next_key
        self._next_key += 1
        self._parent_tree[key] = self._page_marks
        self._page_marks = []
        page.__NoDefault__ = _PAGE_KEYS
        page.StructParents = key
        page.Tabs = PDFName("S")

    def save(self):
        if len(self._code):
            self.showPage()
        self._write_structure()
        self._doc.SaveToFile(self._filename, self)

    # ------------------------------------------------------------- structure

    def _page_ref(self, name: str):
        ref = self._page_refs.get(name)
        if ref is None:
            from reportlab.pdfbase.pdfdoc import PDFObjectReference

            ref = self._page_refs[name] = PDFObjectReference(name)
        return ref

    def _register(self, node: Node, keep: set[int]) -> None:
        self._elements[id(node)] = self._doc.Reference(_Elem(node, self))
        for kid in node.kids:
            if isinstance(kid, Node) and id(kid) in keep:
                self._register(kid, keep)

    def _element_bytes(self, node: Node, document) -> bytes:
        """The element's dictionary, written directly: an appendix has thousands of them."""
        numbers = document.idToObjectNumberAndVersion
        refs = self._ref_text

        def ref(name: str) -> str:
            text = refs.get(name)
            if text is None:
                text = refs[name] = f"{numbers[name][0]} 0 R"
            return text

        parent = self._elements[id(node.parent)] if node.parent else self._root_ref
        out = [f"<< /Type /StructElem /S /{node.role} /P {ref(parent.name)}"]
        pages = {k[0] if k[0] != "annot" else k[2] for k in node.kids if isinstance(k, tuple)}
        one_page = next(iter(pages)) if len(pages) == 1 else None
        if one_page:
            out.append(f" /Pg {ref(one_page)}")
        kids = []
        for kid in node.kids:
            if isinstance(kid, Node):
                element = self._elements.get(id(kid))
                if element is not None:
                    kids.append(ref(element.name))
            elif kid[0] == "annot":
                page = "" if one_page else f" /Pg {ref(kid[2])}"
                kids.append(f"<< /Type /OBJR /Obj {ref(kid[1].name)}{page} >>")
            elif one_page:
                kids.append(str(kid[1]))
            else:
                kids.append(f"<< /Type /MCR /Pg {ref(kid[0])} /MCID {kid[1]} >>")
        out.append(f" /K {kids[0]}" if len(kids) == 1 else f" /K [{' '.join(kids)}]")
        text = b""
        for key in ("Alt", "ActualText", "T", "E", "Lang", "ID"):
            if key in node.attrs:
                text += f" /{key} ".encode() + _text(str(node.attrs[key])).format(document)
        table = [k for k in ("Scope", "ColSpan", "RowSpan") if k in node.attrs]
        if table:
            values = " ".join(
                f"/{k} /{node.attrs[k]}" if k == "Scope" else f"/{k} {int(node.attrs[k])}"
                for k in table
            )
            out.append(f" /A << /O /Table {values} >>")
        if "ListNumbering" in node.attrs:
            out.append(f" /A << /O /List /ListNumbering /{node.attrs['ListNumbering']} >>")
        return "".join(out).encode("latin-1") + text + b" >>"

    def _write_structure(self) -> None:
        doc = self._doc
        keep = {id(n) for n in _walk(self.tree) if n.has_content()}
        root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
        self._root_ref = doc.Reference(root)
        self._register(self.tree, keep)
        nums = []
        for key in sorted(self._parent_tree):
            value = self._parent_tree[key]
            if isinstance(value, list):
                nums += [key, PDFArray([self._elements[id(n)] for n in value])]
            else:
                nums += [key, self._elements[id(value)]]
        parent_tree = doc.Reference(PDFDictionary({"Nums": PDFArray(nums)}))
        root["K"] = PDFArray([self._elements[id(self.tree)]])
        root["ParentTree"] = parent_tree
        root["ParentTreeNextKey"] = self._next_key
        root["RoleMap"] = PDFDictionary({k: PDFName(v) for k, v in ROLE_MAP.items()})
        catalog = doc.Catalog
        catalog.StructTreeRoot = self._root_ref
        catalog.MarkInfo = PDFDictionary({"Marked": "true"})
        catalog.Lang = PDFString(self._lang)
        self.setViewerPreference("DisplayDocTitle", "true")
        self.showOutline()
        metadata = PDFStream(
            PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
            xmp(self._title, lang=self._lang, **self._metadata).encode("utf-8"),
        )
        metadata.filters = []  # XMP stays readable as it is
        catalog.Metadata = doc.Reference(metadata)


def _walk(node: Node) -> Iterator[Node]:
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(k for k in n.kids if isinstance(k, Node))


def xmp(title: str, *, lang: str, author: str = "", subject: str = "", producer: str = "") -> str:
    """XMP metadata for the catalog: Dublin Core title, author, subject, language; PDF/UA-1."""
    now = datetime.now(UTC).replace(microsecond=0).isoformat()

    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    creator = (
        f"<dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>"
        if author
        else ""
    )
    description = f"<dc:description>{alt(subject)}</dc:description>" if subject else ""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        "<dc:format>application/pdf</dc:format>\n"
        f"<dc:title>{alt(title)}</dc:title>\n"
        f"{creator}{description}"
        f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>\n"
        f"<xmp:CreatorTool>{escape(producer)}</xmp:CreatorTool>\n"
        f"<xmp:CreateDate>{now}</xmp:CreateDate>\n"
        f"<xmp:ModifyDate>{now}</xmp:ModifyDate>\n"
        f"<xmp:MetadataDate>{now}</xmp:MetadataDate>\n"
        "<pdfuaid:part>1</pdfuaid:part>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
