/** Shown while a page's data loads; a status region so screen readers hear it once. */
export function Loading({ what = "Loading" }: { what?: string }) {
  return (
    <p className="govuk-body" role="status">
      {what}…
    </p>
  );
}
