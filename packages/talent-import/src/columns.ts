/**
 * The import/export template: one column per profile field, contact and consent, plus the operator's own person number
 * (管理番号), the stable key that makes a re-upload update people instead of registering them twice.
 */
export interface ColumnSpec {
  /** Field name in `RawTalentRow` and in the GraphQL staging input. */
  key: ColumnKey;
  /** The Japanese header written in the template and expected in a file. */
  header: string;
  /** Other headers accepted for the same column (older templates, obvious variants). */
  aliases: readonly string[];
  required: boolean;
  /** What the cell holds, in Japanese (the template's second sheet and the screen show it). */
  hintJa: string;
  /** An example value for the template. */
  example: string;
}

export const COLUMN_KEYS = [
  "personNumber",
  "displayName",
  "kinds",
  "skills",
  "yearsOfExperience",
  "availability",
  "preferredWorkStyles",
  "interestInRegion",
  "homePrefecture",
  "email",
  "phone",
  "consentScope",
  "consentPurposes",
  "consentMethod",
  "consentObtainedAt",
  "consentExpiresAt",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** Several values in one cell are separated by any of these (、 , ; ／ / or a line break). */
export const LIST_SEPARATORS = /[、，,;；\/／\n]+/;

export const COLUMNS: readonly ColumnSpec[] = [
  { key: "personNumber", header: "管理番号", aliases: ["人材番号", "個人番号", "登録番号"], required: true,
    hintJa: "事業者が付ける番号 (1〜50文字、英数字・ハイフン・アンダースコア)。同じ番号の行は同じ人として更新されます。", example: "A-0001" },
  { key: "displayName", header: "氏名", aliases: ["名前", "表示名"], required: true, hintJa: "1〜100文字。他の事業者には表示されません。", example: "山田 花子" },
  { key: "kinds", header: "人材区分", aliases: ["人材の種類", "区分"], required: true,
    hintJa: "1〜5個。「、」で区切ります (例: 兼業・副業人材、UIターン人材)。", example: "兼業・副業人材、UIターン人材" },
  { key: "skills", header: "スキル", aliases: ["スキル・専門分野", "専門分野"], required: false, hintJa: "20個まで、各1〜50文字。「、」で区切ります。", example: "法人営業、経営企画" },
  { key: "yearsOfExperience", header: "経験年数", aliases: ["職務経験年数"], required: false, hintJa: "0〜70の整数。", example: "12" },
  { key: "availability", header: "働き方", aliases: ["稼働形態", "就業形態"], required: true,
    hintJa: "フルタイム (正社員等)、兼業・副業、短時間、インターンシップ、プロジェクト単位、在籍型出向 のいずれか。", example: "兼業・副業" },
  { key: "preferredWorkStyles", header: "希望する勤務形態", aliases: ["勤務形態", "希望勤務形態"], required: false,
    hintJa: "現地勤務、リモート、現地とリモートの併用、ワーケーション。「、」で区切ります。", example: "リモート、現地とリモートの併用" },
  { key: "interestInRegion", header: "地域への関心", aliases: ["地域との関わり"], required: false, hintJa: "関係人口、二地域居住、移住 のいずれか。", example: "関係人口" },
  { key: "homePrefecture", header: "都道府県", aliases: ["居住都道府県", "出身都道府県"], required: false,
    hintJa: "都道府県名 (例: 北海道、長野県) または JIS コード (01〜47)。", example: "北海道" },
  { key: "email", header: "メールアドレス", aliases: ["メール", "電子メール"], required: false, hintJa: "254文字まで。", example: "hanako@example.jp" },
  { key: "phone", header: "電話番号", aliases: ["電話"], required: false, hintJa: "数字・空白・+・-・括弧で6〜20文字。", example: "090-1234-5678" },
  { key: "consentScope", header: "同意の範囲", aliases: ["共有範囲", "同意範囲"], required: false,
    hintJa: "自事業者のみ、同じ地域ブロック、全国 のいずれか。同意を記録しない行は同意の列をすべて空にします。", example: "全国" },
  { key: "consentPurposes", header: "同意した目的", aliases: ["同意の目的", "利用目的"], required: false,
    hintJa: "兼業・副業マッチング、インターンシップ、右腕人材・後継者候補の紹介、就職・採用、メンタリング。「、」で区切ります。", example: "兼業・副業マッチング" },
  { key: "consentMethod", header: "同意の取得方法", aliases: ["取得方法"], required: false, hintJa: "書面、ウェブフォーム、電子メール、面談 (記録あり) のいずれか。", example: "書面" },
  { key: "consentObtainedAt", header: "同意の取得日", aliases: ["同意取得日", "同意日"], required: false, hintJa: "日付 (例: 2026-04-01 または 2026/4/1)。未来の日付は不可。", example: "2026-04-01" },
  { key: "consentExpiresAt", header: "同意の有効期限", aliases: ["有効期限"], required: false, hintJa: "日付。取得日より後。空欄は期限なし。", example: "2029-03-31" },
];

export const COLUMN_BY_KEY: Readonly<Record<ColumnKey, ColumnSpec>> = Object.fromEntries(COLUMNS.map((c) => [c.key, c])) as Record<
  ColumnKey,
  ColumnSpec
>;

export const CONSENT_KEYS: readonly ColumnKey[] = ["consentScope", "consentPurposes", "consentMethod", "consentObtainedAt", "consentExpiresAt"];

/** The template's header row, in order. */
export const TEMPLATE_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

/** One data row as it was in the file: every cell as text (dates as YYYY-MM-DD), absent columns undefined. */
export type RawTalentRow = Partial<Record<ColumnKey, string>>;
