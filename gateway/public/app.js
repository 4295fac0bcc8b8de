// The national directory page. Each view sends exactly one GraphQL request to /graphql; everything it uses is served by
// the hub itself (no fonts, scripts or images from the internet).
"use strict";

const FRAMES = {
  SINGLE: "単一枠 (令和4年度)",
  REGULAR: "通常枠",
  REGIONAL_JOINT_STRATEGY: "地域企業共同戦略枠",
  GENERAL: "一般枠",
  WORK_STYLE_REFORM: "働き方改革推進枠",
  RIGHT_ARM: "右腕人材枠",
  LEGAL_SYSTEM_LINKAGE: "法制度連携枠",
  COMPANION_EXPANSION: "伴走・横展開支援事業",
};
const FISCAL_YEARS = [2022, 2023, 2024, 2025, 2026];
const reiwa = (fy) => `令和${fy - 2018}年度`;
const LICENCE = { ADOPTED: "補助事業採択事業者", LOGO_APPROVED: "ロゴマーク利用承認事業者", SUSPENDED: "利用停止中", REVOKED: "取消", NONE: "—" };

const DIRECTORY_QUERY = `query Directory($search: String, $prefectureCode: String) {
  directory(search: $search, prefectureCode: $prefectureCode) {
    totalOperators
    blocks {
      block nameJa operatorCount
      prefectures {
        nameJa prefecture { code }
        operators {
          id nameJa nameVariants orgForm logoLicenseStatus
          municipalitiesServed { nameJa }
          adoptions { id fiscalYear listCode frame frameLabelJa projectTitle }
        }
      }
    }
  }
  listed: directory { totalOperators }
  prefectures { code nameJa }
}`;

const OPERATOR_QUERY = `query OperatorPage($id: ID!) {
  operator(id: $id) {
    id nameJa nameVariants orgForm url logoLicenseStatus
    prefecture { nameJa } regionalBlock
    municipalitiesServed { nameJa }
    adoptions { id fiscalYear listCode frame frameLabelJa projectTitle targetArea }
    programs(first: 100) { totalCount edges { node { id nameJa kindLabelJa } } }
    caseStudies { id titleJa }
  }
}`;

const app = document.getElementById("app");

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function graphql(query, variables) {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!body.data) throw new Error((body.errors || []).map((e) => e.message).join(" / ") || `HTTP ${response.status}`);
  return body;
}

function showError(error) {
  app.replaceChildren(el("p", { class: "error", role: "alert" }, `データを読み込めませんでした: ${error.message}`));
}

function readFilters() {
  const params = new URLSearchParams(location.search);
  return {
    q: params.get("q") || "",
    pref: params.get("pref") || "",
    city: params.get("city") || "",
    frame: params.get("frame") || "",
    fy: params.get("fy") || "",
  };
}

function matchesClientFilters(op, filters) {
  if (filters.city && !op.municipalitiesServed.some((m) => m.nameJa.includes(filters.city))) return false;
  if (filters.frame || filters.fy) {
    return op.adoptions.some(
      (a) => (!filters.frame || a.frame === filters.frame) && (!filters.fy || a.fiscalYear === Number(filters.fy)),
    );
  }
  return true;
}

function filterForm(filters, prefectures) {
  const option = (value, label, selected) => el("option", { value, selected: selected === value }, label);
  return el(
    "form",
    { class: "filters", role: "search", onsubmit: (event) => {
      event.preventDefault();
      const data = new FormData(event.target);
      const params = new URLSearchParams();
      for (const [key, value] of data) if (value) params.set(key, String(value));
      navigate(`/${params.toString() ? `?${params}` : ""}`);
    } },
    el("label", {}, "事業者名 (表記ゆれも可)", el("input", { name: "q", type: "search", value: filters.q, placeholder: "例: クラビズ", "aria-label": "事業者名" })),
    el("label", {}, "都道府県", el("select", { name: "pref", "aria-label": "都道府県" }, option("", "すべて", filters.pref),
      prefectures.map((p) => option(p.code, p.nameJa, filters.pref)))),
    el("label", {}, "対象市区町村", el("input", { name: "city", type: "search", value: filters.city, placeholder: "例: 塩尻市" })),
    el("label", {}, "採択枠", el("select", { name: "frame", "aria-label": "採択枠" }, option("", "すべて", filters.frame),
      Object.entries(FRAMES).map(([code, label]) => option(code, label, filters.frame)))),
    el("label", {}, "採択年度", el("select", { name: "fy", "aria-label": "採択年度" }, option("", "すべて", filters.fy),
      FISCAL_YEARS.map((fy) => option(String(fy), reiwa(fy), filters.fy)))),
    el("button", { type: "submit" }, "検索"),
  );
}

function operatorItem(op) {
  const names = op.nameVariants.length ? el("div", { class: "meta" }, `別表記: ${op.nameVariants.join("、")}`) : null;
  const served = op.municipalitiesServed.length
    ? el("div", { class: "meta" }, `対象地域: ${op.municipalitiesServed.map((m) => m.nameJa).join("、")}`)
    : null;
  return el("li", { class: "operator", "data-operator-id": op.id },
    el("a", { class: "op-name", href: `/operators/${encodeURIComponent(op.id)}`, "data-link": true }, op.nameJa),
    op.orgForm ? el("span", { class: "meta" }, ` (${op.orgForm})`) : null,
    names, served,
    el("div", { class: "chips" },
      el("span", { class: "chip licence" }, LICENCE[op.logoLicenseStatus] || op.logoLicenseStatus),
      op.adoptions.map((a) => el("span", { class: "chip", title: a.projectTitle || "" }, `${reiwa(a.fiscalYear)} ${a.frameLabelJa} ${a.listCode}`)),
    ),
  );
}

const UNKNOWN_PREFECTURE_JA =
  "公表されている採択一覧には事業者名だけが載っていて、所在地 (都道府県) の記載がありません。資料で確かめられるまで「所在地不明」として掲載しています。";

function announce(text) {
  const live = document.getElementById("announce");
  if (live) live.textContent = text;
}

function isFiltering(filters) {
  return Boolean(filters.q || filters.pref || filters.city || filters.frame || filters.fy);
}

async function renderDirectory() {
  const filters = readFilters();
  app.replaceChildren(el("p", { class: "status" }, "読み込み中…"));
  const { data } = await graphql(DIRECTORY_QUERY, { search: filters.q || null, prefectureCode: filters.pref || null });
  const filtering = isFiltering(filters);
  let shown = 0;
  const blocks = data.directory.blocks.map((block) => {
    const groups = block.prefectures
      .map((group) => ({ group, operators: group.operators.filter((op) => matchesClientFilters(op, filters)) }))
      .filter(({ operators }) => operators.length > 0);
    const count = groups.reduce((n, g) => n + g.operators.length, 0);
    shown += count;
    return { block, groups, count };
  });
  // While filtering, results come first: blocks without a match are left out instead of showing nine empty cards.
  const visible = filtering ? blocks.filter((b) => b.count > 0) : blocks;
  const sections = visible.map(({ block, groups, count }) => {
    const unassigned = !block.block;
    return el("section", { class: "block", id: `block-${block.block || "unassigned"}`, "data-block": block.block || "UNASSIGNED" },
      el("h2", {}, el("span", {}, unassigned ? "所在地不明 (都道府県の記載なし)" : block.nameJa), el("span", { class: "count" }, `${count}件`)),
      unassigned ? el("p", { class: "explain" }, UNKNOWN_PREFECTURE_JA) : null,
      groups.length === 0
        ? el("p", { class: "empty" }, "該当する事業者はありません。")
        : groups.map(({ group, operators }) => [
            unassigned ? null : el("h3", { class: "prefecture" }, group.nameJa),
            el("ul", { class: "operators" }, operators.map(operatorItem)),
          ]),
    );
  });
  const summary = `${data.listed.totalOperators}件中 ${shown}件`;
  app.replaceChildren(...[
    el("h1", { class: "page-title" }, "地域の人事部 全国事業者一覧"),
    el("p", { class: "lead" }, "補助事業採択事業者・ロゴマーク利用承認事業者を地域ブロック別に掲載しています。お近くの事業者や他地域の取組を探せます。"),
    filterForm(filters, data.prefectures),
    el("p", { class: "summary", "data-testid": "summary" }, summary),
    shown === 0 ? el("p", { class: "empty" }, "条件に合う事業者はありません。条件を減らしてお試しください。") : null,
    visible.length > 0
      ? el("ul", { class: "block-nav", "aria-label": "地域ブロック" },
          visible.map(({ block }) => el("li", {}, el("a", { href: `#block-${block.block || "unassigned"}` }, block.block ? block.nameJa : "所在地不明"))))
      : null,
    ...sections,
  ].filter(Boolean));
  announce(`${summary}の事業者が見つかりました`);
  document.title = filtering ? `検索結果 ${summary} | 地域の人事部 全国事業者一覧` : "地域の人事部 全国事業者一覧 | Jinjibu Hub";
}

async function renderOperator(id) {
  app.replaceChildren(el("p", { class: "status" }, "読み込み中…"));
  const { data } = await graphql(OPERATOR_QUERY, { id });
  const op = data.operator;
  if (!op) {
    app.replaceChildren(el("p", { class: "error" }, "該当する事業者が見つかりません。"), el("a", { href: "/", "data-link": true }, "一覧へ戻る"));
    return;
  }
  document.title = `${op.nameJa} | 地域の人事部 全国事業者一覧`;
  announce(`${op.nameJa}の詳細を表示しました`);
  const programs = op.programs.edges.map((e) => e.node);
  app.replaceChildren(
    el("p", {}, el("a", { href: "/", "data-link": true }, "← 一覧へ戻る")),
    el("article", { class: "card", "data-testid": "operator" },
      el("h1", {}, op.nameJa),
      el("dl", { class: "facts" },
        el("dt", {}, "別表記"), el("dd", {}, op.nameVariants.join("、") || "—"),
        el("dt", {}, "組織形態"), el("dd", {}, op.orgForm || "—"),
        el("dt", {}, "都道府県"), el("dd", {}, op.prefecture ? op.prefecture.nameJa : UNKNOWN_PREFECTURE_JA),
        el("dt", {}, "対象地域"), el("dd", {}, op.municipalitiesServed.map((m) => m.nameJa).join("、") || "—"),
        el("dt", {}, "掲載区分"), el("dd", {}, LICENCE[op.logoLicenseStatus] || op.logoLicenseStatus),
        el("dt", {}, "ウェブサイト"), el("dd", {}, op.url ? el("a", { href: op.url, rel: "noopener" }, op.url) : "資料に記載なし"),
      ),
    ),
    el("section", { class: "card" },
      el("h2", {}, `採択実績 (${op.adoptions.length}件)`),
      op.adoptions.length === 0 ? el("p", { class: "empty" }, "採択実績はありません。") :
        el("table", { class: "adoptions", "data-testid": "adoptions" },
          el("thead", {}, el("tr", {}, el("th", {}, "年度"), el("th", {}, "枠"), el("th", {}, "番号"), el("th", {}, "事業名"))),
          el("tbody", {}, op.adoptions.map((a) => el("tr", {},
            el("td", {}, reiwa(a.fiscalYear)), el("td", {}, a.frameLabelJa), el("td", {}, a.listCode), el("td", {}, a.projectTitle || "事業名は公表一覧に記載なし"))))),
    ),
    el("section", { class: "card" },
      el("h2", {}, `取組 (${op.programs.totalCount}件)`),
      programs.length === 0 ? el("p", { class: "empty" }, "公開されている取組はありません。") :
        el("ul", {}, programs.map((p) => el("li", {}, `${p.nameJa} `, el("span", { class: "meta" }, `(${p.kindLabelJa})`)))),
    ),
    el("section", { class: "card" },
      el("h2", {}, `事例 (${op.caseStudies.length}件)`),
      op.caseStudies.length === 0 ? el("p", { class: "empty" }, "公開されている事例はありません。") :
        el("ul", {}, op.caseStudies.map((c) => el("li", {}, c.titleJa))),
    ),
  );
}

function route() {
  const match = /^\/operators\/([^/]+)$/.exec(location.pathname);
  const view = match ? renderOperator(decodeURIComponent(match[1])) : renderDirectory();
  view.catch(showError);
}

function navigate(href) {
  history.pushState(null, "", href);
  route();
  window.scrollTo(0, 0);
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-link]");
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  navigate(link.getAttribute("href"));
});
window.addEventListener("popstate", route);
route();
