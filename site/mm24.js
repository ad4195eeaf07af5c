/* mm24: the language switch opens the same page, at the same place, in
 * the other language (the link points at the same file in ../en/ or ../zh/). */
document.addEventListener("DOMContentLoaded", function () {
  var sw = document.getElementById("mm24-lang-switch");
  if (!sw) return;
  sw.addEventListener("click", function (ev) {
    ev.preventDefault();
    window.location.href = sw.getAttribute("href") + window.location.hash;
  });
});
