import { Page } from "../components/Layout";

export function RecordsPage() {
  return <Page title="記録"><p>準備中です。</p></Page>;
}
