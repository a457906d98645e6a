// Vega-Lite charts rendered with vega-embed and Vega's expression interpreter (no eval: strict CSP).
import { QUAD, QUAD_COLORS } from "./dom.js";

const EMBED = {
  ast: true, // the interpreter, so the page needs no 'unsafe-eval'
  actions: false,
  renderer: "svg",
  defaultStyle: false, // no injected <style>
  tooltip: { disableDefaultStyle: true }, // styled in app.css
};

export async function embed(el, spec) {
  const result = await window.vegaEmbed(el, { $schema: "https://vega.github.io/schema/vega-lite/v6.json", ...spec }, EMBED);
  el.dataset.rendered = String(Date.now());
  return result.view;
}

const quadScale = { domain: Object.values(QUAD), range: QUAD_COLORS };

// Events per period, one line/area per QuadClass. rows: [{period, quad_class, events}]
export function quadTimelineSpec(rows, title = "") {
  const values = rows.map((r) => ({ period: r.period, events: r.events, quad: QUAD[r.quad_class] }));
  const periods = new Set(values.map((v) => v.period)).size;
  // An area needs two periods to show; with fewer, stacked bars.
  const mark = periods > 2 ? { type: "area", interpolate: "monotone", opacity: 0.85 } : { type: "bar", width: 40 };
  return {
    title, width: "container", height: 220, data: { values }, mark,
    encoding: {
      x: { field: "period", type: "temporal", title: null },
      y: { field: "events", type: "quantitative", stack: "zero", title: "events" },
      color: { field: "quad", type: "nominal", scale: quadScale, title: "QuadClass", sort: Object.values(QUAD) },
      order: { field: "quad" },
      tooltip: [{ field: "period", type: "temporal" }, { field: "quad" }, { field: "events" }],
    },
  };
}

// Dyad timeline: cooperation up, conflict down (bars), mean Goldstein (line, right axis).
const UNITS = { day: "utcyearmonthdate", week: "utcyearmonthdate", month: "utcyearmonth", year: "utcyear" };

export function dyadSpec(points, period = "month") {
  const values = [];
  for (const p of points) {
    const coop = p.verbal_coop + p.material_coop, conflict = p.verbal_conflict + p.material_conflict;
    // The Goldstein line reads the "total" row; bars are drawn for non-empty kinds only.
    values.push({ period: p.period, kind: "total", n: 0, g: p.goldstein_mean, total: p.events });
    if (coop) values.push({ period: p.period, kind: "cooperation", n: coop, g: p.goldstein_mean, total: p.events });
    if (conflict) values.push({ period: p.period, kind: "conflict", n: -conflict, g: p.goldstein_mean, total: p.events });
  }
  const unit = UNITS[period] || "utcyearmonthdate";
  return {
    width: "container", height: 260, data: { values },
    resolve: { scale: { y: "independent" } },
    layer: [
      {
        mark: { type: "bar", cursor: "pointer" },
        transform: [{ filter: "datum.kind !== 'total'" }],
        encoding: {
          x: { field: "period", type: "temporal", timeUnit: unit, title: null },
          y: { field: "n", type: "quantitative", title: "events (cooperation ↑ / conflict ↓)" },
          color: { field: "kind", type: "nominal", scale: { domain: ["cooperation", "conflict"], range: ["#3182bd", "#de2d26"] }, title: null },
          tooltip: [{ field: "period", type: "temporal" }, { field: "kind" }, { field: "n", title: "events" }, { field: "g", title: "mean Goldstein" }],
        },
      },
      {
        mark: { type: "line", point: true, color: "#333", strokeDash: [4, 2] },
        transform: [{ filter: "datum.kind === 'total'" }],
        encoding: {
          x: { field: "period", type: "temporal", timeUnit: unit, bandPosition: 0.5 },
          y: { field: "g", type: "quantitative", title: "mean Goldstein", scale: { domain: [-10, 10] }, axis: { orient: "right" } },
          tooltip: [{ field: "period", type: "temporal" }, { field: "g", title: "mean Goldstein" }],
        },
      },
    ],
  };
}

// World map of countries (world-atlas TopoJSON), coloured by a measure joined on ISO numeric id.
export function mapSpec(topology, rows, measure) {
  const values = rows.filter((r) => r.numeric).map((r) => ({ id: String(r.numeric).padStart(3, "0"), country: r.country, name: r.name, events: r.events, goldstein_mean: r.goldstein_mean }));
  const color = measure === "goldstein_mean"
    ? { field: "goldstein_mean", type: "quantitative", title: "mean Goldstein", scale: { scheme: "redblue", domain: [-10, 10] } }
    : { field: "events", type: "quantitative", title: "events", scale: { scheme: "oranges", type: "sqrt" } };
  return {
    width: "container", height: 440, projection: { type: "equalEarth" },
    layer: [
      { data: { values: topology, format: { type: "topojson", feature: "countries" } }, mark: { type: "geoshape", fill: "#eee", stroke: "#fff", strokeWidth: 0.5 } },
      {
        data: { values: topology, format: { type: "topojson", feature: "countries" } },
        transform: [{ lookup: "id", from: { data: { values }, key: "id", fields: ["country", "name", "events", "goldstein_mean"] } }, { filter: "isValid(datum.events)" }],
        mark: { type: "geoshape", stroke: "#fff", strokeWidth: 0.5, cursor: "pointer" },
        encoding: { color, tooltip: [{ field: "name" }, { field: "events" }, { field: "goldstein_mean", title: "mean Goldstein" }] },
      },
    ],
  };
}
