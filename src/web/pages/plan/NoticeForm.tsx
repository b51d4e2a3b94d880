/**
 * Record the Improvement Notice: who issued it and when, the services and evidence it
 * cites, when the plan must be approved, and its measures, each under one of the notice's
 * headings with the indicators that show it. Checked against the shared schema first,
 * then by the server; on success the notice page says how many reporting-calendar items
 * the notice set.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useRef, useState } from "react";
import { noticeCreatedResponse, noticeRequest } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Textarea, TextInput } from "../../components/fields.tsx";
import { check, inFieldOrder, problemsOf } from "../../components/problems.ts";
import { RowList } from "../../components/RowList.tsx";
import { inputId, problemAt, problemsOnPage, problemWith } from "../../components/rows.ts";
import { useRows } from "../../components/useRows.ts";
import { BOARD_KEY } from "../board/queries.ts";
import { NoticeMeasureRow } from "./NoticeMeasureRow.tsx";
import { noticeMessage, readNotice } from "./notice-form.ts";
import { PLAN_KEY } from "./queries.ts";

const FIELDS = [
  "issuedBy",
  "issuedOn",
  "services",
  "evidence",
  "reference",
  "planApprovalDeadline",
  "measures",
];

/** Where the error summary sends the user: a measure's indicators go to its first box. */
function idOf(field: string): string {
  if (field === "measures") return "measures-0-group";
  const indicators = /^measures\.\d+\.indicatorIds/.exec(field);
  return inputId(indicators ? indicators[0] : field);
}

export function NoticeForm() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<Problem[]>([]);
  const positions = useRef<number[]>([]);
  const rows = useRows(1, {
    firstInputId: (i) => `measures-${i}-group`,
    addButtonId: "measures-add",
  });
  const show = (found: Problem[]) =>
    setProblems(
      inFieldOrder(
        problemsOnPage(found, { measures: positions.current }).map(noticeMessage),
        FIELDS,
      ),
    );

  const save = useMutation({
    mutationFn: (body: unknown) => api.post("/api/notice", body, noticeCreatedResponse),
    onSuccess: async ({ reportingItems }) => {
      // Dropped, not refreshed: refreshed while this page is open, it would briefly say a
      // notice is already recorded. The notice page loads them afresh.
      queryClient.removeQueries({ queryKey: PLAN_KEY });
      await queryClient.invalidateQueries({ queryKey: BOARD_KEY });
      await navigate({ to: "/plan/notice", search: { reportingItems } });
    },
    onError: (error) => show(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const read = readNotice(new FormData(event.currentTarget), rows.keys.length);
    positions.current = read.positions;
    const checked = check(noticeRequest, read.body);
    if (!checked.ok) {
      show(checked.problems);
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  const errorFor = (field: string) => problemAt(problems, field);
  return (
    <form onSubmit={submit} noValidate className="app-measure">
      <ErrorSummary problems={problems} fieldId={idOf} />
      <h2 className="govuk-heading-m">The notice</h2>
      <TextInput
        id="issuedBy"
        label="Issued by"
        hint="The minister or official who issued it, for example Minister of State for Children and Families"
        maxLength={300}
        autoComplete="off"
        error={errorFor("issuedBy")}
      />
      <TextInput
        id="issuedOn"
        label="Issued on"
        type="date"
        className="govuk-input--width-10"
        error={errorFor("issuedOn")}
      />
      <TextInput
        id="services"
        label="Services"
        hint="The services the notice covers, for example Children's social care services"
        maxLength={500}
        autoComplete="off"
        error={errorFor("services")}
      />
      <Textarea
        id="evidence"
        label="Evidence"
        hint="What the notice cites, such as the inspection and its judgement"
        rows={4}
        maxLength={10_000}
        error={errorFor("evidence")}
      />
      <TextInput
        id="reference"
        label="Reference (optional)"
        hint="The notice's own reference, if it has one"
        maxLength={200}
        autoComplete="off"
        className="govuk-input--width-20"
        error={errorFor("reference")}
      />
      <TextInput
        id="planApprovalDeadline"
        label="Plan to be approved by"
        hint="The date by which the notice requires the Improvement Plan to be approved"
        type="date"
        className="govuk-input--width-10"
        error={errorFor("planApprovalDeadline")}
      />

      <RowList
        id="measures"
        title="Measures"
        hint="Each measure the notice sets, in the notice's order. Measures are numbered by heading (SCP1, CC1 and so on) as they are saved."
        error={problemWith(problems, "measures")}
        addLabel="Add another measure"
        onAdd={rows.add}
      >
        {rows.keys.map((key, index) => (
          <NoticeMeasureRow
            key={key}
            index={index}
            problems={problems}
            onRemove={rows.keys.length > 1 ? () => rows.remove(index) : undefined}
          />
        ))}
      </RowList>

      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Check the notice against the signed copy: it cannot be changed in Waymark once recorded,
          and its dates set the reporting calendar.
        </strong>
      </div>
      <button type="submit" className="govuk-button" aria-disabled={save.isPending}>
        Record the notice
      </button>
    </form>
  );
}
