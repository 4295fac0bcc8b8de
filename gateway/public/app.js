// The national directory page's script. The server sends each page already rendered (gateway/src/directory-page.ts) with
// its data embedded; this script enhances it: filtering and navigation without reloads, each view with exactly one
// GraphQL request to /graphql. Markup comes from directory-view.js, the module the server renders with, which escapes
// every value. Nothing is loaded from the internet.
"use strict";

const View = window.DirectoryView;
const app = document.getElementById("app");

async function graphql(query, variables) {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!body.data) throw new Error((body.errors || []).map((e) => (e.extensions && e.extensions.messageJa) || e.message).join(" / ") || `HTTP ${response.status}`);
  return body;
}

function announce(text) {
  const live = document.getElementById("announce");
  if (live) live.textContent = text;
}

function show(view) {
  app.innerHTML = view.html;
  document.title = view.title;
  announce(view.announcement);
}

function showError(error) {
  app.innerHTML = `<p class="error" role="alert">${View.escapeHtml(`データを読み込めませんでした: ${error.message}`)}</p>`;
}

/** The data the server rendered this page from, when it is this page's (only on the first view). */
function takeInitialData() {
  const node = document.getElementById("initial-data");
  if (!node) return null;
  node.remove();
  try {
    const initial = JSON.parse(node.textContent);
    return initial.path === location.pathname && initial.search === location.search ? initial.data : null;
  } catch {
    return null;
  }
}

function render(data) {
  const match = /^\/operators\/([^/]+)$/.exec(location.pathname);
  if (match) {
    if (data) return show(View.renderOperator(data));
    app.innerHTML = '<p class="status">読み込み中…</p>';
    return graphql(View.OPERATOR_QUERY, { id: decodeURIComponent(match[1]) }).then(({ data }) => show(View.renderOperator(data)));
  }
  const filters = View.readFilters(location.search);
  if (data) return show(View.renderDirectory(data, filters));
  app.innerHTML = '<p class="status">読み込み中…</p>';
  return graphql(View.DIRECTORY_QUERY, View.directoryVariables(filters)).then(({ data }) => show(View.renderDirectory(data, filters)));
}

function route(data) {
  Promise.resolve()
    .then(() => render(data))
    .catch(showError);
}

function navigate(href) {
  history.pushState(null, "", href);
  route(null);
  window.scrollTo(0, 0);
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-link]");
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(link.getAttribute("href"));
});
document.addEventListener("submit", (event) => {
  const form = event.target.closest("form.filters");
  if (!form) return;
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (value) params.set(key, String(value));
  navigate(`/${params.toString() ? `?${params}` : ""}`);
});
window.addEventListener("popstate", () => route(null));
route(takeInitialData());
