/**
 * Turns API failures into Japanese sentences that say what to do. The API keeps its codes (BAD_USER_INPUT, FORBIDDEN …);
 * the person using the workspace never sees a code, a stack trace or a URL.
 */
export interface ApiErrorShape {
  message?: string;
  extensions?: { code?: unknown; invalidRows?: unknown; field?: unknown; rule?: unknown; messageJa?: unknown } & Record<string, unknown>;
}

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: "サインインの有効期限が切れました。もう一度サインインしてください。",
  FORBIDDEN: "この操作を行う権限がありません。担当の事業者と役割でサインインしているか確認してください。",
  NOT_FOUND: "対象が見つかりません。削除されたか、ほかの事業者のデータです。一覧から選び直してください。",
  BAD_USER_INPUT: "入力内容に誤りがあります。赤く示した項目を確認して、もう一度お試しください。",
  CONFLICT: "同じ内容がすでに登録されています。一覧で現在の状態を確認してください。",
  GRAPHQL_PARSE_FAILED: "画面の要求に誤りがあります。ページを再読み込みしてください。",
  GRAPHQL_VALIDATION_FAILED: "画面の要求に誤りがあります。ページを再読み込みしてください。",
  BAD_REQUEST: "画面の要求に誤りがあります。ページを再読み込みしてください。",
  RATE_LIMITED: "短い時間に操作が集中しました。少し待ってから、もう一度お試しください。",
  SERVICE_UNAVAILABLE: "一部のサービスが一時的に使えません。しばらくしてから、もう一度お試しください。",
  GATEWAY_TIMEOUT: "応答に時間がかかりすぎました。しばらくしてから、もう一度お試しください。",
  INTERNAL_SERVER_ERROR: "サーバーで問題が発生しました。時間をおいて、もう一度お試しください。",
  NETWORK: "サーバーに接続できません。ネットワークの接続を確認して、もう一度お試しください。",
};

/** Japanese names of the input fields the API can name in BAD_USER_INPUT errors. */
export const FIELD_LABELS: Record<string, string> = {
  displayName: "氏名",
  kinds: "人材の種類",
  skills: "スキル",
  yearsOfExperience: "経験年数",
  availability: "働き方",
  preferredWorkStyles: "希望する勤務形態",
  interestInRegion: "地域への関心",
  homePrefectureCode: "出身・在住の都道府県",
  email: "メールアドレス",
  phone: "電話番号",
  scope: "共有範囲",
  purposes: "利用目的",
  obtainedAt: "取得日時",
  method: "取得方法",
  expiresAt: "有効期限",
  message: "メッセージ",
  purpose: "目的",
  skill: "スキル",
  text: "検索語",
  from: "開始日",
  to: "終了日",
  idempotencyKey: "重複防止キー",
  reason: "辞退の理由",
  note: "理由の詳細",
};

/** A failure the screens can show as is. */
export class ApiError extends Error {
  constructor(
    /** The Japanese sentence to show. */
    message: string,
    /** The API's code, for the program (never shown). */
    readonly code: string,
    /** Input fields the API named, for highlighting. */
    readonly fields: string[] = [],
    /** The business rule that refused the request (extensions.rule, e.g. ADOPTION_CAP), for the program. */
    readonly rule: string | null = null,
    /** The API's own sentence when it is written in Japanese (rules that a person reads name themselves there), else null. */
    readonly detailJa: string | null = null,
    /**
     * The API's Japanese sentence for a refusal a person reads (extensions.messageJa, sent with every BAD_USER_INPUT,
     * NOT_FOUND, FORBIDDEN and CONFLICT), else null.
     */
    readonly messageJa: string | null = null,
    /** The input field the API says the refusal concerns (extensions.field), whatever the code, else null. */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

function namedFields(error: ApiErrorShape): string[] {
  const fields = new Set<string>();
  const ext = error.extensions ?? {};
  if (typeof ext.field === "string") fields.add(ext.field);
  if (Array.isArray(ext.invalidRows)) {
    for (const row of ext.invalidRows) {
      if (row && typeof (row as { field?: unknown }).field === "string") fields.add((row as { field: string }).field);
    }
  }
  // Messages of this API name the offending argument first, e.g. "email: must be …" or "`phone` must …".
  const match = /^[`"]?([a-zA-Z]+)[`"]?[:\s]/.exec(error.message ?? "");
  if (match?.[1] && FIELD_LABELS[match[1]]) fields.add(match[1]);
  return [...fields];
}

/** The Japanese sentence for one GraphQL error. */
export function toApiError(error: ApiErrorShape): ApiError {
  const code = typeof error.extensions?.code === "string" ? error.extensions.code : "INTERNAL_SERVER_ERROR";
  const fields = code === "BAD_USER_INPUT" ? namedFields(error) : [];
  let message = MESSAGES[code] ?? MESSAGES.INTERNAL_SERVER_ERROR!;
  if (fields.length > 0) {
    const labels = fields.map((f) => `「${FIELD_LABELS[f] ?? "入力"}」`).join("");
    message = `${labels}の入力内容に誤りがあります。説明に沿って直し、もう一度お試しください。`;
  }
  const detailJa = typeof error.message === "string" && /[\u3040-\u30ff\u4e00-\u9fff]/.test(error.message) ? error.message : null;
  const ext = error.extensions ?? {};
  return new ApiError(
    message,
    code,
    fields,
    typeof ext.rule === "string" ? ext.rule : null,
    detailJa,
    typeof ext.messageJa === "string" && ext.messageJa.trim() ? ext.messageJa : null,
    typeof ext.field === "string" ? ext.field : null,
  );
}

/** The Japanese sentence for anything thrown (network failures included). */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return MESSAGES.NETWORK!;
}
