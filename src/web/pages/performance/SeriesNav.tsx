/** Switch the indicator page between its monthly, year-to-date and rolling 12-month series. */
import { Link } from "@tanstack/react-router";
import { SERIES_LABELS } from "./labels.ts";
import type { Series } from "./queries.ts";

const ALL: Series[] = ["month", "ytd", "rolling12"];

export function SeriesNav({ id, current }: { id: string; current: Series }) {
  return (
    <nav className="app-subnav" aria-label="Series">
      <ul className="app-subnav__list">
        {ALL.map((series) => (
          <li
            key={series}
            className={`app-subnav__item ${series === current ? "app-subnav__item--current" : ""}`.trim()}
          >
            <Link
              to="/performance/$id"
              params={{ id }}
              search={series === "month" ? {} : { series }}
              className="govuk-link app-subnav__link"
              aria-current={series === current ? "page" : undefined}
            >
              {SERIES_LABELS[series]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
