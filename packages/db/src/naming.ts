import { DefaultNamingStrategy, type NamingStrategyInterface } from "typeorm";

/** snake_case columns for camelCase properties, so entities stay idiomatic TypeScript and the SQL stays idiomatic PostgreSQL. */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    const name = customName ?? toSnake(propertyName);
    return prefixes.length ? `${prefixes.map(toSnake).join("_")}_${name}` : name;
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return toSnake(`${relationName}_${referencedColumnName}`);
  }
}

/** `fiscalYear` → `fiscal_year`. */
export function toSnake(value: string): string {
  return value.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
