/** Moves between the Improvement Notice and the Improvement Plan that answers it. */
import { SubNav } from "../../components/SubNav.tsx";

export function PlanNav() {
  return (
    <SubNav
      label="Improvement Notice and Plan"
      items={[
        { label: "Improvement Notice", to: "/plan/notice", under: "/plan/notice/" },
        { label: "Improvement Plan", to: "/plan", under: "/plan/actions/" },
      ]}
    />
  );
}
