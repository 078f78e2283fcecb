import { readFileSync } from "node:fs";
import type { CommitmentInput, StatementInput } from "@pledgewatch/domain";

/**
 * The canonical example: a Kenyan news report of Dr. Raymond Omollo's speech at the 2023 Global
 * Public Security Cooperation Forum in Lianyungang, China. The text is the article body of
 * source-page.txt (the page as retrieved) without the site's date line, breadcrumb, byline and
 * comment prompt; the byline is kept as metadata. Nothing here goes beyond what the text says: no
 * status but not_assessed, no dates but the forum's year, no publisher or URL (the page names none).
 */
export const statement: StatementInput = {
  title: "Kenya, China forge closer security cooperation to tackle global challenges",
  kind: "news_report",
  byline: "Michael Omondi",
  eventName: "Global Public Security Cooperation Forum, Ministerial Roundtable",
  eventLocation: "Lianyungang, China",
  eventOn: "2023",
  speakerName: "Dr. Raymond Omollo",
  speakerTitle: "Principal Secretary",
  speakerOrganisation: "Internal Security and National Administration",
  speakerCountryId: "KE",
  language: "en",
  text: readFileSync(new URL("kenya-china-security-cooperation-2023.txt", import.meta.url), "utf8"),
};

export interface SeedCommitment extends CommitmentInput {
  externalId: string;
  /** Exact passages of the statement; each must occur once, and becomes a quote at its offsets. */
  passages: string[];
  /** externalId of the initiative this commitment belongs to. */
  parentExternalId?: string;
}

const fromKenyaToChina: Pick<
  SeedCommitment,
  "committingCountryId" | "counterpartCountryIds" | "direction" | "announcedOn"
> = {
  committingCountryId: "KE",
  counterpartCountryIds: ["CN"],
  direction: "unilateral",
  announcedOn: "2023",
};

const COOPERATION_SENTENCE =
  "Kenya is seeking to strengthen cooperation with China, particularly in terms of intelligence sharing, joint security operations and security management";

export const commitments: SeedCommitment[] = [
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:security-cooperation",
    kind: "initiative",
    title: "Strengthen security cooperation with China",
    description:
      "Kenya seeks closer security cooperation with China in three areas, to bolster its security capabilities against escalating global threats.",
    stage: "aspiration",
    themes: ["intelligence-sharing", "joint-operations", "security-management"],
    passages: [
      `${COOPERATION_SENTENCE} in a strategic move to bolster its security capabilities in the wake of escalating global threats.`,
    ],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:intelligence-sharing",
    parentExternalId: "seed:ke-cn-2023:security-cooperation",
    title: "Intelligence sharing with China",
    stage: "aspiration",
    themes: ["intelligence-sharing"],
    passages: ["particularly in terms of intelligence sharing"],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:joint-security-operations",
    parentExternalId: "seed:ke-cn-2023:security-cooperation",
    title: "Joint security operations with China",
    stage: "aspiration",
    themes: ["joint-operations"],
    passages: ["joint security operations"],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:security-management",
    parentExternalId: "seed:ke-cn-2023:security-cooperation",
    title: "Cooperation with China on security management",
    stage: "aspiration",
    themes: ["security-management"],
    passages: ["and security management in a strategic move"],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:security-agreements",
    title: "More bilateral and multilateral security agreements with China and other partners",
    counterpartOther: "other partners",
    stage: "aspiration",
    themes: ["cooperation-frameworks"],
    passages: [
      "Kenya is looking to engage in more bilateral and multilateral security agreements with China and other partners.",
    ],
  },
  {
    externalId: "seed:ke-cn-2023:infrastructure-security-training",
    committingCountryId: "CN",
    counterpartCountryIds: ["KE"],
    direction: "unilateral",
    announcedOn: "2023",
    title: "Chinese technical training for Kenyan police on large-scale infrastructure security",
    description:
      "Reported as already under way: Kenya's police officers have been receiving this training from China.",
    stage: "programme",
    themes: ["training", "infrastructure-security"],
    passages: [
      "Kenya’s police officers have been receiving technical training on the security and management of large-scale infrastructure from China",
    ],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:training-expansion",
    title: "Expand the training programme to transnational crime and maritime security",
    description:
      "Kenya asks that the training programme with China cover more topics and more law enforcement agencies.",
    stage: "aspiration",
    themes: ["training", "transnational-crime", "maritime-security"],
    passages: [
      "the need for expansion of the training programme to include other topical issues such as transnational crime and maritime security so as to incorporate more law enforcement agencies",
    ],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:police-equipment-modernization",
    kind: "initiative",
    title: "Police Equipment Modernization Programme",
    description:
      "Kenya's programme to equip security officers in high-risk areas and improve mobility and modern communications, which Kenya expects its collaborations with China to expedite.",
    stage: "programme",
    themes: ["equipment", "command-and-communications"],
    passages: [
      "the ongoing collaborations with China will expedite the Police Equipment Modernization Programme, aimed at equipping security officers deployed in high-risk areas and contributing to mobility and modern communication systems",
    ],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:weaponry-and-protective-gear",
    parentExternalId: "seed:ke-cn-2023:police-equipment-modernization",
    title: "Resources allocated for modern weaponry, machinery and protective gear",
    stage: "programme",
    themes: ["equipment"],
    passages: [
      "The government has allocated resources for modern weaponry, advanced machinery, and reliable personal protective gear for security agents",
    ],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:command-control-communication",
    title: "Enhance command, control and communication capacity of the National Police Service",
    stage: "programme",
    themes: ["command-and-communications", "equipment"],
    passages: [
      "the state is currently enhancing its command, control, and communication capacity to boost the operational efficiency of the National Police Service through the deployment of new hardware and state-of-the-art technology",
    ],
  },
  {
    externalId: "seed:ke-cn-2023:integrated-border-management",
    committingCountryId: "KE",
    counterpartOther: "neighbouring countries",
    direction: "unilateral",
    announcedOn: "2023",
    title: "Secure borders with neighbouring countries through integrated border management",
    stage: "programme",
    themes: ["border-management"],
    passages: [
      "Kenya is actively working towards securing its borders with neighbouring countries through integrated border management",
    ],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:border-and-coast-guard-capacity",
    title:
      "Technical assistance and capacity building for border personnel and the Kenya Coast Guard Service",
    stage: "aspiration",
    themes: ["border-management", "maritime-security", "training"],
    passages: [
      "Kenya is seeking technical assistance, training, and capacity building for its border personnel and law enforcement agencies, including the Kenya Coast Guard Service, to bolster border and maritime security",
    ],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:surveillance-equipment",
    title: "Acquire state-of-the-art surveillance equipment through international cooperation",
    counterpartOther: "international partners",
    stage: "aspiration",
    themes: ["equipment", "border-management"],
    passages: [
      "It is our hope that through international cooperation, we will acquire more state-of-the-art surveillance equipment and enhance our situational awareness and border control",
    ],
  },
  {
    externalId: "seed:ke-cn-2023:climate-migration-cross-border",
    committingCountryId: "KE",
    counterpartOther: "neighbouring countries",
    direction: "unilateral",
    announcedOn: "2023",
    title: "Cross-border cooperation on drought and climate-induced migration",
    stage: "programme",
    themes: ["climate-migration-security"],
    passages: [
      "identifying prolonged drought and climate-induced migration as major threats to the nation’s stability",
      "Kenya has adopted a cross-border cooperation approach to address these challenges in the best interests of its citizens",
    ],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:forum-recommendations",
    title: "Implement the recommendations of the Global Public Security Cooperation Forum",
    counterpartOther: "Global Public Security Cooperation Forum partners",
    stage: "aspiration",
    themes: ["cooperation-frameworks"],
    passages: [
      "We hope that more partners can join us in the prevention and resolution of conflicts, and we look forward to the implementation of the recommendations captured during this Global Public Security Forum",
    ],
  },
  {
    ...fromKenyaToChina,
    externalId: "seed:ke-cn-2023:bilateral-relations",
    title: "Strengthen bilateral relations with China and all international partners",
    counterpartOther: "all international partners",
    stage: "pledge",
    themes: ["cooperation-frameworks"],
    passages: [
      "He affirmed Kenya’s unwavering commitment to strengthening bilateral relations with China and all international partners.",
    ],
  },
];
