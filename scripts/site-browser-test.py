#!/usr/bin/env python3
"""site-browser-test.py SITE_DIR SHOT_DIR - look at the built site in Chromium.

Drives Debian's headless Chromium through chromedriver (the W3C WebDriver
protocol over HTTP, standard library only):
 1. serve SITE_DIR on 127.0.0.1 (a free port) and start chromedriver;
 2. open a Chinese chapter at a section anchor: the page says lang=zh-CN,
    the sidebar tree and the dark-mode toggle are there; click the language
    switch: the same chapter opens in English at the same anchor;
 3. open the English page documenting __alloc_pages() (found through the
    function index), switch language: the same page and anchor in Chinese,
    with the Chinese brief of the function;
 4. the start pages in both languages (title, links to the glossary and
    the labs), a diff page (in the site's frame, with the sidebar, linked
    to the symbol pages), the search box ("watermark", 水位线, "rmqueue_"),
    and a chapter on a 400 px wide screen (nothing wider than the screen
    but what scrolls inside its own box; a picture opens full size);
 5. save a screenshot of every page visited in SHOT_DIR.
Exits 1 with the failed expectation.
"""
import base64
import functools
import http.server
import json
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

CHROME_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--window-size=1280,900"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    def __init__(self, port, profile):
        self.base = f"http://127.0.0.1:{port}"
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": shutil.which("chromium") or "/usr/bin/chromium",
                                   "args": CHROME_ARGS + [f"--user-data-dir={profile}"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.loads(r.read())["value"]

    def s(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def go(self, url):
        self.s("POST", "/url", {"url": url})
        self.wait(lambda: self.js("return document.readyState") == "complete")

    def js(self, script):
        return self.s("POST", "/execute/sync", {"script": script, "args": []})

    def js_async(self, script):
        """script calls done(value) when it has its answer."""
        return self.s("POST", "/execute/async", {
            "script": "var done = arguments[arguments.length - 1];" + script, "args": []})

    def size(self, width, height):
        self.s("POST", "/window/rect", {"width": width, "height": height})

    def wait(self, cond, timeout=15):
        end = time.time() + timeout
        while time.time() < end:
            if cond():
                return True
            time.sleep(0.2)
        return False

    def click(self, css):
        el = self.s("POST", "/element", {"using": "css selector", "value": css})
        key = next(iter(el))
        self.s("POST", f"/element/{el[key]}/click", {})

    def shot(self, path):
        path.write_bytes(base64.b64decode(self.s("GET", "/screenshot")))

    def quit(self):
        try:
            self.call("DELETE", f"/session/{self.session}")
        except OSError:
            pass


def function_page(root, name):
    """The page#anchor documenting function @name, from the function index."""
    for index in sorted(root.glob("globals_func*.html")):
        m = re.search(r'<li>' + re.escape(name) + r'\(\)&#160;:&#160;<a class="el" href="([^"]+)"',
                      index.read_text(encoding="utf-8"))
        if m:
            return m.group(1)
    return None


def expect(cond, what):
    if not cond:
        print(f"site-browser-test: FAILED: {what}")
        sys.exit(1)
    print(f"  ok: {what}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    site, shots = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2])
    shots.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    root = f"http://127.0.0.1:{server.server_address[1]}"
    dport = free_port()
    driver = subprocess.Popen(["chromedriver", f"--port={dport}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    profile = tempfile.mkdtemp(prefix="mm24-chrome-")
    wd = None
    try:
        for _ in range(50):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{dport}/status", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        wd = WebDriver(dport, profile)

        wd.go(f"{root}/zh/chapter-buddy.html#buddy-xor")
        expect(wd.js("return document.documentElement.lang") == "zh-CN",
               "zh chapter has lang=zh-CN")
        expect(wd.wait(lambda: wd.js("return document.querySelectorAll('#nav-tree-contents li').length") > 5),
               "sidebar tree is filled")
        expect(wd.js("return document.querySelector('doxygen-awesome-dark-mode-toggle') !== null"),
               "dark-mode toggle is there")
        wd.shot(shots / "zh-chapter-buddy.png")
        wd.click("#mm24-lang-switch")
        expect(wd.wait(lambda: wd.js("return location.pathname").endswith("/en/chapter-buddy.html")),
               "language switch opens the same chapter in English")
        expect(wd.js("return location.hash") == "#buddy-xor", "... at the same section")
        expect(wd.js("return document.documentElement.lang") == "en", "en chapter has lang=en")
        wd.shot(shots / "en-chapter-buddy.png")

        href = function_page(site / "en", "__alloc_pages")
        expect(href and "#" in href, f"the function index links __alloc_pages() ({href})")
        wd.go(f"{root}/en/{href}")
        anchor = href.split("#", 1)[1]
        expect(wd.js(f"return document.getElementById('{anchor}') !== null"),
               "the function's anchor exists in English")
        wd.shot(shots / "en-alloc-pages.png")
        wd.click("#mm24-lang-switch")
        expect(wd.wait(lambda: wd.js("return location.pathname").endswith("/zh/" + href.split("#")[0])),
               "language switch opens the same function page in Chinese")
        expect(wd.js("return location.hash") == "#" + anchor, "... at the same function")
        brief = wd.js(f"var e=document.getElementById('{anchor}');"
                      "var n=e; for (var i=0;i<8&&n;i++){n=n.nextElementSibling;"
                      "if(n&&n.classList.contains('memitem'))return n.innerText;} return ''")
        expect(re.search(r"[\u4e00-\u9fff]", brief or "") is not None,
               "the function's documentation is in Chinese")
        wd.shot(shots / "zh-alloc-pages.png")

        # the start pages
        for lang, glossary in (("en", "Glossary"), ("zh", "术语表")):
            wd.go(f"{root}/{lang}/index.html")
            body = wd.js("return document.querySelector('div.contents').innerText")
            expect(glossary in body and "make" in body and "Gorman" in body,
                   f"{lang} start page: what to run, the books, the glossary")
            expect(wd.js("return document.querySelector('a[href=\"glossary.html\"]') !== null"),
                   f"{lang} start page links the glossary")
            wd.shot(shots / f"{lang}-start.png")

        # a diff page inside the site, linked both ways
        wd.go(f"{root}/en/diff-buddy.html")
        expect(wd.wait(lambda: wd.js("return document.querySelectorAll('#nav-tree-contents li').length") > 5),
               "the diff page has the sidebar")
        expect(wd.js("return document.querySelector('#sym-expand') !== null"),
               "the diff page has a row for expand()")
        link = wd.js("var a=document.querySelector('#sym-expand a.el');return a?a.getAttribute('href'):''")
        expect(bool(link), f"the row links the symbol's page ({link})")
        wd.shot(shots / "en-diff-buddy.png")
        wd.go(f"{root}/en/{link}")
        expect(wd.js("return Array.from(document.querySelectorAll('a.mm24-diff-link'))"
                     ".some(a => a.getAttribute('href') === 'diff-buddy.html#sym-expand')"),
               "expand()'s page links back to its diff row")
        wd.go(f"{root}/zh/diff-buddy.html")
        expect(wd.js("return document.documentElement.lang") == "zh-CN", "the Chinese diff page")
        wd.shot(shots / "zh-diff-buddy.png")

        # search, offline data, both languages
        for lang, query, want in (("en", "watermark", "zone_watermark_ok"),
                                  ("en", "rmqueue_", "__rmqueue_smallest"),
                                  ("zh", "水位线", "chapter-zone.html")):
            wd.go(f"{root}/{lang}/chapter-intro.html")
            hits = wd.js_async("window.mm24SearchLoad(function(){done(window.mm24Search(%s));});"
                               % json.dumps(query))
            expect(any(want in h for h in hits or []),
                   f"search ({lang}) '{query}' finds {want} ({(hits or [])[:3]})")
        wd.go(f"{root}/zh/chapter-zone.html")
        box = wd.s("POST", "/element", {"using": "css selector", "value": "#mm24-search-input"})
        key = next(iter(box))
        wd.s("POST", f"/element/{box[key]}/value", {"text": "水位线"})
        expect(wd.wait(lambda: wd.js("return document.querySelectorAll('#mm24-search-results a').length") > 0),
               "typing 水位线 in the box shows results")
        wd.shot(shots / "zh-search.png")

        # a narrow screen
        wd.size(400, 900)
        wd.go(f"{root}/zh/chapter-buddy.html")
        width = wd.js("return document.documentElement.scrollWidth")
        expect(width <= 420, f"nothing wider than a 400 px screen (page is {width} px)")
        expect(wd.js("return document.querySelectorAll('.mm24-table-scroll').length") > 0,
               "tables scroll in their own box")
        wd.js("document.querySelector('.mm24-figure-img').click()")
        expect(wd.wait(lambda: wd.js("return document.querySelector('.mm24-zoom svg') !== null")),
               "a picture opens full size")
        wd.shot(shots / "zh-narrow-zoom.png")
        wd.js("document.querySelector('.mm24-zoom').click()")
        wd.shot(shots / "zh-narrow-buddy.png")
        wd.go(f"{root}/en/index.html")
        wd.shot(shots / "en-narrow-start.png")
    finally:
        if wd:
            wd.quit()
        driver.terminate()
        server.shutdown()
        shutil.rmtree(profile, ignore_errors=True)
    print(f"site-browser-test: all checks passed; screenshots in {shots}")


if __name__ == "__main__":
    main()
