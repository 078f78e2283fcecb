import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "./trpc.ts";

export interface NameLookup {
  /** A country's name from its ISO code; undefined for a code that names none. */
  country: (code: string) => string | undefined;
  /** A theme's name from its slug; undefined for a word that is no theme's slug. */
  theme: (slug: string) => string | undefined;
}

/** Country and theme names from the reference data the forms load anyway. */
export function useNames(): NameLookup {
  const trpc = useTRPC();
  const countries = useQuery(trpc.reference.countries.queryOptions()).data ?? [];
  const themes = useQuery(trpc.reference.themes.queryOptions()).data ?? [];
  return {
    country: (code) => countries.find((country) => country.id === code)?.name,
    theme: (slug) => themes.find((theme) => theme.slug === slug)?.name,
  };
}
