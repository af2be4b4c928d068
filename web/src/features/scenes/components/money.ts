import { num } from "../../../lib/api/client";

export const usd = (value: number | string) =>
  num(value).toLocaleString("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
