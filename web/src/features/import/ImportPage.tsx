import { Page } from "../../components/Layout";

/** Excel/CSV import and export of the own pool (the import feature fills this page in). */
export function ImportPage() {
  return (
    <Page title="取り込み・書き出し" lead="Excel や CSV のファイルから人材をまとめて登録し、人材プールと提供記録を書き出します。">
      <p>この画面は準備中です。</p>
    </Page>
  );
}
