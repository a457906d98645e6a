import { get } from "../api.js";
import { h, highlight, section } from "../dom.js";
import { eventsTable } from "./events.js";

export async function render(root, params) {
  const { document: doc } = await get(`documents/${encodeURIComponent(params.id)}`);
  const spans = doc.spans.map((s) => ({ ...s, eventId: s.event_id, title: `${s.role} · CAMEO ${s.cameo}` }));
  const meta = h("p", { class: "muted" },
    [doc.source, doc.report_date, doc.external_id ? `id ${doc.external_id}` : null].filter(Boolean).join(" · "));
  const url = doc.url && /^https?:\/\//i.test(doc.url) ? h("a", { href: doc.url, rel: "noopener noreferrer nofollow", target: "_blank", text: doc.url }) : null;
  root.append(
    h("h1", { id: "doc-title", text: doc.title || `Document ${doc.id}` }),
    meta, h("p", {}, url || ""),
    h("p", { class: "legend" }, h("mark", { class: "hl hl-source", text: "source" }), " ",
      h("mark", { class: "hl hl-trigger", text: "trigger" }), " ", h("mark", { class: "hl hl-target", text: "target" })),
    section("Text", h("div", { class: "doc-text", id: "doc-text" }, highlight(doc.text, spans))),
    section(`Events (${doc.events.length})`, eventsTable(doc.events)),
  );
}
