/**
 * An uploaded file's name is shown to users and stored: it must not smuggle a path
 * ("../../etc/passwd", "C:\\x"), control characters or an absurd length.
 */
export function fileNameProblem(name: string): string | null {
  if (name.length === 0) return "The file has no name.";
  if (name.length > 200)
    return "The file name is longer than 200 characters; rename the file and try again.";
  if (/[/\\]/.test(name) || name.includes(".."))
    return "The file name contains a path (/, \\ or ..); rename the file and try again.";
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(name))
    return "The file name contains control characters; rename the file and try again.";
  return null;
}
