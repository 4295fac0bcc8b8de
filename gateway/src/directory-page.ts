import { readFileSync } from "node:fs";
import path from "node:path";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "./logger";

/** What the page needs from GraphQL: one anonymous operation, run inside the gateway (limits and cache included). */
export type ExecutePageQuery = (
  req: Request,
  res: Response,
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;

interface View {
  html: string;
  title: string;
  announcement: string;
  found?: boolean;
}

type Filters = Record<string, string>;
type Variables = Record<string, unknown>;

/** The shared view module in the public directory (gateway/public/directory-view.js): the browser runs the same code. */
interface DirectoryView {
  DIRECTORY_QUERY: string;
  OPERATOR_QUERY: string;
  escapeHtml(value: unknown): string;
  readFilters(search: string): Filters;
  pageProblem(filters: Filters): string | null;
  loadDirectory(fetchPage: (variables: Variables) => Promise<Record<string, unknown>>, filters: Filters, pageSize: number): Promise<Record<string, unknown>>;
  renderDirectory(data: unknown, filters: Filters, pageSize: number): View;
  renderDirectoryProblem(filters: Filters, message: string): View;
  renderOperator(data: unknown): View;
}

export interface DirectoryPageOptions {
  /** Operators per directory page: 1 to 100, the API's range (default 100). */
  pageSize?: number;
}

/** The API refused the page's variables (a cursor it did not issue): the reader gets its Japanese message, not an error page. */
class RefusedInput extends Error {
  constructor(readonly messageJa: string) {
    super(messageJa);
  }
}

const MAIN = /(<main id="app"[^>]*>)[\s\S]*?(<\/main>)/;
const TITLE = /<title>[\s\S]*?<\/title>/;
const VIEW_SCRIPT = '<script src="/directory-view.js"></script>';
const HEAD_END = "</head>";

/** JSON inside <script type="application/json">: nothing in it can close the element or open a comment. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

/**
 * Server-rendered directory (/) and operator pages (/operators/<id>): the response holds the content, so readers without
 * JavaScript and search engines get it; the page's script then enhances it (filtering and navigation without reloads)
 * starting from the same data, embedded as JSON, instead of asking again.
 */
export function directoryPages(publicDir: string, execute: ExecutePageQuery, logger: Logger, options: DirectoryPageOptions = {}) {
  const pageSize = options.pageSize ?? 100;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) throw new Error(`directory page size must be 1 to 100; got ${pageSize}`);
  const loaded = readFileSync(path.join(publicDir, "index.html"), "utf8");
  if (!MAIN.test(loaded) || !loaded.includes(VIEW_SCRIPT) || !loaded.includes(HEAD_END)) {
    throw new Error(`${publicDir}/index.html lacks <main id="app">, ${HEAD_END} or ${VIEW_SCRIPT}`);
  }
  // The script pages as the server does: it reads the page size from here (also on the page sent without data).
  const template = loaded.replace(HEAD_END, () => `  <meta name="directory-page-size" content="${pageSize}">\n${HEAD_END}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const view = require(path.join(publicDir, "directory-view.js")) as DirectoryView;

  const page = (res: Response, status: number, rendered: View, initial: unknown): void => {
    const html = template
      .replace(TITLE, () => `<title>${view.escapeHtml(rendered.title)}</title>`)
      .replace(MAIN, (_m, open: string, close: string) => `${open}${rendered.html}${close}`)
      .replace(VIEW_SCRIPT, () => `<script type="application/json" id="initial-data">${scriptJson(initial)}</script>\n  ${VIEW_SCRIPT}`);
    res.status(status).set({ "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" }).send(html);
  };

  /** When the data cannot be read, the page still loads: the script tries again and explains if it fails. */
  const fallback = (res: Response, error: unknown): void => {
    logger.warn({ err: error instanceof Error ? error.message : error }, "directory page rendered without data");
    res.status(200).set({ "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).send(template);
  };

  const run = async (req: Request, res: Response, query: string, variables: Variables) => {
    const result = await execute(req, res, query, variables);
    const refused = result.errors?.find((e) => e.extensions?.code === "BAD_USER_INPUT" && typeof e.extensions.messageJa === "string");
    if (refused) throw new RefusedInput(refused.extensions!.messageJa as string);
    if (!result.data || result.errors?.length) throw new Error(result.errors?.map((e) => e.message).join(" / ") || "no data");
    return result.data;
  };

  return {
    async directory(req: Request, res: Response, next: NextFunction): Promise<void> {
      try {
        const search = new URL(req.originalUrl, "http://page.invalid").search;
        const filters = view.readFilters(search);
        const problem = view.pageProblem(filters);
        if (problem) return page(res, 400, view.renderDirectoryProblem(filters, problem), { path: "/", search, problem });
        let data: Record<string, unknown>;
        try {
          data = await view.loadDirectory((variables) => run(req, res, view.DIRECTORY_QUERY, variables), filters, pageSize);
        } catch (error) {
          if (error instanceof RefusedInput) {
            return page(res, 400, view.renderDirectoryProblem(filters, `${error.messageJa} 一覧の最初のページから開き直してください。`), { path: "/", search, problem: error.messageJa });
          }
          return fallback(res, error);
        }
        page(res, 200, view.renderDirectory(data, filters, pageSize), { path: "/", search, data });
      } catch (error) {
        next(error);
      }
    },

    async operator(req: Request, res: Response, next: NextFunction): Promise<void> {
      try {
        const id = String(req.params.id ?? "");
        let data: Record<string, unknown>;
        try {
          data = await run(req, res, view.OPERATOR_QUERY, { id });
        } catch (error) {
          return fallback(res, error);
        }
        const rendered = view.renderOperator(data);
        page(res, rendered.found === false ? 404 : 200, rendered, { path: `/operators/${encodeURIComponent(id)}`, search: "", data });
      } catch (error) {
        next(error);
      }
    },
  };
}
