// Renders /api/openapi.json as a plain reference (offline, no inline script; text via textContent).
"use strict";
(function () {
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  fetch("/api/openapi.json").then((r) => r.json()).then((spec) => {
    const root = document.getElementById("api");
    root.appendChild(el("p", "", spec.info.description || ""));
    Object.keys(spec.paths).forEach((path) => {
      const ops = spec.paths[path];
      Object.keys(ops).forEach((method) => {
        const op = ops[method];
        const sec = el("section", "op");
        const h = el("h2");
        h.appendChild(el("span", "method " + method, method.toUpperCase()));
        h.appendChild(el("code", "", " " + path));
        sec.appendChild(h);
        sec.appendChild(el("p", "summary", op.summary || ""));
        if (op.description) sec.appendChild(el("p", "desc", op.description));
        const params = op.parameters || [];
        if (params.length) {
          const t = el("table");
          const head = el("tr");
          ["name", "in", "type", "description"].forEach((c) => head.appendChild(el("th", "", c)));
          t.appendChild(head);
          params.forEach((p) => {
            const tr = el("tr");
            const schema = p.schema || {};
            const type = schema.type || (schema.anyOf || []).map((s) => s.format || s.type).join(" | ");
            [p.name + (p.required ? " *" : ""), p.in, type, p.description || ""].forEach(
              (c) => tr.appendChild(el("td", "", c)));
            t.appendChild(tr);
          });
          sec.appendChild(t);
        }
        const codes = Object.keys(op.responses || {});
        sec.appendChild(el("p", "codes", "responses: " + codes.map(
          (c) => c + " " + (op.responses[c].description || "")).join("; ")));
        root.appendChild(sec);
      });
    });
  });
})();
