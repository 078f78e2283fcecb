import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { useTRPC } from "../../lib/trpc.ts";
import { Dashboard, UnknownSubject } from "../dashboard.tsx";

export function Component() {
  const pair = (useParams().pair ?? "").toUpperCase();
  const trpc = useTRPC();
  const { data: countries } = useQuery(trpc.reference.countries.queryOptions());
  if (!countries) return <div className="skeleton-card" aria-busy="true" />;
  const [first, second] = pair
    .split("-")
    .map((code) => countries.find((country) => country.id === code));
  if (!first || !second || first === second || pair.split("-").length !== 2) {
    return <UnknownSubject kind="country pair" id={pair} />;
  }
  return (
    <Dashboard
      title={`${first.name} – ${second.name}`}
      lede={`What ${first.name} and ${second.name} have promised each other on security, in either direction, and what happened since.`}
      scope={{ pair: [first.id, second.id] }}
    />
  );
}
