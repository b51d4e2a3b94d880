/**
 * A row of links between the pages of one area, the current one marked for sighted users
 * (bold, underlined) and for screen readers (aria-current), as the admin pages do.
 */
import { Link, useRouterState } from "@tanstack/react-router";

export interface SubNavItem {
  label: string;
  to: "/plan" | "/plan/notice" | "/board" | "/board/actions" | "/board/calendar";
  /** Deeper addresses that belong to this item, such as /plan/actions/ under the plan. */
  under?: string;
}

export function SubNav({ label, items }: { label: string; items: SubNavItem[] }) {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <nav className="app-subnav" aria-label={label}>
      <ul className="app-subnav__list">
        {items.map((item) => {
          const exact = pathname === item.to;
          const current = exact || (item.under !== undefined && pathname.startsWith(item.under));
          return (
            <li
              key={item.to}
              className={`app-subnav__item ${current ? "app-subnav__item--current" : ""}`.trim()}
            >
              <Link
                to={item.to}
                className="govuk-link govuk-link--no-visited-state app-subnav__link"
                aria-current={current ? (exact ? "page" : "true") : undefined}
              >
                {current ? <strong>{item.label}</strong> : item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
