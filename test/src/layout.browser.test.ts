import path from "node:path";
import type { Page } from "playwright-core";
import { expectAccessible } from "./a11y";
import { ARTIFACTS, DESKTOP, describeBrowser, launchBrowser, PHONE, settle, type BrowserSession } from "./browser";
import { startHub, type Hub } from "./harness";

/** The ten entries of a coordinator's main navigation, in order. */
const COORDINATOR_LINKS = ["人材プール", "全国の人材検索", "紹介依頼", "企業・ニーズ", "マッチング", "成果", "記録", "取り込み・書き出し", "ノウハウ", "自己診断"];

describeBrowser("the workspace's main navigation on a phone and a desktop", () => {
  let hub: Hub;
  let session: BrowserSession;
  let page: Page;

  const nav = () => page.getByRole("navigation", { name: "メインメニュー" });
  const toggle = () => nav().getByRole("button", { name: "メニュー" });
  /** The navigation links a person can see (hidden ones are not in the accessibility tree). */
  const visibleLinks = () => nav().getByRole("link").allTextContents();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent?.trim() ?? "", tag: document.activeElement?.tagName ?? "" }));

  async function expectOneH1(text: string): Promise<void> {
    await page.waitForFunction((expected) => document.querySelector("h1")?.textContent === expected, text).catch(() => undefined);
    expect(await page.$$eval("h1", (nodes) => nodes.map((n) => n.textContent))).toEqual([text]);
  }

  async function shot(name: string): Promise<string> {
    await settle(page);
    const file = path.join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    session.shots.push(file);
    return file;
  }

  beforeAll(async () => {
    hub = await startHub();
    session = await launchBrowser();
    page = await session.newPage();
    await page.goto(`${hub.baseUrl}/workspace/sign-in`);
    await page.waitForSelector("#dev-heading");
    await page.getByLabel("コーディネーター（事業者の担当者）").check();
    await page.waitForSelector(`#dev-operator option[value="op-dotdoto"]`, { state: "attached" });
    await page.selectOption("#dev-operator", "op-dotdoto");
    await page.getByRole("button", { name: "サインイン", exact: true }).click();
    await expectOneH1("人材プール");
    await page.locator("[data-testid=who]", { hasText: "一般社団法人ドット道東" }).waitFor();
  });
  afterAll(async () => {
    process.stdout.write(`navigation screenshots:\n${(session?.shots ?? []).map((f) => `  ${f}`).join("\n")}\n`);
    expect(session.external).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session?.close();
    await hub?.stop();
  });

  it("shows every entry on a desktop, with no menu button, and marks the current page", async () => {
    await page.setViewportSize(DESKTOP);
    expect(await toggle().isVisible()).toBe(false);
    expect(await visibleLinks()).toEqual(COORDINATOR_LINKS);
    expect(await nav().locator("a[aria-current=page]").allTextContents()).toEqual(["人材プール"]);
    // The entries fit on one row at 1280 px, as before the phone menu existed.
    const tops = await nav().locator("li").evaluateAll((items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);
    expect(await overflow()).toBe(0);
    await expectAccessible(page, "nav", 1280);
    await shot("nav-1280");
  });

  it("folds the entries behind a labelled menu button on a phone; the keyboard opens it, Escape closes it and returns focus", async () => {
    await page.setViewportSize(PHONE);
    await settle(page);
    expect(await toggle().isVisible()).toBe(true);
    expect(await toggle().getAttribute("aria-expanded")).toBe("false");
    const controls = await toggle().getAttribute("aria-controls");
    expect(controls).toBeTruthy();
    expect(await page.locator(`#${controls}`).evaluate((ul) => ul.closest("nav")?.getAttribute("aria-label"))).toBe("メインメニュー");
    expect(await visibleLinks()).toEqual([]);
    expect(await overflow()).toBe(0);
    await expectAccessible(page, "nav-closed", 390);
    // Closed, the header takes little room: the menu row ends well above the fold.
    const navBottom = await nav().evaluate((el) => el.getBoundingClientRect().bottom);
    expect(navBottom).toBeLessThan(PHONE.height / 3);
    await shot("nav-390-closed");

    // Keyboard only: Tab from the top of a fresh page reaches the menu button (after the skip link and sign-out).
    await page.reload();
    await expectOneH1("人材プール");
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = (await focused()).text === "メニュー";
    }
    expect(reached).toBe(true);
    // Its focus is visible: a solid outline in the focus colour, at least 2 px.
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(outline.style).toBe("solid");
    expect(outline.width).toBeGreaterThanOrEqual(2);

    await page.keyboard.press("Enter");
    expect(await toggle().getAttribute("aria-expanded")).toBe("true");
    expect(await visibleLinks()).toEqual(COORDINATOR_LINKS);
    expect(await nav().locator("a[aria-current=page]").allTextContents()).toEqual(["人材プール"]);
    expect(await overflow()).toBe(0);
    await expectAccessible(page, "nav-open", 390);
    // Tab goes from the button into the list, in order.
    await page.keyboard.press("Tab");
    expect(await focused()).toEqual({ text: "人材プール", tag: "A" });
    await shot("nav-390-open");

    await page.keyboard.press("Escape");
    expect(await toggle().getAttribute("aria-expanded")).toBe("false");
    expect(await visibleLinks()).toEqual([]);
    expect(await focused()).toEqual({ text: "メニュー", tag: "BUTTON" });

    // The open list lies over the page: Tab past its last entry closes it, so focus never goes under it.
    await page.keyboard.press("Enter");
    for (let i = 0; i < COORDINATOR_LINKS.length; i++) await page.keyboard.press("Tab");
    expect(await focused()).toEqual({ text: "自己診断", tag: "A" });
    expect(await toggle().getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Tab");
    expect(await toggle().getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
  });

  it("navigates from the phone menu: the page changes, the menu closes, and the new page is the current one", async () => {
    await page.setViewportSize(PHONE);
    await toggle().focus();
    await page.keyboard.press("Space");
    expect(await toggle().getAttribute("aria-expanded")).toBe("true");
    await nav().getByRole("link", { name: "記録", exact: true }).focus();
    await page.keyboard.press("Enter");
    await expectOneH1("記録");
    expect(new URL(page.url()).pathname).toBe("/workspace/records");
    expect(await toggle().getAttribute("aria-expanded")).toBe("false");
    expect(await visibleLinks()).toEqual([]);
    // Focus moved to the new page's main region, so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await toggle().click();
    expect(await nav().locator("a[aria-current=page]").allTextContents()).toEqual(["記録"]);
    expect(await overflow()).toBe(0);
    // The button closes it again.
    await toggle().click();
    expect(await toggle().getAttribute("aria-expanded")).toBe("false");
    // Back on a desktop the list shows whatever the phone menu's state was.
    await page.setViewportSize(DESKTOP);
    expect(await visibleLinks()).toEqual(COORDINATOR_LINKS);
  });
});
