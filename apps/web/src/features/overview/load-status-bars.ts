/**
 * The bar charts' code, with the charting library: the largest download of a dashboard page.
 * Route loaders and the dashboard request it early, so it downloads while the server counts.
 */
export const loadStatusBars = () => import("./status-bars.tsx");
