import { get } from "../api.js";
import { clear, fmt, h, section } from "../dom.js";
import { filterForm, readParams } from "../filters.js";

const FIELDS = [
  { name: "level", label: "Nodes", options: [["country", "countries"], ["actor", "actor codes"]] },
  { name: "quad_class", label: "QuadClass", options: [["", "any"], ["1", "1 verbal coop"], ["2", "2 material coop"], ["3", "3 verbal conflict"], ["4", "4 material conflict"]] },
  { name: "cameo", label: "CAMEO", placeholder: "04, 19" },
  { name: "start", label: "From", type: "date" },
  { name: "end", label: "To", type: "date" },
  { name: "min_events", label: "Min. events", type: "number" },
];

// Goldstein -10..10 to red..grey..blue.
function tone(g) {
  const t = Math.max(-1, Math.min(1, g / 6));
  const mix = (a, b) => Math.round(a + (b - a) * Math.abs(t));
  return t < 0 ? `rgb(${mix(150, 214)},${mix(150, 39)},${mix(150, 40)})` : `rgb(${mix(150, 33)},${mix(150, 113)},${mix(150, 181)})`;
}

export async function render(root) {
  const values = readParams(FIELDS.map((f) => f.name));
  const graph = h("div", { class: "graph", id: "network-graph" });
  const info = h("p", { class: "muted", id: "network-info", text: "Node size: events; edge width: events; colour: mean Goldstein (red conflict, blue cooperation). Click a node for its events." });
  root.append(h("h1", { text: "Actor network" }), filterForm(FIELDS, values, load), section("Network", info, graph));
  let cy = null;

  async function load(v) {
    const body = await get("network", { ...v, min_events: v.min_events || 1, limit: 300 });
    const maxN = Math.max(1, ...body.nodes.map((n) => n.events));
    const maxE = Math.max(1, ...body.edges.map((e) => e.events));
    const elements = [
      ...body.nodes.map((n) => ({ data: { id: n.id, label: n.id, size: 18 + 42 * Math.sqrt(n.events / maxN), events: n.events } })),
      ...body.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, w: 1 + 7 * (e.events / maxE), color: tone(e.goldstein_mean), events: e.events, g: e.goldstein_mean } })),
    ];
    if (cy) cy.destroy();
    clear(graph);
    graph.dataset.nodes = String(body.nodes.length);
    graph.dataset.edges = String(body.edges.length);
    if (!body.nodes.length) { graph.append(h("p", { class: "muted", text: "No edges match these filters." })); return; }
    cy = window.cytoscape({
      container: graph, elements,
      layout: { name: "cose", animate: false, randomize: false, fit: true, padding: 30, nodeRepulsion: () => 600000, idealEdgeLength: () => 140, nodeOverlap: 40, gravity: 0.2 },
      style: [
        { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#4a5568", color: "#1a202c", "font-size": 11, "text-valign": "center", "text-halign": "right", "text-margin-x": 4 } },
        { selector: "edge", style: { width: "data(w)", "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.8 } },
        { selector: "node:selected", style: { "background-color": "#d69e2e" } },
      ],
    });
    cy.on("tap", "node", (evt) => {
      const id = evt.target.id();
      const link = h("a", { href: `/events?actor=${encodeURIComponent(id)}`, text: `events of ${id}` });
      clear(info).append(`${id}: ${evt.target.data("events")} events in view — `, link);
    });
    cy.on("tap", "edge", (evt) => {
      const d = evt.target.data();
      const link = h("a", { href: `/dyad?a=${encodeURIComponent(d.source)}&b=${encodeURIComponent(d.target)}&directed=true`, text: "dyad timeline" });
      clear(info).append(`${d.source} → ${d.target}: ${d.events} events, mean Goldstein ${fmt(d.g)} — `, link);
    });
  }
  await load(values);
}
