import { Field, InputType, Int } from "type-graphql";
import type * as domain from "@jinjibu/domain";
import { CompanySizeClass, CompanyVisibility, JsicDivision } from "@jinjibu/federation";

@InputType({ description: "A regional company an operator registers as one it supports." })
export class RegionalCompanyInput {
  @Field(() => String, { description: "Name, 1–200 characters (e.g. 株式会社丸山組)." })
  nameJa!: string;

  @Field(() => [String], { nullable: true, description: "Other spellings (up to 20)." })
  nameVariants?: string[] | null;

  @Field(() => JsicDivision, { nullable: true, description: "JSIC major division (A–T)." })
  jsicDivision?: domain.JsicDivision | null;

  @Field(() => CompanySizeClass, { nullable: true, description: "Size class (default UNKNOWN)." })
  sizeClass?: domain.CompanySizeClass | null;

  @Field(() => String, { nullable: true, description: 'Prefecture (JIS code "01"–"47").' })
  prefectureCode?: string | null;

  @Field(() => String, { nullable: true, description: "Municipality as written (up to 100 characters)." })
  municipalityJa?: string | null;

  @Field(() => CompanyVisibility, { nullable: true, description: "PUBLIC or NETWORK (default NETWORK)." })
  visibility?: domain.CompanyVisibility | null;
}

@InputType({ description: "One row of an operator's company list (CSV/Excel), keyed by the template's columns; validated on the server." })
export class RegionalCompanyRowInput {
  @Field(() => Int, { description: "The file's row number (1 = header), for problems." })
  rowNumber!: number;

  @Field(() => String, { nullable: true, description: "管理番号: the operator's own company number (the stable key of a re-upload)." })
  companyNumber?: string;

  @Field(() => String, { nullable: true, description: "企業名." })
  nameJa?: string;

  @Field(() => String, { nullable: true, description: "別名 (list separated by 、 , ; / or line breaks)." })
  nameVariants?: string;

  @Field(() => String, { nullable: true, description: "業種: JSIC major division code or name (D, D 建設業, 建設業)." })
  industry?: string;

  @Field(() => String, { nullable: true, description: "規模 (小規模企業, 中小企業 (小) …)." })
  sizeClass?: string;

  @Field(() => String, { nullable: true, description: "都道府県 (name or JIS code)." })
  prefecture?: string;

  @Field(() => String, { nullable: true, description: "市区町村." })
  municipality?: string;

  @Field(() => String, { nullable: true, description: "公開範囲 (公開 / ネットワーク内のみ)." })
  visibility?: string;
}
