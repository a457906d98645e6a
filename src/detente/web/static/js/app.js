// The router: each path is a page module with `render(root, params)`.
import { status } from "./api.js";
import { clear, h } from "./dom.js";

const PAGES = {
  "/": "overview", "/dyad": "dyad", "/network": "network", "/map": "map",
  "/events": "events", "/anticipations": "anticipations", "/actors": "actors",
};

function pageFor(path) {
  if (path.startsWith("/documents/")) return ["document", { id: decodeURIComponent(path.slice("/documents/".length)) }];
  return [PAGES[path] || null, {}];
}

async function main() {
  const root = document.getElementById("app");
  const [name, extra] = pageFor(window.location.pathname);
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.page === name);
  clear(root);
  if (!name) {
    root.append(h("p", { class: "error", text: "No such page." }));
    return;
  }
  if (!window.vegaEmbed || !window.cytoscape || !window.topojson) {
    root.append(h("p", { class: "error", text: "The chart libraries did not load: run `npm --prefix src/detente/web ci` and restart." }));
  }
  const params = Object.fromEntries(new URLSearchParams(window.location.search));
  try {
    const mod = await import(`./pages/${name}.js`);
    await mod.render(root, { ...params, ...extra });
    status("");
  } catch (err) {
    status(err.message || String(err), true);
    root.append(h("p", { class: "error", text: err.message || String(err) }));
  } finally {
    root.dataset.ready = "true";
  }
}

main();
