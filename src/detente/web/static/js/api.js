// The JSON API, with the one error shape turned into exceptions the pages can show.

export class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

export function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === "") continue;
    p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}

export async function get(path, params = {}) {
  const res = await fetch(`/api/${path}${qs(params)}`, { headers: { Accept: "application/json" } });
  let body;
  try { body = await res.json(); } catch { throw new ApiError(res.status, "bad_response", `HTTP ${res.status}`); }
  if (!res.ok || body.ok === false) {
    const e = body.error || {};
    throw new ApiError(e.status || res.status, e.code || "error", e.message || `HTTP ${res.status}`);
  }
  return body;
}

export function status(text, isError = false) {
  const el = document.getElementById("status");
  if (!el) return;
  el.textContent = text;
  el.classList.toggle("error", isError);
}
