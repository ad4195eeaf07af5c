/* mm24: the language switch opens the same page, at the same place, in
 * the other language (the link points at the same file in ../en/ or ../zh/);
 * a click on a picture opens it full size over the page (Esc or a click
 * closes it), for narrow screens where the column shrinks it. */
document.addEventListener("DOMContentLoaded", function () {
  var sw = document.getElementById("mm24-lang-switch");
  if (sw) {
    sw.addEventListener("click", function (ev) {
      ev.preventDefault();
      window.location.href = sw.getAttribute("href") + window.location.hash;
    });
  }
  var figs = document.querySelectorAll(".mm24-figure-img");
  Array.prototype.forEach.call(figs, function (fig) {
    fig.addEventListener("click", function (ev) {
      if (ev.target.closest && ev.target.closest("a")) return;   /* a link in the picture */
      var over = document.createElement("div");
      over.className = "mm24-zoom";
      over.appendChild(fig.querySelector("svg").cloneNode(true));
      function close() { over.remove(); document.removeEventListener("keydown", esc); }
      function esc(e) { if (e.key === "Escape") close(); }
      over.addEventListener("click", close);
      document.addEventListener("keydown", esc);
      document.body.appendChild(over);
    });
  });
});
