import { get } from "../api.js";
import { clear, h, link, section, table } from "../dom.js";
import { filterForm, readParams } from "../filters.js";

const FIELDS = [
  { name: "status", label: "Status", options: [["", "any"], ["pending", "pending"], ["happened", "happened"], ["overdue", "overdue"], ["cancelled", "cancelled"]] },
  { name: "as_of", label: "As of", type: "date" },
];

export async function render(root) {
  const values = readParams(FIELDS.map((f) => f.name));
  const out = h("div", { id: "anticipations" });
  root.append(h("h1", { text: "Anticipated events" }), filterForm(FIELDS, values, load), section("Planned, announced and expected events", out));

  async function load(v) {
    const body = await get("anticipations", v);
    clear(out);
    if (!body.available) {
      out.append(h("p", { class: "muted", text: "This install has no anticipation tracking (detente.events.anticipation)." }));
      return;
    }
    out.append(table([
      { label: "Status", render: (r) => h("span", { class: `badge st-${String(r.status).replace(/[^a-z_]/g, "")}`, text: r.status }) },
      { label: "Source", render: (r) => r.source_name || r.source_code },
      { label: "CAMEO", key: "cameo" },
      { label: "Target", render: (r) => r.target_name || r.target_code || "—" },
      { label: "Window", render: (r) => `${r.window_start} – ${r.window_end}` },
      { label: "Reports", key: "n_reports", num: true },
      { label: "Why", render: (r) => r.reason || "" },
      { label: "First report", render: (r) => {
        const rep = (r.reports || [])[0];
        return rep && rep.doc_id ? link(`/documents/${encodeURIComponent(rep.doc_id)}`, r.first_report || "document") : (r.first_report || "—");
      } },
    ], body.anticipations, "No anticipated events."));
  }
  await load(values);
}
