/**
 * The document title: "<page> - Waymark", prefixed "Error: " while a form shows errors,
 * as GOV.UK recommends, so screen reader users hear about the error as the page loads.
 * Kept in one place because the heading and the error summary both change it.
 */
let pageTitle = "Waymark";
let hasError = false;

function apply(): void {
  document.title = `${hasError ? "Error: " : ""}${pageTitle}`;
}

export function setPageTitle(title: string): void {
  pageTitle = `${title} - Waymark`;
  apply();
}

export function setTitleError(error: boolean): void {
  hasError = error;
  apply();
}
