// The national directory page's script. The server sends each page already rendered (gateway/src/directory-page.ts) with
// its data embedded; this script enhances it: filtering and navigation without reloads, each view with exactly one
// GraphQL request to /graphql. Markup comes from directory-view.js, the module the server renders with, which escapes
// every value. Nothing is loaded from the internet.
"use strict";

const View = window.DirectoryView;
const app = document.getElementById("app");
/** The server's directory page size, so that a page reached here lists what the same URL lists without JavaScript. */
const PAGE_SIZE = Number(document.querySelector('meta[name="directory-page-size"]')?.getAttribute("content")) || View.DEFAULT_PAGE_SIZE;

/** The API refused the request's input (a page cursor it did not issue); the message is its Japanese one. */
class RefusedInput extends Error {}

async function graphql(query, variables) {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  const refused = (body.errors || []).find((e) => e.extensions && e.extensions.code === "BAD_USER_INPUT" && e.extensions.messageJa);
  if (refused) throw new RefusedInput(refused.extensions.messageJa);
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
    return initial.path === location.pathname && initial.search === location.search && (initial.data || initial.problem) ? initial : null;
  } catch {
    return null;
  }
}

function render(initial) {
  const data = initial && initial.data;
  const match = /^\/operators\/([^/]+)$/.exec(location.pathname);
  if (match) {
    if (data) return show(View.renderOperator(data));
    app.innerHTML = '<p class="status">読み込み中…</p>';
    return graphql(View.OPERATOR_QUERY, { id: decodeURIComponent(match[1]) }).then(({ data }) => show(View.renderOperator(data)));
  }
  const filters = View.readFilters(location.search);
  const problem = View.pageProblem(filters) || (initial && initial.problem && `${initial.problem} 一覧の最初のページから開き直してください。`);
  if (problem) return show(View.renderDirectoryProblem(filters, problem));
  if (data) return show(View.renderDirectory(data, filters, PAGE_SIZE));
  app.innerHTML = '<p class="status">読み込み中…</p>';
  // The same page (or, for filters applied here, the same walk over every page) the server renders for this URL.
  return View.loadDirectory((variables) => graphql(View.DIRECTORY_QUERY, variables).then((body) => body.data), filters, PAGE_SIZE)
    .then((loaded) => show(View.renderDirectory(loaded, filters, PAGE_SIZE)))
    .catch((error) => {
      if (!(error instanceof RefusedInput)) throw error;
      show(View.renderDirectoryProblem(filters, `${error.message} 一覧の最初のページから開き直してください。`));
    });
}

function route(initial, focus) {
  Promise.resolve()
    .then(() => render(initial))
    .then(() => {
      // After a page link the keyboard continues from the top of the new page, as after a full load.
      if (focus) app.focus({ preventScroll: true });
    })
    .catch(showError);
}

function navigate(href, focus) {
  history.pushState(null, "", href);
  route(null, focus);
  window.scrollTo(0, 0);
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-link]");
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(link.getAttribute("href"), Boolean(link.closest(".pager")));
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
