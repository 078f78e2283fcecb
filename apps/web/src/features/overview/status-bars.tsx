import { STATUS_LABELS, STATUSES, type Status } from "@pledgewatch/domain";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { byStatusOrder, STATUS_COLOURS } from "./status-colours.ts";

/** One bar's counts by status, with the row it stands for. */
export type StatusBarRow = Record<Status, number> & { id: string; label: string };

interface StatusBarsProps {
  data: StatusBarRow[];
  /** A segment chosen: the row's index and the segment's status. */
  onSegmentClick: (index: number, status: Status) => void;
}

/** The recharts drawing of StatusBarChart, in its own module: the charting library loads apart. */
export function StatusBars({ data, onSegmentClick }: StatusBarsProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ left: 0, right: 12 }}>
        <CartesianGrid horizontal={false} stroke="#e2dfd6" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip cursor={{ fill: "rgba(29, 78, 216, 0.06)" }} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={byStatusOrder} />
        {STATUSES.map((status) => (
          <Bar
            key={status}
            dataKey={status}
            name={STATUS_LABELS[status]}
            stackId="status"
            fill={STATUS_COLOURS[status]}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(_item, index) => onSegmentClick(index, status)}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
