// The query page: everything from the server is rendered with textContent, never as HTML.
"use strict";
let current = null; // the saved query last loaded into the editor

function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function status(text, isError) {
  const s = document.getElementById("status");
  s.textContent = text;
  s.className = isError ? "error" : "";
}

function showParams(query) {
  const box = document.getElementById("params");
  box.replaceChildren();
  for (const p of query ? query.params : []) {
    const label = el("label", p.name + " ");
    const input = el("input");
    input.name = p.name;
    input.value = p.example || "";
    input.title = p.description;
    input.size = 30;
    label.appendChild(input);
    box.appendChild(label);
  }
}

function load(query) {
  current = query;
  document.getElementById("query").value = query.sparql;
  showParams(query);
  status(query.description, false);
}

function cell(term) {
  if (!term) return "";
  return term.value;
}

function render(data) {
  const out = document.getElementById("results");
  out.replaceChildren();
  if (typeof data.boolean === "boolean") {
    out.appendChild(el("p", data.boolean ? "true" : "false"));
    return 1;
  }
  const vars = data.head.vars;
  const table = el("table");
  const head = el("tr");
  for (const v of vars) head.appendChild(el("th", v));
  table.appendChild(head);
  for (const row of data.results.bindings) {
    const tr = el("tr");
    for (const v of vars) tr.appendChild(el("td", cell(row[v])));
    table.appendChild(tr);
  }
  out.appendChild(table);
  return data.results.bindings.length;
}

async function run() {
  const text = document.getElementById("query").value;
  let response;
  const started = performance.now();
  status("running…", false);
  try {
    if (current && current.sparql === text && current.params.length) {
      const qs = new URLSearchParams();
      for (const input of document.querySelectorAll("#params input")) qs.set(input.name, input.value);
      response = await fetch("/queries/" + encodeURIComponent(current.name) + "?" + qs, { headers: { Accept: "application/sparql-results+json" } });
    } else {
      response = await fetch("/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json, text/turtle;q=0.9" },
        body: new URLSearchParams({ query: text }),
      });
    }
    const body = await response.text();
    if (!response.ok) return status(response.status + ": " + body, true);
    const ms = Math.round(performance.now() - started);
    if ((response.headers.get("Content-Type") || "").startsWith("application/sparql-results+json")) {
      const n = render(JSON.parse(body));
      status(n + " result(s) in " + ms + " ms" + (response.headers.get("X-KG-Truncated") ? " (cut at the server's limit)" : ""), false);
    } else {
      const out = document.getElementById("results");
      out.replaceChildren(el("pre", body));
      status("graph result in " + ms + " ms", false);
    }
  } catch (err) {
    status(String(err), true);
  }
}

async function init() {
  document.getElementById("run").addEventListener("click", run);
  document.getElementById("query").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
  document.getElementById("query").addEventListener("input", () => { if (current && current.sparql !== document.getElementById("query").value) showParams(null); });
  const box = document.getElementById("saved");
  try {
    const saved = await (await fetch("/queries")).json();
    box.replaceChildren();
    for (const q of saved) {
      const b = el("button", q.title);
      b.type = "button";
      b.title = q.name + ": " + q.description;
      b.addEventListener("click", () => load(q));
      box.appendChild(b);
    }
  } catch (err) {
    box.textContent = "could not load the saved queries: " + err;
  }
}

init();
