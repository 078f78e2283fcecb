export interface ThemeDefinition {
  slug: string;
  name: string;
  definition: string;
}

/** The cooperation themes a commitment can be tagged with. The slug is stable: URLs and exports use it. */
export const THEMES = [
  {
    slug: "training",
    name: "Training",
    definition: "Courses, exchanges and instruction for security personnel.",
  },
  {
    slug: "equipment",
    name: "Equipment",
    definition:
      "Supply or funding of weapons, vehicles, protective gear, surveillance and other hardware.",
  },
  {
    slug: "border-management",
    name: "Border management",
    definition:
      "Control of land borders and crossings: personnel, systems and integrated border management.",
  },
  {
    slug: "maritime-security",
    name: "Maritime security",
    definition:
      "Security at sea and on coasts: coast guards, navies, ports, piracy and illegal fishing.",
  },
  {
    slug: "intelligence-sharing",
    name: "Intelligence sharing",
    definition: "Exchange of intelligence and security information between services.",
  },
  {
    slug: "joint-operations",
    name: "Joint operations",
    definition: "Operations, patrols or exercises carried out together by the parties' forces.",
  },
  {
    slug: "cybersecurity",
    name: "Cybersecurity",
    definition: "Protection against cyberattacks and cooperation on cybercrime.",
  },
  {
    slug: "counter-terrorism",
    name: "Counter-terrorism",
    definition: "Prevention of and response to terrorism and violent extremism.",
  },
  {
    slug: "transnational-crime",
    name: "Transnational crime",
    definition:
      "Trafficking, smuggling, money laundering and other organised crime across borders.",
  },
  {
    slug: "infrastructure-security",
    name: "Infrastructure security",
    definition: "Protection and security management of large-scale and critical infrastructure.",
  },
  {
    slug: "command-and-communications",
    name: "Command and communications",
    definition:
      "Command, control and communication systems, mobility and the technology behind them.",
  },
  {
    slug: "climate-migration-security",
    name: "Climate and migration security",
    definition:
      "Security consequences of climate change and migration: drought, resource conflict, displacement.",
  },
  {
    slug: "security-management",
    name: "Security management",
    definition: "How security services are organised, led and administered.",
  },
  {
    slug: "cooperation-frameworks",
    name: "Cooperation frameworks",
    definition:
      "Agreements, memoranda, forums and relations that frame security cooperation itself.",
  },
] as const satisfies readonly ThemeDefinition[];

export type ThemeSlug = (typeof THEMES)[number]["slug"];
