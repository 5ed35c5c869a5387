"""Hostile text: every kind of string a note or field must survive byte-exact.

Shared by the store, interchange, report and GUI tests (fixture `hostile_texts` in
tests/conftest.py). Each entry names what it attacks. All entries are non-empty and
not only whitespace, so each is a valid note text; `EMPTY_FIELD_TEXTS` holds the
texts that are valid in fields but refused as notes.
"""

from __future__ import annotations

HOSTILE_TEXTS: dict[str, str] = {
    "markup_bold": "<b>fet</b> text",
    "markup_unclosed": "<b>aldrig stängd",
    "ampersand": "R&D & Co &amp; &lt;not an entity&gt; &#65; &nbsp;",
    "lt_gt": "1 < 2 > 0 <<>> </ >",
    "reportlab_font": '<font name="Courier" size="40" color="red">stor</font>',
    "reportlab_img": '<img src="/etc/passwd" width="100" height="100"/>',
    "reportlab_img_url": '<img src="http://example.invalid/x.png"/>',
    "link_file": '<a href="file:///etc/passwd">klicka</a>',
    "link_js": '<a href="javascript:alert(1)">x</a>',
    "html_script": "<script>alert('x')</script><style>*{display:none}</style>",
    "html_comment": "<!-- kommentar --> <![CDATA[ ]]>",
    "markdown": "# Rubrik\n* lista\n[länk](file:///etc/passwd) `kod` **fet** | a | b |\n---",
    "csv_formula": '=HYPERLINK("http://example.invalid","x"),+1,-1,@SUM(A1)',
    "csv_quotes": 'a,"b",c\n"d""e",f;g\th',
    "sql": "'); DROP TABLE notes; -- \" OR 1=1 --",
    "fts_syntax": 'NEAR("a" "b") AND OR NOT * ^ : col:value "unterminated',
    "format_braces": "{actor} {goal} {0} {} %s %(name)s ${HOME} $(id)",
    "backslashes": "C:\\Users\\x\\n \\u0000 \\\\",
    "emoji": "Bra idé 👍🏽 🇸🇪 👩‍👩‍👧‍👦 🧑🏿‍🚀 ❤️ 1️⃣",
    "rtl_arabic": "مرحبا بالعالم — التنمية الريفية",
    "rtl_hebrew": "שלום עולם",
    "rtl_override": "abc\u202edcba\u202c \u2066isolate\u2069 \u200fmark",
    "cjk": "農村のスマート化 智慧乡村 스마트 농촌",
    "combining_marks": "e\u0301 a\u0308 o\u0308 A\u030a \u0041\u0301\u0302\u0303\u0304\u0305",
    "zalgo": "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319\u0324\u031e"
    "\u0349\u035a\u032f\u031e\u0320\u034da\u0357\u0369\u0301",
    "decomposed_swedish": "a\u030angra o\u0308ver a\u0308ndring",
    "precomposed_swedish": "Ånger över ändring i Östersund, Älvdalen och Åre",
    "zero_width": "noll\u200bbredd\u200c\u200d\ufeffmellan\u2060rum",
    "only_zero_width_and_text": "\u200b\u200bx\u200b",
    "nul": "före\x00efter",
    "control_chars": "bell\x07 backspace\x08 esc\x1b[31m vt\x0b ff\x0c del\x7f c1\x85\x9b",
    "newlines": "rad 1\nrad 2\r\nrad 3\rrad 4\u2028rad 5\u2029rad 6",
    "tabs_and_spaces": "\t indrag\t  och   mellanrum  \t",
    "leading_trailing_space": "   mellanslag runt om   ",
    "nbsp": "icke\u00a0brytande\u202fsmalt\u3000ideografiskt",
    "noncharacters": "\ufffe\uffff\U0010ffff\ufdd0 ersättning \ufffd",
    "astral": "𝕊𝕞𝕒𝕣𝕥𝕒 𝔩𝔞𝔫𝔡𝔰𝔟𝔶𝔤𝔡𝔢𝔯 𓀀 𠜎",
    "long_word": "x" * 5_000,
    "twenty_thousand": ("Långa anteckningar med åäö, <b>, & och 👍. " * 500)[:20_000],
    "url_like": "https://example.invalid/?a=1&b=<2>#frag mailto:x@example.invalid",
    "path_like": "../../../../etc/passwd ~/.ssh/id_rsa \\\\server\\share",
    "json_like": '{"format": "samla.series", "x": [1, 2, null]}',
    "single_char": "ö",
}

#: Texts that fields (titles, synthesis) accept but a note refuses as "no text".
EMPTY_FIELD_TEXTS: dict[str, str] = {
    "empty": "",
    "spaces": "   ",
    "newlines_only": "\n\r\n",
}

#: Texts that cannot be stored at all (they cannot be encoded as UTF-8): the core
#: API refuses them with InvalidValue.
UNSTORABLE_TEXTS: dict[str, str] = {
    "lone_high_surrogate": "före\ud800efter",
    "lone_low_surrogate": "\udfff",
    "reversed_pair": "\udc00\ud800",
}


def all_hostile() -> list[tuple[str, str]]:
    return sorted(HOSTILE_TEXTS.items())
