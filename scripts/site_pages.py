#!/usr/bin/env python3
"""site_pages.py BUILD - the pages of the site that are made, not written.

From BUILD/site-gen/code.json (site_code.py) and BUILD/site-gen/kdiff.json
(when make site was given KSRC) write, for each language, Markdown pages
into BUILD/site-gen/pages/LANG that Doxygen lays out beside the chapters
(so they have the sidebar, the theme and the language switch):

  labs.md      the labs of every unit (labs.ini)
  quizzes.md   the quiz generators (quiz.mm of each unit)
  diff.md      the structural diff, one subpage per unit (diff-UNIT.md)
  ident.md     the identifier index, one subpage per first letter

Their bodies are placeholders (<div class="mm24-fill" data-fill="...">)
that site-post.py fills once Doxygen has said where every symbol's page
is.  BUILD/site-gen/pages.json lists the pages and what fills them.
"""
import json
import pathlib
import shutil
import sys

TOP = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TOP / "scripts"))
from site_text import T  # noqa: E402


def md(text):
    """A text of site_text.py made safe for Doxygen Markdown: @kquirk and
    #if are words here, not a command and a link."""
    return text.replace("@kquirk", "\\@kquirk").replace("#if", "\\#if")


def fill(name):
    return f'@htmlonly<div class="mm24-fill" data-fill="{name}"></div>@endhtmlonly\n'


def ident_group(name):
    c = name[0].lower()
    return c if c.isalpha() else "_"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build = pathlib.Path(sys.argv[1])
    gen = build / "site-gen"
    code = json.loads((gen / "code.json").read_text(encoding="utf-8"))
    kd_path = gen / "kdiff.json"
    kd = json.loads(kd_path.read_text(encoding="utf-8")) if kd_path.exists() else None
    units_with_symbols = sorted({r["unit"] for r in kd["symbols"]}) if kd else None
    if units_with_symbols is None:
        xref = (build / "xref.tsv").read_text(encoding="utf-8").splitlines()[1:]
        units_with_symbols = sorted({line.split("\t")[1] for line in xref if line})
    order = [u["name"] for u in code["units"]]
    units_with_symbols.sort(key=lambda u: order.index(u) if u in order else len(order))
    groups = sorted({ident_group(n) for n in code["uses"]} |
                    {ident_group(d["name"]) for d in code["defs"]},
                    key=lambda g: (g == "_", g))
    quiz_units = [u["name"] for u in code["units"]
                  if (TOP / u["dir"] / "quiz.mm").exists()]
    pages = {}
    for lang in ("en", "zh"):
        t = T[lang]
        out = gen / "pages" / lang
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)

        def page(fname, text):
            (out / fname).write_text(text, encoding="utf-8")

        page("90-labs.md", f"# {t['labs_title']} {{#labs}}\n\n{md(t['labs_intro'])}\n\n"
             + fill("labs"))
        page("91-quizzes.md", f"# {t['quiz_title']} {{#quizzes}}\n\n{md(t['quiz_intro'])}\n\n"
             + fill("quizzes"))
        subs = "".join(f"- @subpage diff-{u}\n" for u in units_with_symbols)
        page("92-diff.md", f"# {t['diff_title']} {{#diff}}\n\n{md(t['diff_intro'])}\n\n"
             + fill("diff") + "\n" + subs)
        for u in units_with_symbols:
            title = t["diff_unit_title"].format(unit=u)
            page(f"92-diff-{u}.md", f"# {title} {{#diff-{u}}}\n\n"
                 + md(t["diff_unit_intro"].format(unit=u)) + "\n\n" + fill(f"diff-{u}"))
        subs = "".join(f"- @subpage ident-{'u' if g == '_' else g}\n" for g in groups)
        page("93-ident.md", f"# {t['ident_title']} {{#ident}}\n\n{md(t['ident_intro'])}\n\n"
             + fill("ident") + "\n" + subs)
        for g in groups:
            gid = "u" if g == "_" else g
            title = t["ident_group"].format(g="_" if g == "_" else g.upper() + "/" + g)
            page(f"93-ident-{gid}.md", f"# {title} {{#ident-{gid}}}\n\n" + fill(f"ident-{gid}"))
    pages = {"diff_units": units_with_symbols, "ident_groups": groups,
             "quiz_units": quiz_units, "kdiff": kd is not None}
    (gen / "pages.json").write_text(json.dumps(pages, indent=1), encoding="utf-8")
    print(f"site_pages: {len(units_with_symbols)} diff pages, {len(groups)} index pages")


if __name__ == "__main__":
    main()
