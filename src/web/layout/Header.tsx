/**
 * The council product's header: GOV.UK Frontend's generic header (no crown, no GOV.UK
 * name, since Waymark is not a GOV.UK service) with the service name.
 */
import { Link } from "@tanstack/react-router";

export function Header() {
  return (
    <header className="govuk-generic-header app-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <Link to="/" className="govuk-generic-header__homepage-link app-header__link">
            <span className="app-header__name">Waymark</span>
            <span className="app-header__strapline">Children's services improvement</span>
          </Link>
        </div>
      </div>
    </header>
  );
}
