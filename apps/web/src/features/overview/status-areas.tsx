import { STATUS_LABELS, STATUSES, type Status } from "@pledgewatch/domain";
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { byStatusOrder, STATUS_COLOURS } from "./status-colours.ts";

/** A month's counts by status at its end. */
export type StatusMonth = Record<Status, number> & { month: string };

interface StatusAreasProps {
  data: StatusMonth[];
  onStatusClick: (status: Status) => void;
}

/**
 * The recharts drawing of StatusOverTimeChart, in its own module: loaded when the chart nears the
 * viewport, as the other charts need no area code.
 */
export function StatusAreas({ data, onStatusClick }: StatusAreasProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={data} margin={{ left: 0, right: 12 }}>
        <CartesianGrid vertical={false} stroke="#e2dfd6" />
        <XAxis dataKey="month" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} width={44} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={byStatusOrder} />
        {STATUSES.map((status) => (
          <Area
            key={status}
            dataKey={status}
            name={STATUS_LABELS[status]}
            stackId="status"
            type="stepAfter"
            stroke={STATUS_COLOURS[status]}
            fill={STATUS_COLOURS[status]}
            fillOpacity={0.75}
            cursor="pointer"
            isAnimationActive={false}
            onClick={() => onStatusClick(status)}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
