// Draws the supplier -> recipient table of /network as a graph with cytoscape. The table stays:
// it is the accessible, script-free view, and the data source (no second endpoint, no inline data).
// The layout is force-directed but seeded, so the same table gives the same picture on every load.
(function () {
  "use strict";
  var table = document.getElementById("network-table");
  var box = document.getElementById("network-graph");
  if (!table || !box || typeof window.cytoscape !== "function") {
    return;
  }
  var nodes = {};
  var edges = [];
  table.querySelectorAll("tbody tr").forEach(function (row, i) {
    var d = row.dataset;
    var s = "s:" + d.supplier;
    var c = "c:" + d.country;
    if (!nodes[s]) {
      nodes[s] = { data: { id: s, label: d.supplierName, kind: "supplier", href: d.supplierHref || "", weight: 0 } };
    }
    if (!nodes[c]) {
      nodes[c] = { data: { id: c, label: d.countryName, kind: "country", href: "/countries/" + d.country, weight: 0 } };
    }
    var n = parseInt(d.transfers, 10) || 1;
    nodes[s].data.weight += n;
    nodes[c].data.weight += n;
    edges.push({ data: { id: "e" + i, source: s, target: c, weight: n } });
  });
  if (edges.length === 0) {
    return;
  }
  box.hidden = false;
  document.getElementById("graph-help").hidden = false;
  var cy = window.cytoscape({
    container: box,
    elements: Object.keys(nodes).sort().map(function (k) { return nodes[k]; }).concat(edges),
    style: [
      // Labels are drawn only where they are legible: small nodes' names appear when zoomed in.
      { selector: "node", style: {
          "label": "data(label)", "font-size": 12, "min-zoomed-font-size": 9, "color": "#1b1f24",
          "text-valign": "bottom", "text-margin-y": 2, "text-wrap": "ellipsis", "text-max-width": 120,
          "text-outline-color": "#ffffff", "text-outline-width": 2,
          "width": "mapData(weight, 1, 20, 14, 48)", "height": "mapData(weight, 1, 20, 14, 48)" } },
      { selector: "node.hub", style: { "font-weight": "bold", "z-index": 10 } },
      { selector: "node[kind = 'supplier']", style: { "background-color": "#08519c", "shape": "ellipse" } },
      { selector: "node[kind = 'country']", style: { "background-color": "#9ecae1", "shape": "round-rectangle",
          "border-width": 1, "border-color": "#3182bd" } },
      { selector: "edge", style: { "width": "mapData(weight, 1, 6, 1, 5)", "line-color": "#c4ccd4",
          "curve-style": "haystack", "opacity": 0.8 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#b35900" } }
    ],
    layout: { name: "preset" },
    wheelSensitivity: 0.3
  });
  // A small seeded generator stands in for Math.random while the layout runs: cose draws its
  // starting positions and tie-breaks from it, and nothing else runs meanwhile (no animation).
  var seed = 20261206;
  var random = Math.random;
  Math.random = function () {
    seed = (seed + 0x6d2b79f5) | 0;
    var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    cy.layout({ name: "cose", animate: false, randomize: true, nodeRepulsion: 60000, nodeOverlap: 20,
                idealEdgeLength: 90, gravity: 30, componentSpacing: 60, numIter: 1500, padding: 12 }).run();
  } finally {
    Math.random = random;
  }
  // The twenty busiest nodes are named at every zoom, at a size that reads as 13 px once the whole
  // graph fits the box; the others' names appear as one zooms in (min-zoomed-font-size).
  var hubs = cy.nodes().sort(function (a, b) {
    return b.data("weight") - a.data("weight") || (a.id() < b.id() ? -1 : 1);
  }).slice(0, 20);
  hubs.addClass("hub");
  cy.fit(undefined, 12);
  var scale = 1 / cy.zoom();
  cy.style().selector("node.hub").style({
    "font-size": Math.max(12, Math.round(13 * scale)),
    "text-max-width": Math.round(170 * scale)
  }).update();
  cy.on("tap", "node", function (evt) {
    var href = evt.target.data("href");
    if (href) { window.location.href = href; }
  });
  window.__sightlineGraph = cy;
})();
