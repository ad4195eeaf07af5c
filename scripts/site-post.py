#!/usr/bin/env python3
"""site-post.py BUILD SITE_DIR - turn Doxygen's two raw builds into the site.

Reads BUILD/site/raw/LANG (Doxygen's output), BUILD/site/mm24-LANG.tag
(where Doxygen put every documented symbol), BUILD/site-gen/code.json
(site_code.py: definitions, calls, uses, @kquirk notes, chapters, labs),
BUILD/site-gen/pages.json and, with KSRC, BUILD/site-gen/kdiff.json, and
writes SITE_DIR/en and SITE_DIR/zh:

 1. every page: the language (lang="en" / "zh-CN"), the switch to the same
    page in the other language, the search box; in Chinese the space
    Doxygen leaves where a comment line broke between two Chinese
    characters is dropped (outside <pre>);
 2. pictures: each @dotfile SVG is put inline (so it is drawn with the
    page's font, the font Graphviz measured it with), in a box that
    scrolls and opens full size on a click; text runs keep their leading
    spaces (xml:space); tables scroll sideways on narrow screens;
 3. chapters: previous/next links (order of notes/en/NN-*.md), each
    scenario's script beside the output it produced (with a link to the
    file, copied to scenarios/), history boxes (a block quote whose first
    bold words hold "2.6.24 →") marked for the theme, every `NAME` in code
    that names a symbol of src/ linked to its definition;
 4. function and macro pages: Doxygen's References / Referenced by replaced
    by Calls, Called by and Uses from the code (site_code.py), with links
    to the symbol's diff row and to every use in the identifier index;
 5. source listings: the \\~english / \\~chinese markers of the bilingual
    comments resolved (each language keeps its own text), every name of
    src/ that Doxygen left plain linked to its definition;
 6. the generated pages (labs, quizzes, diff, identifier index) filled, and
    the simplifications page rebuilt: by chapter, headed by each symbol's
    kind and name, linked to its page and its diff row;
 7. search: SITE/LANG/search-data.js (sections of every page, every
    symbol) for the offline search box (site/mm24-search.js, FlexSearch);
 8. the font: Noto Sans CJK SC, cut down to the characters the site uses,
    in SITE/fonts, declared with the same family name Graphviz measured.
Also writes SITE_DIR/index.html, the entrance that picks a language.
"""
import collections
import hashlib
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

TOP = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TOP / "scripts"))
from site_text import T  # noqa: E402

LANGS = {
    "en": {"lang": "en", "other": "zh", "other_lang": "zh-CN", "other_name": "中文"},
    "zh": {"lang": "zh-CN", "other": "en", "other_lang": "en", "other_name": "English"},
}
CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
CJK_GAP = re.compile(f"(?<=[{CJK}])[ \t]*\n?[ \t]+(?=[{CJK}])|(?<=[{CJK}])\n(?=[{CJK}])")
PRE = re.compile(r"(<pre[\s>].*?</pre>)", re.S)
TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
IDENT = re.compile(r"(?<![\w#&])([A-Za-z_]\w*)")
FONT_FAMILY = "Noto Sans CJK SC"
FONT_FILES = {"regular": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
              "bold": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"}
FONT_INDEX = 2          # Noto Sans CJK SC inside the collection

INDEX = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>mm24 - Linux 2.6.24 memory management, running</title>
<style>
 @font-face { font-family: "Noto Sans CJK SC"; src: url("fonts/mm24-sans-regular.woff2") format("woff2"); }
 body { font-family: "Noto Sans CJK SC", sans-serif; max-width: 40em; margin: 4em auto; padding: 0 1em; }
 a.lang { display: block; font-size: 1.4em; margin: 1em 0; }
 @media (prefers-color-scheme: dark) { body { background: #1c1d1f; color: #d2dbde; } a { color: #8ab4f8; } }
</style>
</head>
<body>
<h1>mm24</h1>
<p>The Linux 2.6.24 (i386) memory manager as compilable C, running on an
emulated PC, with notes, exercises, labs, quizzes and a diff against the
real source.</p>
<p lang="zh-CN">以可编译的 C 代码重现 Linux 2.6.24（i386）内存管理，运行在模拟的 PC 上，附有讲解、练习、实验、习题以及与真实源码的对比。</p>
<a class="lang" href="en/index.html" hreflang="en">English</a>
<a class="lang" href="zh/index.html" hreflang="zh-CN" lang="zh-CN">中文</a>
</body>
</html>
"""


def esc(s):
    return html.escape(str(s), quote=True)


def strip_tags(s):
    return html.unescape(re.sub(r"<[^>]+>", "", s))


# ---- what Doxygen says about where things are -------------------------------------

class Tags:
    """The tag file of one language: the page#anchor of every documented
    symbol, and which file of src/ a member belongs to."""

    def __init__(self, path):
        self.member = {}        # (name, src file) -> url   (file members)
        self.by_name = collections.defaultdict(list)   # name -> [url]
        self.struct = {}        # struct/union name -> url
        self.field = {}         # (struct, field) -> url
        self.anchor = {}        # url -> (name, src file or struct, kind)
        self.file_page = {}     # src file -> doc page
        self.pages = {}         # page id -> (file, title)
        root = ET.parse(path).getroot()
        for c in root.findall("compound"):
            kind = c.get("kind")
            fname = c.findtext("filename") or ""
            if not fname.endswith(".html"):
                fname += ".html"
            if kind == "file":
                src = self.src_path(c.findtext("path") or "", c.findtext("name") or "")
                self.file_page[src] = fname
                for m in c.findall("member"):
                    name = m.findtext("name")
                    url = f"{m.findtext('anchorfile')}#{m.findtext('anchor')}"
                    self.member[(name, src)] = url
                    self.by_name[name].append(url)
                    self.anchor[url] = (name, src, m.get("kind"))
            elif kind in ("struct", "union"):
                sname = c.findtext("name")
                self.struct[sname] = fname
                self.by_name[sname].append(fname)
                for m in c.findall("member"):
                    url = f"{m.findtext('anchorfile')}#{m.findtext('anchor')}"
                    self.field[(sname, m.findtext("name"))] = url
            elif kind == "page":
                self.pages[c.findtext("name")] = (fname, c.findtext("title"))

    @staticmethod
    def src_path(path, name):
        p = pathlib.Path(path) / name
        try:
            return p.resolve().relative_to(TOP).as_posix()
        except ValueError:
            return p.as_posix()


class Code:
    """code.json with the lookups the pages need."""

    def __init__(self, gen):
        d = json.loads((gen / "code.json").read_text(encoding="utf-8"))
        self.__dict__.update(d)
        self.by_name = collections.defaultdict(list)
        for x in self.defs:
            self.by_name[x["name"]].append(x)
        self.by_place = {(x["name"], x["file"]): x for x in self.defs
                         if x["kind"] != "member"}
        self.callers = collections.defaultdict(list)
        for k, v in self.calls.items():
            for callee in v:
                if int(k) not in self.callers[callee]:
                    self.callers[callee].append(int(k))
        self.chapter_order = [c["id"] for c in self.chapters]
        pages = gen / "pages.json"
        self.pages = json.loads(pages.read_text()) if pages.exists() else {}
        kd = gen / "kdiff.json"
        self.kdiff = json.loads(kd.read_text(encoding="utf-8")) if kd.exists() else None
        xref = (gen.parent / "xref.tsv").read_text(encoding="utf-8").splitlines()
        self.xref = {}
        for line in xref[1:]:
            f = line.split("\t")
            if len(f) >= 6:
                self.xref.setdefault(f[0], {"unit": f[1], "src_file": f[2],
                                            "src_line": f[3], "kernel_file": f[4],
                                            "kernel_line": f[5]})


def ident_group(name):
    c = name[0].lower()
    return "u" if not c.isalpha() else c


def ident_url(name):
    return f"ident-{ident_group(name)}.html#i-{name}"


class Site:
    def __init__(self, build, site):
        self.build, self.site = build, site
        self.gen = build / "site-gen"
        self.code = Code(self.gen)
        self.tags = {lang: Tags(build / "site" / f"mm24-{lang}.tag") for lang in LANGS}
        self.search_docs = {lang: [] for lang in LANGS}
        self.briefs = {lang: {} for lang in LANGS}
        self.quirk_anchor = {lang: {} for lang in LANGS}    # symbol -> kquirks anchor
        self.source_pages = {}
        self.struct_of_page = {lang: {url: n for n, url in self.tags[lang].struct.items()}
                               for lang in LANGS}

    # -- where a definition is documented --------------------------------------------
    def def_url(self, lang, d):
        """The page that documents definition d, or None."""
        tags = self.tags[lang]
        if d["kind"] in ("struct", "union"):
            return tags.struct.get(d["name"])
        if d["kind"] == "member":
            return tags.field.get((d["scope"].split(":")[-1], d["name"]))
        return tags.member.get((d["name"], d["file"]))

    def name_url(self, lang, name, file=None):
        """Where a name used in the code (or a chapter) is defined: its
        documentation if it has any, else its identifier-index entry."""
        cands = [d for d in self.code.by_name.get(name, []) if d["kind"] != "member"]
        if not cands:
            return None
        if file:
            same = [d for d in cands if d["file"] == file]
            cands = same + [d for d in cands if d not in same]
        for d in cands:
            url = self.def_url(lang, d)
            if url:
                return url
        return ident_url(name)

    def source_line_url(self, lang, file, line):
        page = self.tags[lang].file_page.get(file)
        if not page:
            return None
        src = page[:-5] + "_source.html"
        if src not in self.source_pages.setdefault(lang, set()):
            if not (self.build / "site" / "raw" / lang / src).exists():
                return None
            self.source_pages[lang].add(src)
        return f"{src}#l{line:05d}"


# ---- 1. the frame of every page ---------------------------------------------------------

def fill_markers(text, lang, rel, site, raw):
    cfg = LANGS[lang]
    other_root = raw / cfg["other"]       # Doxygen's output: the other side may not be done
    target = rel if (other_root / rel).exists() else pathlib.Path("index.html")
    href = f"../{cfg['other']}/{target.as_posix()}"
    return (text.replace("@MM24_LANG@", cfg["lang"])
                .replace("@MM24_OTHER_HREF@", href)
                .replace("@MM24_OTHER_LANG@", cfg["other_lang"])
                .replace("@MM24_OTHER_NAME@", cfg["other_name"])
                .replace("@MM24_SEARCH_PH@", esc(T[lang]["search_ph"]))
                .replace("@MM24_NO_RESULTS@", esc(T[lang]["no_results"])))


def join_cjk_lines(text):
    parts = PRE.split(text)
    return "".join(p if p.startswith("<pre") else CJK_GAP.sub("", p) for p in parts)


# ---- 2. pictures and tables ---------------------------------------------------------------

DOT_FRAME = re.compile(r'<iframe scrolling="no" frameborder="0" src="(dot_[^"]+\.svg)" '
                       r'width="(\d+)" height="(\d+)">.*?</iframe>'
                       r'(\s*<div class="caption">.*?</div>)?', re.S)
GRAPH_LABEL = re.compile(r'<g id="[^"]*graph0" class="graph"[^>]*>\s*<title>[^<]*</title>\s*'
                         r'(?:<polygon[^>]*/>\s*)?<text', re.S)


def svg_inline(path, prefix):
    """An SVG file's <svg> element for inlining: ids made unique on the
    page, text runs keeping their spaces."""
    text = path.read_text(encoding="utf-8")
    text = text[text.index("<svg"):]
    text = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}-{m.group(1)}"', text)
    text = re.sub(r'xlink:href="#([^"]+)"', lambda m: f'xlink:href="#{prefix}-{m.group(1)}"', text)
    text = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}-{m.group(1)})", text)
    if "xml:space" not in text[:400]:
        text = text.replace("<svg ", '<svg xml:space="preserve" ', 1)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    return text


def pictures(text, root, lang):
    count = [0]

    def one(m):
        svg, w = m.group(1), m.group(2)
        count[0] += 1
        inline = svg_inline(root / svg, f"pic{count[0]}")
        # one caption per picture: a graph that carries its own title (a
        # root label) keeps it, and Doxygen's caption goes
        caption = m.group(4) or ""
        if GRAPH_LABEL.search(inline):
            caption = ""
        return (f'<div class="mm24-figure" style="--w:{w}px">'
                f'<div class="mm24-figure-img" title="{esc(T[lang]["open_full"])}">{inline}</div>'
                f'<a class="mm24-figure-open" href="{svg}">{esc(T[lang]["open_full"])}</a></div>'
                f'{caption}')
    return DOT_FRAME.sub(one, text)


def fix_svg_file(path):
    """A picture opened on its own: text runs keep their leading spaces."""
    text = path.read_text(encoding="utf-8")
    if "xml:space" not in text and "<svg " in text:
        path.write_text(text.replace("<svg ", '<svg xml:space="preserve" ', 1), encoding="utf-8")


TABLE = re.compile(r'(<table class="(?:markdownTable|doxtable)"[^>]*>.*?</table>)', re.S)


def scrolling_tables(text):
    return TABLE.sub(r'<div class="mm24-table-scroll">\1</div>', text)


# ---- 3. chapters --------------------------------------------------------------------------

def prev_next(text, lang, site_obj, page_id):
    order = site_obj.code.chapter_order
    if page_id not in order:
        return text
    i = order.index(page_id)
    titles = {c["id"]: c["titles"].get(lang, c["titles"].get("en")) for c in site_obj.code.chapters}
    t = T[lang]
    parts = []
    if i > 0:
        p = order[i - 1]
        href = "index.html" if p == "mainpage" else f"{p}.html"
        parts.append(f'<a class="mm24-prev" rel="prev" href="{href}">← {esc(t["prev"])}: '
                     f'{esc(titles[p])}</a>')
    if i + 1 < len(order):
        n = order[i + 1]
        parts.append(f'<a class="mm24-next" rel="next" href="{n}.html">{esc(t["next"])}: '
                     f'{esc(titles[n])} →</a>')
    if not parts:
        return text
    nav = '<nav class="mm24-prevnext">' + "".join(parts) + "</nav>"
    text = text.replace('<div class="textblock">', '<div class="textblock">' + nav, 1)
    i = text.rfind("</div></div><!-- contents -->")
    if i >= 0:
        text = text[:i] + nav + text[i:]
    return text


FRAGMENT = re.compile(r'<div class="fragment">(.*?)</div><!-- fragment -->', re.S)
PRE_FRAGMENT = re.compile(r'<pre class="fragment">(.*?)</pre>', re.S)


def live_outputs(gen):
    """text of each live output -> (kind, name): the scenario or exercise
    that printed it."""
    out = {}
    for f in sorted((gen / "out").glob("*.txt")):
        text = f.read_text(encoding="utf-8", errors="replace")
        name = f.stem
        if name.startswith("ex-"):
            out[text.strip()] = ("exercise", name)
        elif (TOP / "notes" / "scenarios" / f"{name}.mm").exists():
            out[text.strip()] = ("scenario", name)
    return out


def exercise_source(name):
    """ex-UNIT-NAME -> the exercise's source file."""
    m = re.match(r"ex-([a-z0-9]+)-(.+)$", name)
    if not m:
        return None
    unit, prog = m.groups()
    d = "src/arch/i386" if unit == "arch" else f"src/{unit}"
    p = TOP / d / "exercises" / f"{prog}.c"
    return p if p.exists() else None


def beside_scripts(text, lang, outputs, root):
    """A <pre class="fragment"> that is a scenario's or exercise's output
    gets its script (or program) beside it, with a link to the file."""
    t = T[lang]

    def one(m):
        body = html.unescape(m.group(1)).strip()
        hit = outputs.get(body)
        if not hit:
            return m.group(0)
        kind, name = hit
        if kind == "scenario":
            src = TOP / "notes" / "scenarios" / f"{name}.mm"
            href = f"scenarios/{name}.mm"
            label = t["script"]
            shown = f"notes/scenarios/{name}.mm"
        else:
            src = exercise_source(name)
            if src is None:
                return m.group(0)
            href = f"scenarios/{src.parent.parent.name}-{src.name}"
            label = t["program"]
            shown = src.relative_to(TOP).as_posix()
        (root / "scenarios").mkdir(exist_ok=True)
        shutil.copyfile(src, root / href)
        script = esc(src.read_text(encoding="utf-8"))
        return (f'<div class="mm24-run">'
                f'<div class="mm24-run-script"><div class="mm24-run-head">{esc(label)}: '
                f'<a href="{href}">{esc(shown)}</a></div>'
                f'<pre class="fragment mm24-script">{script}</pre></div>'
                f'<div class="mm24-run-output"><div class="mm24-run-head">{esc(t["output"])}'
                f'</div>{m.group(0)}</div></div>')
    return PRE_FRAGMENT.sub(one, text)


BLOCKQUOTE = re.compile(r'<blockquote class="doxtable">\s*<p\s*>(?:&zwj;)?\s*<b>([^<]*2\.6\.24\s*→[^<]*)</b>', re.S)


def history_boxes(text):
    return BLOCKQUOTE.sub(lambda m: m.group(0).replace('<blockquote class="doxtable">',
                                                      '<blockquote class="doxtable mm24-history">', 1),
                          text)


EXERCISES = re.compile(r'(<h1><a class="anchor" id="[\w-]+-exercises"></a>.*?)(?=<h1>|'
                       r'<nav class="mm24-prevnext">|</div></div><!-- contents -->)', re.S)
QUESTION = re.compile(r"(<em>[^<]*(?:<(?!/em>)[^<]*)*[?？]</em>)(.*?)(?=<em>[^<]*(?:<(?!/em>)[^<]*)*[?？]</em>|$)",
                      re.S)
ANSWER_MARK = re.compile(r"(<em>Answer:</em>|<em>答案?：</em>|(?<=[>\s])答：)(.*)$", re.S)


def hide_answers(text, lang):
    """In a chapter's exercises: the answer after each question is shown
    on a click.  A question is a phrase in italics ending in "?" (the
    answer is the rest of its paragraph or list item, up to the next
    question); an answer may also start with *Answer:* (答：); a list that
    follows a paragraph "Answers:" (答案：) is one answer block."""
    label = esc(T[lang]["show_answer"])

    def details(body):
        return (f'<details class="mm24-answer"><summary>{label}</summary>{body.strip()}'
                f"</details>")

    def block(inner):
        m = ANSWER_MARK.search(inner)
        if m and strip_tags(m.group(2)).strip():
            return inner[:m.start()] + details(m.group(2))
        parts = QUESTION.split(inner)
        if len(parts) < 3:
            return inner
        out = [parts[0]]
        for k in range(1, len(parts) - 1, 3):
            q, a = parts[k], parts[k + 1]
            out.append(q)
            if strip_tags(a).strip() and not a.lstrip().startswith(("<ol", "<ul", "<div")):
                out.append(" " + details(a))
            else:
                out.append(a)
            if k + 2 < len(parts):
                out.append(parts[k + 2])
        return "".join(out)

    def region(m):
        r = m.group(1)
        r = re.sub(r"(<p(?:\s[^>]*)?>\s*(?:Answers:|答案：)\s*</p>\s*)(<ol.*?</ol>)",
                   lambda mm: mm.group(1).replace("</p>", "</p>") + details(mm.group(2)), r,
                   flags=re.S)
        r = re.sub(r"(<li>)(.*?)(</li>)", lambda mm: mm.group(1) + block(mm.group(2)) + mm.group(3),
                   r, flags=re.S)
        # <p> or <p class=...>, never <pre>
        r = re.sub(r"(<p(?:\s[^>]*)?>)(.*?)(</p>)", lambda mm: mm.group(1) + block(mm.group(2)) + mm.group(3),
                   r, flags=re.S)
        return r
    return EXERCISES.sub(region, text)


CODE_NAME = re.compile(r"<code>([A-Za-z_]\w*)(\(\))?</code>")


def link_code_names(text, lang, site_obj):
    """`NAME` or `NAME()` in a chapter's text that Doxygen did not link."""
    def one(m):
        name = m.group(1)
        url = site_obj.name_url(lang, name)
        if not url:
            return m.group(0)
        return f'<code><a class="el mm24-name" href="{url}">{name}{m.group(2) or ""}</a></code>'
    parts = re.split(r"(<a\s[^>]*>.*?</a>|<pre[\s>].*?</pre>)", text, flags=re.S)
    return "".join(p if p.startswith(("<a", "<pre")) else CODE_NAME.sub(one, p) for p in parts)


# ---- 4. cross-references on the pages of functions and macros ------------------------------

MEMBER = re.compile(r'<a id="([0-9a-f]{33})" name="\1"></a>\s*<h2 class="memtitle">.*?</h2>\s*'
                    r'<div class="memitem">.*?<div class="memdoc">(.*?)'
                    r'(?=<a id="[0-9a-f]{33}" name="[0-9a-f]{33}"></a>\s*<h2 class="memtitle">|'
                    r'<h2 class="groupheader">|</div><!-- contents -->)', re.S)


def xref_block(site_obj, lang, d, page):
    code, t = site_obj.code, T[lang]

    def link(x):
        url = site_obj.def_url(lang, x) or ident_url(x["name"])
        label = x["name"] + ("()" if x["kind"] == "function" or x.get("macro_args") else "")
        return f'<a class="el" href="{url}">{esc(label)}</a>'
    callees = [code.defs[i] for i in code.calls.get(str(d["id"]), [])]
    callers = [code.defs[i] for i in code.callers.get(d["id"], [])]
    rows = []
    rows.append(f'<dt>{esc(t["calls"])}</dt><dd>' +
                (", ".join(link(x) for x in callees) or esc(t["no_callers"])) + "</dd>")
    rows.append(f'<dt>{esc(t["called_by"])}</dt><dd>' +
                (", ".join(link(x) for x in callers) or esc(t["no_callers"])) + "</dd>")
    uses = site_obj.uses_in.get(d["id"], [])
    if uses:
        rows.append(f'<dt>{esc(t["uses"])}</dt><dd>' + ", ".join(
            f'<a class="el" href="{site_obj.name_url(lang, n, d["file"])}">{esc(n)}</a>'
            for n in uses) + "</dd>")
    more = [f'<a href="{ident_url(d["name"])}">{esc(t["where_used"])}</a>']
    if d["name"] in code.xref and code.xref[d["name"]]["unit"] in code.pages.get("diff_units", []):
        more.append(f'<a class="mm24-diff-link" href="diff-{code.xref[d["name"]]["unit"]}.html'
                    f'#sym-{d["name"]}">{esc(t["diff_row"])}</a>')
    rows.append(f"<dt></dt><dd>{' · '.join(more)}</dd>")
    return (f'<dl class="mm24-xref" title="{esc(t["xref_note"])}">' + "".join(rows) + "</dl>")


def links_block(site_obj, lang, name):
    """Every use of a name, and its diff row when it is mirrored."""
    t, code = T[lang], site_obj.code
    more = [f'<a href="{ident_url(name)}">{esc(t["where_used"])}</a>']
    x = code.xref.get(name)
    if x and x["unit"] in code.pages.get("diff_units", []):
        more.append(f'<a class="mm24-diff-link" href="diff-{x["unit"]}.html#sym-{name}">'
                    f'{esc(t["diff_row"])}</a>')
    return f'<dl class="mm24-xref"><dt></dt><dd>{" · ".join(more)}</dd></dl>'


def struct_links(text, lang, site_obj, page):
    """A struct's page: its uses and its diff row, under the brief."""
    name = site_obj.struct_of_page[lang].get(page)
    if not name:
        return text
    i = text.find('<div class="textblock">')
    if i < 0:
        return text
    j = text.find("</div>", i)
    return text[:j] + links_block(site_obj, lang, name) + text[j:]


def member_xrefs(text, lang, site_obj, page):
    tags = site_obj.tags[lang]

    def one(m):
        anchor, body = m.group(1), m.group(2)
        url = f"{page}#{anchor}"
        info = tags.anchor.get(url)
        whole = m.group(0)
        if not info:
            return whole
        name, src, kind = info
        d = site_obj.code.by_place.get((name, src))
        brief = re.search(r"<p>(.*?)</p>", body, re.S)
        if brief:
            site_obj.briefs[lang][url] = strip_tags(brief.group(1)).strip()
        if not d:
            return whole
        if d["kind"] == "function" or d.get("macro_args"):
            block = xref_block(site_obj, lang, d, page)
        else:
            block = links_block(site_obj, lang, d["name"])
        # Doxygen's own References / Referenced by go: ours replace them
        whole = re.sub(r'<p class="(?:reference|referencedby)">.*?</p>\s*', "", whole, flags=re.S)
        i = whole.find('<p class="definition">')
        if i >= 0:
            j = whole.find("</p>", i) + 4
            return whole[:j] + "\n" + block + whole[j:]
        k = whole.rfind("</div>")
        return whole[:k] + block + whole[k:]
    return MEMBER.sub(one, text)


# ---- 5. source listings ------------------------------------------------------------------

COMMENT_SPAN = re.compile(r'(<span class="comment">)(.*?)(</span>)', re.S)
LANG_MARK = re.compile(r"\\~(english|chinese)?")


def source_listing(text, lang, site_obj, file):
    state = [None]

    def comment(m):
        body = m.group(2)
        if "\\~" not in body and state[0] is None:
            return m.group(0)
        out, pos = [], 0
        for mk in LANG_MARK.finditer(body):
            seg = body[pos:mk.start()]
            if state[0] in (None, "english" if lang == "en" else "chinese"):
                out.append(seg)
            state[0] = mk.group(1)
            pos = mk.end()
        seg = body[pos:]
        if state[0] in (None, "english" if lang == "en" else "chinese"):
            out.append(seg)
        if "*/" in body:
            state[0] = None
        return m.group(1) + "".join(out) + m.group(3)
    text = COMMENT_SPAN.sub(comment, text)
    if not file:
        return text

    def names(seg):
        def one(m):
            name = m.group(1)
            if name not in site_obj.code.by_name:
                return name
            url = site_obj.name_url(lang, name, file)
            return f'<a class="code mm24-name" href="{url}">{name}</a>' if url else name
        return IDENT.sub(one, seg)
    # plain code text only: outside tags, links, comments, strings and keywords
    parts = re.split(r'(<a\s[^>]*>.*?</a>|<span class="(?:comment|stringliteral|keyword|'
                     r'keywordtype|keywordflow|preprocessor|lineno)">.*?</span>|<[^>]+>)',
                     text, flags=re.S)
    inside = False
    out = []
    for p in parts:
        if p.startswith('<div class="fragment">'):
            inside = True
        if p.startswith("<"):
            out.append(p)
        else:
            out.append(names(p) if inside else p)
        if p.startswith("</div><!-- fragment -->"):
            inside = False
    return "".join(out)


# ---- 6. the generated pages ------------------------------------------------------------------

def fill_labs(site_obj, lang):
    t, code = T[lang], site_obj.code
    chapters = {c["id"]: c["titles"].get(lang, c["titles"]["en"]) for c in code.chapters}
    units = {u["name"]: u for u in code.units}
    rows = [f"<tr><th>{t['lab']}</th><th>{t['unit']}</th><th>{t['chapter']}</th>"
            f"<th>{t['functions']}</th><th>{t['checks']}</th><th>{t['run']}</th></tr>"]
    for lab in code.labs:
        funcs = ", ".join(
            f'<a class="el" href="{site_obj.name_url(lang, f) or ident_url(f)}">{esc(f)}()</a>'
            for f in lab["functions"])
        checks = ", ".join(esc(x) for x in lab["tests"] + lab["scenarios"])
        ch = units.get(lab["unit"], {}).get("chapter")
        chl = f'<a class="el" href="{ch}.html">{esc(chapters.get(ch, ch))}</a>' if ch else ""
        title = esc(lab.get(f"title_{lang}", lab.get("title", "")))
        rows.append(f'<tr id="lab-{esc(lab["name"])}"><td><b>{esc(lab["name"])}</b><br/>{title}</td>'
                    f"<td>{esc(lab['unit'])}</td><td>{chl}</td><td>{funcs}</td>"
                    f"<td>{checks}</td><td><code>make lab-{esc(lab['name'])}</code></td></tr>")
    return ('<div class="mm24-table-scroll"><table class="markdownTable mm24-labs">'
            + "".join(rows) + "</table></div>")


def fill_quizzes(site_obj, lang):
    t = T[lang]
    out = []
    for unit in site_obj.code.pages.get("quiz_units", []):
        q = site_obj.gen / "out" / f"quiz-{unit}.txt"
        a = site_obj.gen / "out" / f"quiz-{unit}-c.txt"
        out.append(f'<h2 id="quiz-{unit}">{esc(unit)}</h2>')
        out.append(f"<p>{t['quiz_sample'].format(unit=esc(unit))}</p>")
        if q.exists():
            out.append(f'<pre class="fragment">{esc(q.read_text(encoding="utf-8"))}</pre>')
        if a.exists():
            out.append(f'<details class="mm24-answer"><summary>{t["quiz_answers"]}</summary>'
                       f'<pre class="fragment">{esc(a.read_text(encoding="utf-8"))}</pre></details>')
    return "\n".join(out)


def verdict_counts(rows, t):
    c = collections.Counter(r["verdict"] for r in rows)
    return t["counts"].format(n=len(rows), same=c["same decisions"], simpl=c["simplified"],
                              rew=c["rewritten"], miss=c["missing"],
                              unexp=sum(r["unexplained"] for r in rows))


def code_lines(lines, t):
    if not lines:
        return esc(t["nothing"])
    return esc("\n".join(f"{n:5}  {text}" for n, text in lines))


def fill_diff_unit(site_obj, lang, unit):
    t, code = T[lang], site_obj.code
    out = []
    kd = code.kdiff
    if not kd:
        rows = [(s, x) for s, x in code.xref.items() if x["unit"] == unit]
        out.append(f"<p>{t['diff_howto']}</p>")
        out.append('<div class="mm24-table-scroll"><table class="markdownTable mm24-diff-summary">'
                   f"<tr><th>{t['symbol']}</th><th>{t['kernel_place']}</th></tr>")
        for s, x in rows:
            url = (site_obj.name_url(lang, s, x["src_file"]) or
                   site_obj.source_line_url(lang, x["src_file"], int(x["src_line"])) or
                   "ident.html")
            kf, kl = x["kernel_file"], x["kernel_line"]
            out.append(f'<tr id="sym-{esc(s)}"><td><a class="el" href="{url}">{esc(s)}</a></td>'
                       f'<td><a class="kernel-src" href="https://elixir.bootlin.com/linux/v2.6.24/'
                       f'source/{esc(kf)}#L{esc(kl)}">{esc(kf)}:{esc(kl)}</a></td></tr>')
        out.append("</table></div>")
        return "\n".join(out)
    rows = [r for r in kd["symbols"] if r["unit"] == unit]
    out.append(f"<p>{esc(t['diff_kernel_text'].format(ksrc=kd['ksrc']))}</p>")
    out.append(f'<p class="mm24-diff-config">{esc(kd["config"])}</p>')
    out.append(f"<p><b>{esc(verdict_counts(rows, t))}</b></p>")
    out.append('<div class="mm24-table-scroll"><table class="markdownTable mm24-diff-summary">'
               f"<tr><th>{t['symbol']}</th><th>{t['kernel_place']}</th><th>{t['decisions']}</th>"
               f"<th>{t['kept']}</th><th>{t['unexplained']}</th><th>{t['verdict']}</th></tr>")
    for r in rows:
        sizes = f"{r['ours']}/{r['kernel_decisions'] if r['kernel_decisions'] is not None else '-'}"
        kept = f"{r['kept']:.0%}" if r["kept"] is not None else "-"
        verdict = t["verdicts"].get(r["verdict"], r["verdict"])
        cls = ' class="mm24-unexplained"' if r["unexplained"] else ""
        out.append(f'<tr{cls}><td><a href="#sym-{esc(r["symbol"])}">{esc(r["symbol"])}</a></td>'
                   f'<td>{esc(r["kernel_file"])}:{esc(r["kernel_line"])}</td><td>{sizes}</td>'
                   f'<td>{kept}</td><td>{r["unexplained"]}</td><td>{esc(verdict)}'
                   f'{" (" + esc(r["note"]) + ")" if r["note"] else ""}</td></tr>')
    out.append("</table></div>")
    for r in rows:
        s = r["symbol"]
        url = (site_obj.name_url(lang, s, r["src_file"]) or
               site_obj.source_line_url(lang, r["src_file"], int(r["src_line"])) or
               f"ident.html")
        verdict = t["verdicts"].get(r["verdict"], r["verdict"])
        kq = site_obj.quirk_anchor[lang].get(s)
        links = [f'<a class="el" href="{url}">{esc(s)}</a>',
                 f'<a class="kernel-src" href="https://elixir.bootlin.com/linux/v2.6.24/source/'
                 f'{esc(r["kernel_file"])}#L{esc(r["kernel_line"])}">{esc(r["kernel_file"])}:'
                 f'{esc(r["kernel_line"])}</a>']
        if kq:
            links.append(f'<a href="kquirks.html#{kq}">@kquirk</a>')
        out.append(f'<div class="mm24-diff-symbol" id="sym-{esc(s)}"><h3>{esc(s)} '
                   f'<span class="mm24-verdict mm24-verdict-{r["verdict"].replace(" ", "-")}">'
                   f'{esc(verdict)}</span></h3><p>{" · ".join(links)}</p>')
        if r["config_note"]:
            out.append(f"<p>{esc(r['config_note'])}</p>")
        if r["diffs"]:
            out.append('<div class="mm24-table-scroll"><table class="mm24-diff">'
                       f"<tr><th>{t['difference']}</th><th>{t['kernel']}</th><th>{t['ours']}</th></tr>")
            for n, d in enumerate(r["diffs"], 1):
                if d["quirk"]:
                    why = (f'{esc(t["explained_by"])} <a href="kquirks.html#{kq or ""}">@kquirk</a>: '
                           f'{esc(d["quirk"][1])}' if kq else
                           f'{esc(t["explained_by"])} @kquirk: {esc(d["quirk"][1])}')
                else:
                    why = f'<span class="mm24-unexplained">{esc(t["unexplained_mark"])}</span>'
                out.append(f'<tr class="mm24-{d["kind"]}" id="q-{esc(s)}-{n}"><td>{esc(d["what"])}'
                           f'<br/>{why}</td><td class="k"><pre>{code_lines(d["kernel"], t)}</pre></td>'
                           f'<td class="o"><pre>{code_lines(d["ours"], t)}</pre></td></tr>')
            out.append("</table></div>")
        out.append("</div>")
    return "\n".join(out)


def fill_diff_index(site_obj, lang):
    t, code = T[lang], site_obj.code
    units = code.pages.get("diff_units", [])
    out = ['<ul class="mm24-diff-units">']
    for u in units:
        if code.kdiff:
            rows = [r for r in code.kdiff["symbols"] if r["unit"] == u]
            counts = verdict_counts(rows, t)
        else:
            counts = ""
        out.append(f'<li><a class="el" href="diff-{u}.html">{esc(t["diff_unit_title"].format(unit=u))}'
                   f"</a> {esc(counts)}</li>")
    out.append("</ul>")
    return "\n".join(out)


def fill_ident(site_obj, lang, group):
    t, code = T[lang], site_obj.code
    names = sorted({n for n in code.by_name if ident_group(n) == group},
                   key=lambda n: (n.lstrip("_").lower(), n))
    out = []
    for name in names:
        defs = code.by_name[name]
        out.append(f'<div class="mm24-ident" id="i-{esc(name)}"><h3>{esc(name)}</h3><ul>')
        for d in defs:
            kind = t["kind"].get(d["kind"], d["kind"])
            if d["kind"] == "member" and d["scope"]:
                kind += " " + esc(d["scope"].split(":")[-1])
            where = f"{d['file']}:{d['line']}"
            src = site_obj.source_line_url(lang, d["file"], d["line"])
            place = f'<a href="{src}">{esc(where)}</a>' if src else esc(where)
            doc = site_obj.def_url(lang, d)
            docl = f' · <a class="el" href="{doc}">{esc(name)}</a>' if doc else ""
            out.append(f"<li>{esc(t['defined'])}: {kind}, {place}{docl}</li>")
        uses = code.uses.get(name, [])
        if uses:
            by_file = collections.OrderedDict()
            for f, line, owner in uses:
                by_file.setdefault(f, []).append((line, owner))
            out.append(f"<li>{esc(t['used'])}: {esc(t['uses_n'].format(n=len(uses), f=len(by_file)))}"
                       '<ul class="mm24-uses">')
            for f, lst in by_file.items():
                items = []
                for line, owner in lst:
                    src = site_obj.source_line_url(lang, f, line)
                    label = f"{line}" + (f" {owner}()" if owner else "")
                    items.append(f'<a href="{src}">{esc(label)}</a>' if src else esc(label))
                out.append(f"<li><code>{esc(f)}</code>: {', '.join(items)}</li>")
            out.append("</ul></li>")
        else:
            out.append(f"<li>{esc(t['no_uses'])}</li>")
        out.append("</ul></div>")
    return "\n".join(out)


def fill_ident_index(site_obj, lang):
    groups = site_obj.code.pages.get("ident_groups", [])
    return ('<p class="mm24-ident-letters">' + " ".join(
        f'<a href="ident-{"u" if g == "_" else g}.html">{esc(g.upper() if g != "_" else "_")}</a>'
        for g in groups) + "</p>")


FILL = re.compile(r'<div class="mm24-fill" data-fill="([^"]+)"></div>')


def fill_pages(text, lang, site_obj):
    def one(m):
        what = m.group(1)
        if what == "labs":
            return fill_labs(site_obj, lang)
        if what == "quizzes":
            return fill_quizzes(site_obj, lang)
        if what == "diff":
            return fill_diff_index(site_obj, lang)
        if what.startswith("diff-"):
            return fill_diff_unit(site_obj, lang, what[5:])
        if what == "ident":
            return fill_ident_index(site_obj, lang)
        if what.startswith("ident-"):
            return fill_ident(site_obj, lang, what[6:])
        return m.group(0)
    return FILL.sub(one, text)


# -- the simplifications page --

KQ_ENTRY = re.compile(r'<dt>(.*?)</dt>\s*<dd>(.*?)</dd>', re.S)


def kquirk_page(text, lang, site_obj):
    """Rebuild kquirks.html: every @kquirk of src/, by chapter (in reading
    order), then file and line, headed by the symbol's kind and name."""
    t, code = T[lang], site_obj.code
    i = text.find('<div class="textblock">')
    j = text.find("</div><!-- contents -->")
    if i < 0 or j < 0:
        return text
    # Doxygen's rendering of each entry (links resolved), by symbol page#anchor
    rendered, by_name = {}, {}
    for m in KQ_ENTRY.finditer(text[i:j]):
        link = re.search(r'href="([^"]+)"[^>]*>([^<]+)</a>', m.group(1))
        paras = re.findall(r'<p class="(?:startdd|interdd|enddd)">(.*?)</p>', m.group(2), re.S)
        anchors = re.findall(r'<a class="anchor" id="(_kquirks\d+)"></a>', m.group(2))
        paras = [re.sub(r'<a class="anchor" id="_kquirks\d+"></a>\s*', "", p).strip() for p in paras]
        paras = [p for p in paras if p]
        if link:
            rendered[link.group(1)] = (paras, anchors)
            by_name.setdefault(link.group(2).strip(), []).append(link.group(1))
    chapters = {c["id"]: c["titles"].get(lang, c["titles"]["en"]) for c in code.chapters}
    order = code.chapter_order
    groups = collections.OrderedDict()
    for q in sorted(code.kquirks, key=lambda q: (
            order.index(q["chapter"]) if q["chapter"] in order else len(order),
            q["file"], q["def_line"], q["nth"])):
        groups.setdefault(q["chapter"], collections.OrderedDict()).setdefault(
            (q["file"], q["def_line"], q["symbol"]), []).append(q)
    out = [f'<div class="textblock"><p>{t["kquirk_intro"]}</p>']
    out.append("<ul>" + "".join(
        f'<li><a href="#kq-{esc(ch or "other")}">'
        f'{esc(chapters.get(ch, t["other_code"]) if ch else t["other_code"])}</a></li>'
        for ch in groups) + "</ul>")
    for ch, entries in groups.items():
        title = chapters.get(ch, t["other_code"]) if ch else t["other_code"]
        chl = f' <a class="el" href="{ch}.html">→</a>' if ch else ""
        out.append(f'<h2 id="kq-{esc(ch or "other")}">{esc(title)}{chl}</h2>')
        for (file, line, sym), qs in entries.items():
            q0 = qs[0]
            d = code.defs[q0["def"]] if q0["def"] is not None else None
            url = site_obj.def_url(lang, d) if d else None
            kind = t["kind"].get(q0["kind"], q0["kind"])
            label = sym + ("()" if q0["kind"] == "function" or (d and d.get("macro_args")) else "")
            head = f'<a class="el" href="{url}">{esc(label)}</a>' if url else esc(label)
            key = url if url in rendered else next(
                (u for u in by_name.get(sym, []) if u in rendered), None)
            paras, anchors = rendered.pop(key) if key else ([], [])
            if not paras:
                paras = [esc(q[lang] or q["en"]) for q in qs]
            ids = "".join(f'<a class="anchor" id="{a}"></a>' for a in anchors)
            site_obj.quirk_anchor[lang].setdefault(sym, f"kq-{sym}")
            extra = []
            src = site_obj.source_line_url(lang, file, line)
            extra.append(f'<a href="{src}">{esc(file)}:{line}</a>' if src else esc(f"{file}:{line}"))
            if sym in code.xref and code.xref[sym]["unit"] in code.pages.get("diff_units", []):
                extra.append(f'<a class="mm24-diff-link" href="diff-{code.xref[sym]["unit"]}.html'
                             f'#sym-{esc(sym)}">{esc(t["diff_row"])}</a>')
            out.append(f'<div class="mm24-kquirk" id="kq-{esc(sym)}">{ids}<h3>'
                       f'<span class="mm24-kind">{esc(kind)}</span> {head}</h3>'
                       f'<p class="mm24-kquirk-where">{" · ".join(extra)}</p>'
                       + "".join(f"<p>{p}</p>" for p in paras) + "</div>")
    # anything Doxygen listed that the code scan did not place (its anchors
    # are the targets of the "Simplification" links of the symbol pages)
    if rendered:
        out.append(f'<h2 id="kq-more">{esc(t["other_code"])}</h2>')
        for url, (paras, anchors) in rendered.items():
            ids = "".join(f'<a class="anchor" id="{a}"></a>' for a in anchors)
            out.append(f'<div class="mm24-kquirk">{ids}<h3><a class="el" href="{url}">'
                       f'{esc(url.split("#")[0])}</a></h3>' + "".join(f"<p>{p}</p>" for p in paras)
                       + "</div>")
    out.append("</div>")
    return text[:i] + "\n".join(out) + "\n" + text[j:]


# ---- 7. search --------------------------------------------------------------------------------

SECTION = re.compile(r'<h([1-3])><a class="anchor" id="([^"]+)"></a>\s*(.*?)</h\1>', re.S)


def page_sections(text, page, title):
    """[(title, url, text)] of a page cut at its headings."""
    i = text.find('<div class="contents">')
    j = text.find("</div><!-- contents -->")
    if i < 0 or j < 0:
        return []
    body = text[i:j]
    body = re.sub(r"<svg.*?</svg>", " ", body, flags=re.S)
    body = re.sub(r'<nav class="mm24-prevnext">.*?</nav>', " ", body, flags=re.S)
    out = []
    pos, cur_title, cur_url = 0, title, page
    for m in SECTION.finditer(body):
        out.append((cur_title, cur_url, body[pos:m.start()]))
        cur_title, cur_url, pos = strip_tags(m.group(3)).strip(), f"{page}#{m.group(2)}", m.end()
    out.append((cur_title, cur_url, body[pos:]))
    res = []
    for t_, u, b in out:
        txt = " ".join(strip_tags(b).split())
        if txt or t_:
            res.append((t_, u, txt[:6000]))
    return res


# ---- 8. the font ------------------------------------------------------------------------------

def subset_font(site, build):
    chars = set(chr(c) for c in range(0x20, 0x7f)) | set(chr(c) for c in range(0xa0, 0x180))
    chars |= set("–—‘’“”…→←↑↓•·×≤≥≠−✓✗◆")
    for lang in LANGS:
        for f in (site / lang).glob("*"):
            if f.suffix in (".html", ".svg", ".js"):
                chars |= set(f.read_text(encoding="utf-8", errors="replace"))
    chars = {c for c in chars if ord(c) >= 0x20}
    text = "".join(sorted(chars))
    key = hashlib.sha256(text.encode()).hexdigest()[:16]
    cache = build / "site" / "fonts"
    cache.mkdir(parents=True, exist_ok=True)
    out = site / "fonts"
    out.mkdir(exist_ok=True)
    procs = []
    for weight, path in FONT_FILES.items():
        cached = cache / f"{weight}-{key}.woff2"
        if not cached.exists():
            if not shutil.which("pyftsubset") or not pathlib.Path(path).exists():
                print("site-post: no pyftsubset or Noto Sans CJK: the site uses the "
                      "system's fonts", file=sys.stderr)
                return
            (cache / "chars.txt").write_text(text, encoding="utf-8")
            procs.append(subprocess.Popen(
                ["pyftsubset", path, f"--font-number={FONT_INDEX}",
                 f"--text-file={cache / 'chars.txt'}", "--flavor=woff2",
                 "--layout-features=*", f"--output-file={cached}"],
                stderr=subprocess.DEVNULL))
    for p in procs:
        p.wait()
    for weight in FONT_FILES:
        cached = cache / f"{weight}-{key}.woff2"
        if cached.exists():
            shutil.copyfile(cached, out / f"mm24-sans-{weight}.woff2")


# ---- the whole ----------------------------------------------------------------------------------

def process_language(site_obj, lang):
    build, site = site_obj.build, site_obj.site
    raw = build / "site" / "raw" / lang
    root = site / lang
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(raw, root)
    # the theme's own files: copied here, so that a change to them does
    # not make Doxygen run again
    for f in ("mm24.css", "mm24.js", "mm24-search.js"):
        shutil.copyfile(TOP / "site" / f, root / f)
    flex = build / "npm" / "node_modules" / "flexsearch" / "dist" / "flexsearch.bundle.min.js"
    if flex.exists():
        shutil.copyfile(flex, root / "flexsearch.bundle.min.js")
    outputs = live_outputs(site_obj.gen)
    for svg in root.glob("*.svg"):
        fix_svg_file(svg)
    pages = sorted(root.glob("*.html"))
    # the simplifications page first: the diff pages link to its entries
    pages.sort(key=lambda p: p.name != "kquirks.html")
    tags = site_obj.tags[lang]
    page_titles = {f: t for _, (f, t) in tags.pages.items()}
    src_of_page = {}
    for src, page in tags.file_page.items():
        src_of_page[page[:-5] + "_source.html"] = src
    for page in pages:
        rel = page.relative_to(root)
        text = page.read_text(encoding="utf-8")
        if "@MM24_LANG@" not in text:
            continue
        name = page.name
        page_id = "mainpage" if name == "index.html" else name[:-5]
        text = fill_markers(text, lang, rel, site, build / "site" / "raw")
        if name == "kquirks.html":
            text = kquirk_page(text, lang, site_obj)
        if 'class="mm24-fill"' in text:
            text = fill_pages(text, lang, site_obj)
        if name.endswith("_source.html"):
            text = source_listing(text, lang, site_obj, src_of_page.get(name))
        if 'class="memitem"' in text:
            text = member_xrefs(text, lang, site_obj, name)
        if name.startswith(("struct", "union")):
            text = struct_links(text, lang, site_obj, name)
        if page_id in site_obj.code.chapter_order or name in page_titles:
            text = history_boxes(text)
            text = hide_answers(text, lang)
            text = beside_scripts(text, lang, outputs, root)
            text = link_code_names(text, lang, site_obj)
            text = prev_next(text, lang, site_obj, page_id)
        text = pictures(text, root, lang)
        # Doxygen 1.9.4 says "Definition at line 0" for a field declared by
        # a macro: there is no line 0 to link to
        text = re.sub(r'<a class="el" href="[^"#]+_source\.html#l00000">0</a>', "0", text)
        text = scrolling_tables(text)
        if lang == "zh":
            text = join_cjk_lines(text)
        page.write_text(text, encoding="utf-8")
        if not name.endswith("_source.html") and not name.startswith(("dir_", "globals",
                                                                      "functions", "files",
                                                                      "annotated", "classes")):
            title = re.search(r"<title>(?:mm24: )?(.*?)</title>", text, re.S)
            title = strip_tags(title.group(1)) if title else name
            for sec in page_sections(text, name, title):
                site_obj.search_docs[lang].append({"t": sec[0], "u": sec[1], "x": sec[2]})
    # symbols for the search: documented ones, then the rest of src/
    seen = set()
    for (sname, src), url in sorted(tags.member.items()):
        site_obj.search_docs[lang].append({"n": sname, "u": url,
                                           "x": site_obj.briefs[lang].get(url, src)})
        seen.add(sname)
    for sname, url in sorted(tags.struct.items()):
        site_obj.search_docs[lang].append({"n": sname, "u": url, "x": "struct"})
        seen.add(sname)
    for sname, defs in sorted(site_obj.code.by_name.items()):
        if sname in seen:
            continue
        kinds = sorted({T[lang]["kind"].get(d["kind"], d["kind"]) for d in defs})
        site_obj.search_docs[lang].append({"n": sname, "u": ident_url(sname),
                                           "x": ", ".join(kinds) + " · " + defs[0]["file"]})
    data = json.dumps(site_obj.search_docs[lang], ensure_ascii=False, separators=(",", ":"))
    (root / "search-data.js").write_text(f"window.MM24_SEARCH_DATA = {data};\n", encoding="utf-8")
    return len(pages)


def compute_uses_in(site_obj):
    """For each function or function-like macro, the other names of src/
    its body uses that are not calls: macros, constants, types, globals."""
    code = site_obj.code
    callable_ids = {d["id"] for d in code.defs if d["kind"] == "function" or d.get("macro_args")}
    by_owner = collections.defaultdict(list)
    spans = collections.defaultdict(list)
    for d in code.defs:
        if d["id"] in callable_ids:
            spans[d["file"]].append(d)
    owner_of = {}
    for name, uses in code.uses.items():
        kinds = {d["kind"] for d in code.by_name[name]}
        if kinds <= {"function", "member"} or all(d.get("macro_args") or d["kind"] in
                                                  ("function", "member")
                                                  for d in code.by_name[name]):
            continue
        for f, line, owner in uses:
            if not owner:
                continue
            key = (f, line)
            if key not in owner_of:
                cands = [d for d in spans[f] if d["line"] <= line <= d["end"]]
                owner_of[key] = cands[-1]["id"] if cands else None
            oid = owner_of[key]
            if oid is not None and name not in by_owner[oid]:
                by_owner[oid].append(name)
    site_obj.uses_in = by_owner


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    build, site = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    for lang in LANGS:
        if not (build / "site" / "raw" / lang / "index.html").exists():
            sys.exit(f"site-post: {build}/site/raw/{lang} has no index.html: build it first")
    site_obj = Site(build, site)
    compute_uses_in(site_obj)
    counts = {lang: process_language(site_obj, lang) for lang in LANGS}
    (site / "index.html").write_text(INDEX, encoding="utf-8")
    subset_font(site, build)
    print(f"site-post: {counts['en']} English and {counts['zh']} Chinese pages finished")


if __name__ == "__main__":
    main()
