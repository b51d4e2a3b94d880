/**
 * GOV.UK service navigation showing only the areas the user's role may open, with who is
 * signed in and a Sign out button at the end. On narrow screens the menu collapses behind
 * a "Menu" button, reproducing GOV.UK Frontend's behaviour in React so the component's
 * own script need not fight React for the DOM.
 */
import { Link, useRouterState } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { currentSection, type MenuItem } from "../navigation.ts";

// GOV.UK Frontend's tablet breakpoint (641px).
const WIDE = "(min-width: 40.0625em)";

function useWideScreen(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const update = () => setWide(query.matches);
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return wide;
}

interface Props {
  items: MenuItem[];
  userName: string;
  onSignOut: () => void;
  signingOut: boolean;
}

export function ServiceNavigation({ items, userName, onSignOut, signingOut }: Props) {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const wide = useWideScreen();
  const [open, setOpen] = useState(false);

  // Following a menu link closes the menu on small screens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each page change only
  useEffect(() => setOpen(false), [pathname]);

  const collapsible = items.length > 1 && !wide;
  const section = currentSection(pathname, items);
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container govuk-service-navigation__inlining-container">
        <div className="govuk-service-navigation__container">
          {items.length === 0 ? null : (
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              {collapsible ? (
                <button
                  type="button"
                  className="govuk-service-navigation__toggle"
                  aria-controls="navigation"
                  aria-expanded={open}
                  onClick={() => setOpen(!open)}
                >
                  Menu
                </button>
              ) : null}
              <ul
                className="govuk-service-navigation__list"
                id="navigation"
                hidden={collapsible && !open}
              >
                {items.map((item) => {
                  const current = item.section === section;
                  const exact = pathname === item.to;
                  return (
                    <li
                      key={item.to}
                      className={`govuk-service-navigation__item ${current ? "govuk-service-navigation__item--active" : ""}`.trim()}
                    >
                      <Link
                        to={item.to}
                        className="govuk-service-navigation__link"
                        aria-current={current ? (exact ? "page" : "true") : undefined}
                      >
                        {/* Bold text marks the current item for users who override colours. */}
                        {current ? (
                          <strong className="govuk-service-navigation__active-fallback">
                            {item.label}
                          </strong>
                        ) : (
                          item.label
                        )}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}
        </div>
        <div className="app-service-navigation__account">
          <span className="govuk-body-s app-service-navigation__user">
            <span className="govuk-visually-hidden">Signed in as </span>
            {userName}
          </span>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-service-navigation__sign-out"
            onClick={onSignOut}
            aria-disabled={signingOut}
          >
            Sign out
          </button>
        </div>
      </div>
    </section>
  );
}
