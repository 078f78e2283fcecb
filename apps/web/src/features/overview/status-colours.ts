import { STATUSES, type Status } from "@pledgewatch/domain";

/**
 * Okabe–Ito colours, told apart by readers with the common colour-vision deficiencies; every
 * chart also names each status in its legend and its table view, so colour is never the only cue.
 */
export const STATUS_COLOURS: Record<Status, string> = {
  not_assessed: "#a0a7b5",
  in_progress: "#0072b2",
  stalled: "#e69f00",
  partially_fulfilled: "#56b4e9",
  fulfilled: "#009e73",
  broken: "#d55e00",
};

/** Legends list statuses in their own order (recharts would sort them by name). */
export const byStatusOrder = (item: { dataKey?: unknown }): number =>
  STATUSES.indexOf(item.dataKey as Status);
