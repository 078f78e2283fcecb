import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { useTRPC } from "../../lib/trpc.ts";
import { Dashboard, UnknownSubject } from "../dashboard.tsx";

export function Component() {
  const slug = useParams().slug ?? "";
  const trpc = useTRPC();
  const { data: themes } = useQuery(trpc.reference.themes.queryOptions());
  if (!themes) return <div className="skeleton-card" aria-busy="true" />;
  const theme = themes.find((candidate) => candidate.slug === slug);
  if (!theme) return <UnknownSubject kind="theme" id={slug} />;
  return <Dashboard title={theme.name} lede={theme.definition} scope={{ themes: [theme.slug] }} />;
}
