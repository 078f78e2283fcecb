import type { SqlDriverAdapter } from "@prisma/driver-adapter-utils";

/**
 * Returns an adapter that delegates to `adapter` except for the given methods. Delegation is
 * explicit because the official adapters keep state in private class fields, so a prototype-based
 * wrapper would break them.
 */
export function overrideAdapter(
  adapter: SqlDriverAdapter,
  overrides: Partial<SqlDriverAdapter>,
): SqlDriverAdapter {
  const getConnectionInfo = adapter.getConnectionInfo?.bind(adapter);
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => adapter.queryRaw(query),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: (script) => adapter.executeScript(script),
    startTransaction: (isolationLevel) => adapter.startTransaction(isolationLevel),
    dispose: () => adapter.dispose(),
    ...(getConnectionInfo && { getConnectionInfo }),
    ...overrides,
  };
}
