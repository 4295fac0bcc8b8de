import { Page } from "../components/Layout";

export function SearchPage() {
  return <Page title="全国の人材検索"><p>準備中です。</p></Page>;
}
