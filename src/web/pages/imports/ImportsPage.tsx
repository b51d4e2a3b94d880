/**
 * Imports: upload an extract (for roles that may import) and every import run so far,
 * each with its data-quality report.
 */
import { useQuery } from "@tanstack/react-query";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useSignedIn } from "../../session.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { ImportRunsTable } from "./ImportRunsTable.tsx";
import { importRunsQuery } from "./queries.ts";
import { UploadForm } from "./UploadForm.tsx";

export function ImportsPage() {
  const session = useSignedIn();
  const runs = useQuery(importRunsQuery);
  if (runs.isError) return <ProblemPage error={runs.error} />;

  return (
    <>
      <PageHeading>Imports</PageHeading>
      <p className="govuk-body app-measure">
        Waymark's figures come from extract files exported from the case system. Each file is
        checked before anything from it is loaded: a file with any error is not loaded at all, and
        warnings are reported while the file is still loaded. Every import, and what was found in
        it, is listed below.
      </p>
      {session.can("imports.write") ? (
        <UploadForm />
      ) : (
        <p className="govuk-body app-measure">
          Your role can read the import runs and their reports. A performance officer imports the
          files.
        </p>
      )}

      {runs.isPending ? <Loading what="Loading import runs" /> : null}
      {runs.data && runs.data.runs.length === 0 ? (
        <p className="govuk-body">No files have been imported yet.</p>
      ) : null}
      {runs.data && runs.data.runs.length > 0 ? <ImportRunsTable runs={runs.data.runs} /> : null}
    </>
  );
}
