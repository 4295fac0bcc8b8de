import { COLUMNS, TEMPLATE_HEADERS } from "./columns";
import {
  AVAILABILITY_LABELS,
  CONSENT_METHOD_LABELS,
  CONSENT_SCOPE_LABELS,
  INTEREST_IN_REGION_LABELS,
  prefectureNameOf,
  SHARING_PURPOSE_LABELS,
  TALENT_KIND_LABELS,
  WORK_STYLE_LABELS,
} from "./vocabulary";

/** The UTF-8 byte order mark Excel needs to open a CSV as UTF-8 (without it, Japanese Excel assumes Shift_JIS). */
export const UTF8_BOM = "\uFEFF";

/**
 * One CSV line (CRLF-terminated, as Excel writes). Cells that a spreadsheet would evaluate (=, +, -, @ at the start, or a
 * tab/CR) are prefixed with an apostrophe, so an exported file cannot run a formula (CSV injection).
 */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map((cell) => csvCell(cell)).join(",")}\r\n`;
}

export function csvCell(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "string" ? safeSheetText(cell) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Text a spreadsheet could evaluate gets an apostrophe in front. A telephone number such as "+81 90-1234-5678" or a
 * negative number stays as it is (digits, spaces, hyphens and parentheses only), so an exported pool re-imports cleanly.
 */
export const safeSheetText = (text: string): string =>
  /^[=@\t\r]/.test(text) || (/^[+\-]/.test(text) && !/^[+\-][0-9() \-.]*$/.test(text)) ? `'${text}` : text;

/** The empty template: the header row and one example row, as a UTF-8 CSV with BOM. */
export function templateCsv(withExample = true): string {
  return UTF8_BOM + csvLine(TEMPLATE_HEADERS) + (withExample ? csvLine(COLUMNS.map((c) => c.example)) : "");
}

/** What the pool export needs of a profile (the GraphQL shape of `myTalentProfiles` with `personNumber`). */
export interface ExportableProfile {
  id: string;
  personNumber?: string | null;
  displayName?: string | null;
  kinds: string[];
  skills: string[];
  yearsOfExperience?: number | null;
  availability: string;
  preferredWorkStyles: string[];
  interestInRegion?: string | null;
  homePrefectureCode?: string | null;
  contact?: { email?: string | null; phone?: string | null } | null;
  consents?: {
    scope: string;
    purposes: string[];
    method: string;
    obtainedAt: string;
    expiresAt?: string | null;
    active: boolean;
  }[];
  registeredAt?: string;
}

const label = (labels: Readonly<Record<string, string>>, code: string | null | undefined) => (code ? (labels[code] ?? code) : "");
const labels = (table: Readonly<Record<string, string>>, codes: readonly string[]) => codes.map((c) => label(table, c)).join("、");
/** The Japan date of an instant (YYYY-MM-DD). */
export const japanDate = (iso: string | null | undefined): string =>
  iso ? new Date(new Date(iso).getTime() + 9 * 3600_000).toISOString().slice(0, 10) : "";

/** The pool's export columns: the template's and two the import ignores (so an exported file re-imports as it is). */
export const POOL_EXPORT_HEADERS: readonly string[] = [...TEMPLATE_HEADERS, "プロフィールID", "登録日時"];

/** A profile as a row of the template (labels in Japanese; the newest active consent in the consent columns). */
export function poolRow(profile: ExportableProfile): string[] {
  const consent = [...(profile.consents ?? [])].filter((c) => c.active).sort((a, b) => b.obtainedAt.localeCompare(a.obtainedAt))[0];
  return [
    profile.personNumber ?? "",
    profile.displayName ?? "",
    labels(TALENT_KIND_LABELS, profile.kinds),
    profile.skills.join("、"),
    profile.yearsOfExperience == null ? "" : String(profile.yearsOfExperience),
    label(AVAILABILITY_LABELS, profile.availability),
    labels(WORK_STYLE_LABELS, profile.preferredWorkStyles),
    label(INTEREST_IN_REGION_LABELS, profile.interestInRegion),
    prefectureNameOf(profile.homePrefectureCode) ?? "",
    profile.contact?.email ?? "",
    profile.contact?.phone ?? "",
    consent ? label(CONSENT_SCOPE_LABELS, consent.scope) : "",
    consent ? labels(SHARING_PURPOSE_LABELS, consent.purposes) : "",
    consent ? label(CONSENT_METHOD_LABELS, consent.method) : "",
    consent ? japanDate(consent.obtainedAt) : "",
    consent?.expiresAt ? japanDate(consent.expiresAt) : "",
    profile.id,
    profile.registeredAt ?? "",
  ];
}

/** What the provision-record export needs (the GraphQL shape of `provisionRecords`). */
export interface ExportableProvisionRecord {
  id: string;
  providerOperator: { id: string; nameJa?: string | null };
  recipientOperator: { id: string; nameJa?: string | null };
  talentRef?: string | null;
  items: string[];
  consentId: string;
  consentScope: string;
  consentObtainedAt: string;
  consentMethod: string;
  purpose: string;
  introductionId: string;
  providedAt: string;
  retainUntil: string;
}

const ITEM_LABELS: Record<string, string> = { displayName: "氏名", email: "メールアドレス", phone: "電話番号" };

export const PROVISION_EXPORT_HEADERS: readonly string[] = [
  "記録ID",
  "提供日時",
  "提供元事業者",
  "提供先事業者",
  "本人の参照 (プロフィールID)",
  "提供した項目",
  "利用目的",
  "同意の範囲",
  "同意の取得日",
  "同意の取得方法",
  "同意ID",
  "紹介ID",
  "保存期限",
];

export function provisionRow(record: ExportableProvisionRecord): string[] {
  return [
    record.id,
    record.providedAt,
    record.providerOperator.nameJa ?? record.providerOperator.id,
    record.recipientOperator.nameJa ?? record.recipientOperator.id,
    record.talentRef ?? "",
    record.items.map((i) => ITEM_LABELS[i] ?? i).join("、"),
    label(SHARING_PURPOSE_LABELS, record.purpose),
    label(CONSENT_SCOPE_LABELS, record.consentScope),
    japanDate(record.consentObtainedAt),
    label(CONSENT_METHOD_LABELS, record.consentMethod),
    record.consentId,
    record.introductionId,
    japanDate(record.retainUntil),
  ];
}
