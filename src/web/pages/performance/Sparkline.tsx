/** A scorecard row's last 13 months as a small line, hidden from screen readers: the row's cells hold the figures. */
import { useMemo } from "react";
import { sparklineOption } from "../../../performance/charts/sparkline-option.ts";
import { EChart } from "./EChart.tsx";

export function Sparkline({ values }: { values: (number | null)[] }) {
  const option = useMemo(() => sparklineOption(values), [values]);
  if (values.every((v) => v === null)) return null;
  return <EChart option={option} className="app-sparkline" />;
}
