// DOM helpers. Data never goes through innerHTML: every text is set with textContent.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = String(v);
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// Split `text` into plain text and <mark> elements for non-overlapping spans [{start, end, role}].
export function highlight(text, spans) {
  const out = document.createDocumentFragment();
  const sorted = [...spans]
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) continue; // overlaps the previous one: keep the first
    if (s.start > pos) out.append(document.createTextNode(text.slice(pos, s.start)));
    const mark = h("mark", { class: `hl hl-${s.role}`, title: s.title || s.role, dataset: { role: s.role } });
    mark.textContent = text.slice(s.start, s.end);
    if (s.eventId) mark.dataset.event = s.eventId;
    out.append(mark);
    pos = s.end;
  }
  if (pos < text.length) out.append(document.createTextNode(text.slice(pos)));
  return out;
}

// An event's evidence sentence with source, target and trigger highlighted (offsets are document-wide).
export function evidence(ev) {
  const base = ev.sentence_start || 0;
  const spans = [];
  for (const role of ["source", "target", "trigger"]) {
    const a = ev[`${role}_start`], b = ev[`${role}_end`];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    spans.push({ start: a - base, end: b - base, role });
  }
  return h("span", { class: "evidence" }, highlight(ev.sentence || "", spans));
}

export const QUAD = { 1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict" };
export const QUAD_COLORS = ["#3182bd", "#31a354", "#fd8d3c", "#de2d26"];

export function table(columns, rows, empty = "No rows.") {
  if (!rows.length) return h("p", { class: "muted empty", text: empty });
  return h("table", { class: "data" },
    h("thead", {}, h("tr", {}, columns.map((c) => h("th", { text: c.label, class: c.num ? "num" : null })))),
    h("tbody", {}, rows.map((r) => h("tr", {}, columns.map((c) => {
      const v = c.render ? c.render(r) : r[c.key];
      return h("td", { class: c.num ? "num" : null }, v instanceof Node ? v : (v ?? "—"));
    })))));
}

export function link(href, text) {
  return h("a", { href, text });
}

export function section(title, ...children) {
  return h("section", { class: "card" }, h("h2", { text: title }), ...children);
}

export function fmt(n, digits = 2) {
  return (n === null || n === undefined) ? "—" : Number(n).toFixed(digits);
}
