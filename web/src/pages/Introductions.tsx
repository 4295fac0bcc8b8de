import { Page } from "../components/Layout";

export function IntroductionsPage() {
  return <Page title="紹介依頼"><p>準備中です。</p></Page>;
}
export function IntroductionPage() {
  return <Page title="紹介依頼の詳細"><p>準備中です。</p></Page>;
}
