/** Roles in increasing order of power; each can do everything the ones before it can. */
export const ROLES = ["viewer", "analyst", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DEFINITIONS: Record<Role, string> = {
  viewer: "Reads everything (reading is public); the role of every new account.",
  analyst: "Also logs statements and commitments, updates them and records status changes.",
  editor: "Also reviews and corrects what analysts logged.",
  admin: "Also deletes (softly) and manages user accounts and roles.",
};

export const hasRole = (role: Role, required: Role): boolean =>
  ROLES.indexOf(role) >= ROLES.indexOf(required);
