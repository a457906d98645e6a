import { get } from "../api.js";
import { embed, mapSpec } from "../charts.js";
import { clear, fmt, h, section, table } from "../dom.js";
import { filterForm, readParams } from "../filters.js";

const FIELDS = [
  { name: "measure", label: "Colour", options: [["events", "event count"], ["goldstein_mean", "mean Goldstein"]] },
  { name: "by", label: "Country of", options: [["location", "the event's place"], ["source", "the source actor"], ["target", "the target actor"]] },
  { name: "quad_class", label: "QuadClass", options: [["", "any"], ["1", "1 verbal coop"], ["2", "2 material coop"], ["3", "3 verbal conflict"], ["4", "4 material conflict"]] },
  { name: "start", label: "From", type: "date" },
  { name: "end", label: "To", type: "date" },
];

let topology = null;

export async function render(root) {
  const values = readParams(FIELDS.map((f) => f.name));
  const chart = h("div", { class: "chart map", id: "map-chart" });
  const list = h("div", { id: "map-table" });
  root.append(h("h1", { text: "World map" }), filterForm(FIELDS, values, load), section("Events by country", chart), section("Countries", list));

  async function load(v) {
    if (!topology) {
      const res = await fetch("/static/vendor/countries-110m.json");
      if (!res.ok) throw new Error("world-atlas is missing: run `npm --prefix src/detente/web ci`");
      topology = await res.json();
    }
    const body = await get("geo", { by: v.by || "location", quad_class: v.quad_class, start: v.start, end: v.end });
    await embed(chart, mapSpec(topology, body.countries, v.measure || "events"));
    clear(list).append(table([
      { label: "Country", render: (r) => h("a", { href: `/events?actor=${encodeURIComponent(r.country)}`, text: `${r.name || r.country} (${r.country})` }) },
      { label: "Events", key: "events", num: true },
      { label: "Coop.", key: "cooperation", num: true },
      { label: "Conflict", key: "conflict", num: true },
      { label: "Mean Goldstein", render: (r) => fmt(r.goldstein_mean), num: true },
    ], body.countries, "No events with a country."));
  }
  await load(values);
}
