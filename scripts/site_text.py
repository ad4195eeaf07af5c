"""site_text.py - the words the generated parts of the site use, in both
languages (the chapters themselves are in notes/en and notes/zh)."""

T = {
    "en": {
        "prev": "Previous", "next": "Next",
        "calls": "Calls", "called_by": "Called by", "uses": "Uses",
        "where_used": "Every use", "no_callers": "nothing in src/",
        "xref_note": "from the code (scripts/site_code.py), not Doxygen's parser",
        "diff_row": "Diff against 2.6.24", "quirk_link": "Simplification",
        "defined": "Defined", "used": "Used", "uses_n": "{n} uses in {f} files",
        "no_uses": "no use outside its definition",
        "ident_title": "Identifier index",
        "ident_intro": "Every name defined in src/ (functions, macros, structs and their "
                       "fields, enums, typedefs, variables) with its definitions and every "
                       "line that uses it, as Elixir answers \"where is this used\". Read "
                       "from the code with the structural diff's tokenizer: comments and "
                       "strings do not count, every #if branch does.",
        "ident_group": "Names starting with {g}",
        "kind": {"function": "function", "macro": "macro", "struct": "struct",
                 "union": "union", "enum": "enum", "enumerator": "enumerator",
                 "typedef": "typedef", "variable": "variable", "member": "field"},
        "kquirk_intro": "Every <code>@kquirk</code> note of src/, by chapter and then by file, "
                        "headed by the symbol it belongs to. Each says what mm24 leaves out or "
                        "does differently from 2.6.24, and why; <code>make diff KSRC=...</code> "
                        "counts a difference that no note names as unexplained.",
        "other_code": "Other code",
        "in_file": "in",
        "diff_title": "Diff against 2.6.24",
        "diff_intro": "Each mirrored symbol compared with Linux 2.6.24, decision by decision "
                      "(calls in the order they run, branches and what they test, loops, "
                      "returns, labels; fields for a struct), by <code>scripts/kdiff.py</code>. "
                      "A difference is explained when a <code>@kquirk</code> of the symbol "
                      "names what it involves. The chapter @ref tools-diff explains the method.",
        "diff_unit_title": "Diff: {unit}",
        "diff_unit_intro": "The symbols of the {unit} unit against Linux 2.6.24. Each row "
                           "links to the symbol's page; each symbol's page links back here.",
        "diff_howto": "This page is made from your own copy of the 2.6.24 source, which is "
                      "not part of mm24 (it is GPL-2.0 kernel text). Get the tree with "
                      "<code>wget https://cdn.kernel.org/pub/linux/kernel/v2.6/"
                      "linux-2.6.24.tar.bz2</code> and <code>tar xjf linux-2.6.24.tar.bz2</code> "
                      "(or <code>git checkout v2.6.24</code> in a clone of Linus' tree), then "
                      "build the site with <code>make site KSRC=/path/to/linux-2.6.24</code>. "
                      "The symbols it will compare:",
        "diff_kernel_text": "Generated on this machine from {ksrc}: it holds kernel text; "
                            "do not commit or publish it.",
        "symbol": "symbol", "kernel_place": "2.6.24 file:line", "decisions": "decisions ours/kernel",
        "kept": "kept", "unexplained": "unexplained", "verdict": "verdict",
        "verdicts": {"same decisions": "same decisions", "simplified": "simplified",
                     "rewritten": "rewritten", "missing": "missing"},
        "difference": "difference", "kernel": "2.6.24", "ours": "mm24",
        "explained_by": "explained by", "unexplained_mark": "unexplained",
        "nothing": "(nothing)", "ours_at": "mm24", "kernel_at": "2.6.24",
        "counts": "{n} symbols: {same} same decisions, {simpl} simplified, {rew} rewritten, "
                  "{miss} missing; {unexp} unexplained differences",
        "labs_title": "Labs",
        "labs_intro": "Labs in the style of MIT's 6.S081: <code>make lab-NAME</code> copies the "
                      "sources to <code>build/labs/NAME</code> with the lab's mirrored functions "
                      "replaced by stubs that keep their contract (the doc comment) and lose "
                      "their body. Write the bodies, then run <code>make grade</code> in that "
                      "tree (or <code>make grade LAB=NAME</code> here): it builds your version "
                      "and runs the unit's tests and scenario goldens that exercise those "
                      "functions, and prints a score. The lab tree never shows the reference "
                      "solution; <code>make restore</code> in the lab tree puts it back "
                      "(that is giving up). Each unit lists its labs in its "
                      "<code>labs.ini</code>.",
        "lab": "lab", "unit": "unit", "chapter": "chapter", "functions": "functions to write",
        "checks": "graded by", "run": "run",
        "quiz_title": "Quizzes",
        "quiz_intro": "Problems with checkable answers, in the style of the OSTEP homework "
                      "generators: <code>build/bin/mm24 quiz UNIT -s SEED</code> makes a random "
                      "but reproducible problem (a machine, what was done to it, and questions "
                      "about what comes next), and <code>-c</code> prints the answers, "
                      "computed by running the emulated kernel. Change the seed for a new "
                      "problem. Each unit keeps its generator as data, "
                      "<code>quiz.mm</code> in its directory.",
        "quiz_sample": "An example: <code>mm24 quiz {unit} -s 1</code>",
        "quiz_answers": "Answers (<code>-c</code>)",
        "show_answer": "Answer",
        "script": "Scenario", "output": "Output", "program": "Program",
        "open_full": "open full size", "search": "Search", "search_ph": "Search (names, words)",
        "no_results": "No results.",
        "history": "2.4 → 2.6.24 → today",
    },
    "zh": {
        "prev": "上一章", "next": "下一章",
        "calls": "调用", "called_by": "被调用于", "uses": "用到",
        "where_used": "全部引用", "no_callers": "src/ 中无",
        "xref_note": "由代码本身得出（scripts/site_code.py），不依赖 Doxygen 的解析器",
        "diff_row": "与 2.6.24 的对比", "quirk_link": "简化",
        "defined": "定义", "used": "引用", "uses_n": "{f} 个文件中 {n} 处引用",
        "no_uses": "除定义外没有引用",
        "ident_title": "标识符索引",
        "ident_intro": "src/ 中定义的每个名字（函数、宏、结构体及其字段、枚举、typedef、变量），"
                       "列出定义处和每一处引用，就像 Elixir 回答“这个名字在哪里用到”。"
                       "用结构化对比工具的词法分析器从代码中读出：注释和字符串不算，"
                       "每个 #if 分支都算。",
        "ident_group": "以 {g} 开头的名字",
        "kind": {"function": "函数", "macro": "宏", "struct": "结构体",
                 "union": "联合体", "enum": "枚举", "enumerator": "枚举值",
                 "typedef": "typedef", "variable": "变量", "member": "字段"},
        "kquirk_intro": "src/ 中所有 <code>@kquirk</code> 说明，按章节、再按文件排列，"
                        "每条以所属符号为标题。每条说明 mm24 相对 2.6.24 省略了什么、"
                        "做法有何不同以及原因；<code>make diff KSRC=...</code> "
                        "会把没有说明覆盖的差异算作未解释。",
        "other_code": "其他代码",
        "in_file": "位于",
        "diff_title": "与 2.6.24 的对比",
        "diff_intro": "由 <code>scripts/kdiff.py</code> 把每个镜像符号与 Linux 2.6.24 "
                      "逐个决策地比较（按执行顺序的调用、分支及其判断的内容、循环、返回、"
                      "标号；结构体比较字段）。某个差异若被该符号的 <code>@kquirk</code> "
                      "点名提到，就算已解释。方法见 @ref tools-diff 一节。",
        "diff_unit_title": "对比：{unit}",
        "diff_unit_intro": "{unit} 单元的各个符号与 Linux 2.6.24 的对比。每一行链接到该符号的"
                           "文档页，符号的文档页也链接回这里。",
        "diff_howto": "本页由你自己的 2.6.24 源码生成，mm24 不包含内核源码（那是 GPL-2.0 的"
                      "内核文本）。先取得源码树：<code>wget https://cdn.kernel.org/pub/linux/"
                      "kernel/v2.6/linux-2.6.24.tar.bz2</code>，再 <code>tar xjf "
                      "linux-2.6.24.tar.bz2</code>（或者在 Linus 的仓库里 "
                      "<code>git checkout v2.6.24</code>），然后用 "
                      "<code>make site KSRC=/path/to/linux-2.6.24</code> 生成站点。"
                      "将参与对比的符号：",
        "diff_kernel_text": "在本机由 {ksrc} 生成：页面含内核源码，不要提交或发布。",
        "symbol": "符号", "kernel_place": "2.6.24 文件:行", "decisions": "决策数 mm24/内核",
        "kept": "保留", "unexplained": "未解释", "verdict": "结论",
        "verdicts": {"same decisions": "决策相同", "simplified": "有简化",
                     "rewritten": "有改写", "missing": "缺失"},
        "difference": "差异", "kernel": "2.6.24", "ours": "mm24",
        "explained_by": "解释见", "unexplained_mark": "未解释",
        "nothing": "（无）", "ours_at": "mm24", "kernel_at": "2.6.24",
        "counts": "{n} 个符号：{same} 个决策相同，{simpl} 个有简化，{rew} 个有改写，"
                  "{miss} 个缺失；未解释的差异 {unexp} 处",
        "labs_title": "实验",
        "labs_intro": "仿照 MIT 6.S081 的实验：<code>make lab-NAME</code> 把源码复制到 "
                      "<code>build/labs/NAME</code>，其中本实验要写的镜像函数换成桩函数："
                      "保留函数的约定（文档注释），去掉函数体。写好函数体后，在那棵树里运行 "
                      "<code>make grade</code>（或在这里运行 <code>make grade LAB=NAME</code>）："
                      "它编译你的版本，运行本单元中用到这些函数的测试和场景黄金输出，并给出分数。"
                      "实验树里看不到参考答案；在实验树里运行 <code>make restore</code> "
                      "可以恢复参考实现（等于放弃）。每个单元在自己的 <code>labs.ini</code> "
                      "里列出它的实验。",
        "lab": "实验", "unit": "单元", "chapter": "章节", "functions": "要写的函数",
        "checks": "评分依据", "run": "运行",
        "quiz_title": "习题",
        "quiz_intro": "仿照 OSTEP 作业生成器的习题，答案可以核对："
                      "<code>build/bin/mm24 quiz UNIT -s SEED</code> 生成一道随机但可重现的题目"
                      "（一台机器、对它做过的操作，以及接下来会发生什么的问题），加上 "
                      "<code>-c</code> 则打印答案，答案是运行模拟内核算出来的。换一个种子就是"
                      "一道新题。每个单元把生成器作为数据放在自己目录下的 <code>quiz.mm</code> 里。",
        "quiz_sample": "例子：<code>mm24 quiz {unit} -s 1</code>",
        "quiz_answers": "答案（<code>-c</code>）",
        "show_answer": "答案",
        "script": "场景脚本", "output": "输出", "program": "程序",
        "open_full": "查看原尺寸", "search": "搜索", "search_ph": "搜索（名字、词语）",
        "no_results": "没有结果。",
        "history": "2.4 → 2.6.24 → 现在",
    },
}
