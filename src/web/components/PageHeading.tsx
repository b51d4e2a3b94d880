/**
 * The page's one h1, which also sets the document title. It can take focus (tabIndex -1)
 * because the app moves focus to it after each navigation, so screen readers announce
 * the new page as a full page load would.
 */
import { type ReactNode, useEffect } from "react";
import { setPageTitle } from "../title.ts";

interface Props {
  children: ReactNode;
  /** The title when the heading is not plain text, or should be shorter. */
  title?: string;
  caption?: ReactNode;
  size?: "l" | "xl";
}

export function PageHeading({ children, title, caption, size = "l" }: Props) {
  const text = title ?? (typeof children === "string" ? children : "Waymark");
  useEffect(() => setPageTitle(text), [text]);
  return (
    <>
      {caption ? <span className={`govuk-caption-${size}`}>{caption}</span> : null}
      <h1 className={`govuk-heading-${size}`} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
