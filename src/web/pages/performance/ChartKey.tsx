/**
 * The key to the chart's point shapes, in words with a small drawing of each shape. The
 * drawings use SVG attributes, not inline styles, which the Content-Security-Policy forbids.
 */
import { VARIATION_STYLES, type VariationKey } from "../../../performance/charts/palette.ts";

const SHAPES: Record<string, string> = {
  triangle: "M8 2 L14 14 L2 14 Z",
  diamond: "M8 1 L15 8 L8 15 L1 8 Z",
  rect: "M3 3 H13 V13 H3 Z",
  circle: "M8 4 A4 4 0 1 1 7.99 4 Z",
};

const ORDER: VariationKey[] = [
  "special_cause_concern",
  "special_cause_improvement",
  "special_cause_neither",
  "common_cause",
];

export function ChartKey() {
  return (
    <ul className="govuk-list app-chart-key" aria-label="Key to the points">
      {ORDER.map((key) => {
        const style = VARIATION_STYLES[key];
        return (
          <li key={key} className="app-chart-key__item">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d={SHAPES[style.symbol]} fill={style.colour} />
            </svg>
            <span>
              {style.label} ({style.shapeName})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
