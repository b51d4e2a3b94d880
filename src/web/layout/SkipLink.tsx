/**
 * GOV.UK skip link. It is a plain fragment link: <main> has tabIndex -1, so following it
 * moves focus there, and the router ignores fragment-only changes.
 */
export function SkipLink() {
  return (
    <a href="#main-content" className="govuk-skip-link">
      Skip to main content
    </a>
  );
}
