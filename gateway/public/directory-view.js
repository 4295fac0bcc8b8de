// The national directory's views as HTML strings: the gateway renders them on the server (so readers without JavaScript
// and search engines get the content) and app.js renders the same markup in the browser. Every value from the API is
// HTML-escaped here; nothing else builds markup.
"use strict";

(function (root, factory) {
  const view = factory();
  if (typeof module === "object" && module.exports) module.exports = view;
  else root.DirectoryView = view;
})(typeof self !== "undefined" ? self : this, function () {
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
  const TITLE = "地域の人事部 全国事業者一覧";
  const LEAD = "補助事業採択事業者・ロゴマーク利用承認事業者を地域ブロック別に掲載しています。お近くの事業者や他地域の取組を探せます。";

  // Where each year's adoption results were published. The documents give when (S1 「地域の人事部について」, 2026年1月)
  // and one address: the ministry's 地域の人事部 page (printed in S0 and S3). No document gives a per-year list address.
  const METI_PAGE = "https://www.meti.go.jp/policy/sme_chiiki/jinjibu/index.html";
  const ADOPTION_LISTS = {
    2022: "令和4年9月",
    2023: "令和5年6月",
    2024: "令和6年6月",
    2025: "令和7年6月",
  };

  const DIRECTORY_QUERY = `query Directory($search: String, $prefectureCode: String, $first: Int, $after: String) {
  directory(search: $search, prefectureCode: $prefectureCode, first: $first, after: $after) {
    totalOperators
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    blocks {
      block nameJa operatorCount
      prefectures {
        nameJa prefecture { code }
        operators {
          id nameJa nameVariants orgForm logoLicenseStatus
          municipalitiesServed { nameJa }
          adoptions { id fiscalYear listCode frame frameLabelJa projectTitle targetArea }
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

  const UNKNOWN_PREFECTURE_JA =
    "公表されている採択一覧には事業者名だけが載っていて、所在地 (都道府県) の記載がありません。資料で確かめられるまで「所在地不明」として掲載しています。";

  const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  const esc = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);
  const attrs = (pairs) =>
    Object.entries(pairs)
      .filter(([, v]) => v !== undefined && v !== null && v !== false)
      .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${esc(v)}"`))
      .join("");
  const tag = (name, pairs, ...children) => `<${name}${attrs(pairs || {})}>${children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false).join("")}</${name}>`;
  /** Text content: always escaped. */
  const t = (text) => esc(text);
  /** Only http(s) addresses become links; anything else is shown as text. */
  const safeUrl = (url) => (typeof url === "string" && /^https?:\/\//i.test(url) ? url : null);

  /** Operators per directory page when the gateway does not say otherwise: the API's largest page. */
  const DEFAULT_PAGE_SIZE = 100;
  /** Client-side filters read every page; this bounds that walk (a directory of 5,000 operators at 100 a page). */
  const MAX_PAGES = 50;

  function readFilters(search) {
    const params = new URLSearchParams(search || "");
    return {
      q: params.get("q") || "",
      pref: params.get("pref") || "",
      city: params.get("city") || "",
      frame: params.get("frame") || "",
      fy: params.get("fy") || "",
      after: params.get("after") || "",
    };
  }

  const isFiltering = (filters) => Boolean(filters.q || filters.pref || filters.city || filters.frame || filters.fy);
  /** City, frame and year are matched here, not by the API, so they need the whole list rather than one page of it. */
  const filtersOnClient = (filters) => Boolean(filters.city || filters.frame || filters.fy);

  // The directory's cursors are the offset cursors of @jinjibu/federation's pagination (`o:<offset>`, base64url). The page
  // reads them to say which operators it shows (「11〜20件目」) and to link back a page, which the API (forward paging
  // only) cannot give; a cursor the page did not issue is refused here with a message, before anything is asked.
  const CURSOR = /^o:(\d{1,9})$/;
  function cursorOffset(cursor) {
    if (typeof cursor !== "string" || !/^[A-Za-z0-9_-]{1,24}$/.test(cursor)) return null;
    try {
      const base64 = cursor.replace(/-/g, "+").replace(/_/g, "/");
      const match = CURSOR.exec(atob(base64 + "===".slice((base64.length + 3) % 4)));
      return match ? Number(match[1]) : null;
    } catch {
      return null;
    }
  }
  const offsetCursor = (offset) => btoa(`o:${offset}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

  /** The URL of the directory with these filters, at the page after `after` (the first page without it). */
  function directoryHref(filters, after) {
    const params = new URLSearchParams();
    for (const key of ["q", "pref", "city", "frame", "fy"]) if (filters[key]) params.set(key, filters[key]);
    if (after) params.set("after", after);
    const query = params.toString();
    return query ? `/?${query}` : "/";
  }

  /** GraphQL variables of one page: the URL's cursor, unless the client-side filters read the whole list from its start. */
  const directoryVariables = (filters, pageSize) => ({
    search: filters.q || null,
    prefectureCode: filters.pref || null,
    first: pageSize || DEFAULT_PAGE_SIZE,
    after: filtersOnClient(filters) ? null : filters.after || null,
  });

  /** A Japanese explanation when the URL's page cursor is not one the page issued; null when it is (or there is none). */
  const pageProblem = (filters) =>
    !filtersOnClient(filters) && filters.after && cursorOffset(filters.after) === null
      ? "ページの指定 (URL の after) が正しくないため、一覧を表示できません。一覧の最初のページから開き直してください。"
      : null;

  /** Appends a later page's operators to the merged directory (pages follow the block, prefecture, id order). */
  function mergeDirectory(data, next) {
    const blocks = data.directory.blocks.map((block, i) => {
      const more = next.directory.blocks[i];
      const prefectures = block.prefectures.map((p) => ({ ...p, operators: [...p.operators] }));
      for (const group of more ? more.prefectures : []) {
        const code = group.prefecture ? group.prefecture.code : null;
        const same = prefectures.find((p) => (p.prefecture ? p.prefecture.code : null) === code);
        if (same) same.operators.push(...group.operators);
        else prefectures.push({ ...group, operators: [...group.operators] });
      }
      return { ...block, prefectures };
    });
    const pageInfo = { ...next.directory.pageInfo, hasPreviousPage: false, startCursor: data.directory.pageInfo.startCursor };
    return { ...data, directory: { ...data.directory, blocks, pageInfo } };
  }

  /**
   * The data of the directory view for these filters, through `fetchPage(variables)` (one DIRECTORY_QUERY each): the
   * URL's page, or, when filters apply on the client, every page merged so that no match on another page is missed.
   */
  async function loadDirectory(fetchPage, filters, pageSize) {
    const variables = directoryVariables(filters, pageSize);
    let data = await fetchPage(variables);
    if (!filtersOnClient(filters)) return data;
    for (let pages = 1; data.directory.pageInfo && data.directory.pageInfo.hasNextPage && pages < MAX_PAGES; pages += 1) {
      data = mergeDirectory(data, await fetchPage({ ...variables, after: data.directory.pageInfo.endCursor }));
    }
    return data;
  }

  function matchesClientFilters(op, filters) {
    if (filters.city && !op.municipalitiesServed.some((m) => m.nameJa.includes(filters.city))) return false;
    if (filters.frame || filters.fy) {
      return op.adoptions.some((a) => (!filters.frame || a.frame === filters.frame) && (!filters.fy || a.fiscalYear === Number(filters.fy)));
    }
    return true;
  }

  function filterForm(filters, prefectures) {
    const option = (value, label, selected) => tag("option", { value, selected: selected === value }, t(label));
    return tag("form", { class: "filters", role: "search", action: "/", method: "get" },
      tag("label", {}, "事業者名 (表記ゆれも可)", `<input${attrs({ name: "q", type: "search", value: filters.q, placeholder: "例: クラビズ", "aria-label": "事業者名" })}>`),
      tag("label", {}, "都道府県", tag("select", { name: "pref", "aria-label": "都道府県" }, option("", "すべて", filters.pref),
        prefectures.map((p) => option(p.code, p.nameJa, filters.pref)))),
      tag("label", {}, "対象市区町村", `<input${attrs({ name: "city", type: "search", value: filters.city, placeholder: "例: 塩尻市" })}>`),
      tag("label", {}, "採択枠", tag("select", { name: "frame", "aria-label": "採択枠" }, option("", "すべて", filters.frame),
        Object.entries(FRAMES).map(([code, label]) => option(code, label, filters.frame)))),
      tag("label", {}, "採択年度", tag("select", { name: "fy", "aria-label": "採択年度" }, option("", "すべて", filters.fy),
        FISCAL_YEARS.map((fy) => option(String(fy), reiwa(fy), filters.fy)))),
      tag("button", { type: "submit" }, "検索"),
    );
  }

  function operatorItem(op) {
    return tag("li", { class: "operator", "data-operator-id": op.id },
      tag("a", { class: "op-name", href: `/operators/${encodeURIComponent(op.id)}`, "data-link": true }, t(op.nameJa)),
      op.orgForm ? tag("span", { class: "meta" }, t(` (${op.orgForm})`)) : null,
      op.nameVariants.length ? tag("div", { class: "meta" }, t(`別表記: ${op.nameVariants.join("、")}`)) : null,
      op.municipalitiesServed.length ? tag("div", { class: "meta" }, t(`対象地域: ${op.municipalitiesServed.map((m) => m.nameJa).join("、")}`)) : null,
      tag("div", { class: "chips" },
        tag("span", { class: "chip licence" }, t(LICENCE[op.logoLicenseStatus] || op.logoLicenseStatus)),
        op.adoptions.map((a) => tag("span", { class: "chip", title: a.projectTitle || "" }, t(`${reiwa(a.fiscalYear)} ${a.frameLabelJa} ${a.listCode}`))),
      ),
    );
  }

  /** The area the documents give for an operator whose prefecture they do not: a municipality served, else a target area. */
  function knownArea(op) {
    if (op.municipalitiesServed.length) return op.municipalitiesServed.map((m) => m.nameJa).join("、");
    const area = op.adoptions.map((a) => a.targetArea).find((a) => a);
    return area || null;
  }

  /** Why an operator without a known area is listed as it is, in plain words, naming the lists it appears in. */
  function unknownPlaceExplanation(op) {
    const years = [...new Set(op.adoptions.map((a) => a.fiscalYear))].sort();
    const lists = years.map((fy) => `${reiwa(fy)}の採択一覧`).join("・");
    return lists
      ? `${lists}には事業者名だけが載っていて、所在地も対象地域も書かれていません。`
      : "掲載の根拠となる資料に所在地も対象地域も書かれていません。";
  }

  function unassignedGroups(operators) {
    const byArea = new Map();
    for (const op of operators) {
      const area = knownArea(op);
      if (!byArea.has(area)) byArea.set(area, []);
      byArea.get(area).push(op);
    }
    const known = [...byArea.entries()].filter(([area]) => area !== null).sort(([a], [b]) => a.localeCompare(b, "ja"));
    const parts = known.map(([area, ops]) => [
      tag("h3", { class: "prefecture" }, t(`${area} (都道府県の記載なし)`)),
      tag("ul", { class: "operators" }, ops.map(operatorItem)),
    ]);
    const unknown = byArea.get(null) || [];
    if (unknown.length) {
      parts.push([
        tag("h3", { class: "prefecture" }, "所在地・対象地域の記載なし"),
        tag("ul", { class: "operators" }, unknown.map((op) =>
          operatorItem(op).replace(/<\/li>$/, `${tag("div", { class: "meta explain-op" }, t(unknownPlaceExplanation(op)))}</li>`))),
      ]);
    }
    return parts;
  }

  /**
   * Where the page sits in the directory when the list spans pages: the range shown and the neighbouring pages' links
   * (rel prev/next, followed by the script too); null when every match is on this page.
   */
  function pageRange(data, filters, onPage, pageSize) {
    const info = data.directory.pageInfo;
    if (!info || filtersOnClient(filters) || (!info.hasNextPage && !info.hasPreviousPage)) return null;
    const total = data.directory.totalOperators;
    const after = filters.after ? cursorOffset(filters.after) : null;
    const offset = info.startCursor ? cursorOffset(info.startCursor) : after === null ? 0 : after + 1;
    const size = pageSize || DEFAULT_PAGE_SIZE;
    const from = offset + 1;
    const to = offset + onPage;
    const text = onPage > 0 ? `${from}〜${to}件目／全${total}件` : `${from}件目以降はありません／全${total}件`;
    const prevStart = onPage > 0 ? Math.max(0, offset - size) : Math.max(0, Math.floor((total - 1) / size) * size);
    // Past the end (a cursor beyond the list): the way back is to the last page.
    const prev = offset > 0
      ? { href: directoryHref(filters, prevStart > 0 ? offsetCursor(prevStart - 1) : ""), label: onPage > 0 ? `前の${offset - prevStart}件` : "最後のページ" }
      : null;
    const next = info.hasNextPage && info.endCursor ? { href: directoryHref(filters, info.endCursor), label: `次の${Math.min(size, total - to)}件` } : null;
    return { text, from, to, prev, next };
  }

  function pager(range, where) {
    return tag("nav", { class: "pager", "aria-label": `ページ送り (${where})`, "data-testid": `pager-${where === "一覧の上" ? "top" : "bottom"}` },
      tag("p", { class: "range" }, t(range.text)),
      tag("div", { class: "pager-links" },
        range.prev ? tag("a", { href: range.prev.href, rel: "prev", class: "pager-link", "data-link": true }, t(`← ${range.prev.label}`)) : null,
        range.next ? tag("a", { href: range.next.href, rel: "next", class: "pager-link", "data-link": true }, t(`${range.next.label} →`)) : null,
      ),
    );
  }

  /** The directory page: `{ html, title, summary, announcement }` for the data of DIRECTORY_QUERY and the URL's filters. */
  function renderDirectory(data, filters, pageSize) {
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
    const range = pageRange(data, filters, shown, pageSize);
    // While filtering, results come first: blocks without a match are left out instead of showing nine empty cards.
    // A later page leaves out the blocks it holds nothing of, as well.
    const visible = filtering || range ? blocks.filter((b) => b.count > 0) : blocks;
    const sections = visible.map(({ block, groups, count }) => {
      const unassigned = !block.block;
      return tag("section", { class: "block", id: `block-${block.block || "unassigned"}`, "data-block": block.block || "UNASSIGNED" },
        tag("h2", {}, tag("span", {}, t(unassigned ? "所在地不明 (都道府県の記載なし)" : block.nameJa)),
          tag("span", { class: "count" }, t(range ? `全${block.operatorCount}件のうち${count}件` : `${count}件`))),
        unassigned ? tag("p", { class: "explain" }, t(UNKNOWN_PREFECTURE_JA)) : null,
        groups.length === 0
          ? tag("p", { class: "empty" }, "該当する事業者はありません。")
          : unassigned
            ? unassignedGroups(groups.flatMap((g) => g.operators))
            : groups.map(({ group, operators }) => [
                tag("h3", { class: "prefecture" }, t(group.nameJa)),
                tag("ul", { class: "operators" }, operators.map(operatorItem)),
              ]),
      );
    });
    // The count of matches: the API's, unless filters apply here (then every page was read and filtered).
    const matches = filtersOnClient(filters) ? shown : data.directory.totalOperators;
    const summary = `${data.listed.totalOperators}件中 ${matches}件`;
    const html = [
      tag("h1", { class: "page-title" }, TITLE),
      tag("p", { class: "lead" }, LEAD),
      filterForm(filters, data.prefectures),
      tag("p", { class: "summary", "data-testid": "summary" }, t(summary)),
      range ? pager(range, "一覧の上") : null,
      shown === 0
        ? range
          ? tag("p", { class: "empty" }, tag("a", { href: directoryHref(filters, ""), "data-link": true }, "一覧の最初のページへ"))
          : tag("p", { class: "empty" }, "条件に合う事業者はありません。条件を減らしてお試しください。")
        : null,
      visible.length > 0
        ? tag("ul", { class: "block-nav", "aria-label": "地域ブロック" },
            visible.map(({ block }) => tag("li", {}, tag("a", { href: `#block-${block.block || "unassigned"}` }, t(block.block ? block.nameJa : "所在地不明")))))
        : null,
      ...sections,
      range && shown > 0 ? pager(range, "一覧の下") : null,
    ].filter(Boolean).join("");
    const where = range && range.from > 1 ? ` ${range.text}` : "";
    const title = filtering ? `検索結果 ${summary}${where} | ${TITLE}` : `${TITLE}${where} | Jinjibu Hub`;
    const announcement = `${summary}の事業者が見つかりました${range ? `。${range.text}を表示しています` : ""}`;
    return { html, title, summary, range: range ? range.text : null, announcement };
  }

  /** The directory page when its URL names a page that cannot be shown: why, and the way back to the first page. */
  function renderDirectoryProblem(filters, message) {
    const html = [
      tag("h1", { class: "page-title" }, TITLE),
      tag("p", { class: "error", role: "alert", "data-testid": "page-problem" }, t(message)),
      tag("p", {}, tag("a", { href: directoryHref(filters, ""), "data-link": true }, "一覧の最初のページへ")),
    ].join("");
    return { html, title: `ページを表示できません | ${TITLE}`, summary: message, announcement: message };
  }

  function adoptionListLink(fiscalYear) {
    const published = ADOPTION_LISTS[fiscalYear];
    if (!published) return tag("span", { class: "meta" }, "公表一覧の所在は資料に記載なし");
    return tag("a", { href: METI_PAGE, rel: "noopener", class: "source-link" }, t(`${published}公表の採択結果 (経済産業省「地域の人事部」ページ)`));
  }

  /** An operator page: `{ html, title, found }` for the data of OPERATOR_QUERY. */
  function renderOperator(data) {
    const op = data.operator;
    if (!op) {
      return {
        found: false,
        title: `事業者が見つかりません | ${TITLE}`,
        html: tag("p", { class: "error" }, "該当する事業者が見つかりません。") + tag("a", { href: "/", "data-link": true }, "一覧へ戻る"),
        announcement: "該当する事業者が見つかりません",
      };
    }
    const programs = op.programs.edges.map((e) => e.node);
    const url = safeUrl(op.url);
    const years = [...new Set(op.adoptions.map((a) => a.fiscalYear))].sort();
    const area = knownArea(op);
    const place = op.prefecture
      ? t(op.prefecture.nameJa)
      : area
        ? t(`${area} (都道府県の記載なし)`)
        : t(`記載なし — ${unknownPlaceExplanation(op)}`);
    const html = [
      tag("p", {}, tag("a", { href: "/", "data-link": true }, "← 一覧へ戻る")),
      tag("article", { class: "card", "data-testid": "operator" },
        tag("h1", {}, t(op.nameJa)),
        tag("dl", { class: "facts" },
          tag("dt", {}, "別表記"), tag("dd", {}, t(op.nameVariants.join("、") || "—")),
          tag("dt", {}, "組織形態"), tag("dd", {}, t(op.orgForm || "—")),
          tag("dt", {}, "都道府県"), tag("dd", { "data-testid": "place" }, place),
          tag("dt", {}, "対象地域"), tag("dd", {}, t(op.municipalitiesServed.map((m) => m.nameJa).join("、") || "—")),
          tag("dt", {}, "掲載区分"), tag("dd", {}, t(LICENCE[op.logoLicenseStatus] || op.logoLicenseStatus)),
          tag("dt", {}, "ウェブサイト"), tag("dd", { "data-testid": "website" }, url ? tag("a", { href: url, rel: "noopener" }, t(url)) : "資料に記載なし"),
        ),
      ),
      tag("section", { class: "card" },
        tag("h2", {}, t(`採択実績 (${op.adoptions.length}件)`)),
        op.adoptions.length === 0 ? tag("p", { class: "empty" }, "採択実績はありません。") :
          tag("table", { class: "adoptions", "data-testid": "adoptions" },
            tag("thead", {}, tag("tr", {}, tag("th", {}, "年度"), tag("th", {}, "枠"), tag("th", {}, "番号"), tag("th", {}, "事業名"), tag("th", {}, "対象地域"))),
            tag("tbody", {}, op.adoptions.map((a) => tag("tr", {},
              tag("td", { "data-label": "年度" }, t(reiwa(a.fiscalYear))), tag("td", { "data-label": "枠" }, t(a.frameLabelJa)),
              tag("td", { "data-label": "番号" }, t(a.listCode)),
              tag("td", { "data-label": "事業名" }, t(a.projectTitle || "事業名は公表一覧に記載なし")),
              tag("td", { "data-label": "対象地域" }, t(a.targetArea || "公表一覧に記載なし")))))),
        years.length
          ? [
              tag("h3", { class: "sources-title" }, "出典: 採択結果の公表"),
              tag("ul", { class: "sources", "data-testid": "adoption-lists" },
                years.map((fy) => tag("li", { "data-fiscal-year": fy }, t(`${reiwa(fy)}: `), adoptionListLink(fy)))),
            ]
          : null,
      ),
      tag("section", { class: "card" },
        tag("h2", {}, t(`取組 (${op.programs.totalCount}件)`)),
        programs.length === 0 ? tag("p", { class: "empty" }, "公開されている取組はありません。") :
          tag("ul", {}, programs.map((p) => tag("li", {}, t(`${p.nameJa} `), tag("span", { class: "meta" }, t(`(${p.kindLabelJa})`))))),
      ),
      tag("section", { class: "card" },
        tag("h2", {}, t(`事例 (${op.caseStudies.length}件)`)),
        op.caseStudies.length === 0 ? tag("p", { class: "empty" }, "公開されている事例はありません。") :
          tag("ul", {}, op.caseStudies.map((c) => tag("li", {}, t(c.titleJa)))),
      ),
    ].join("");
    return { found: true, html, title: `${op.nameJa} | ${TITLE}`, announcement: `${op.nameJa}の詳細を表示しました` };
  }

  return {
    DIRECTORY_QUERY,
    OPERATOR_QUERY,
    METI_PAGE,
    ADOPTION_LISTS,
    DEFAULT_PAGE_SIZE,
    escapeHtml: esc,
    readFilters,
    directoryVariables,
    directoryHref,
    pageProblem,
    loadDirectory,
    renderDirectory,
    renderDirectoryProblem,
    renderOperator,
  };
});
