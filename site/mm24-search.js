/* mm24: the offline search box (works from file:// as well as a server).
 *
 * scripts/site-post.py writes search-data.js beside the pages: every
 * section of every page ({t: title, u: url, x: text}) and every symbol of
 * src/ ({n: name, u: url, x: brief}).  The first time the box gets the
 * focus, this loads it and FlexSearch (npm flexsearch, copied in by the
 * build) with <script> tags, which file:// allows where fetch() does not.
 *  - Text: a FlexSearch index of titles and section text.  Its encoder
 *    cuts Latin text into words (and the parts of snake_case names, with a
 *    plural "s" dropped) and Chinese into single characters and character
 *    pairs, so 水位线 finds every section that has 水位 and 位线 in it.
 *  - Names: a plain substring test over the symbol names, so "rmqueue_"
 *    finds __rmqueue_smallest and __rmqueue_fallback (cheaper here than
 *    FlexSearch's "full" tokenizer, which indexes every substring).
 * Results: names first, then section titles, then section text. */
(function () {
  "use strict";
  var docs = null, index = null, loading = false;

  function words(s) {
    var out = [], re = /[a-z0-9_]+|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g, m, w, i;
    s = String(s).toLowerCase();
    while ((m = re.exec(s))) {
      w = m[0];
      if (/^[a-z0-9_]/.test(w)) {
        out.push(stem(w));
        if (w.indexOf("_") >= 0)
          w.split("_").forEach(function (p) { if (p) out.push(stem(p)); });
      } else {
        for (i = 0; i < w.length; i++) {
          out.push(w[i]);
          if (i + 1 < w.length) out.push(w.substr(i, 2));
        }
      }
    }
    return out;
  }
  function stem(w) {
    return w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w;
  }

  function load(then) {
    if (index) { then(); return; }
    if (loading) return;
    loading = true;
    var base = "";
    var me = document.querySelector('script[src$="mm24-search.js"]');
    if (me) base = me.getAttribute("src").replace(/mm24-search\.js$/, "");
    var pending = 2;
    function one(src) {
      var s = document.createElement("script");
      s.src = base + src;
      s.onload = function () { if (--pending === 0) build(then); };
      document.head.appendChild(s);
    }
    one("flexsearch.bundle.min.js");
    one("search-data.js");
  }

  function build(then) {
    docs = window.MM24_SEARCH_DATA || [];
    index = new window.FlexSearch.Document({
      document: { id: "id", index: [
        { field: "t", tokenize: "strict", encode: words, resolution: 1 },
        { field: "x", tokenize: "strict", encode: words, resolution: 1 } ] } });
    for (var i = 0; i < docs.length; i++)
      if (!docs[i].n) index.add({ id: i, t: docs[i].t || "", x: docs[i].x || "" });
    then();
  }

  function search(q) {
    var hits = [], seen = {}, ql = q.trim().toLowerCase(), i;
    if (!ql) return hits;
    function add(i) { if (!seen[i]) { seen[i] = 1; hits.push(docs[i]); } }
    var exact = [], part = [];
    for (i = 0; i < docs.length; i++) {
      var n = docs[i].n;
      if (!n) continue;
      var k = n.toLowerCase().indexOf(ql);
      if (k === 0 && n.length === ql.length) exact.push(i);
      else if (k >= 0) part.push(i);
    }
    exact.concat(part).slice(0, 12).forEach(add);
    index.search(q, { limit: 20 }).forEach(function (r) {
      if (r.field === "t") r.result.forEach(add);
    });
    index.search(q, { limit: 20 }).forEach(function (r) {
      if (r.field === "x") r.result.forEach(add);
    });
    return hits.slice(0, 24);
  }

  function snippet(d, q) {
    var x = d.x || "", k = x.toLowerCase().indexOf(q.trim().toLowerCase().split(/\s+/)[0]);
    if (k < 0) return x.slice(0, 110);
    var a = Math.max(0, k - 40);
    return (a ? "…" : "") + x.slice(a, a + 120) + "…";
  }

  function show(box, out) {
    var q = box.value;
    load(function () {
      var hits = search(q);
      out.innerHTML = "";
      if (!q.trim()) { out.style.display = "none"; return; }
      if (!hits.length) {
        var none = document.createElement("div");
        none.className = "mm24-search-none";
        none.textContent = out.getAttribute("data-none");
        out.appendChild(none);
      }
      hits.forEach(function (d) {
        var a = document.createElement("a");
        a.href = d.u;
        a.className = "mm24-search-hit" + (d.n ? " mm24-search-name" : "");
        var t = document.createElement("b");
        t.textContent = d.n ? d.n : d.t;
        var s = document.createElement("span");
        s.textContent = snippet(d, q);
        a.appendChild(t);
        a.appendChild(s);
        out.appendChild(a);
      });
      out.style.display = "block";
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("mm24-search-input");
    var out = document.getElementById("mm24-search-results");
    if (!box || !out) return;
    var timer = null;
    box.addEventListener("focus", function () { load(function () {}); });
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { show(box, out); }, 120);
    });
    box.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") {
        var first = out.querySelector("a");
        if (first) window.location.href = first.href;
      } else if (ev.key === "Escape") {
        out.style.display = "none";
      }
    });
    document.addEventListener("click", function (ev) {
      if (!out.contains(ev.target) && ev.target !== box) out.style.display = "none";
    });
    window.mm24Search = function (q) {
      return search(q).map(function (d) { return (d.n ? d.n + " " : "") + d.u; });
    };
    window.mm24SearchLoad = function (then) { load(then); };
  });
})();
