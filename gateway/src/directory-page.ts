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
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string }[] }>;

interface View {
  html: string;
  title: string;
  announcement: string;
  found?: boolean;
}

/** The shared view module in the public directory (gateway/public/directory-view.js): the browser runs the same code. */
interface DirectoryView {
  DIRECTORY_QUERY: string;
  OPERATOR_QUERY: string;
  escapeHtml(value: unknown): string;
  readFilters(search: string): Record<string, string>;
  directoryVariables(filters: Record<string, string>): Record<string, unknown>;
  renderDirectory(data: unknown, filters: Record<string, string>): View;
  renderOperator(data: unknown): View;
}

const MAIN = /(<main id="app"[^>]*>)[\s\S]*?(<\/main>)/;
const TITLE = /<title>[\s\S]*?<\/title>/;
const VIEW_SCRIPT = '<script src="/directory-view.js"></script>';

/** JSON inside <script type="application/json">: nothing in it can close the element or open a comment. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

/**
 * Server-rendered directory (/) and operator pages (/operators/<id>): the response holds the content, so readers without
 * JavaScript and search engines get it; the page's script then enhances it (filtering and navigation without reloads)
 * starting from the same data, embedded as JSON, instead of asking again.
 */
export function directoryPages(publicDir: string, execute: ExecutePageQuery, logger: Logger) {
  const template = readFileSync(path.join(publicDir, "index.html"), "utf8");
  if (!MAIN.test(template) || !template.includes(VIEW_SCRIPT)) throw new Error(`${publicDir}/index.html lacks <main id="app"> or ${VIEW_SCRIPT}`);
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

  const run = async (req: Request, res: Response, query: string, variables: Record<string, unknown>) => {
    const result = await execute(req, res, query, variables);
    if (!result.data || result.errors?.length) throw new Error(result.errors?.map((e) => e.message).join(" / ") || "no data");
    return result.data;
  };

  return {
    async directory(req: Request, res: Response, next: NextFunction): Promise<void> {
      try {
        const search = new URL(req.originalUrl, "http://page.invalid").search;
        const filters = view.readFilters(search);
        const variables = view.directoryVariables(filters);
        let data: Record<string, unknown>;
        try {
          data = await run(req, res, view.DIRECTORY_QUERY, variables);
        } catch (error) {
          return fallback(res, error);
        }
        page(res, 200, view.renderDirectory(data, filters), { path: "/", search, data });
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
