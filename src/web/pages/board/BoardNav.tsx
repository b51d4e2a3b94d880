/** Moves between the Board's meetings, its actions log and the reporting calendar. */
import { SubNav } from "../../components/SubNav.tsx";

export function BoardNav() {
  return (
    <SubNav
      label="Improvement Board"
      items={[
        { label: "Meetings", to: "/board", under: "/board/meetings/" },
        { label: "Actions", to: "/board/actions" },
        { label: "Reporting calendar", to: "/board/calendar", under: "/board/reports/" },
      ]}
    />
  );
}
