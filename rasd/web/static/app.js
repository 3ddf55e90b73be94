// rasd dashboard: map (grid clustering), timeline (SVG), filters, incident list and incident view.
// Every piece of data from the store is put into the page with textContent or DOM nodes, never
// innerHTML: article texts are untrusted input.
"use strict";
(function () {
  const SVGNS = "http://www.w3.org/2000/svg";
  const COLORS = {
    "Battles": "#d62828", "Explosions/Remote violence": "#f77f00", "Violence against civilians": "#7b2cbf",
    "Protests": "#2a9d8f", "Riots": "#8d6e63", "Strategic developments": "#457b9d",
  };
  const GRID = 46; // clustering cell, pixels
  const PAGE = 100;
  let LABELS = { type: {}, event_type: {}, stance: {}, figure: {}, status: {}, actor: {}, event_type_of: {} };
  let map = null, markerLayer = null, features = [], listOffset = 0;

  // ---------------------------------------------------------------- helpers
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = String(v);
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return e;
  }
  function svg(tag, attrs) {
    const e = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }
  function ar(text) { return el("span", { class: "ar", lang: "ar", dir: "rtl", text: text }); }
  async function api(path, params) {
    const qs = params ? "?" + params.toString() : "";
    const r = await fetch("/api/" + path + qs, { headers: { Accept: "application/json" } });
    if (!r.ok) throw new Error(path + ": HTTP " + r.status);
    return r.json();
  }
  function filters() {
    const form = document.getElementById("filters");
    const p = new URLSearchParams();
    for (const name of ["country", "type", "actor", "since", "until"]) {
      const v = form.elements[name].value;
      if (v) p.set(name, v);
    }
    if (form.elements.contested.checked) p.set("contested", "true");
    return p;
  }
  function typeLabel(t) { return LABELS.type[t] || { ar: "", en: (t || "?").replace(/_/g, " ") }; }
  function colorOf(props) {
    const et = props.event_type || LABELS.event_type_of[props.type];
    return COLORS[et] || "#555";
  }
  function figText(f) {
    if (!f || f.low === null || f.low === undefined) return "";
    return f.high === null || f.high === f.low ? String(f.low) : f.low + "–" + f.high;
  }
  function actorName(a) {
    if (a.startsWith("other:")) return a.slice(6);
    return (LABELS.actor[a] && LABELS.actor[a].en) || a;
  }
  function joined(...parts) { return parts.filter((x) => x).join(", "); }
  function bi(kind, key) {
    const l = (LABELS[kind] || {})[key];
    if (!l) return el("span", { text: key });
    return el("span", {}, ar(l.ar), " · " + l.en);
  }

  // ---------------------------------------------------------------- filters
  async function fillSelects() {
    const [countries, types, actors] = await Promise.all(
      ["country", "type", "actor"].map((by) => api("counts/" + by)));
    const form = document.getElementById("filters");
    for (const r of countries) if (r.key) form.elements.country.appendChild(el("option", { value: r.key, text: r.key + " (" + r.incidents + ")" }));
    for (const r of types) {
      if (!r.key) continue;
      const l = typeLabel(r.key);
      form.elements.type.appendChild(el("option", { value: r.key, text: (l.ar ? l.ar + " · " : "") + l.en + " (" + r.incidents + ")" }));
    }
    for (const r of actors) if (r.key) form.elements.actor.appendChild(el("option", { value: r.key, text: actorName(r.key) + " (" + r.incidents + ")" }));
  }

  // ---------------------------------------------------------------- map
  function initMap() {
    map = L.map("map", { worldCopyJump: false, minZoom: 2, maxZoom: 12, attributionControl: true }).setView([25, 40], 4);
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("Natural Earth");
    fetch("/static/vendor/world-atlas/countries.geojson").then((r) => r.json()).then((geo) => {
      L.geoJSON(geo, { interactive: false, style: { color: "#7d8b99", weight: 1, fillColor: "#f1efe8", fillOpacity: 1 } })
        .addTo(map).bringToBack();
    });
    markerLayer = L.layerGroup().addTo(map);
    map.on("zoomend", drawMarkers);
    const legend = L.control({ position: "bottomleft" });
    legend.onAdd = function () {
      const box = el("div", { class: "legend" });
      for (const [et, c] of Object.entries(COLORS)) {
        const sw = el("span", { class: "swatch" });
        sw.style.background = c;
        const l = LABELS.event_type[et];
        box.appendChild(el("div", {}, sw, l ? ar(l.ar) : null, " " + et));
      }
      box.appendChild(el("div", { class: "meta" }, ar("الحجم حسب عدد القتلى"), " · size: fatalities"));
      return box;
    };
    legend.addTo(map);
  }

  function radius(fatalities) { return Math.min(24, 5 + 2.2 * Math.sqrt(fatalities || 0)); }

  function drawMarkers() {
    markerLayer.clearLayers();
    const zoom = map.getZoom();
    const cells = new Map();
    for (const f of features) {
      const [lon, lat] = f.geometry.coordinates;
      const p = map.project([lat, lon], zoom);
      const key = Math.floor(p.x / GRID) + ":" + Math.floor(p.y / GRID);
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(f);
    }
    for (const group of cells.values()) {
      if (group.length === 1) singleMarker(group[0]);
      else clusterMarker(group);
    }
  }

  function tooltipFor(props) {
    const l = typeLabel(props.type);
    return el("div", {}, el("b", { text: props.date || "" }), " ", ar(l.ar), " · " + l.en, el("br"),
      ar(props.place_ar || ""), " " + joined(props.place, props.country),
      el("br"), "☠ " + (figText(props.fatalities) || "–") + " · " + props.n_sources + " src");
  }

  function singleMarker(f) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    const m = L.circleMarker([lat, lon], {
      radius: radius(p.fatalities.low), color: "#fff", weight: 1.5, fillColor: colorOf(p), fillOpacity: 0.85,
      className: "rasd-marker",
    });
    m.bindTooltip(tooltipFor(p));
    m.on("click", () => openIncident(p.id));
    m.addTo(markerLayer);
    const path = m.getElement();
    if (path) { path.setAttribute("data-incident", p.id); path.setAttribute("data-count", "1"); }
  }

  function clusterMarker(group) {
    let lat = 0, lon = 0, fat = 0;
    const byColor = new Map();
    for (const f of group) {
      lon += f.geometry.coordinates[0]; lat += f.geometry.coordinates[1];
      fat += f.properties.fatalities.low || 0;
      const c = colorOf(f.properties);
      byColor.set(c, (byColor.get(c) || 0) + 1);
    }
    lat /= group.length; lon /= group.length;
    const color = [...byColor.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const size = Math.round(Math.min(56, 22 + 2 * radius(fat) * 0.6 + Math.log2(group.length) * 3));
    const div = el("div", { class: "rasd-cluster", "data-count": group.length, "data-fatalities": fat },
      el("span", { text: group.length }));
    div.style.background = color;
    div.style.width = div.style.height = size + "px";
    const icon = L.divIcon({ html: div, className: "rasd-cluster-icon", iconSize: [size, size] });
    const m = L.marker([lat, lon], { icon: icon, title: group.length + " incidents" });
    m.on("click", () => {
      const bounds = L.latLngBounds(group.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]));
      const samePlace = bounds.getNorthEast().distanceTo(bounds.getSouthWest()) < 50;
      if (samePlace || map.getZoom() >= map.getMaxZoom()) {
        const list = el("div", { class: "popup-list" });
        for (const f of group) {
          const p = f.properties, l = typeLabel(p.type);
          list.appendChild(el("button", { type: "button", onclick: () => openIncident(p.id) },
            (p.date || "") + " · ", ar(l.ar), " " + l.en + (figText(p.fatalities) ? " · ☠ " + figText(p.fatalities) : "")));
        }
        L.popup({ maxHeight: 260 }).setLatLng([lat, lon]).setContent(list).openOn(map);
      } else {
        map.fitBounds(bounds.pad(0.3), { maxZoom: Math.min(map.getZoom() + 3, map.getMaxZoom()) });
      }
    });
    m.addTo(markerLayer);
  }

  // ---------------------------------------------------------------- timeline
  function drawTimeline(rows) {
    const box = document.getElementById("timeline");
    box.replaceChildren();
    const days = rows.filter((r) => r.key);
    const W = 900, H = 170, L0 = 34, R0 = 34, T0 = 14, B0 = 22;
    const s = svg("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "img", "aria-label": "timeline" });
    box.appendChild(s);
    if (!days.length) {
      const t = svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" });
      t.textContent = "لا حوادث · no incidents";
      s.appendChild(t);
      return;
    }
    const t0 = Date.parse(days[0].key), t1 = Date.parse(days[days.length - 1].key);
    const nDays = Math.round((t1 - t0) / 86400000) + 1;
    const maxN = Math.max(...days.map((r) => r.incidents)), maxF = Math.max(1, ...days.map((r) => r.fatalities));
    const w = (W - L0 - R0) / nDays;
    const x = (key) => L0 + Math.round((Date.parse(key) - t0) / 86400000) * w;
    const yN = (n) => H - B0 - (n / maxN) * (H - T0 - B0);
    const yF = (n) => H - B0 - (n / maxF) * (H - T0 - B0);
    s.appendChild(svg("line", { class: "axis", x1: L0, y1: H - B0, x2: W - R0, y2: H - B0 }));
    for (const r of days) {
      const bar = svg("rect", { class: "bar", x: x(r.key), y: yN(r.incidents), width: Math.max(1, w - 1), height: H - B0 - yN(r.incidents), "data-day": r.key });
      const title = svg("title");
      title.textContent = `${r.key}: ${r.incidents} حادثة / incidents, ${r.fatalities} قتيلا / fatalities`;
      bar.appendChild(title);
      bar.addEventListener("click", () => {
        const form = document.getElementById("filters");
        form.elements.since.value = r.key; form.elements.until.value = r.key;
        refresh();
      });
      s.appendChild(bar);
    }
    const pts = days.map((r) => `${x(r.key) + w / 2},${yF(r.fatalities)}`).join(" ");
    s.appendChild(svg("polyline", { class: "fat", points: pts }));
    for (const r of days) if (r.fatalities) s.appendChild(svg("circle", { class: "dot", cx: x(r.key) + w / 2, cy: yF(r.fatalities), r: 2.5 }));
    const label = (txt, attrs) => { const t = svg("text", attrs); t.textContent = txt; s.appendChild(t); };
    label(days[0].key, { x: L0, y: H - 6 });
    label(days[days.length - 1].key, { x: W - R0, y: H - 6, "text-anchor": "end" });
    label(String(maxN), { x: L0 - 4, y: T0 + 4, "text-anchor": "end" });
    label("0", { x: L0 - 4, y: H - B0, "text-anchor": "end" });
    label(String(maxF), { x: W - R0 + 4, y: T0 + 4, fill: "#c1121f" });
    label("▮ حوادث · incidents   — قتلى · fatalities", { x: W / 2, y: 11, "text-anchor": "middle" });
  }

  // ---------------------------------------------------------------- list
  function listRow(inc) {
    const l = typeLabel(inc.type), loc = inc.location;
    const tr = el("tr", { "data-id": inc.id, onclick: () => openIncident(inc.id) },
      el("td", { text: inc.date || "" }),
      el("td", {}, ar(l.ar), el("br"), l.en),
      el("td", {}, ar(loc.name_ar || ""), el("br"), joined(loc.name, loc.country)),
      el("td", { text: figText(inc.fatalities) }),
      el("td", {}, String(inc.n_sources),
        inc.contested ? el("span", { class: "flag", title: "contested", text: "متنازع" }) : null));
    return tr;
  }
  async function loadList(reset) {
    if (reset) listOffset = 0;
    const p = filters();
    p.set("limit", PAGE); p.set("offset", listOffset);
    const page = await api("incidents", p);
    const body = document.querySelector("#incidents tbody");
    if (reset) body.replaceChildren();
    for (const inc of page.items) body.appendChild(listRow(inc));
    listOffset += page.items.length;
    document.getElementById("count").textContent = "(" + page.total + ")";
    document.getElementById("more").hidden = listOffset >= page.total;
  }

  // ---------------------------------------------------------------- refresh
  let generation = 0, fitted = false;
  async function refresh() {
    const gen = ++generation;
    const p = filters();
    const mapParams = new URLSearchParams(p);
    mapParams.set("view", "map");
    const [geo, perDay] = await Promise.all([api("geojson", mapParams), api("counts/day", p), loadList(true)]);
    if (gen !== generation) return;
    features = geo.features;
    if (!fitted && features.length) {
      fitted = true; // frame the incidents once; later filtering keeps the analyst's view
      const pts = features.map((f) => [f.geometry.coordinates[1], f.geometry.coordinates[0]]);
      map.fitBounds(L.latLngBounds(pts).pad(0.1), { maxZoom: 7, animate: false });
    }
    drawMarkers();
    drawTimeline(perDay);
    document.body.setAttribute("data-features", String(features.length));
    document.body.setAttribute("data-ready", String(gen));
  }

  // ---------------------------------------------------------------- incident view
  function openIncident(id) {
    if (location.hash !== "#incident/" + id) location.hash = "#incident/" + id;
    else showIncident(id);
  }
  function closeIncident() {
    document.getElementById("incident").hidden = true;
    if (location.hash.startsWith("#incident/")) history.replaceState(null, "", location.pathname + location.search);
  }
  function route() {
    const m = /^#incident\/(\d+)$/.exec(location.hash);
    if (m) showIncident(Number(m[1]));
    else document.getElementById("incident").hidden = true;
  }

  // Split the article text (code points, as the store's offsets count them) at every span edge and
  // wrap covered pieces in <mark> carrying the keys of the spans that cover them.
  function highlighted(text, spans) {
    const cps = Array.from(text);
    const cuts = new Set([0, cps.length]);
    for (const s of spans) {
      if (s.start >= 0 && s.end <= cps.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); }
    }
    const edges = [...cuts].sort((a, b) => a - b);
    const out = el("div", { class: "article-text ar", lang: "ar", dir: "rtl" });
    for (let i = 0; i + 1 < edges.length; i++) {
      const a = edges[i], b = edges[i + 1];
      const piece = cps.slice(a, b).join("");
      const cover = spans.filter((s) => s.start <= a && b <= s.end);
      if (!cover.length) { out.appendChild(document.createTextNode(piece)); continue; }
      const mark = el("mark", { text: piece });
      for (const s of cover) { mark.classList.add(s.kind); mark.classList.add(s.key); }
      out.appendChild(mark);
    }
    return out;
  }
  function flash(key) {
    const target = document.querySelector("#incident-body mark." + key);
    if (!target) return;
    target.scrollIntoView({ block: "center", behavior: "instant" });
    document.querySelectorAll("#incident-body mark.flash").forEach((m) => m.classList.remove("flash"));
    document.querySelectorAll("#incident-body mark." + key).forEach((m) => m.classList.add("flash"));
  }

  async function showIncident(id) {
    const panel = document.getElementById("incident"), body = document.getElementById("incident-body");
    panel.hidden = false;
    body.replaceChildren(el("p", { text: "… جار التحميل · loading" }));
    let inc;
    try { inc = await api("incidents/" + id); } catch (e) {
      body.replaceChildren(el("p", { text: "لا توجد حادثة · no incident " + id }));
      return;
    }
    const articleIds = [...new Set(inc.sources.map((s) => s.article.id).concat(inc.claims.map((c) => c.article_id)))];
    const arts = await Promise.all(articleIds.map((a) => api("articles/" + a)));
    const l = typeLabel(inc.type), loc = inc.location;
    const parts = [];
    parts.push(el("h2", { class: "title" }, ar(l.ar), " · " + l.en + " — " + (inc.date || "?") +
      (inc.date_to && inc.date_to !== inc.date ? " → " + inc.date_to : "")));
    parts.push(el("p", { class: "meta" }, ar(loc.name_ar || ""), " " + joined(loc.name, loc.admin1, loc.country) +
      " (" + (loc.precision || "?") + ")", inc.contested ? el("span", { class: "flag" }, ar("متنازع عليها"), " contested") : null,
      inc.single_source ? el("span", { class: "flag single" }, ar("مصدر واحد"), " single source") : null));
    const who = (list) => list.map(actorName).join("، ") || "–";
    parts.push(el("p", {}, el("b", {}, ar("المنفذون"), " · Perpetrators: "), who(inc.perpetrators), "   ",
      el("b", {}, ar("المستهدفون"), " · Targets: "), who(inc.targets)));
    const figs = el("div", { class: "figs" });
    for (const name of ["fatalities", "injuries", "casualties", "displaced"]) {
      const f = inc[name];
      if (f.low === null) continue;
      figs.appendChild(el("div", {}, bi("figure", name), el("br"), el("b", { text: figText(f) }),
        f.best !== null ? " (best " + f.best + ")" : ""));
    }
    parts.push(figs);

    // figures per source
    parts.push(el("h3", {}, ar("الأرقام حسب المصدر"), " · Figures per source"));
    const table = el("table", { class: "per-source" }, el("tr", {},
      el("th", {}, ar("المصدر"), " · Outlet"), el("th", {}, ar("التاريخ"), " · Published"),
      el("th", {}, ar("الحالة"), " · Status"),
      ...["fatalities", "injuries", "casualties", "displaced"].map((n) => el("th", {}, bi("figure", n)))));
    for (const src of inc.sources) {
      const ev = src.event, a = src.article;
      const row = el("tr", { "data-event": ev.id },
        el("td", {}, ar(a.outlet || "?")), el("td", { text: a.published || "" }), el("td", {}, bi("status", ev.status)));
      for (const n of ["fatalities", "injuries", "casualties", "displaced"]) {
        const txt = figText(ev[n]);
        const span = ev.spans && ev.spans[n];
        const key = span ? `k-e${ev.id}-${n}` : `k-e${ev.id}-ev`;
        row.appendChild(el("td", {}, txt ? el("button", {
          type: "button", class: "figure", "data-target": key, title: "show evidence · عرض الدليل",
          onclick: () => flash(key),
        }, txt + (ev[n].vague ? "~" : "")) : ""));
      }
      table.appendChild(row);
    }
    parts.push(table);

    // claims
    if (inc.claims.length) {
      parts.push(el("h3", {}, ar("الادعاءات"), " · Claims"));
      const ul = el("ul", { class: "claims" });
      for (const c of inc.claims) {
        const key = `k-c${c.id}`;
        ul.appendChild(el("li", { "data-claim": c.id },
          el("b", {}, ar(actorName(c.source || "?"))), " ",
          el("span", { class: "stance " + (c.stance || "") }, bi("stance", c.stance || "?")), " ",
          typeLabel(c.topic).en, c.about && c.about.length ? " — " + c.about.map(actorName).join(", ") : "",
          " ", el("button", { type: "button", class: "figure", "data-target": key, onclick: () => flash(key) }, "¶"),
          el("span", { class: "quote", lang: "ar", dir: "rtl", text: c.evidence || "" })));
      }
      parts.push(ul);
    }

    // the articles, with evidence highlighted
    parts.push(el("h3", {}, ar("نصوص المصادر"), " · Source articles"));
    for (const art of arts) {
      const spans = [];
      for (const src of inc.sources) {
        if (src.article.id !== art.id) continue;
        const ev = src.event;
        for (const [s, e] of ev.evidence_spans || []) spans.push({ start: s, end: e, kind: "evidence", key: `k-e${ev.id}-ev` });
        for (const n of ["fatalities", "injuries", "casualties", "displaced"]) {
          const sp = ev.spans && ev.spans[n];
          if (sp) spans.push({ start: sp[0], end: sp[1], kind: "fig", key: `k-e${ev.id}-${n}` });
        }
      }
      for (const c of inc.claims) {
        if (c.article_id !== art.id) continue;
        for (const [s, e] of c.evidence_spans || []) spans.push({ start: s, end: e, kind: "claim-evidence", key: `k-c${c.id}` });
      }
      const head = el("p", { class: "meta" }, el("b", {}, ar(art.title || "")), el("br"),
        ar(art.outlet || ""), " · " + (art.published || ""));
      if (art.url && /^https?:\/\//i.test(art.url)) {
        head.appendChild(document.createTextNode(" · "));
        head.appendChild(el("a", { href: art.url, rel: "noopener noreferrer nofollow", target: "_blank", text: art.url }));
      }
      parts.push(el("article", { class: "source", "data-article": art.id }, head, highlighted(art.text || "", spans)));
    }
    body.replaceChildren(...parts);
    panel.scrollTop = 0;
    body.setAttribute("data-incident", String(inc.id));
  }

  // ---------------------------------------------------------------- start
  async function start() {
    try { LABELS = Object.assign(LABELS, await api("labels")); } catch (e) { /* English ids only */ }
    initMap();
    const form = document.getElementById("filters");
    form.addEventListener("change", () => refresh());
    form.addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
    form.addEventListener("reset", () => setTimeout(refresh, 0));
    document.getElementById("more").addEventListener("click", () => loadList(false));
    document.getElementById("close").addEventListener("click", closeIncident);
    document.getElementById("incident").addEventListener("click", (e) => { if (e.target.id === "incident") closeIncident(); });
    document.addEventListener("keydown", (e) => { if (e.key === "Escape") closeIncident(); });
    window.addEventListener("hashchange", route);
    api("stats").then((s) => {
      document.getElementById("stats").textContent =
        `${s.incidents} حادثة · incidents · ${s.articles} مقال · articles · ${s.contested} متنازع عليها · contested`;
    });
    await fillSelects();
    await refresh();
    route();
  }
  document.addEventListener("DOMContentLoaded", start);
})();
