import { describe, expect, it } from "vitest";
import { renderSvg } from "./render-svg.ts";

const option = {
  animation: false,
  xAxis: { type: "category" as const, data: ["Apr", "May", "Jun"] },
  yAxis: { type: "value" as const },
  series: [{ type: "line" as const, data: [61, 72, 68], markLine: { data: [{ yAxis: 70 }] } }],
};

describe("renderSvg", () => {
  it("renders the same option to the same bytes every time", () => {
    const first = renderSvg(option, 300, 200);
    expect(renderSvg(option, 300, 200)).toBe(first);
    expect(first).not.toMatch(/\bzr\d+-/);
  });

  it("prefixes ids so two charts on one page do not share them", () => {
    const a = renderSvg(option, 300, 200, "a");
    const b = renderSvg(option, 300, 200, "b");
    const ids = (svg: string) => [...svg.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(a).length).toBeGreaterThan(0);
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
  });
});

describe("renderSvg output", () => {
  it("is well-formed XML that the PDF renderer can parse", async () => {
    const { XmlDocument } = await import("xmldoc");
    const { FONT } = await import("./palette.ts");
    const svg = renderSvg({ ...option, textStyle: { fontFamily: FONT } }, 300, 200);
    expect(() => new XmlDocument(svg)).not.toThrow();
  });
});
