// A filter form bound to the URL's query string: the CLI's event filters, edited in place.
import { status } from "./api.js";
import { h } from "./dom.js";

export const FIELDS = [
  { name: "actor", label: "Actor", placeholder: "RUS, RUSGOV, Lavrov" },
  { name: "source", label: "Source", placeholder: "code or name" },
  { name: "target", label: "Target", placeholder: "code or name" },
  { name: "cameo", label: "CAMEO", placeholder: "04, 042" },
  { name: "quad_class", label: "QuadClass", options: [["", "any"], ["1", "1 verbal coop"], ["2", "2 material coop"], ["3", "3 verbal conflict"], ["4", "4 material conflict"]] },
  { name: "modality", label: "Modality", options: [["", "any"], ["happened", "happened"], ["planned", "planned"], ["hypothetical", "hypothetical"], ["negated", "negated"]] },
  { name: "start", label: "From", type: "date" },
  { name: "end", label: "To", type: "date" },
  { name: "text", label: "Text", placeholder: "words in the sentence" },
];

export function readParams(names) {
  const p = new URLSearchParams(window.location.search);
  const out = {};
  for (const n of names) if (p.get(n)) out[n] = p.get(n);
  return out;
}

export function writeParams(values) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== "" && v !== null && v !== undefined) p.set(k, v);
  const q = p.toString();
  window.history.replaceState(null, "", window.location.pathname + (q ? `?${q}` : ""));
}

// Builds the form; `onChange(values)` runs on every change (debounced for text inputs).
export function filterForm(fields, values, onChange) {
  const inputs = {};
  let timer = null;
  const collect = () => Object.fromEntries(Object.entries(inputs).map(([k, el]) => [k, el.value.trim()]));
  const fire = () => {
    writeParams(collect());
    status("");
    Promise.resolve(onChange(collect())).catch((err) => status(err.message || String(err), true));
  };
  const form = h("form", { class: "filters", id: "filters", onsubmit: (e) => { e.preventDefault(); fire(); } });
  for (const f of fields) {
    let input;
    if (f.options) {
      input = h("select", { name: f.name, id: `f-${f.name}` },
        f.options.map(([v, label]) => h("option", { value: v, text: label })));
      input.addEventListener("change", fire);
    } else {
      input = h("input", { name: f.name, id: `f-${f.name}`, type: f.type || "text", placeholder: f.placeholder || "", autocomplete: "off" });
      input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(fire, 350); });
      input.addEventListener("change", () => { clearTimeout(timer); fire(); });
    }
    input.value = values[f.name] || (f.options ? f.options[0][0] : "");
    inputs[f.name] = input;
    form.append(h("label", {}, h("span", { text: f.label }), input));
  }
  form.append(h("button", { type: "submit", text: "Apply" }));
  return form;
}
