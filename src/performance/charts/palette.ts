/**
 * The colours and point shapes of the performance charts, in one place so the web page's
 * key, the browser chart and the server-rendered board-pack chart always agree.
 *
 * GOV.UK colours, except the orange: GOV.UK's #f47738 has 2.8:1 contrast on white, short
 * of the 3:1 WCAG asks of graphics, so a darker orange is used. Each variation also has
 * its own shape, so the chart does not rely on colour alone.
 */

export const INK = "#0b0c0c";
export const DARK_GREY = "#505a5f";
export const MID_GREY = "#b1b4b6";
export const GREEN = "#00703c";
// Single quotes: ECharts writes the family unescaped into a double-quoted SVG style attribute.
export const FONT = "'GDS Transport', arial, sans-serif";

export type VariationKey =
  | "special_cause_concern"
  | "special_cause_improvement"
  | "special_cause_neither"
  | "common_cause";

export interface PointStyle {
  colour: string;
  /** an ECharts built-in symbol */
  symbol: "triangle" | "diamond" | "rect" | "circle";
  /** how the page's key names it */
  label: string;
  shapeName: string;
}

export const VARIATION_STYLES: Record<VariationKey, PointStyle> = {
  special_cause_concern: {
    colour: "#d45d00",
    symbol: "triangle",
    label: "Special cause variation, concern",
    shapeName: "orange triangle",
  },
  special_cause_improvement: {
    colour: "#1d70b8",
    symbol: "diamond",
    label: "Special cause variation, improvement",
    shapeName: "blue diamond",
  },
  special_cause_neither: {
    colour: "#4c2c92",
    symbol: "rect",
    label: "Special cause variation, neither improvement nor concern",
    shapeName: "purple square",
  },
  common_cause: {
    colour: DARK_GREY,
    symbol: "circle",
    label: "Common cause variation",
    shapeName: "grey circle",
  },
};

/** The style of a point's variation; null for a point with no value. */
export function pointStyle(variation: string): PointStyle | null {
  return Object.hasOwn(VARIATION_STYLES, variation)
    ? VARIATION_STYLES[variation as VariationKey]
    : null;
}
