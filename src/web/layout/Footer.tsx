/** A plain footer: Waymark is a council product, so no crown or Open Government Licence. */
export function Footer() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p className="govuk-body-s app-footer__text">
              Waymark helps a council's children's services run and evidence its Improvement Notice.
              Information about children is confidential: every view is recorded.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
