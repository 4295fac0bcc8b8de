// Japanese labels of the API's enum values (the same words the API's *LabelJa fields use), for forms and filters.

export const TALENT_KINDS = [
  ["STUDENT_INTERN", "学生・インターン生"],
  ["UI_TURN", "UIターン人材"],
  ["SIDE_JOB", "兼業・副業人材"],
  ["LATENT_WORKER", "潜在的労働者"],
  ["MANAGEMENT_MENTOR", "マネジメントメンター (新現役; 企業OB等)"],
  ["RIGHT_ARM_SUCCESSOR", "右腕人材 (未来の後継者・経営幹部候補)"],
  ["FOREIGN", "外国人材 (外国人留学生・高度外国人材)"],
  ["LARGE_CO_EMPLOYEE", "大企業人材 (越境学習・シニア社員)"],
  ["LARGE_CO_ALUMNI", "大企業OB人材"],
  ["SENIOR", "シニア"],
  ["WOMEN", "女性"],
  ["ICE_AGE_GENERATION", "就職氷河期世代"],
  ["SECOND_NEW_GRAD", "第2新卒"],
  ["NEW_GRAD", "新卒"],
  ["MID_CAREER", "中途"],
  ["HIGH_SCHOOL_STUDENT", "高校生・中高生・小中学生 (キャリア教育)"],
  ["HIGH_SCHOOL_GRAD", "高卒 (高校新卒)"],
  ["PERSON_WITH_DISABILITY", "障がい者 (多様性人材)"],
  ["ATHLETE", "アスリート (ラグビー選手)"],
  ["FISHERY_SUCCESSOR", "漁師の担い手"],
  ["REGIONAL_COOPERATOR", "地域おこし協力隊"],
  ["REGIONAL_REVITALIZATION_ENTREPRENEUR", "地域活性化起業人"],
  ["RELATED_POPULATION", "関係人口・地域越境人材・二地域居住者・移住者"],
  ["YOUNG_EMPLOYEE", "若手社員・新入社員"],
  ["COORDINATOR", "地域コーディネーター/兼業コーディネーター/DXコーディネータ"],
  ["SECONDED_EMPLOYEE", "在籍型出向者"],
] as const;

export const AVAILABILITIES = [
  ["FULL_TIME", "フルタイム (正社員等)"],
  ["SIDE_JOB", "兼業・副業"],
  ["SHORT_HOURS", "短時間 (プチ勤務・しごとコンビニ)"],
  ["INTERNSHIP", "インターンシップ"],
  ["PROJECT", "プロジェクト単位"],
  ["SECONDMENT", "在籍型出向"],
] as const;

export const WORK_STYLES = [
  ["ON_SITE", "現地勤務"],
  ["REMOTE", "リモート"],
  ["HYBRID", "現地とリモートの併用"],
  ["WORKATION", "ワーケーション"],
] as const;

export const INTERESTS = [
  ["RELATED_POPULATION", "関係人口"],
  ["DUAL_RESIDENCE", "二地域居住"],
  ["RELOCATION", "移住"],
] as const;

export const CONSENT_SCOPES = [
  ["OWN_OPERATOR", "登録した事業者のみ"],
  ["SAME_BLOCK", "同じ地域ブロックの事業者"],
  ["NATIONWIDE", "全国の事業者"],
] as const;

export const PURPOSES = [
  ["SIDE_JOB_MATCHING", "兼業・副業マッチング"],
  ["INTERNSHIP", "インターンシップ"],
  ["RIGHT_ARM_SUCCESSOR", "右腕人材・後継者候補の紹介"],
  ["EMPLOYMENT", "就職・採用"],
  ["MENTORING", "メンタリング (新現役等)"],
] as const;

export const CONSENT_METHODS = [
  ["PAPER_FORM", "書面"],
  ["WEB_FORM", "ウェブフォーム"],
  ["EMAIL", "電子メール"],
  ["INTERVIEW_RECORDED", "面談 (記録あり)"],
] as const;

export const INTRODUCTION_STATUSES = [
  ["OPEN", "依頼中"],
  ["ACCEPTED", "承諾"],
  ["DECLINED", "辞退"],
  ["WITHDRAWN", "取下げ"],
] as const;

/** Why an introduction is declined (the API's IntroductionDeclineReason; the same words as declineReasonLabelJa). */
export const DECLINE_REASONS = [
  ["PERSON_UNAVAILABLE", "本人の都合がつかない（時期・時間が合わない）"],
  ["PERSON_NOT_INTERESTED", "本人が紹介を希望しない"],
  ["CONDITIONS_MISMATCH", "依頼の内容・条件が本人の希望と合わない"],
  ["ALREADY_ENGAGED", "本人がすでに別の仕事・紹介に決まっている"],
  ["INSUFFICIENT_INFORMATION", "依頼の内容が分からず判断できない"],
  ["OTHER", "その他（詳細に記入）"],
] as const;

export const REGIONAL_BLOCKS = [
  ["HOKKAIDO", "北海道"],
  ["TOHOKU", "東北"],
  ["KANTO", "関東"],
  ["CHUBU", "中部"],
  ["KINKI", "近畿"],
  ["CHUGOKU", "中国"],
  ["SHIKOKU", "四国"],
  ["KYUSHU", "九州"],
  ["OKINAWA", "沖縄"],
] as const;

/** The 47 prefectures: JIS X 0401 code, name, regional block. */
export const PREFECTURES = [
  ["01", "北海道", "HOKKAIDO"],
  ["02", "青森県", "TOHOKU"],
  ["03", "岩手県", "TOHOKU"],
  ["04", "宮城県", "TOHOKU"],
  ["05", "秋田県", "TOHOKU"],
  ["06", "山形県", "TOHOKU"],
  ["07", "福島県", "TOHOKU"],
  ["08", "茨城県", "KANTO"],
  ["09", "栃木県", "KANTO"],
  ["10", "群馬県", "KANTO"],
  ["11", "埼玉県", "KANTO"],
  ["12", "千葉県", "KANTO"],
  ["13", "東京都", "KANTO"],
  ["14", "神奈川県", "KANTO"],
  ["15", "新潟県", "KANTO"],
  ["16", "富山県", "CHUBU"],
  ["17", "石川県", "CHUBU"],
  ["18", "福井県", "KINKI"],
  ["19", "山梨県", "KANTO"],
  ["20", "長野県", "KANTO"],
  ["21", "岐阜県", "CHUBU"],
  ["22", "静岡県", "KANTO"],
  ["23", "愛知県", "CHUBU"],
  ["24", "三重県", "CHUBU"],
  ["25", "滋賀県", "KINKI"],
  ["26", "京都府", "KINKI"],
  ["27", "大阪府", "KINKI"],
  ["28", "兵庫県", "KINKI"],
  ["29", "奈良県", "KINKI"],
  ["30", "和歌山県", "KINKI"],
  ["31", "鳥取県", "CHUGOKU"],
  ["32", "島根県", "CHUGOKU"],
  ["33", "岡山県", "CHUGOKU"],
  ["34", "広島県", "CHUGOKU"],
  ["35", "山口県", "CHUGOKU"],
  ["36", "徳島県", "SHIKOKU"],
  ["37", "香川県", "SHIKOKU"],
  ["38", "愛媛県", "SHIKOKU"],
  ["39", "高知県", "SHIKOKU"],
  ["40", "福岡県", "KYUSHU"],
  ["41", "佐賀県", "KYUSHU"],
  ["42", "長崎県", "KYUSHU"],
  ["43", "熊本県", "KYUSHU"],
  ["44", "大分県", "KYUSHU"],
  ["45", "宮崎県", "KYUSHU"],
  ["46", "鹿児島県", "KYUSHU"],
  ["47", "沖縄県", "OKINAWA"],
] as const;

/** The label of a value in one of the lists above. */
export function labelOf(list: ReadonlyArray<readonly [string, string, ...string[]]>, value: string | null | undefined): string {
  if (!value) return "";
  return list.find((entry) => entry[0] === value)?.[1] ?? value;
}
