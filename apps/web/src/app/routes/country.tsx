import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { useTRPC } from "../../lib/trpc.ts";
import { Dashboard, UnknownSubject } from "../dashboard.tsx";

export function Component() {
  const code = (useParams().code ?? "").toUpperCase();
  const trpc = useTRPC();
  const { data: countries } = useQuery(trpc.reference.countries.queryOptions());
  if (!countries) return <div className="skeleton-card" aria-busy="true" />;
  const country = countries.find((candidate) => candidate.id === code);
  if (!country) return <UnknownSubject kind="country" id={code} />;
  return (
    <Dashboard
      title={country.name}
      lede={`What ${country.name} has promised its partners on security, what they promised it, and what happened since.`}
      scope={{ countries: [country.id] }}
    />
  );
}
