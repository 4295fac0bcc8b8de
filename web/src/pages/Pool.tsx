import { Page } from "../components/Layout";

export function PoolPage() {
  return <Page title="人材プール"><p>準備中です。</p></Page>;
}
export function NewPersonPage() {
  return <Page title="人材を登録"><p>準備中です。</p></Page>;
}
export function PersonPage() {
  return <Page title="人材の詳細"><p>準備中です。</p></Page>;
}
