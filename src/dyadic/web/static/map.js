// Map page: zoom (wheel, buttons) and pan (drag) by changing the SVG viewBox; markers keep
// their size on screen (radius divided by the zoom factor). No data is read from the page text.
(function () {
  "use strict";
  var svg = document.getElementById("map");
  if (!svg) { return; }
  var W = Number(svg.dataset.width), H = Number(svg.dataset.height);
  var view = {x: 0, y: 0, w: W, h: H};
  var circles = Array.prototype.slice.call(svg.querySelectorAll("circle.place"));
  var MAX_ZOOM = 24;

  function apply() {
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
    var k = W / view.w;
    var shrink = Math.sqrt(k);  // grow a little with the zoom, much less than the map
    circles.forEach(function (c) {
      c.setAttribute("r", (Number(c.dataset.r) * shrink / k).toFixed(2));
      c.style.strokeWidth = (1 / k).toFixed(3);
    });
  }

  function zoom(factor, cx, cy) {
    var w = Math.min(W, Math.max(W / MAX_ZOOM, view.w / factor));
    var h = w * H / W;
    if (cx === undefined) { cx = view.x + view.w / 2; cy = view.y + view.h / 2; }
    view.x = cx - (cx - view.x) * w / view.w;
    view.y = cy - (cy - view.y) * h / view.h;
    view.w = w; view.h = h;
    clamp();
    apply();
  }

  function clamp() {
    view.x = Math.min(Math.max(view.x, 0), W - view.w);
    view.y = Math.min(Math.max(view.y, 0), H - view.h);
  }

  function toMap(ev) {
    var box = svg.getBoundingClientRect();
    return {x: view.x + (ev.clientX - box.left) / box.width * view.w,
            y: view.y + (ev.clientY - box.top) / box.height * view.h};
  }

  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = toMap(ev);
    zoom(ev.deltaY < 0 ? 1.25 : 0.8, p.x, p.y);
  }, {passive: false});

  var drag = null;
  svg.addEventListener("pointerdown", function (ev) {
    drag = {x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y};
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    var box = svg.getBoundingClientRect();
    view.x = drag.vx - (ev.clientX - drag.x) / box.width * view.w;
    view.y = drag.vy - (ev.clientY - drag.y) / box.height * view.h;
    clamp();
    apply();
  });
  svg.addEventListener("pointerup", function () { drag = null; });
  svg.addEventListener("pointercancel", function () { drag = null; });

  document.querySelectorAll("#map-tools button[data-zoom]").forEach(function (b) {
    b.addEventListener("click", function () {
      var z = b.dataset.zoom;
      if (z === "reset") { view = {x: 0, y: 0, w: W, h: H}; apply(); }
      else { zoom(z === "in" ? 1.6 : 1 / 1.6); }
    });
  });
})();
