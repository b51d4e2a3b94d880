/**
 * How many calendar items are in each state, each count a link that shows only those
 * items; the filter is in the address so a view such as "overdue" can be shared.
 */
import { Link } from "@tanstack/react-router";
import { CALENDAR_FILTERS, type CalendarShow } from "./labels.ts";
import type { CalendarItem } from "./types.ts";

export function CalendarFilterNav({
  items,
  current,
}: {
  items: CalendarItem[];
  current: CalendarShow | undefined;
}) {
  const links: { show: CalendarShow | undefined; label: string; count: number }[] = [
    { show: undefined, label: "All items", count: items.length },
    ...CALENDAR_FILTERS.map((filter) => ({
      show: filter.show,
      label: filter.label,
      count: items.filter((item) => (filter.states as readonly string[]).includes(item.state))
        .length,
    })),
  ];
  return (
    <nav className="app-subnav" aria-label="Show calendar items">
      <ul className="app-subnav__list">
        {links.map((link) => {
          const selected = link.show === current;
          return (
            <li
              key={link.label}
              className={`app-subnav__item ${selected ? "app-subnav__item--current" : ""}`.trim()}
            >
              <Link
                to="/board/calendar"
                search={link.show ? { show: link.show } : {}}
                className="govuk-link govuk-link--no-visited-state app-subnav__link"
                aria-current={selected ? "page" : undefined}
              >
                {selected ? <strong>{link.label}</strong> : link.label}{" "}
                <span className="app-count">({link.count})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
