// tanqih review report: filters, search, keyboard navigation and the finding popup.
// Allowed by the page's Content-Security-Policy through its SHA-256 hash; corpus text only
// ever reaches the page as escaped HTML or through textContent, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("tq-data").textContent);
  var F = data.findings, D = data.docs;
  var pop = document.getElementById("tq-pop");
  var status = document.getElementById("tq-status");
  var search = document.getElementById("tq-q");
  var els = [], primary = [], hay = [], docFindings = [], visible = [];
  var off = { f: {}, c: {}, a: {} }, query = "", cur = -1, pinned = null;
  var i, n = F.length;

  for (i = 0; i < n; i++) { els.push([]); visible.push(true); }
  document.querySelectorAll("mark[data-f]").forEach(function (el) {
    var k = +el.getAttribute("data-f");
    els[k].push(el);
    if (!el.classList.contains("cont")) { primary[k] = el; }
  });
  for (i = 0; i < n; i++) {
    var f = F[i];
    hay.push([f.c, f.n, f.m, f.t, D[f.d].p].join("\n").toLowerCase());
    (docFindings[f.d] = docFindings[f.d] || []).push(i);
  }

  function applyFilters() {
    var shown = 0;
    for (var k = 0; k < n; k++) {
      var f = F[k];
      var on = !off.f[f.f] && !off.c[f.c] && !off.a[f.a || "none"] &&
        (!query || hay[k].indexOf(query) !== -1);
      visible[k] = on;
      if (on) { shown++; }
      for (var j = 0; j < els[k].length; j++) { els[k][j].classList.toggle("off", !on); }
      if (primary[k]) { primary[k].tabIndex = on ? 0 : -1; }
    }
    document.querySelectorAll("section.doc").forEach(function (sec) {
      var list = docFindings[+sec.getAttribute("data-d")] || [];
      sec.hidden = !list.some(function (k) { return visible[k]; });
    });
    status.textContent = shown === n ? n + " findings shown" : shown + " of " + n + " findings shown";
    if (cur >= 0 && !visible[cur]) { hide(); }
  }

  document.querySelectorAll("input[data-filter]").forEach(function (box) {
    box.addEventListener("change", function () {
      off[box.getAttribute("data-filter")][box.value] = !box.checked;
      applyFilters();
    });
  });
  search.addEventListener("input", function () {
    query = search.value.trim().toLowerCase();
    applyFilters();
  });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function segments(list, cls) {
    var td = el("td");
    td.dir = "rtl";
    td.lang = "ar";
    list.forEach(function (s) {
      if (s[0] === 0) { td.appendChild(document.createTextNode(s[1])); }
      else if (s[0] === 1) { td.appendChild(el("span", cls, s[1])); }
      else { td.appendChild(el("span", "pt", "‸")); }
    });
    return td;
  }

  function show(k, anchor) {
    var f = F[k];
    pop.textContent = "";
    pop.className = anchor.className.replace(/\b(hl|cont|zw|off|cur)\b/g, "");
    var h = el("div", "h");
    h.appendChild(el("span", "code", f.c));
    h.appendChild(el("span", "name", f.n));
    h.appendChild(el("span", "fam", f.f));
    h.appendChild(el("span", "where", D[f.d].p + ":" + f.l));
    pop.appendChild(h);
    var msg = el("div", "msg", f.m);
    msg.dir = "auto";
    pop.appendChild(msg);
    if (f.b) {
      var head = el("div", "fixhead", "fix: ");
      head.appendChild(el("b", "", f.a));
      if (f.fm) { head.appendChild(document.createTextNode(" · " + f.fm)); }
      pop.appendChild(head);
      var table = el("table"), r1 = el("tr"), r2 = el("tr");
      r1.appendChild(el("th", "", "before"));
      r1.appendChild(segments(f.b, "del"));
      r2.appendChild(el("th", "", "after"));
      r2.appendChild(segments(f.x, "ins"));
      table.appendChild(r1);
      table.appendChild(r2);
      pop.appendChild(table);
    } else {
      pop.appendChild(el("div", "nofix", f.a ? "fix: " + f.a : "no automatic fix: review by hand"));
    }
    pop.hidden = false;
    var r = anchor.getBoundingClientRect();
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.left = Math.max(window.scrollX + 4, left) + "px";
    pop.style.top = (window.scrollY + r.bottom + 6) + "px";
    anchor.setAttribute("aria-describedby", "tq-pop");
  }

  function hide() {
    pop.hidden = true;
    pinned = null;
  }

  function target(node) {
    var m = node && node.closest ? node.closest("mark[data-f]") : null;
    return m && !m.classList.contains("off") ? m : null;
  }

  document.addEventListener("mouseover", function (ev) {
    var m = target(ev.target);
    if (m) { show(+m.getAttribute("data-f"), m); }
    else if (!pinned && !pop.contains(ev.target)) { pop.hidden = true; }
  });
  document.addEventListener("focusin", function (ev) {
    var m = target(ev.target);
    if (m) {
      var k = +m.getAttribute("data-f");
      if (cur >= 0 && primary[cur]) { primary[cur].classList.remove("cur"); }
      cur = k;
      m.classList.add("cur");
      pinned = m;
      show(k, m);
    }
  });

  function go(step) {
    var order = [];
    for (var k = 0; k < n; k++) { if (visible[k] && primary[k]) { order.push(k); } }
    if (!order.length) { return; }
    var pos = order.indexOf(cur);
    var next = pos === -1 ? (step > 0 ? 0 : order.length - 1)
      : (pos + step + order.length) % order.length;
    var m = primary[order[next]];
    m.focus({ preventScroll: true });
    m.scrollIntoView({ block: "center" });
    show(order[next], m);
  }

  document.getElementById("tq-next").addEventListener("click", function () { go(1); });
  document.getElementById("tq-prev").addEventListener("click", function () { go(-1); });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { hide(); if (ev.target === search) { search.blur(); } return; }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA")) { return; }
    if (ev.key === "j" || ev.key === "n") { go(1); ev.preventDefault(); }
    else if (ev.key === "k" || ev.key === "p") { go(-1); ev.preventDefault(); }
    else if (ev.key === "/") { search.focus(); ev.preventDefault(); }
  });

  // Anchors and focus scroll below the sticky toolbar, whatever height it wraps to.
  var toolbar = document.querySelector(".toolbar");
  function pad() {
    document.documentElement.style.scrollPaddingTop = (toolbar.offsetHeight + 12) + "px";
  }
  window.addEventListener("resize", pad);
  pad();

  applyFilters();
  document.documentElement.setAttribute("data-ready", "1");
})();
