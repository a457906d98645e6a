import { get } from "../api.js";
import { embed, quadTimelineSpec } from "../charts.js";
import { clear, evidence, fmt, h, link, section, table } from "../dom.js";
import { FIELDS, filterForm, readParams } from "../filters.js";

const PAGE = 50;

export function eventsTable(rows) {
  return table([
    { label: "Date", key: "event_date" },
    { label: "Source", render: (r) => h("span", { class: "code", title: r.source_text || "", text: r.source_code }) },
    { label: "CAMEO", render: (r) => h("span", { class: `code q${r.quad_class}`, title: r.plover || "", text: r.cameo }) },
    { label: "Target", render: (r) => h("span", { class: "code", title: r.target_text || "", text: r.target_code || "—" }) },
    { label: "Goldstein", render: (r) => fmt(r.goldstein, 1), num: true },
    { label: "Modality", key: "modality" },
    { label: "Evidence", render: (r) => evidence(r) },
    { label: "", render: (r) => link(`/documents/${encodeURIComponent(r.doc_id)}`, "document") },
  ], rows, "No events match these filters.");
}

export async function render(root) {
  const names = FIELDS.map((f) => f.name);
  const values = readParams([...names, "offset"]);
  let offset = Number(values.offset || 0);
  const summary = h("p", { class: "muted", id: "events-total" });
  const chart = h("div", { class: "chart", id: "events-chart" });
  const tbl = h("div", { id: "events-table" });
  const pager = h("div", { class: "pager" });
  const exportLinks = h("span", { class: "exports" });
  root.append(
    h("h1", { text: "Events" }),
    filterForm(FIELDS, values, (v) => { offset = 0; load(v); }),
    h("div", { class: "row" }, summary, exportLinks),
    section("Matching events over time", chart),
    section("Events", tbl, pager),
  );
  let current = values;

  async function load(v) {
    current = v;
    const filters = Object.fromEntries(names.map((n) => [n, v[n]]));
    const [page, sum] = await Promise.all([
      get("events", { ...filters, limit: PAGE, offset }),
      get("summary", { ...filters, top: 1 }),
    ]);
    summary.textContent = `${page.total.toLocaleString()} event${page.total === 1 ? "" : "s"}` + (page.total ? `, showing ${offset + 1}–${offset + page.events.length}` : "");
    clear(exportLinks).append("Export: ", ...["csv", "json", "parquet"].flatMap((f) => [
      h("a", { href: `/api/export?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, x]) => x)), format: f })}`, text: f }), " "]));
    await embed(chart, quadTimelineSpec(sum.timeline));
    clear(tbl).append(eventsTable(page.events));
    clear(pager).append(
      h("button", { type: "button", disabled: offset === 0, text: "← previous", onclick: () => { offset = Math.max(0, offset - PAGE); load(current); } }),
      h("button", { type: "button", disabled: offset + PAGE >= page.total, text: "next →", onclick: () => { offset += PAGE; load(current); } }),
    );
    tbl.dataset.total = String(page.total);
  }
  await load(values);
}
