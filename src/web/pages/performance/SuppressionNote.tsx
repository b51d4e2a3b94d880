/** Why some figures read "c", for roles that see small numbers withheld. */
export function SuppressionNote({ suppressed }: { suppressed: boolean }) {
  if (!suppressed) return null;
  return (
    <div className="govuk-inset-text app-measure">
      <strong>c</strong> means the figure is withheld. Figures resting on 1 to 5 children are not
      shown to your role, so that no child can be identified from them.
    </div>
  );
}
