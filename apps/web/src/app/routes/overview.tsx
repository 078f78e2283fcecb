import { Dashboard } from "../dashboard.tsx";

export function Component() {
  return (
    <Dashboard
      title="Security cooperation commitments"
      lede="What governments have promised each other on security, and what happened since. Choose a bar, a figure or a table cell to open the commitments behind it."
    />
  );
}
