// Draws the supplier -> recipient table of /network as a graph with cytoscape. The table stays:
// it is the accessible, script-free view, and the data source (no second endpoint, no inline data).
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
    elements: Object.keys(nodes).map(function (k) { return nodes[k]; }).concat(edges),
    style: [
      { selector: "node", style: {
          "label": "data(label)", "font-size": 16, "color": "#1b1f24",
          "text-valign": "bottom", "text-margin-y": 3,
          "text-background-color": "#ffffff", "text-background-opacity": 0.7, "text-background-padding": 1,
          "width": "mapData(weight, 1, 20, 20, 56)", "height": "mapData(weight, 1, 20, 20, 56)" } },
      { selector: "node[kind = 'supplier']", style: { "background-color": "#08519c", "shape": "ellipse" } },
      { selector: "node[kind = 'country']", style: { "background-color": "#9ecae1", "shape": "round-rectangle",
          "border-width": 1, "border-color": "#3182bd" } },
      { selector: "edge", style: { "width": "mapData(weight, 1, 6, 1.5, 6)", "line-color": "#b8c2cc",
          "curve-style": "bezier", "target-arrow-shape": "triangle", "target-arrow-color": "#b8c2cc", "arrow-scale": 0.6 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#b35900" } }
    ],
    layout: { name: "cose", animate: false, nodeRepulsion: 20000, idealEdgeLength: 70,
              gravity: 20, componentSpacing: 40, randomize: false, padding: 10 },
    wheelSensitivity: 0.3
  });
  cy.on("tap", "node", function (evt) {
    var href = evt.target.data("href");
    if (href) { window.location.href = href; }
  });
  window.__sightlineGraph = cy;
})();
