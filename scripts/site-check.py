#!/usr/bin/env python3
"""site-check.py SITE_DIR NOTES_DIR - check the generated bilingual site.

1. Every local link of every page resolves: href/src of HTML pages, the
   entries of the sidebar tree in the *.js files, the links inside SVG
   graphs; a #fragment must name an id or <a name> of the target page.
2. Every page has its language (lang="en" / lang="zh-CN"), no marker is
   left unfilled, and its language switch opens the same file in the
   other language.
3. In the chapters, no `name()` is left without a link (outside <pre>).
4. The chapters and sections of notes/en and notes/zh have the same ids
   in the same order, and every id is an anchor of the built page.
Prints a summary; exits 1 listing the problems if there are any.
"""
import html.parser
import pathlib
import re
import sys
from urllib.parse import unquote, urlsplit

LANG_ATTR = {"en": "en", "zh": "zh-CN"}
JS_LINK = re.compile(r'"([^"\s]+\.html(?:#[^"\s]*)?)"')
CALL = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\(\)")
HEADING_ID = re.compile(r"^#{1,6} .*\{#([A-Za-z0-9_-]+)\}\s*$")


class Page(html.parser.HTMLParser):
    """Collect ids, links, the <html lang>, and unlinked calls in text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links, self.unlinked = set(), [], []
        self.lang, self.switch, self.unfilled = None, None, False
        self.stack = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        for key in ("id", "name"):
            if a.get(key) and (key == "id" or tag == "a"):
                self.ids.add(a[key])
        for key in ("href", "src", "data"):
            if a.get(key):
                self.links.append(a[key])
        if a.get("id") == "mm24-lang-switch":
            self.switch = a.get("href")
        if tag not in ("br", "img", "meta", "link", "input", "hr"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop() == tag:
                break

    def handle_data(self, data):
        if any(t in ("a", "pre", "script", "style", "title") for t in self.stack):
            return
        for m in CALL.finditer(data):
            self.unlinked.append(m.group(0))


def parse(path):
    p = Page()
    text = path.read_text(encoding="utf-8", errors="replace")
    p.unfilled = "@MM24_" in text
    p.feed(text)
    return p


class Checker:
    def __init__(self, site):
        self.site = site
        self.problems = []
        self.links = 0
        self.pages = {}

    def page(self, path):
        if path not in self.pages:
            self.pages[path] = parse(path)
        return self.pages[path]

    def resolve(self, source, link):
        """Check one local link found in file @source."""
        parts = urlsplit(link)
        if parts.scheme or link.startswith(("//", "mailto:", "javascript:")):
            return
        self.links += 1
        target = source if not parts.path else (source.parent / unquote(parts.path))
        try:
            target = target.resolve()
        except OSError:
            pass
        if not target.exists():
            self.problems.append(f"{source}: broken link {link}")
            return
        if parts.fragment and target.suffix == ".html":
            if parts.fragment not in self.page(target).ids:
                self.problems.append(f"{source}: no anchor #{parts.fragment} in {target.name}")

    def check_language(self, lang):
        root = self.site / lang
        other = "zh" if lang == "en" else "en"
        for path in sorted(root.rglob("*.html")):
            p = self.page(path.resolve())
            if path.parent.name == "search":	# the search box's result frames
                for link in p.links:
                    self.resolve(path.resolve(), link)
                continue
            if p.unfilled:
                self.problems.append(f"{path}: unfilled @MM24_ marker")
            if p.lang != LANG_ATTR[lang]:
                self.problems.append(f"{path}: lang={p.lang!r}, want {LANG_ATTR[lang]!r}")
            if p.switch is None:
                self.problems.append(f"{path}: no language switch")
            else:
                want = (self.site / other / path.relative_to(root)).resolve()
                got = (path.parent / p.switch).resolve()
                if got != want or not got.exists():
                    self.problems.append(f"{path}: language switch goes to {p.switch}")
            for link in p.links:
                self.resolve(path.resolve(), link)
            if path.name.startswith("chapter-") or path.name == "index.html":
                for call in sorted(set(p.unlinked)):
                    self.problems.append(f"{path}: {call} is not linked")
        for js in sorted(root.glob("*.js")):
            for link in JS_LINK.findall(js.read_text(encoding="utf-8", errors="replace")):
                self.resolve(js.resolve(), link)
        for svg in sorted(root.rglob("*.svg")):
            text = svg.read_text(encoding="utf-8", errors="replace")
            for link in re.findall(r'(?:xlink:)?href="([^"]+)"', text):
                if ".html" in link:
                    self.resolve(svg.resolve(), link)

    def check_notes(self, notes):
        ids = {}
        for lang in LANG_ATTR:
            files = sorted((notes / lang).glob("*.md"))
            ids[lang] = [(f.name, [m.group(1) for line in f.read_text(encoding="utf-8").splitlines()
                                   if (m := HEADING_ID.match(line))]) for f in files]
        if ids["en"] != ids["zh"]:
            en, zh = dict(ids["en"]), dict(ids["zh"])
            for name in sorted(set(en) | set(zh)):
                if en.get(name) != zh.get(name):
                    self.problems.append(f"notes/{name}: section ids differ between en and zh: "
                                         f"{en.get(name)} / {zh.get(name)}")
        for lang in LANG_ATTR:
            for name, sections in ids[lang]:
                if not sections:
                    self.problems.append(f"notes/{lang}/{name}: no heading with an id")
                    continue
                chapter = self.site / lang / ("index.html" if sections[0] == "mainpage"
                                              else f"{sections[0]}.html")
                if not chapter.exists():
                    self.problems.append(f"{chapter}: chapter page missing")
                    continue
                anchors = self.page(chapter.resolve()).ids
                for sid in sections[1:]:
                    if sid not in anchors:
                        self.problems.append(f"{chapter}: section #{sid} missing")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    site, notes = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    c = Checker(site)
    for lang in LANG_ATTR:
        c.check_language(lang)
    c.check_notes(notes)
    print(f"site-check: {len(c.pages)} pages, {c.links} local links checked, "
          f"{len(c.problems)} problems")
    for p in c.problems[:200]:
        print("  " + p)
    sys.exit(1 if c.problems else 0)


if __name__ == "__main__":
    main()
