#!/usr/bin/env python3
"""site-post.py SITE_DIR - finish the two Doxygen builds.

1. In every page of SITE_DIR/en and SITE_DIR/zh fill the header markers:
   the page language (lang="en" / lang="zh-CN") and the language switch,
   which points at the same file in the other language's directory.
2. In the Chinese pages drop the space Doxygen puts where a comment line
   broke between two Chinese characters (outside <pre>).
3. Show the @dotfile pictures (dot_*.svg) as images that shrink to the
   text column, each a link to its full-size SVG: Doxygen's fixed-size
   iframe overflows the column for a wide picture.
4. Write SITE_DIR/index.html, the entrance that picks a language.
"""
import pathlib
import re
import sys

CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
CJK_GAP = re.compile(f"(?<=[{CJK}])[ \t]*\n?[ \t]+(?=[{CJK}])|(?<=[{CJK}])\n(?=[{CJK}])")
PRE = re.compile(r"(<pre[\s>].*?</pre>)", re.S)


DOT_FRAME = re.compile(r'<iframe scrolling="no" frameborder="0" '
                       r'src="(dot_[^"]+\.svg)" width="(\d+)" height="(\d+)">'
                       r'.*?</iframe>', re.S)


def dot_images(text):
    return DOT_FRAME.sub(r'<a href="\1"><img class="mm24-diagram" src="\1" '
                         r'width="\2" height="\3" alt=""/></a>', text)


def join_cjk_lines(text):
    parts = PRE.split(text)
    return "".join(p if p.startswith("<pre") else CJK_GAP.sub("", p) for p in parts)

LANGS = {
    "en": {"lang": "en", "other": "zh", "other_lang": "zh-CN", "other_name": "中文"},
    "zh": {"lang": "zh-CN", "other": "en", "other_lang": "en", "other_name": "English"},
}

INDEX = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>mm24 - Linux 2.6.24 memory management, running</title>
<style>
 body { font-family: sans-serif; max-width: 40em; margin: 4em auto; padding: 0 1em; }
 a.lang { display: block; font-size: 1.4em; margin: 1em 0; }
 @media (prefers-color-scheme: dark) { body { background: #1c1d1f; color: #d2dbde; } a { color: #8ab4f8; } }
</style>
</head>
<body>
<h1>mm24</h1>
<p>The Linux 2.6.24 (i386) memory manager as compilable C, running on an
emulated PC, with notes, exercises and a diff against the real source.</p>
<p lang="zh-CN">以可编译的 C 代码重现 Linux 2.6.24（i386）内存管理，运行在模拟的 PC 上，
附有讲解、练习以及与真实源码的对比。</p>
<a class="lang" href="en/index.html" hreflang="en">English</a>
<a class="lang" href="zh/index.html" hreflang="zh-CN" lang="zh-CN">中文</a>
</body>
</html>
"""


def fill(site: pathlib.Path, lang: str) -> int:
    cfg = LANGS[lang]
    root = site / lang
    other_root = site / cfg["other"]
    count = 0
    for page in root.rglob("*.html"):
        rel = page.relative_to(root)
        text = page.read_text(encoding="utf-8")
        if "@MM24_LANG@" not in text:
            continue
        target = rel if (other_root / rel).exists() else pathlib.Path("index.html")
        up = "../" * (len(rel.parts) - 1)
        href = f"{up}../{cfg['other']}/{target.as_posix()}"
        text = (text.replace("@MM24_LANG@", cfg["lang"])
                    .replace("@MM24_OTHER_HREF@", href)
                    .replace("@MM24_OTHER_LANG@", cfg["other_lang"])
                    .replace("@MM24_OTHER_NAME@", cfg["other_name"]))
        text = dot_images(text)
        if lang == "zh":
            text = join_cjk_lines(text)
        page.write_text(text, encoding="utf-8")
        count += 1
    return count


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    site = pathlib.Path(sys.argv[1])
    for lang in LANGS:
        if not (site / lang / "index.html").exists():
            sys.exit(f"site-post: {site / lang} has no index.html: build it first")
    pages = {lang: fill(site, lang) for lang in LANGS}
    (site / "index.html").write_text(INDEX, encoding="utf-8")
    print(f"site-post: {pages['en']} English and {pages['zh']} Chinese pages finished")


if __name__ == "__main__":
    main()
