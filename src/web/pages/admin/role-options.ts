/** Roles as select options, labelled as people know them. */
import { ROLE_LABELS, ROLES } from "../../../platform/access/roles.ts";

export const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
