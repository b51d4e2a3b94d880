/**
 * What each role may open, in one list used by the header menu, the home page and the
 * admin sub-navigation, so a link is shown only where the server would allow the page.
 */
import type { Permission } from "../platform/access/roles.ts";
import type { SignedIn } from "./session.ts";

export const CHILD_READ: Permission[] = ["child.read.all", "child.read.team", "child.read.audited"];

export interface Area {
  label: string;
  to:
    | "/"
    | "/children"
    | "/performance"
    | "/performance/exceptions"
    | "/plan"
    | "/board"
    | "/imports"
    | "/admin/users"
    | "/admin/teams"
    | "/admin/roles"
    | "/admin/alerts"
    | "/audit"
    | "/account";
  /** Any one of these permissions opens the area; empty means every signed-in user. */
  anyOf: Permission[];
  description: string;
}

export const ADMIN_AREAS: Area[] = [
  {
    label: "Users",
    to: "/admin/users",
    anyOf: ["users.manage"],
    description: "Add people, change their role and teams, disable accounts and reset passwords.",
  },
  {
    label: "Teams",
    to: "/admin/teams",
    anyOf: ["teams.manage"],
    description: "Add and rename teams.",
  },
  {
    label: "Roles",
    to: "/admin/roles",
    anyOf: ["roles.read"],
    description: "See each role and what it may do.",
  },
  {
    label: "Break-glass alerts",
    to: "/admin/alerts",
    anyOf: ["alerts.review"],
    description: "Review each use of break-glass access to a child's record.",
  },
];

export const CHILDREN_AREA: Area = {
  label: "Children",
  to: "/children",
  anyOf: CHILD_READ,
  description: "Find a child's record and see who it is allocated to.",
};
export const PERFORMANCE_AREA: Area = {
  label: "Performance",
  to: "/performance",
  anyOf: ["aggregate.read"],
  description:
    "The scorecard: every indicator in the Improvement Notice with its target, rating, direction of travel and statistical process control chart.",
};
export const EXCEPTIONS_AREA: Area = {
  label: "Exceptions",
  to: "/performance/exceptions",
  anyOf: ["aggregate.read"],
  description:
    "The indicators the Board should look at first this month, and what is being done about them.",
};
export const PLAN_AREA: Area = {
  label: "Improvement Plan",
  to: "/plan",
  anyOf: ["plan.read"],
  description:
    "The Improvement Notice's measures and the plan of actions against them: each action's rating and why, its progress updates and evidence, and the plan versions the Board approved.",
};
export const BOARD_AREA: Area = {
  label: "Improvement Board",
  to: "/board",
  anyOf: ["board.read"],
  description:
    "The Board and its partner bodies: meetings, minutes, decisions and actions, the reporting calendar the notice sets, and the board packs.",
};
export const IMPORTS_AREA: Area = {
  label: "Imports",
  to: "/imports",
  anyOf: ["imports.read"],
  description:
    "Extract files from the case system, such as the CIN census and SSDA903 returns: import them where your role allows, and read each file's data-quality report.",
};
export const AUDIT_AREA: Area = {
  label: "Audit log",
  to: "/audit",
  anyOf: ["audit.read"],
  description: "See who did what in Waymark, and when.",
};
export const ACCOUNT_AREA: Area = {
  label: "Your account",
  to: "/account",
  anyOf: [],
  description: "Change your password and see where you are signed in.",
};

export function mayOpen(session: SignedIn, area: Area): boolean {
  return area.anyOf.length === 0 || session.can(...area.anyOf);
}

export function adminAreasFor(session: SignedIn): Area[] {
  return ADMIN_AREAS.filter((area) => mayOpen(session, area));
}

export interface MenuItem {
  label: string;
  to: Area["to"];
  /** Paths under this prefix mark the item as the current section. */
  section: string;
}

export function menuFor(session: SignedIn): MenuItem[] {
  const items: MenuItem[] = [{ label: "Home", to: "/", section: "/" }];
  if (mayOpen(session, PERFORMANCE_AREA))
    items.push({ label: "Performance", to: "/performance", section: "/performance" });
  if (mayOpen(session, EXCEPTIONS_AREA))
    items.push({
      label: "Exceptions",
      to: "/performance/exceptions",
      section: "/performance/exceptions",
    });
  if (mayOpen(session, PLAN_AREA)) items.push({ label: "Plan", to: "/plan", section: "/plan" });
  if (mayOpen(session, BOARD_AREA)) items.push({ label: "Board", to: "/board", section: "/board" });
  if (mayOpen(session, CHILDREN_AREA))
    items.push({ label: "Children", to: "/children", section: "/children" });
  if (mayOpen(session, IMPORTS_AREA))
    items.push({ label: "Imports", to: "/imports", section: "/imports" });
  const admin = adminAreasFor(session)[0];
  if (admin) items.push({ label: "Administration", to: admin.to, section: "/admin" });
  if (mayOpen(session, AUDIT_AREA))
    items.push({ label: "Audit log", to: "/audit", section: "/audit" });
  items.push({ label: "Your account", to: "/account", section: "/account" });
  return items;
}

export function isCurrentSection(pathname: string, section: string): boolean {
  if (section === "/") return pathname === "/";
  return pathname === section || pathname.startsWith(`${section}/`);
}

/**
 * The menu item for the page on screen: of the sections containing it, the longest, so
 * /performance/exceptions marks Exceptions and not also Performance.
 */
export function currentSection(pathname: string, items: MenuItem[]): string | null {
  const matching = items
    .map((item) => item.section)
    .filter((section) => isCurrentSection(pathname, section));
  return matching.sort((a, b) => b.length - a.length)[0] ?? null;
}
