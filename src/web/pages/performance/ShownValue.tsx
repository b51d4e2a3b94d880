/**
 * A figure as shown to this audience. A withheld figure reads "c", as in DfE tables, and
 * screen readers also hear "withheld" so the letter is not a puzzle.
 */
import { formatCountShown, formatShown, type Shown } from "./labels.ts";

export function Withheld() {
  return (
    <>
      c<span className="govuk-visually-hidden"> (withheld)</span>
    </>
  );
}

export function ShownValue({
  value,
  kind,
  precision,
}: {
  value: Shown;
  kind: "count" | "percent";
  precision: number;
}) {
  return value === "c" ? <Withheld /> : formatShown(value, kind, precision);
}

export function ShownCount({ value }: { value: Shown }) {
  return value === "c" ? <Withheld /> : formatCountShown(value);
}
