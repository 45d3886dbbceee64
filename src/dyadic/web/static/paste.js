// Paste page: send the form to POST /api/articles as JSON, then open the coded article.
(function () {
  "use strict";
  var form = document.getElementById("paste");
  var status = document.getElementById("paste-status");
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var f = new FormData(form);
    var body = {};
    body[f.get("kind")] = f.get("body");
    ["title", "published", "source"].forEach(function (k) { if (f.get(k)) { body[k] = f.get(k); } });
    var headers = {"Content-Type": "application/json"};
    if (f.get("token")) { headers.Authorization = "Bearer " + f.get("token"); }
    status.textContent = "coding…";
    fetch(form.dataset.endpoint, {method: "POST", headers: headers, body: JSON.stringify(body)})
      .then(function (r) { return r.json().then(function (j) { return [r, j]; }); })
      .then(function (rj) {
        if (!rj[0].ok) { status.textContent = "error: " + rj[1].detail; return; }
        window.location.href = "/articles/" + encodeURIComponent(rj[1].id);
      })
      .catch(function (e) { status.textContent = "error: " + e; });
  });
})();
