/** GOV.UK tag. The words carry the meaning; the colour only repeats it. */
import type { ReactNode } from "react";

type Colour =
  | "grey"
  | "green"
  | "turquoise"
  | "blue"
  | "light-blue"
  | "purple"
  | "pink"
  | "red"
  | "orange"
  | "yellow";

export function Tag({ children, colour }: { children: ReactNode; colour?: Colour }) {
  return (
    <strong className={`govuk-tag ${colour ? `govuk-tag--${colour}` : ""}`.trim()}>
      {children}
    </strong>
  );
}
