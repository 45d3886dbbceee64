// Article page: click a marked span to list its marks' details; toggle kinds in the legend.
// Text goes into the DOM with textContent only (article data is untrusted).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("marks-data").textContent);
  var panel = document.getElementById("details");
  var text = document.getElementById("article-text");

  function show(keys) {
    panel.replaceChildren();
    keys.forEach(function (key) {
      var info = data[key];
      if (!info) { return; }
      var h = document.createElement("h3");
      h.textContent = info.type;
      var dl = document.createElement("dl");
      Object.keys(info).forEach(function (name) {
        if (name === "type" || name === "title" || name === "href" || info[name] === null) { return; }
        var dt = document.createElement("dt");
        dt.textContent = name;
        var dd = document.createElement("dd");
        dd.textContent = String(info[name]);
        dl.append(dt, dd);
      });
      panel.append(h, dl);
      if (info.href) {
        var a = document.createElement("a");
        a.href = info.href;
        a.textContent = "evidence →";
        panel.append(a);
      }
    });
  }

  function select(span) {
    text.querySelectorAll(".selected").forEach(function (s) { s.classList.remove("selected"); });
    span.classList.add("selected");
    show(span.dataset.marks.split(" "));
  }

  text.addEventListener("click", function (ev) {
    var span = ev.target.closest(".mk");
    if (span) { select(span); }
  });
  text.addEventListener("keydown", function (ev) {
    var span = ev.target.closest(".mk");
    if (span && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); select(span); }
  });
  document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("hide-" + box.dataset.kind, !box.checked);
    });
  });
  var focus = text.querySelector(".focus");
  if (focus) { focus.scrollIntoView({block: "center"}); select(focus); }
})();
