/** The entities and actions the audit trail records. */
export type AuditEntityType = "statement" | "commitment" | "user";
export type AuditAction = "create" | "update" | "delete" | "restore" | "status_change";

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * The fields of `after` whose value differs from `before`, as { field: { before, after } }.
 * Values are compared as JSON, so lists and dates compare by content.
 */
export function changedFields(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    const previous = before[field] ?? null;
    if (JSON.stringify(previous) !== JSON.stringify(value)) {
      changes[field] = { before: previous, after: value };
    }
  }
  return changes;
}
