/** Tells users the service is new, so they expect change and report problems. */
export function PhaseBanner() {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
        <span className="govuk-phase-banner__text">
          This is a new service. If something does not work as you expect, tell your Waymark
          administrator.
        </span>
      </p>
    </div>
  );
}
