/** Indicators grouped as the API lists them (front door first), keeping their order. */
import { GROUP_LABELS } from "./labels.ts";

export function groupIndicators<T extends { group: string }>(
  indicators: readonly T[],
): { group: string; label: string; indicators: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const indicator of indicators) {
    const list = groups.get(indicator.group);
    if (list) list.push(indicator);
    else groups.set(indicator.group, [indicator]);
  }
  return [...groups].map(([group, list]) => ({
    group,
    label: GROUP_LABELS[group] ?? group,
    indicators: list,
  }));
}
