import { get } from "../api.js";
import { embed, quadTimelineSpec } from "../charts.js";
import { clear, fmt, h, link, QUAD, section, table } from "../dom.js";
import { filterForm, readParams } from "../filters.js";

const FIELDS = [
  { name: "start", label: "From", type: "date" },
  { name: "end", label: "To", type: "date" },
  { name: "period", label: "By", options: [["month", "month"], ["week", "week"], ["day", "day"], ["year", "year"]] },
];

export async function render(root) {
  const values = readParams(["start", "end", "period"]);
  const counts = h("div", { class: "counts", id: "counts" });
  const chart = h("div", { class: "chart", id: "timeline-chart" });
  const dyads = h("div", { id: "top-dyads" });
  const actors = h("div", { id: "top-actors" });
  root.append(
    h("h1", { text: "Overview" }),
    filterForm(FIELDS, values, load),
    counts,
    section("Events over time by QuadClass", chart),
    h("div", { class: "grid2" }, section("Top dyads", dyads), section("Top actors", actors)),
  );

  async function load(v) {
    const s = await get("summary", { start: v.start, end: v.end, period: v.period || "month", top: 10 });
    clear(counts).append(h("span", { class: "big", text: s.events.toLocaleString() }), " events  ",
      ...Object.entries(QUAD).map(([k, label]) => h("span", { class: `pill q${k}`, text: `${label}: ${(s.by_quad_class[k] || 0).toLocaleString()}` })));
    await embed(chart, quadTimelineSpec(s.timeline));
    clear(dyads).append(table([
      { label: "Dyad", render: (r) => link(`/dyad?a=${encodeURIComponent(r.a)}&b=${encodeURIComponent(r.b)}`, `${r.a} – ${r.b}`) },
      { label: "Events", key: "events", num: true },
      { label: "Coop.", key: "cooperation", num: true },
      { label: "Conflict", key: "conflict", num: true },
      { label: "Mean Goldstein", render: (r) => fmt(r.goldstein_mean), num: true },
    ], s.top_dyads, "No dyads yet: ingest some documents."));
    clear(actors).append(table([
      { label: "Actor", render: (r) => link(`/events?actor=${encodeURIComponent(r.code)}`, r.code) },
      { label: "Events", key: "events", num: true },
    ], s.top_actors, "No actors yet."));
  }
  await load(values);
}
