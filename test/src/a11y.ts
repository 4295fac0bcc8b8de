import type { Page } from "playwright-core";

/** Expects `accessibilityProblems` to find nothing; `name` and `width` say where in the failure message. */
export async function expectAccessible(page: Page, name: string, width?: number): Promise<void> {
  expect({ name, width, problems: await accessibilityProblems(page) }).toEqual({ name, width, problems: [] });
}

/**
 * Checks a page can be used without a mouse and read by everyone, in the page itself (no library):
 * every form control has an accessible name; every visible text meets WCAG AA contrast against what is behind it
 * (4.5:1, or 3:1 for large text: 24 px, or 18.66 px bold; the text of disabled controls is exempt, as WCAG 1.4.3 says);
 * and the border of every text input, select and textarea meets 3:1 against what is around it (WCAG 1.4.11).
 * Returns the problems found, empty when there are none. The one contrast check of the browser tests.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none";
    };
    // 1. Names of controls.
    for (const el of Array.from(document.querySelectorAll("input, select, textarea, button"))) {
      if (!visible(el) || (el as HTMLInputElement).type === "hidden") continue;
      const id = el.getAttribute("id");
      const named =
        (el.getAttribute("aria-label") ?? "").trim() ||
        (el.getAttribute("aria-labelledby") ?? "").split(/\s+/).some((ref) => ref && document.getElementById(ref)?.textContent?.trim()) ||
        (id && document.querySelector(`label[for="${CSS.escape(id)}"]`)?.textContent?.trim()) ||
        el.closest("label")?.textContent?.trim() ||
        (el.tagName === "BUTTON" && el.textContent?.trim());
      if (!named) problems.push(`unnamed ${el.tagName.toLowerCase()}${id ? `#${id}` : ""}`);
    }
    // 2. Contrast of text.
    const rgba = (value: string): [number, number, number, number] => {
      const m = value.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const parts = m[1]!.split(/[,\s/]+/).filter(Boolean).map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts.length > 3 ? parts[3]! : 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const c = [r!, g!, b!].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const background = (el: Element | null): [number, number, number] => {
      for (let node = el; node; node = node.parentElement) {
        const [r, g, b, a] = rgba(getComputedStyle(node).backgroundColor);
        if (a > 0.5) return [r, g, b];
      }
      return [255, 255, 255];
    };
    const seen = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || !visible(el) || el.closest("[aria-hidden=true], .visually-hidden, canvas")) continue;
      if (el.closest("button:disabled, option:disabled, fieldset:disabled")) continue;
      const s = getComputedStyle(el);
      const [r, g, b, a] = rgba(s.color);
      if (a < 0.5) continue;
      const bg = background(el);
      const l1 = luminance([r, g, b]);
      const l2 = luminance(bg);
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) {
        const what = `contrast ${ratio.toFixed(2)} (${s.color} on rgb(${bg.join(",")})): "${n.textContent.trim().slice(0, 30)}"`;
        if (!seen.has(what)) problems.push(what);
        seen.add(what);
      }
    }
    // 3. Borders of the fields a person types or picks in.
    const fields = "input[type=text], input[type=search], input[type=email], input[type=tel], input[type=number], input[type=date], " +
      "input[type=datetime-local], input[type=url], input[type=password], input:not([type]), select, textarea";
    for (const el of Array.from(document.querySelectorAll(fields))) {
      if (!visible(el) || (el as HTMLInputElement).disabled) continue;
      const l1 = luminance(rgba(getComputedStyle(el).borderTopColor));
      const l2 = luminance(background(el.parentElement));
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      if (ratio < 3) problems.push(`border ${ratio.toFixed(2)} of ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}`);
    }
    return problems;
  });
}
