/**
 * GOV.UK "previous and next" pagination. Each side is rendered by the page (as a router
 * Link with its own search params), so this component only supplies the markup.
 */
import type { ReactNode } from "react";

function PrevIcon() {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--prev"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
    </svg>
  );
}

function NextIcon() {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--next"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
    </svg>
  );
}

interface Props {
  /** A function rendering a link with the given class and content, or null for no link. */
  previous: ((className: string, content: ReactNode) => ReactNode) | null;
  next: ((className: string, content: ReactNode) => ReactNode) | null;
  previousLabel?: string;
  nextLabel?: string;
  label?: string;
}

export function Pagination({
  previous,
  next,
  previousLabel = "Previous",
  nextLabel = "Next",
  label = "Pages",
}: Props) {
  if (!previous && !next) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previous ? (
        <div className="govuk-pagination__prev">
          {previous(
            "govuk-link govuk-pagination__link",
            <>
              <PrevIcon />
              <span className="govuk-pagination__link-title">{previousLabel}</span>
            </>,
          )}
        </div>
      ) : null}
      {next ? (
        <div className="govuk-pagination__next">
          {next(
            "govuk-link govuk-pagination__link",
            <>
              <NextIcon />
              <span className="govuk-pagination__link-title">{nextLabel}</span>
            </>,
          )}
        </div>
      ) : null}
    </nav>
  );
}
