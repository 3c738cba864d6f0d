/* rightsgraph graph page. Data comes from the JSON block #kg-data; every string
   from a document is put into the page with textContent or as a canvas label,
   never as markup, and links are made only for http(s) URLs. */
(function () {
  "use strict";
  performance.mark("kg:start");
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg:parsed");
  var OPT = DATA.options;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null && text !== "") e.textContent = String(text);
    return e;
  }
  function safeUrl(url) {
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return null;
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
    } catch (e) { return null; }
  }

  // ------------------------------------------------------------------ data sets
  var classOf = {};
  DATA.classes.forEach(function (c) { classOf[c.key] = c; });
  // Colour, shape and font come from one group per class, so vis-network parses them once, not per node.
  var groups = {};
  DATA.classes.forEach(function (c) {
    groups[c.key] = {
      shape: c.shape, borderWidth: c.kind === "event" ? 0 : 1,
      color: { background: c.color, border: "#444", highlight: { background: c.color, border: "#000" }, hover: { background: c.color, border: "#000" } },
      font: c.shape === "box" ? { color: "#fff", size: 12 } : { size: c.kind === "event" ? 10 : 13 }
    };
  });
  // Big graphs start with labels on the biggest hubs only and no arrowheads (finding where an
  // arrow meets a star or hexagon is costly); both appear once you zoom in or search.
  var labelled = {};
  if (OPT.big) {
    DATA.nodes.slice().sort(function (a, b) { return b.size - a.size; }).slice(0, 300).forEach(function (n) { labelled[n.id] = true; });
  }
  var nodeItems = DATA.nodes.map(function (n) {
    var item = { id: n.id, group: n.cls, size: n.size };
    if (n.color) item.color = { background: n.color, border: "#444", highlight: { background: n.color, border: "#000" }, hover: { background: n.color, border: "#000" } };
    if (n.shape) item.shape = n.shape;
    if (!OPT.big || labelled[n.id]) item.label = n.short || n.label;
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  });
  var edgeItems = DATA.edges.map(function (e, i) {
    var item = { id: i, from: e.from, to: e.to };
    if (!OPT.big) item.label = e.label;
    if (e.smooth) item.smooth = { enabled: true, type: "curvedCW", roundness: e.smooth };
    return item;
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  performance.mark("kg:datasets");

  var options = {
    autoResize: true,
    layout: OPT.layout === "hierarchical"
      ? { improvedLayout: false, hierarchical: { enabled: true, direction: "LR", sortMethod: "directed" } }
      : { improvedLayout: false, randomSeed: 1 },
    physics: OPT.physics
      ? { enabled: true, solver: "forceAtlas2Based", stabilization: { enabled: true, iterations: 300, updateInterval: 50, fit: true } }
      : { enabled: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: OPT.big, hideEdgesOnZoom: OPT.big, navigationButtons: false, keyboard: false, multiselect: false },
    groups: groups,
    nodes: { scaling: { label: { enabled: false } }, font: { face: "system-ui, sans-serif" } },
    edges: {
      arrows: { to: { enabled: !OPT.big, scaleFactor: 0.6 } },
      color: { color: "#999", highlight: "#333", hover: "#555" }, width: 1,
      font: { size: 10, color: "#444", strokeWidth: 3, strokeColor: "#fff", align: "middle" },
      smooth: OPT.big ? false : { enabled: true, type: "continuous", roundness: 0.2 },
      selectionWidth: 2
    }
  };
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network;
  performance.mark("kg:network");
  window.kgNodes = nodes;
  window.kgEdges = edges;

  var allLabels = !OPT.big;
  function showAllLabels() {
    if (allLabels) return;
    allLabels = true;
    network.setOptions({ edges: { arrows: { to: { enabled: true, scaleFactor: 0.6 } } } });
    nodes.update(DATA.nodes.map(function (n) { return { id: n.id, label: n.short || n.label }; }));
    edges.update(DATA.edges.map(function (e, i) { return { id: i, label: e.label }; }));
  }
  window.kgShowAllLabels = showAllLabels;
  network.on("zoom", function () { if (network.getScale() >= 0.6) showAllLabels(); });

  function markReady() { if (!window.kgReady) { performance.mark("kg:ready"); window.kgReady = performance.now(); } }
  if (OPT.physics) {
    network.once("stabilizationIterationsDone", function () { network.once("afterDrawing", markReady); network.redraw(); });
  } else {
    network.once("afterDrawing", markReady);
  }

  // ------------------------------------------------------------------ details and tooltips
  function sourceBlock(doc) {
    var box = el("div", "kg-source");
    var title = doc.title || doc.id || "untitled document";
    var url = safeUrl(doc.url);
    if (url) {
      var a = el("a", null, title);
      a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer nofollow";
      box.appendChild(a);
    } else {
      box.appendChild(el("span", null, title));
    }
    var meta = [doc.publisher, doc.date].filter(Boolean).join(", ");
    if (meta) box.appendChild(el("span", "kg-meta", " (" + meta + ")"));
    if (!url && doc.url) box.appendChild(el("div", "kg-meta", doc.url));
    return box;
  }
  function eventBlock(ev, limit) {
    var box = el("div", "kg-event");
    box.appendChild(el("div", "kg-kind", ev.caption));
    var meta = [];
    if (ev.status) meta.push("status: " + ev.status);
    if (ev.confidence !== null && ev.confidence !== undefined) meta.push("confidence: " + ev.confidence);
    if (ev.date) meta.push("date: " + ev.date);
    if (meta.length) box.appendChild(el("div", "kg-meta", meta.join(" \u00b7 ")));
    if (ev.roles.length) {
      var dl = el("dl", "kg-roles");
      ev.roles.forEach(function (r) { dl.appendChild(el("dt", null, r[0])); dl.appendChild(el("dd", null, r[1])); });
      box.appendChild(dl);
    }
    ev.evidence.slice(0, limit || 50).forEach(function (q) {
      box.appendChild(el("blockquote", "kg-quote", q.quote));
      var doc = DATA.docs[q.doc] || {};
      var src = sourceBlock(doc);
      src.appendChild(el("span", "kg-meta", " [" + q.start + "\u2013" + q.end + "]"));
      box.appendChild(src);
    });
    if (limit && ev.evidence.length > limit) box.appendChild(el("div", "kg-meta", "\u2026 " + (ev.evidence.length - limit) + " more quote(s)"));
    return box;
  }
  function nodeBlock(id, limit) {
    var n = DATA.nodes[id];
    var box = el("div");
    box.appendChild(el("div", "kg-kind", n.type || (classOf[n.cls] || {}).caption || n.cls));
    box.appendChild(el("div", "kg-name", n.label));
    if (n.ev !== undefined) box.appendChild(eventBlock(DATA.events[n.ev], limit));
    if (n.doc !== undefined) box.appendChild(sourceBlock(DATA.docs[n.doc]));
    if (n.iri) box.appendChild(el("div", "kg-meta", n.iri));
    if (!limit) {
      var shown = 0;
      network.getConnectedEdges(id).forEach(function (eid) {
        var e = DATA.edges[eid];
        var otherId = e.from === id ? e.to : e.from;
        var other = DATA.nodes[otherId];
        if (shown >= 30) return;
        if (e.ev !== undefined && e.ev >= 0) {  // an event drawn as this edge
          shown += 1;
          box.appendChild(el("div", "kg-meta", (e.from === id ? "\u2192 " : "\u2190 ") + e.label + " \u2014 " + other.label));
          box.appendChild(eventBlock(DATA.events[e.ev], 3));
        } else if (other.ev !== undefined && n.kind !== "event") {  // an event node this node takes part in
          shown += 1;
          box.appendChild(el("div", "kg-meta", e.label + " in:"));
          box.appendChild(eventBlock(DATA.events[other.ev], 3));
        }
      });
      box.appendChild(el("div", "kg-meta", network.getConnectedNodes(id).length + " neighbour(s)"));
    }
    return box;
  }
  function edgeBlock(eid, limit) {
    var e = DATA.edges[eid];
    var box = el("div");
    box.appendChild(el("div", "kg-name", DATA.nodes[e.from].label + " \u2192 " + (e.label || "") + " \u2192 " + DATA.nodes[e.to].label));
    if (e.ev !== undefined && e.ev >= 0) box.appendChild(eventBlock(DATA.events[e.ev], limit));
    else if (DATA.nodes[e.from].ev !== undefined) box.appendChild(eventBlock(DATA.events[DATA.nodes[e.from].ev], limit));
    return box;
  }
  var details = document.getElementById("kg-details");
  function showDetails(block) { details.replaceChildren(block); }

  var tip = document.getElementById("kg-tooltip");
  function showTip(block, pointer) {
    tip.replaceChildren(block);
    tip.hidden = false;
    var x = pointer.DOM.x + container.getBoundingClientRect().left + 14;
    var y = pointer.DOM.y + container.getBoundingClientRect().top + 14;
    tip.style.left = Math.min(x, window.innerWidth - tip.offsetWidth - 8) + "px";
    tip.style.top = Math.min(y, window.innerHeight - tip.offsetHeight - 8) + "px";
  }
  function hideTip() { tip.hidden = true; tip.replaceChildren(); }
  network.on("hoverNode", function (p) { showTip(nodeBlock(p.node, 2), p.pointer); });
  network.on("hoverEdge", function (p) { showTip(edgeBlock(p.edge, 2), p.pointer); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  container.addEventListener("mouseleave", hideTip);  // vis-network sends no blur when the pointer leaves the canvas from a node

  // ------------------------------------------------------------------ neighbourhood highlight
  var dimmed = false;
  function neighbourhood(id) {
    var keep = {}; keep[id] = true;
    network.getConnectedNodes(id).forEach(function (n) {
      keep[n] = true;
      if (DATA.nodes[n].kind === "event") network.getConnectedNodes(n).forEach(function (m) { keep[m] = true; });
    });
    return keep;
  }
  function highlight(id) {
    var keep = neighbourhood(id);
    nodes.update(DATA.nodes.map(function (n) { return { id: n.id, opacity: keep[n.id] ? 1 : 0.15 }; }));
    dimmed = true;
  }
  function clearHighlight() {
    if (!dimmed) return;
    nodes.update(DATA.nodes.map(function (n) { return { id: n.id, opacity: 1 }; }));
    dimmed = false;
  }
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) { highlight(p.nodes[0]); showDetails(nodeBlock(p.nodes[0])); }
    else if (p.edges.length) { clearHighlight(); showDetails(edgeBlock(p.edges[0])); }
    else { clearHighlight(); }
  });

  // ------------------------------------------------------------------ search
  var names = document.getElementById("kg-names");
  var namesFilled = false;
  function fillNames() {  // on first use, so a big page does not pay for it up front
    if (namesFilled) return;
    namesFilled = true;
    var seen = {}, count = 0, frag = document.createDocumentFragment();
    DATA.nodes.forEach(function (n) {
      if (n.kind !== "event" && !seen[n.label] && count < 10000) {
        seen[n.label] = true; count += 1;
        var o = document.createElement("option");
        o.value = n.label;
        frag.appendChild(o);
      }
    });
    names.appendChild(frag);
  }
  document.getElementById("kg-search").addEventListener("focus", fillNames);
  function findNode(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) return null;
    var best = null, rank = 9;
    DATA.nodes.forEach(function (n) {
      if (hiddenNode[n.id]) return;
      var label = String(n.label).toLowerCase();
      var r = label === q ? 0 : label.indexOf(q) === 0 ? 1 : label.indexOf(q) > 0 ? 2 : (n.iri === query ? 0 : 9);
      if (n.kind === "event" && r < 9) r += 3;
      else if (n.kind === "document" && r < 9) r += 0.5;  // a person named like an article's headline is what was meant
      if (r < rank || (r === rank && best !== null && n.label.length < DATA.nodes[best].label.length)) { best = n.id; rank = r; }
    });
    return best;
  }
  function focusNode(id) {
    showAllLabels();
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    highlight(id);
    showDetails(nodeBlock(id));
  }
  var status = document.getElementById("kg-search-status");
  window.kgSearch = function (query) {
    var id = findNode(query);
    if (id === null) { status.textContent = "no match"; return null; }
    status.textContent = "";
    focusNode(id);
    return id;
  };
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    window.kgSearch(document.getElementById("kg-search").value);
  });

  // ------------------------------------------------------------------ filters
  var hiddenClass = {}, hiddenStatus = {}, hiddenNode = {}, hideLone = false;
  function statusOfNode(n) { return n.ev !== undefined ? DATA.events[n.ev].status : null; }
  function applyFilters() {
    hiddenNode = {};
    var nodeUpdates = DATA.nodes.map(function (n) {
      var st = statusOfNode(n);
      var hide = !!hiddenClass[n.cls] || (st !== null && !!hiddenStatus[st || "(none)"]) || (hideLone && !!n.lone);
      if (hide) hiddenNode[n.id] = true;
      return { id: n.id, hidden: hide };
    });
    nodes.update(nodeUpdates);
    edges.update(DATA.edges.map(function (e, i) {
      var hide = false;
      if (e.ev !== undefined && e.ev >= 0) {
        var st = DATA.events[e.ev].status || "(none)";
        hide = !!hiddenStatus[st] || !!hiddenClass[DATA.events[e.ev].cls];
      }
      return { id: i, hidden: hide };
    }));
    updateCounts();
  }
  function checkboxRow(list, text, count, onChange, swatch) {
    var li = el("li"), label = el("label"), box = document.createElement("input");
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { onChange(!box.checked); applyFilters(); });
    label.appendChild(box);
    if (swatch) label.appendChild(swatch);
    label.appendChild(el("span", null, text));
    label.appendChild(el("span", "kg-count", count));
    li.appendChild(label);
    list.appendChild(li);
    return box;
  }
  var legend = document.getElementById("kg-legend");
  window.kgClassBoxes = {};
  DATA.classes.forEach(function (c) {
    // A class seen only as folded edges gets a line for a swatch; its count is of edges.
    var sw = el("span", "kg-swatch " + (c.count ? c.shape : "edge"));
    sw.style.background = c.color;
    var edgeCount = c.edges + (c.edges === 1 ? " edge" : " edges");
    var count = c.count && c.edges ? c.count + " + " + edgeCount : c.count ? c.count : edgeCount;
    window.kgClassBoxes[c.key] = checkboxRow(legend, c.caption, count, function (off) { hiddenClass[c.key] = off; }, sw);
  });
  var lone = DATA.nodes.filter(function (n) { return n.lone; }).length;
  if (lone) {
    window.kgLoneBox = checkboxRow(legend, "named in no event", lone, function (off) { hideLone = off; });
    window.kgLoneBox.parentNode.title = "entities and concepts no event involves (drawn in a grid below the graph)";
  }
  var statusList = document.getElementById("kg-statuses");
  window.kgStatusBoxes = {};
  DATA.statuses.forEach(function (s) {
    window.kgStatusBoxes[s.status] = checkboxRow(statusList, s.status, s.count, function (off) { hiddenStatus[s.status] = off; });
  });
  if (!DATA.statuses.length) document.getElementById("kg-status-section").hidden = true;

  function updateCounts() {
    var shown = DATA.nodes.length - Object.keys(hiddenNode).length;
    document.getElementById("kg-counts").textContent = shown + " of " + DATA.nodes.length + " nodes, " + DATA.edges.length + " edges";
  }
  updateCounts();

  // ------------------------------------------------------------------ physics and fit
  var physics = document.getElementById("kg-physics");
  physics.checked = !!OPT.physics;
  physics.addEventListener("change", function () {
    network.setOptions({ physics: physics.checked ? { enabled: true, solver: "forceAtlas2Based", stabilization: false } : { enabled: false } });
  });
  document.getElementById("kg-fit").addEventListener("click", function () { network.fit({ animation: false }); });
  if (OPT.focus !== null && OPT.focus !== undefined) {
    network.once("afterDrawing", function () { network.selectNodes([OPT.focus]); highlight(OPT.focus); showDetails(nodeBlock(OPT.focus)); });
  }
})();
