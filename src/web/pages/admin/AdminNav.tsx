/** Moves between the administration pages the user's role may open. */
import { Link, useRouterState } from "@tanstack/react-router";
import { adminAreasFor } from "../../navigation.ts";
import { useSignedIn } from "../../session.ts";

export function AdminNav() {
  const session = useSignedIn();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const areas = adminAreasFor(session);
  if (areas.length < 2) return null;
  return (
    <nav className="app-subnav" aria-label="Administration">
      <ul className="app-subnav__list">
        {areas.map((area) => {
          const current = pathname === area.to || pathname.startsWith(`${area.to}/`);
          return (
            <li
              key={area.to}
              className={`app-subnav__item ${current ? "app-subnav__item--current" : ""}`.trim()}
            >
              <Link
                to={area.to}
                className="govuk-link govuk-link--no-visited-state app-subnav__link"
                aria-current={current ? (pathname === area.to ? "page" : "true") : undefined}
              >
                {current ? <strong>{area.label}</strong> : area.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
