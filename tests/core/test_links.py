"""One rule decides which links are published: the examples editor and the report agree."""

from __future__ import annotations

import pytest

from workshop_app.core.links import link_problem, safe_url

GOOD = ["https://tillvaxtverket.se", "http://example.org/a?b=c#d", "mailto:info@example.org"]
BAD = {
    "file:///etc/passwd": "scheme",
    "javascript:alert(1)": "scheme",
    "https://": "no_host",
    "mailto:someone": "no_address",
    "https://example.org/a b": "spaces",
    'https://example.org/"><img/src=x>': "characters",
}


@pytest.mark.parametrize("url", GOOD)
def test_web_and_mail_links_are_published(url):
    assert link_problem(url) is None
    assert safe_url(url) == url


@pytest.mark.parametrize("url,problem", BAD.items())
def test_anything_else_is_refused_and_printed_as_plain_text(url, problem):
    assert link_problem(url) == problem
    assert safe_url(url) is None
