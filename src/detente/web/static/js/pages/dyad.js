import { get } from "../api.js";
import { dyadSpec, embed } from "../charts.js";
import { clear, fmt, h, section, table } from "../dom.js";
import { filterForm, readParams } from "../filters.js";
import { eventsTable } from "./events.js";

const FIELDS = [
  { name: "a", label: "Actor A", placeholder: "RUS" },
  { name: "b", label: "Actor B", placeholder: "USA" },
  { name: "period", label: "By", options: [["month", "month"], ["week", "week"], ["day", "day"], ["year", "year"]] },
  { name: "directed", label: "Direction", options: [["", "both ways"], ["true", "A → B only"]] },
  { name: "start", label: "From", type: "date" },
  { name: "end", label: "To", type: "date" },
];

function periodEnd(start, period) {
  const d = new Date(`${start}T00:00:00Z`);
  if (period === "day") return start;
  if (period === "week") d.setUTCDate(d.getUTCDate() + 6);
  else if (period === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  else if (period === "year") { d.setUTCFullYear(d.getUTCFullYear() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

export async function render(root) {
  const values = readParams(FIELDS.map((f) => f.name));
  if (!values.a && !values.b) Object.assign(values, { a: "RUS", b: "USA" });
  const chart = h("div", { class: "chart", id: "dyad-chart" });
  const points = h("div", { id: "dyad-points" });
  const behind = h("div", { id: "dyad-events" });
  const behindTitle = h("p", { class: "muted", text: "Click a bar (or a row below) to see the events behind it." });
  root.append(
    h("h1", { text: "Dyad" }),
    filterForm(FIELDS, values, load),
    section("Cooperation vs conflict, and mean Goldstein", chart),
    section("Events behind the point", behindTitle, behind),
    section("Per period", points),
  );
  let current = values;

  async function showPeriod(period) {
    const v = current;
    const end = periodEnd(period, v.period || "month");
    const common = { start: period, end };
    const ab = await get("events", { ...common, source: v.a, target: v.b, limit: 200 });
    let rows = ab.events;
    let total = ab.total;
    if (v.directed !== "true") {
      const ba = await get("events", { ...common, source: v.b, target: v.a, limit: 200 });
      rows = rows.concat(ba.events).sort((x, y) => (x.date_start < y.date_start ? -1 : 1));
      total += ba.total;
    }
    behindTitle.textContent = `${total} event${total === 1 ? "" : "s"} between ${v.a} and ${v.b}, ${period} – ${end}`;
    clear(behind).append(eventsTable(rows));
  }

  async function load(v) {
    current = v;
    if (!v.a || !v.b) { clear(points).append(h("p", { class: "muted", text: "Give two actors." })); return; }
    const body = await get("dyads/timeline", { a: v.a, b: v.b, period: v.period || "month", directed: v.directed === "true", start: v.start, end: v.end });
    const view = await embed(chart, dyadSpec(body.points, v.period || "month"));
    view.addEventListener("click", (_evt, item) => {
      const d = item && item.datum;
      if (d && d.period !== undefined) {
        const p = typeof d.period === "number" ? new Date(d.period).toISOString().slice(0, 10) : String(d.period).slice(0, 10);
        showPeriod(p).catch((e) => { behindTitle.textContent = e.message; });
      }
    });
    clear(points).append(table([
      { label: "Period", render: (r) => h("a", { href: "#", text: r.period, onclick: (e) => { e.preventDefault(); showPeriod(r.period); } }) },
      { label: "Events", key: "events", num: true },
      { label: "Verbal coop.", key: "verbal_coop", num: true },
      { label: "Material coop.", key: "material_coop", num: true },
      { label: "Verbal conflict", key: "verbal_conflict", num: true },
      { label: "Material conflict", key: "material_conflict", num: true },
      { label: "Goldstein sum", render: (r) => fmt(r.goldstein_sum, 1), num: true },
      { label: "Goldstein mean", render: (r) => fmt(r.goldstein_mean), num: true },
    ], body.points, `No events between ${v.a} and ${v.b}.`));
  }
  await load(values);
}
