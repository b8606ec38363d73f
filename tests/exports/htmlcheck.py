"""A small automated accessibility checker for the exported HTML report (standard library html.parser only).

It checks what a screen-reader user depends on and what a machine can decide: the page language, exactly one h1,
no skipped heading levels, one main landmark, tables with a caption and scoped header cells, images with alt text,
links with text and targets that exist, unique ids, and no scripts or external resources (the file must work offline).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_EXTERNAL = re.compile(r"^(https?:)?//|^(ftp|file):", re.IGNORECASE)


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.html_lang: str | None = None
        self.headings: list[int] = []
        self.mains = 0
        self.ids: set[str] = set()
        self.fragments: list[str] = []
        self.table_depth = 0
        self.table_has_caption: list[bool] = []
        self.link_text: list[str] | None = None
        self.link_label = ""
        self.heading_text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if "id" in a:
            if a["id"] in self.ids:
                self.problems.append(f"the id {a['id']!r} is used twice")
            self.ids.add(a["id"])
        if "lang" in a and not _LANG.match(a["lang"]):
            self.problems.append(f"<{tag}> has an invalid lang {a['lang']!r}")
        if "style" in a and "url(" in a["style"]:
            self.problems.append(f"<{tag}> loads an external resource from its style")
        for attr in ("src", "href", "data", "poster"):
            if attr in a and _EXTERNAL.match(a[attr]):
                self.problems.append(f"<{tag}> loads an external resource ({a[attr]})")
        if tag == "html":
            self.html_lang = a.get("lang", "")
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append(int(tag[1]))
            self.heading_text = []
        elif tag == "main" or a.get("role") == "main":
            self.mains += 1
        elif tag == "table":
            self.table_depth += 1
            self.table_has_caption.append(False)
        elif tag == "caption" and self.table_has_caption:
            self.table_has_caption[-1] = True
        elif tag == "th" and a.get("scope") not in ("col", "row", "colgroup", "rowgroup"):
            self.problems.append("a table header cell (<th>) has no scope")
        elif tag == "img" and "alt" not in a:
            self.problems.append(f"an image has no alt text ({a.get('src', '')})")
        elif tag == "a":
            if not a.get("href"):
                self.problems.append("a link has no href")
            elif a["href"].startswith("#"):
                self.fragments.append(a["href"][1:])
            self.link_text = []
            self.link_label = a.get("aria-label", "")
        elif tag == "script":
            self.problems.append("the report contains a script")
        elif tag == "link" and "stylesheet" in a.get("rel", ""):
            self.problems.append("the report links an external style sheet")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self.table_has_caption:
            if not self.table_has_caption.pop():
                self.problems.append("a table has no <caption>")
        elif tag == "a" and self.link_text is not None:
            if not "".join(self.link_text).strip() and not self.link_label.strip():
                self.problems.append("a link has no text")
            self.link_text = None
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6") and self.heading_text is not None:
            if not "".join(self.heading_text).strip():
                self.problems.append(f"an empty <{tag}> heading")
            self.heading_text = None

    def handle_data(self, data: str) -> None:
        if self.link_text is not None:
            self.link_text.append(data)
        if self.heading_text is not None:
            self.heading_text.append(data)


def check_html(html: str) -> list[str]:
    """Every accessibility problem found in ``html``; an empty list means it passed."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    problems = list(checker.problems)
    if not checker.html_lang:
        problems.append("<html> has no lang attribute")
    if checker.headings.count(1) != 1:
        problems.append(f"the page has {checker.headings.count(1)} <h1> headings; it needs exactly one")
    if checker.headings and checker.headings[0] != 1:
        problems.append("the first heading is not the <h1>")
    for previous, current in zip(checker.headings, checker.headings[1:], strict=False):
        if current > previous + 1:
            problems.append(f"a heading level is skipped (h{previous} then h{current})")
    if checker.mains != 1:
        problems.append(f"the page has {checker.mains} main landmarks; it needs exactly one")
    problems += [f"the link target #{f} does not exist" for f in checker.fragments if f not in checker.ids]
    return problems
