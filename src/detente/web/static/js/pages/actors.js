import { get } from "../api.js";
import { clear, h, link, section, table } from "../dom.js";
import { filterForm, readParams } from "../filters.js";

export async function render(root) {
  const values = readParams(["q"]);
  const out = h("div", { id: "actors" });
  root.append(h("h1", { text: "Learned actors" }), filterForm([{ name: "q", label: "Search", placeholder: "name, alias or code" }], values, load), section("Actors", out));

  async function load(v) {
    const body = await get("actors", { q: v.q, limit: 500 });
    clear(out).append(table([
      { label: "Name", render: (r) => link(`/events?actor=${encodeURIComponent(r.name)}`, r.name) },
      { label: "Code", key: "code" },
      { label: "Role", key: "role" },
      { label: "Aliases", render: (r) => (r.aliases || []).join(", ") },
      { label: "Seen", render: (r) => [r.first_seen, r.last_seen].filter(Boolean).join(" – ") },
      { label: "Evidence", render: (r) => r.evidence_doc ? link(`/documents/${encodeURIComponent(r.evidence_doc)}`, r.evidence || "document") : (r.evidence || "—") },
    ], body.actors, "No learned actors."));
  }
  await load(values);
}
