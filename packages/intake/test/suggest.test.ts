import { describe, expect, it } from "vitest";
import { suggestCommitments, suggestionSteps, type Candidate } from "../src/index.ts";

const only = (text: string, speakerCountryId: string | null = null): Candidate => {
  const candidates = suggestCommitments(text, { speakerCountryId });
  expect(candidates).toHaveLength(1);
  return candidates[0]!;
};

const kinds = (candidate: Candidate) => candidate.reasons.map((reason) => reason.kind);

describe("suggestCommitments", () => {
  it("reads a pledge: parties from names and demonyms, themes, stage and a title", () => {
    const candidate = only(
      "Japan will provide patrol boats and training to the Philippine Coast Guard.",
    );
    expect(candidate).toMatchObject({
      committingCountryId: "JP",
      counterpartCountryIds: ["PH"],
      direction: "unilateral",
      stage: "pledge",
      title: "Provide patrol boats and training to the Philippine Coast Guard",
    });
    // One sentence naming several themes carries them all.
    expect(candidate.themes).toEqual(
      expect.arrayContaining(["training", "equipment", "maritime-security"]),
    );
    expect(candidate.reasons.find((reason) => reason.kind === "cue")?.text).toBe("will");
  });

  it("leaves out a negated promise", () => {
    expect(suggestCommitments("Kenya will not deploy naval vessels to the Gulf of Aden.")).toEqual(
      [],
    );
    expect(suggestCommitments("Kenya won't send troops for joint patrols.")).toEqual([]);
    expect(suggestCommitments("China has no plans to share intelligence with Kenya.")).toEqual([]);
    // A possessive between the negation and the cue: "neither country’s forces will".
    expect(
      suggestCommitments(
        "They confirmed that neither country’s forces will be stationed permanently on the territory of the other.",
      ),
    ).toEqual([]);
  });

  it("tells a forecast or a promise to deliberate from a promise that merely names observers", () => {
    expect(
      suggestCommitments("Analysts say the joint patrols will do little to stop the smugglers."),
    ).toEqual([]);
    expect(
      suggestCommitments(
        "Kenya and Uganda met in Kampala. Researchers at Makerere University say the joint patrols will cut cattle raids by half.",
        { speakerCountryId: "KE" },
      ),
    ).toEqual([]);
    expect(
      suggestCommitments("Kenya and Tanzania agreed to study a joint patrol of Lake Victoria."),
    ).toEqual([]);
    expect(
      only(
        "Belize and Guatemala will patrol the zone in coordination, with observers from the OAS.",
      ).direction,
    ).toBe("mutual");
  });

  it("reads a forecast whoever reports it: “Analysts said the patrols will struggle…”", () => {
    const text =
      "Kenya and Tanzania will start joint patrols on Lake Victoria in May. " +
      "Analysts said the patrols will struggle to cover the hundreds of islands of the lake.";
    expect(suggestCommitments(text, { speakerCountryId: "KE" })).toHaveLength(1);
    // A place named with an accent ("Lomé") between the analyst and "said" is still a forecast.
    expect(
      suggestCommitments(
        "A security analyst in Lomé said the patrols would struggle to stop the smugglers.",
        { speakerCountryId: "GH" },
      ),
    ).toEqual([]);
  });

  it("reads wishes with “also” and plans “to be trained” or “to be available” as commitments", () => {
    const stageOf = (text: string) => only(text, "KE").stage;
    expect(stageOf("Kenya would also welcome a Tanzanian vessel at its next naval exercise.")).toBe(
      "aspiration",
    );
    expect(
      stageOf("We would also like to see a Tanzanian vessel at our next naval exercise."),
    ).toBe("aspiration");
    expect(
      stageOf(
        "Kenyan officers are to be trained by the Tanzania Police Force at its school in Moshi.",
      ),
    ).toBe("pledge");
    expect(
      stageOf(
        "A team of Kenyan cyber specialists is to be available to Dodoma within a day of a request.",
      ),
    ).toBe("pledge");
    expect(stageOf("The first 1,000 drones are to be handed to Tanzanian units by March.")).toBe(
      "pledge",
    );
  });

  it("reads a party's wish as an aspiration whatever it asks for, but not what a speaker wants to say", () => {
    expect(
      only(
        "Palau and the FSM met in Koror. We would also like Palau to post a police liaison officer in Colonia.",
        "FM",
      ),
    ).toMatchObject({ stage: "aspiration", committingCountryId: "FM" });
    expect(
      suggestCommitments(
        "I want to thank the Norwegian officers who trained our air surveillance staff. We will want to know whether the money is new. " +
          "Mr Speaker, I want to tell the House what New Zealand and Fiji have undertaken to do together. " +
          "Today I want to speak about three problems that these agreements have not solved.",
        { speakerCountryId: "NZ" },
      ),
    ).toEqual([]);
  });

  it("reads directives, money set aside, passive plans and a meeting held to exchange as commitments", () => {
    const cueOf = (text: string) => {
      const candidate = only(text);
      return [candidate.stage, candidate.reasons.find((reason) => reason.kind === "cue")?.text];
    };
    expect(
      cueOf(
        "The two Heads of State directed their ministers to set up a mechanism for the exchange of information on firearms.",
      ),
    ).toEqual(["pledge", "directed their ministers to"]);
    expect(
      cueOf(
        "Bulgaria has set aside funds to lengthen the military loading ramps at the railway station.",
      ),
    ).toEqual(["programme", "set aside"]);
    expect(
      cueOf(
        "Training in boarding ships at sea is to be given to officers from Guinea-Bissau by the Cabo Verdean Coast Guard.",
      ),
    ).toEqual(["pledge", "is to be given"]);
    expect(
      cueOf("Mauritius would welcome a Seychelles vessel at the next coast guard exercise."),
    ).toEqual(["aspiration", "would welcome"]);
    // A meeting is a promise to deliberate, unless it is where the two sides exchange something.
    expect(
      suggestCommitments("Kenyan and Ugandan police will meet in May to discuss border crime."),
    ).toEqual([]);
    expect(
      only(
        "Kenyan and Ugandan police will meet every Monday to exchange the names of wanted smugglers.",
      ).themes,
    ).toContain("intelligence-sharing");
    expect(
      only("Our boat and theirs will meet at the line every week and patrol it together.")
        .direction,
    ).toBe("mutual");
    // A meeting later in the sentence does not make the promise before it one to deliberate.
    expect(
      only(
        "Our police will train your officers: the first course will be held in Majuro in February.",
      ).stage,
    ).toBe("pledge");
  });

  it("does not read a written question, a report to ministers or a trend since a year as a commitment", () => {
    expect(
      suggestCommitments(
        "12. Deputy Niamh Brosnan asked the Minister for Defence the measures agreed with the United Kingdom on cyber security.",
      ),
    ).toEqual([]);
    expect(
      suggestCommitments(
        "A joint working group on maritime security will report to both ministers in March.",
      ),
    ).toEqual([]);
    expect(
      suggestCommitments(
        "Kidnappings of seafarers in the Gulf of Guinea have declined since 2021 but have not ended.",
      ),
    ).toEqual([]);
  });

  it("does not read a promised answer, an announcement of what was agreed or one analyst's forecast as a commitment", () => {
    const none = [
      "The Minister has promised us an answer on the coast guard boats before June.",
      "This morning the Secretary and I agreed on what must change.",
      "Today our two delegations agreed on three measures, and I will set them out.",
      "Let me tell you what the Minister and I agreed this morning.",
      "A security analyst in Nairobi said the coast guard would struggle to stop the smugglers.",
    ];
    for (const text of none) {
      expect(suggestCommitments(text, { speakerCountryId: "KE" }), text).toEqual([]);
    }
  });

  it("reads a speaker's own hope as no commitment, unless what is hoped is the speaker's side's act", () => {
    for (const text of [
      "I hope that the next generation will know this border only as a place of trade.",
      "I hope that one day a Kenyan captain will bring one of our patrol boats to Mombasa.",
    ]) {
      expect(suggestCommitments(text, { speakerCountryId: "KE" }), text).toEqual([]);
    }
    expect(
      only(
        "Kenya and Uganda met at Busia. I hope that by next year we can open a joint police post at the bridge.",
        "KE",
      ).stage,
    ).toBe("aspiration");
  });

  it("reads a request after “however,” and drugs by name, or things seized, as crime", () => {
    expect(
      only(
        "We have, however, asked Tanzania to let our marine police pursue smugglers on its side of the lake.",
        "KE",
      ).stage,
    ).toBe("aspiration");
    for (const text of [
      "Spain will help Morocco stop the speedboats that carry hashish to Andalusia.",
      "Iraq will help Syria shut down the factories that make Captagon.",
      "Mexico will give Guatemala access to its records of weapons seized in Chiapas.",
    ]) {
      expect(only(text).themes, text).toContain("transnational-crime");
    }
  });

  it("titles a promise by words that stand alone: not a pronoun's, a list label's, a place's or a date's, nor ending on “or”, and guests by who they are", () => {
    const titles = (text: string, speakerCountryId: string) =>
      suggestCommitments(text, { speakerCountryId }).map((candidate) => candidate.title);
    expect(
      titles(
        "Djibouti will hand migrants rescued at sea to the Ethiopian authorities within three days, and Ethiopia will receive them at the border.",
        "DJ",
      ),
    ).toEqual([
      "Hand migrants rescued at sea to the Ethiopian authorities within three days",
      "Receive them at the border",
    ]);
    expect(
      titles(
        "Djibouti will hand migrants rescued at sea to the Ethiopian authorities within three days and will then receive them back at the border.",
        "DJ",
      ),
    ).toEqual(["Hand migrants rescued at sea to the Ethiopian authorities within three days"]);
    expect(
      titles(
        "3. Stolen vehicles: the two police services will give each other access to their registers of stolen cars.",
        "KE",
      ),
    ).toEqual(["Give each other access to their registers of stolen cars"]);
    expect(
      titles(
        "The two sides decided that their border guards will pass to each other within minutes the tracks of any balloon or drone that enters the airspace of either country.",
        "LV",
      ),
    ).toEqual(["Pass to each other within minutes the tracks of any balloon"]);
    // Guests name the course that hosts them; "rise from six to ten" and "it in the presence of"
    // need the sentence around them.
    expect(
      titles(
        "Austria and Germany met. Austrian officers have attended the Federal Police Academy’s course on forged documents since 2018, and the places reserved for them will rise from six to ten a year.",
        "DE",
      ),
    ).toEqual(["Austrian officers have attended the Federal Police Academy’s course on forged…"]);
    expect(
      titles(
        "Libya and Italy met. Crews of the Libyan Coast Guard will continue to be trained by the Guardia di Finanza at its school in Gaeta.",
        "IT",
      ),
    ).toEqual(["Crews of the Libyan Coast Guard trained by the Guardia di Finanza"]);
    expect(
      titles(
        "Greece and Italy met. The two ministers signed it in the presence of the President of the Council of Ministers.",
        "IT",
      ),
    ).toEqual(["Two ministers signed it in the presence of the President"]);
    expect(
      titles(
        "Kenya and Tanzania signed in Mombasa today a memorandum of understanding on maritime security.",
        "KE",
      ),
    ).toEqual(["Memorandum of understanding on maritime security"]);
    expect(
      titles(
        "Israel offered to host a U.S. Army air defence battalion at its range in the Negev.",
        "IL",
      ),
    ).toEqual(["Host a U.S. Army air defence battalion at its range"]);
    expect(
      titles(
        "Kenya and Somalia met. The Kenyan side offered twenty places a year to Somali officers at its police college.",
        "KE",
      ),
    ).toEqual(["Offer twenty places a year to Somali officers at its police college"]);
    expect(
      titles(
        "Kenya and Somalia met. The coastal radar stations will be upgraded by the end of next year.",
        "KE",
      ),
    ).toEqual(["Coastal radar stations upgraded"]);
    expect(titles("For our part, we will now share radar tracks with Tanzania.", "KE")).toEqual([
      "Share radar tracks with Tanzania",
    ]);
  });

  it("titles a promise past an aside, an ordinal, a date, a wish's “like”, a relative clause's cue and more of the same promise", () => {
    const titles = (text: string) =>
      suggestCommitments(text, { speakerCountryId: "UY" }).map((candidate) => candidate.title);
    expect(
      titles(
        "Uruguay and Argentina met. Our two air forces will pass each other, as it happens, the track of any light aircraft that crosses. The customs services of both countries will send each other, within a day, the scanner images of any container. Second, cattle stolen on one side and found on the other will be handed back within fourteen days. They would like Brazil to join the river patrols near Bella Unión. Both sides hope that Paraguay will take part in their fire exercise of 2029, which they intend to hold around Salto. Both sides hope that Chile will take part in a first exercise of the police forces of the three countries. The two navies will from January 2028 also pass to each other in real time the positions of vessels that linger over the cables. The two sides decided to hold in 2027 the first bilateral exercise of their marines. The two navies will patrol the river mouth together from January, and the patrols will also cover the waters off Colonia.",
      ),
    ).toEqual([
      "Pass each other the track of any light aircraft that crosses",
      "Send each other the scanner images of any container",
      "Cattle stolen on one side and found on the other handed back",
      "Brazil to join the river patrols near Bella Unión",
      "Take part in their fire exercise of 2029",
      "Take part in a first exercise of the police forces",
      "Pass to each other in real time the positions of vessels",
      "Hold the first bilateral exercise of their marines",
      "Patrol the river mouth together",
    ]);
  });

  it("reads “…, under a programme that the two ministries will draw up” as an aside: not both sides, not the title", () => {
    const [training] = suggestCommitments(
      "Türkiye and Georgia met in Batumi. Türkiye will also train Georgian officers who protect power grids, ports and telecommunications networks against cyberattacks, under a programme that the two ministries will draw up by the spring.",
      { speakerCountryId: "TR" },
    );
    expect(training).toMatchObject({
      title: "Train Georgian officers",
      committingCountryId: "TR",
      counterpartCountryIds: ["GE"],
      direction: "unilateral",
    });
  });

  it("titles “It was signed by…” and “agreed to do so” by the promise they point back to", () => {
    const titles = (text: string) =>
      suggestCommitments(text, { speakerCountryId: "GH" }).map((candidate) => candidate.title);
    expect(
      titles(
        "Ghana and Togo signed today a memorandum of understanding on police cooperation. It was signed by the two ministers of the interior. Togo asked Ghana for two patrol boats. Accra agreed to do so. Togo asked Ghana to train its customs officers, and Ghana agreed to do so.",
      ),
    ).toEqual([
      "Memorandum of understanding on police cooperation",
      "Memorandum of understanding on police cooperation",
      "Two patrol boats",
      "Two patrol boats",
      "Train its customs officers, and Ghana agreed to do so",
    ]);
  });

  it("ends a long title before the phrase its twelfth word falls in, not inside a name", () => {
    const titles = (text: string) =>
      suggestCommitments(text, { speakerCountryId: "AU" }).map((candidate) => candidate.title);
    expect(
      titles(
        "Australia and Papua New Guinea met. Australia will fund the upkeep of the Guardian-class patrol boats it supplied to Papua New Guinea. Australia will help Papua New Guinea stop the weapons that enter the country across the land border with Indonesia. Australia will accept the help of helicopters of the Fire and Rescue Department when cyclones strike. Australia will give the Papua New Guinea Defence Force six long-range surveillance drones and spare parts.",
      ),
    ).toEqual([
      "Fund the upkeep of the Guardian-class patrol boats it supplied",
      "Help Papua New Guinea stop the weapons that enter the country",
      "Accept the help of helicopters of the Fire and Rescue Department",
      "Give the Papua New Guinea Defence Force six long-range surveillance drones",
    ]);
  });

  it("leaves a news report's dateline out of the quote, and titles the promise, not a relative clause's", () => {
    const text =
      "TANGIER, 30 November 2026 — Spain and Morocco will open a joint centre in Tangier where Spanish and Moroccan officers will sit side by side, the two interior ministers said on Monday.\n\nNAIROBI, Nov 28 (Reuters) - Kenya will send two patrol boats to Somalia, the ministry said.";
    expect(
      suggestCommitments(text, { speakerCountryId: "ES" }).map((candidate) => [
        candidate.quote,
        candidate.title,
      ]),
    ).toEqual([
      [
        "Spain and Morocco will open a joint centre in Tangier where Spanish and Moroccan officers will sit side by side",
        "Open a joint centre in Tangier",
      ],
      ["Kenya will send two patrol boats to Somalia", "Send two patrol boats to Somalia"],
    ]);
  });

  it("does not read “You will remember that…” as a promise", () => {
    expect(
      suggestCommitments(
        "You will remember that Hurricane Beryl destroyed the coast guard base on Union Island.",
      ),
    ).toEqual([]);
  });

  it("leaves out procedure, commentary on success and announcements of what follows", () => {
    for (const text of [
      "I will, of course, keep the House informed of the training programme with Ghana.",
      "I will, of course, keep Parliament and its committees informed.",
      "Members will recall that our two countries signed a Status of Forces Agreement in 2023.",
      "The joint patrols with Guinea will only work if the soldiers are paid on time.",
      "Kenya and Tanzania agreed on three things.",
      "This memorandum on border security was signed in Arusha in two originals in the English language.",
    ]) {
      expect(suggestCommitments(text, { speakerCountryId: "KE" }), text).toEqual([]);
    }
    // What the announcement announces is a promise.
    expect(
      only("Kenya and Tanzania agreed on joint patrols of Lake Victoria from May.", "KE").stage,
    ).toBe("agreement");
  });

  it("reads a party's request as an aspiration whatever it asks for, but not a source's wish", () => {
    expect(
      only("The South Sudanese side requested two more liaison officers in Kampala.", "UG"),
    ).toMatchObject({ stage: "aspiration", committingCountryId: "SS" });
    expect(
      suggestCommitments(
        "The patrols are working, said a researcher in Niamey, who asked not to be named.",
      ),
    ).toEqual([]);
    expect(suggestCommitments("We will not, and nobody has asked us to.")).toEqual([]);
  });

  it("reads “would” as a promise when the attribution comes last, and money set aside as one", () => {
    const reported = only(
      "The centre would alert patrol boats of both navies within minutes, Ghana's minister said.",
      "GH",
    );
    expect(reported.quote).toBe(
      "The centre would alert patrol boats of both navies within minutes",
    );
    expect(reported.reasons.find((reason) => reason.kind === "reported-speech")?.text).toBe(
      "Ghana's minister said.",
    );
    // A clause after "and" is not an attribution: "…, and the minister said the request would be examined."
    const request = only(
      "The Togolese side requested places on Ghanaian customs courses, and the Ghanaian minister said the request would be examined.",
      "GH",
    );
    expect(kinds(request)).not.toContain("reported-speech");
    expect(only("Ghana has set aside funds for two new radar stations.", "GH")).toMatchObject({
      stage: "programme",
      committingCountryId: "GH",
    });
  });

  it("keeps a conditional promise, less sure and saying why; drops a hypothetical", () => {
    const firm = only("Kenya will join joint naval patrols with Tanzania.");
    const conditional = only(
      "Kenya will join joint naval patrols with Tanzania if funding allows.",
    );
    expect(conditional.confidence).toBeLessThan(firm.confidence);
    expect(kinds(conditional)).toContain("condition");
    expect(
      suggestCommitments("If Kenya were to join the coalition, it would share intelligence."),
    ).toEqual([]);
  });

  it("reads ongoing activity as an existing programme, and the giver as the committing party", () => {
    const candidate = only(
      "Kenya’s police officers have been receiving technical training from China.",
      "KE",
    );
    expect(candidate).toMatchObject({
      stage: "programme",
      committingCountryId: "CN",
      counterpartCountryIds: ["KE"],
    });
    expect(kinds(candidate)).toContain("ongoing");
  });

  it("resolves “we” in a quotation to the quoted speaker's country", () => {
    const candidate = only(
      "“We will train 200 Kenyan officers in counter-terrorism,” said the Chinese ambassador.",
      "KE",
    );
    expect(candidate).toMatchObject({ committingCountryId: "CN", counterpartCountryIds: ["KE"] });
    expect(candidate.quote).toBe("We will train 200 Kenyan officers in counter-terrorism");
  });

  it("resolves “the government” and “we” to the speaker's country", () => {
    const text =
      "Kenya and China met in Beijing. China praised the talks. “The government has allocated resources for modern weaponry,” he added.";
    const [candidate] = suggestCommitments(text, { speakerCountryId: "KE" });
    // Money from a party's own budget is its own: no counterpart is implied.
    expect(candidate).toMatchObject({
      committingCountryId: "KE",
      counterpartCountryIds: [],
      stage: "programme",
      title: "Allocate resources for modern weaponry",
    });
    const [trained] = suggestCommitments(
      "Kenya and China met in Beijing. We will train our police in counter-terrorism with China.",
      { speakerCountryId: "KE" },
    );
    expect(trained).toMatchObject({ committingCountryId: "KE", counterpartCountryIds: ["CN"] });
  });

  it("reads “the two sides” as a mutual agreement", () => {
    const text =
      "India and Australia held talks in Canberra. The two sides agreed to share intelligence on terrorist financing.";
    const [candidate] = suggestCommitments(text, { speakerCountryId: "IN" });
    expect(candidate).toMatchObject({
      stage: "agreement",
      direction: "mutual",
      committingCountryId: "IN",
      counterpartCountryIds: ["AU"],
    });
    expect(candidate?.themes).toEqual(
      expect.arrayContaining(["intelligence-sharing", "counter-terrorism"]),
    );
  });

  it("quotes reported speech from the promise, not from the reporting words", () => {
    const text = "He added that Kenya is looking to engage in more security agreements with China.";
    const candidate = only(text, "KE");
    expect(candidate.quote).toBe(
      "Kenya is looking to engage in more security agreements with China.",
    );
    expect(candidate).toMatchObject({ stage: "aspiration", committingCountryId: "KE" });
    expect(kinds(candidate)).toContain("reported-speech");
  });

  it("splits one sentence carrying two promises into two candidates", () => {
    const text =
      "Kenya’s officers have been receiving training from China and stressed the need for training on maritime security.";
    const candidates = suggestCommitments(text, { speakerCountryId: "KE" });
    expect(candidates.map((candidate) => candidate.stage)).toEqual(["programme", "aspiration"]);
  });

  it("gives each party's promise joined by “, and Ethiopia will…” its own candidate, quote and parties", () => {
    const text =
      "Djibouti and Ethiopia met in Dire Dawa. Djibouti will hand migrants rescued at sea to the Ethiopian authorities at the border, and Ethiopia will receive them. 3. Crossings: a joint post is to open at the Galafi crossing by the end of 2027, and the Ethiopian side will pay for its building.";
    const candidates = suggestCommitments(text, { speakerCountryId: "DJ" });
    expect(
      candidates.map(({ quote, committingCountryId, counterpartCountryIds }) => ({
        quote,
        committingCountryId,
        counterpartCountryIds,
      })),
    ).toEqual([
      {
        quote:
          "Djibouti will hand migrants rescued at sea to the Ethiopian authorities at the border",
        committingCountryId: "DJ",
        counterpartCountryIds: ["ET"],
      },
      {
        quote: "Ethiopia will receive them.",
        committingCountryId: "ET",
        counterpartCountryIds: ["DJ"],
      },
      {
        quote: "Crossings: a joint post is to open at the Galafi crossing by the end of 2027",
        committingCountryId: "DJ",
        counterpartCountryIds: ["ET"],
      },
      {
        quote: "the Ethiopian side will pay for its building.",
        committingCountryId: "ET",
        counterpartCountryIds: ["DJ"],
      },
    ]);
    // The half with no theme of its own takes the themes of the half before it.
    expect([...candidates[1]!.themes].sort()).toEqual([...candidates[0]!.themes].sort());
  });

  it("keeps a sentence whole when the half after “, and” makes no promise by itself", () => {
    const candidate = only(
      "Kenya will train forty Somali police officers in border control, and Somalia has long been a partner.",
      "KE",
    );
    expect(candidate.quote).toBe(
      "Kenya will train forty Somali police officers in border control, and Somalia has long been a partner.",
    );
  });

  it("reads the agent of a passive as the committing party", () => {
    const candidate = only(
      "Maritime security training will be provided by Japan to the Philippine Coast Guard.",
      "PH",
    );
    expect(candidate).toMatchObject({ committingCountryId: "JP", counterpartCountryIds: ["PH"] });
  });

  it("reads a commitment stated through its instrument: “Under the agreement, …”", () => {
    // One party's part of an agreement: unilateral, unlike the signing itself.
    const candidate = only("Under the agreement, India supplies two patrol vessels to Mauritius.");
    expect(candidate).toMatchObject({
      stage: "agreement",
      direction: "unilateral",
      committingCountryId: "IN",
      counterpartCountryIds: ["MU"],
    });
  });

  it("reads a title line and questions as no commitment", () => {
    const text =
      "Kenya and Somalia agree joint patrols of the coast\n\nWill Kenya train the Somali Coast Guard? Kenya will train the Somali Coast Guard.";
    const candidates = suggestCommitments(text, { speakerCountryId: "KE" });
    expect(candidates.map((candidate) => candidate.quote)).toEqual([
      "Kenya will train the Somali Coast Guard.",
    ]);
    // A one-line statement is its own body, full stop or not.
    expect(suggestCommitments("Kenya will train the Somali Coast Guard")).toHaveLength(1);
  });

  it("reads a question someone unnamed put as no commitment, and a party's own question as its request", () => {
    const text =
      "Colombia and Panama met in Panama City. Asked whether the two navies would sign an agreement to repair each other's patrol boats, the Panamanian minister said the subject had not been discussed. Asked whether Colombian vessels would be allowed to patrol Panamanian waters, he said that was not part of what had been agreed. I have been asked whether our navy will patrol the Gulf of Urabá with theirs. Some have asked whether Panama will send instructors to train the Colombian police. A journalist asked me this morning whether the memorandum will trouble Washington. Some of you asked me yesterday whether the patrols will also stop the boats that fish for lobster. The Panamanian side has also asked whether Colombia could train its border police in demining.";
    const candidates = suggestCommitments(text, { speakerCountryId: "CO" });
    expect(candidates.map((candidate) => candidate.quote)).toEqual([
      "The Panamanian side has also asked whether Colombia could train its border police in demining.",
    ]);
  });

  it("reads a sentence opening on a date gone by as history, unless it says what will be done", () => {
    const text =
      "In March 2019 the two governments signed a memorandum on joint patrols of the coast. Two years ago our navies agreed to share radar pictures. Three years later our governments signed treaties on extradition. In 2027 the two navies will hold their first joint exercise.";
    expect(
      suggestCommitments(text, { speakerCountryId: "GH" }).map((candidate) => candidate.quote),
    ).toEqual(["In 2027 the two navies will hold their first joint exercise."]);
  });

  it("reads what a paragraph opens on recalling as history and what follows as the promise; an analyst named with a place forecasts", () => {
    const text =
      "Moldova and Ukraine met in Chișinău. 7. Recalling the memorandum signed in Kyiv in February 2026 by the cyber security agencies of Moldova, Romania and Ukraine, the two sides decided that their cyber agencies will warn each other within hours of cyberattacks on energy companies. An analyst at a think tank in Kyiv said the warnings would help only if the agencies were staffed.";
    const candidates = suggestCommitments(text, { speakerCountryId: "MD" });
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({
      quote:
        "the two sides decided that their cyber agencies will warn each other within hours of cyberattacks on energy companies.",
      direction: "mutual",
      counterpartCountryIds: ["UA"],
    });
  });

  it("reads what a meeting reviewed, discussed, was concerned at or paid tribute to as no commitment, unless the sentence goes on to what was agreed", () => {
    const text =
      "Italy and Albania met in Rome. The ministers also reviewed the work of the two centres that Italy runs for migrants at Shëngjin under the protocol signed by the two Prime Ministers in November 2023. The Ministers of Defence reviewed progress on the Adriatic patrol plan agreed with Greece in Athens in January 2024. The Ministers expressed concern at the smuggling of migrants across the Strait of Otranto, where patrols have been reduced since 2023. The two sides noted with concern that extremist groups seek to recruit young people of both countries online. They paid tribute to the generations of Albanian instructors who have served in Italy since 1997. The two sides discussed the smuggling of migrants across the sea and agreed to share the names of suspected smugglers.";
    expect(
      suggestCommitments(text, { speakerCountryId: "IT" }).map((candidate) => candidate.quote),
    ).toEqual([
      "The two sides discussed the smuggling of migrants across the sea and agreed to share the names of suspected smugglers.",
    ]);
  });

  it("reads where the parties meet or talk next as no commitment, unless the sentence goes on to one, but the next round of exercises as one", () => {
    const text =
      "Finland and Sweden met in Tornio. The two sides will hold their next meeting in Luleå in the spring of 2028. Sweden will host the next round of talks in Umeå. 11. The next session will be held in Helsinki, and the two coast guards will share radar tracks in the Gulf of Bothnia before it. Finland will host the next round of joint exercises at Rovajärvi.";
    expect(
      suggestCommitments(text, { speakerCountryId: "FI" }).map((candidate) => candidate.quote),
    ).toEqual([
      "the two coast guards will share radar tracks in the Gulf of Bothnia before it.",
      "Finland will host the next round of joint exercises at Rovajärvi.",
    ]);
  });

  it("reads the stage from the promise, not from work a relative clause says has gone on since a year", () => {
    const candidate = only(
      "Australia and the Philippines met in Canberra. The Australian Federal Police and the Philippine National Police also agreed to post two more investigators each at the Philippine Internet Crimes Against Children Center in Quezon City, which since 2019 has helped rescue hundreds of children abused in front of webcams.",
      "AU",
    );
    expect(candidate).toMatchObject({ stage: "agreement", direction: "mutual" });
  });

  it("reads “we have also asked” with no theme word as a request, and what both governments want as a hope", () => {
    const text =
      "Our navies will share their vessel-tracking pictures. We have also asked Argentina to let Chilean aircraft refuel at Ushuaia. Both our governments also want the herds that cross the border to follow marked corridors.";
    const candidates = suggestCommitments(text, { speakerCountryId: "CL" });
    expect(candidates.map((candidate) => [candidate.stage, candidate.quote.slice(0, 24)])).toEqual([
      ["pledge", "Our navies will share th"],
      ["aspiration", "We have also asked Argen"],
      ["aspiration", "Both our governments als"],
    ]);
  });

  it("reads what the one spoken to asked as that party's request, whatever it asks for", () => {
    const candidates = suggestCommitments(
      "South Africa and Mozambique met in Pretoria. For many years Mozambican officers have trained at our military colleges. Minister, you asked us this morning to return two of your Air Force’s helicopters to service.",
      { speakerCountryId: "ZA" },
    );
    expect(candidates.find((candidate) => candidate.quote.includes("you asked us"))).toMatchObject({
      stage: "aspiration",
      committingCountryId: "MZ",
      counterpartCountryIds: ["ZA"],
    });
  });

  it("reads a capital that now hopes to add an exercise as that country's hope, not a speaker adding a word", () => {
    const candidate = only(
      "Vietnam and the Philippines met in Hanoi. Manila now hopes to add a navy-to-navy exercise next year.",
      "VN",
    );
    expect(candidate).toMatchObject({
      stage: "aspiration",
      direction: "unilateral",
      committingCountryId: "PH",
      counterpartCountryIds: ["VN"],
    });
  });

  it("reads what each country, or our people, will do as a promise with no theme word", () => {
    expect(
      suggestCommitments(
        "Israel and the United States met in Washington. Each country will pay for the production on its own territory. Our engineers will also visit the plant in Arizona before June.",
        { speakerCountryId: "IL" },
      ).map((candidate) => [candidate.quote, candidate.direction]),
    ).toEqual([
      ["Each country will pay for the production on its own territory.", "mutual"],
      ["Our engineers will also visit the plant in Arizona before June.", "unilateral"],
    ]);
  });

  it("reads what both sides hope with no other theme word, and illegal mining as crime", () => {
    const hope = suggestCommitments(
      "Peru and Ecuador met in Lima. The memorandum does not allow the police of either country to operate on the territory of the other. Both sides hope that Colombia will join the exchange on illegal mining in the Putumayo basin.",
      { speakerCountryId: "PE" },
    ).find((candidate) => candidate.quote.startsWith("Both sides hope"));
    expect(hope).toMatchObject({
      stage: "aspiration",
      themes: ["intelligence-sharing", "transnational-crime"],
    });
    const bare = suggestCommitments(
      "Peru and Ecuador met in Lima. The memorandum does not allow the police of either country to operate on the territory of the other. Both sides hope that Brazil will join them next year.",
      { speakerCountryId: "PE" },
    );
    expect(bare.map((candidate) => candidate.quote)).toEqual([
      "Both sides hope that Brazil will join them next year.",
    ]);
  });

  it("reads a promise with no theme word by its own clause, not by a country ending the sentence before", () => {
    expect(
      suggestCommitments("The ministers met in Ecuador. The rest will follow in May.", {
        speakerCountryId: "PE",
      }),
    ).toEqual([]);
    expect(
      suggestCommitments(
        "Qatar and Türkiye met in Doha. It requested similar support for the World Cup in 2027.",
        { speakerCountryId: "QA" },
      ).map((candidate) => candidate.stage),
    ).toEqual(["aspiration"]);
  });

  it("reads an offer accepted as a pledge of the one who accepts it", () => {
    const accepted = suggestCommitments(
      "The Dominican Republic has offered to train our border police. Haiti is grateful for the offer of training, and we accept it.",
      { speakerCountryId: "HT" },
    ).find((candidate) => candidate.quote.includes("we accept it"));
    expect(accepted).toMatchObject({ stage: "pledge", committingCountryId: "HT" });
  });

  it("reads what “both of us” want for families who fled as a mutual hope on migration", () => {
    const candidate = only(
      "Senegal and the Gambia met in Dakar. Both of us want the families who fled the fighting of 2022 into the villages of Foni to be able to go home before the rains.",
      "SN",
    );
    expect(candidate).toMatchObject({
      stage: "aspiration",
      direction: "mutual",
      themes: ["climate-migration-security"],
    });
  });

  it("reads “is also ready to” and “we offer” as pledges and a plan or measures “adopted at” a meeting as agreed", () => {
    const text =
      "Korea is also ready to train Philippine officials who protect power grids against cyberattacks. The plan was adopted at the ninth meeting of the joint border commission. The measures were adopted at a meeting in Busan attended by the chiefs of the two coast guards. For our part, we offer Philippine patrol boats the use of our naval base at Jinhae for repairs.";
    const candidates = suggestCommitments(text, { speakerCountryId: "KR" });
    expect(candidates.map((candidate) => [candidate.stage, candidate.quote.slice(0, 24)])).toEqual([
      ["pledge", "Korea is also ready to t"],
      ["agreement", "The plan was adopted at "],
      ["agreement", "The measures were adopte"],
      ["pledge", "For our part, we offer P"],
    ]);
    expect(candidates[1]?.title).toBe(
      "Plan adopted at the ninth meeting of the joint border commission",
    );
  });

  it("reads an undertaking to examine a request as no commitment", () => {
    const text =
      "Ecuador asked Peru to extradite the leaders of the mining gangs. The Peruvian side undertook to examine the request with its judges.";
    expect(
      suggestCommitments(text, { speakerCountryId: "PE" }).map((candidate) => candidate.quote),
    ).toEqual(["Ecuador asked Peru to extradite the leaders of the mining gangs."]);
  });

  it("reads a request whose asker is a capital written with an accent", () => {
    const candidate = only(
      "Yaoundé asked Abuja to share the records of arms dealers arrested in Calabar.",
      "CM",
    );
    expect(candidate).toMatchObject({ stage: "aspiration", committingCountryId: "CM" });
  });

  it("reads a request to a party whose name has an accent, or one that asks that something be done", () => {
    const quotes = (text: string, speakerCountryId: string) =>
      suggestCommitments(text, { speakerCountryId }).map((candidate) => [
        candidate.stage,
        candidate.committingCountryId,
        candidate.quote.slice(0, 30),
      ]);
    expect(
      quotes("We have asked Türkiye to send more demining teams to Aghdam and Fuzuli.", "AZ"),
    ).toEqual([["aspiration", "AZ", "We have asked Türkiye to send "]]);
    expect(
      quotes(
        "Nigeria and Benin met in Cotonou. The Beninese side asked that a Nigerian liaison officer be posted to the headquarters of its operation in the north.",
        "NG",
      ),
    ).toEqual([["aspiration", "BJ", "The Beninese side asked that a"]]);
  });

  it("skips sentences without a cue or without a cooperation theme", () => {
    expect(
      suggestCommitments(
        "He said the move will play a critical role. The minister praised the coast guard.",
      ),
    ).toEqual([]);
    // "offer" as a verb of things, not a party's offer.
    expect(
      suggestCommitments("These new challenges also offer us opportunities for collaboration.", {
        speakerCountryId: "KE",
      }),
    ).toEqual([]);
  });

  it("merges a repeated promise and leaves out passages already logged", () => {
    const sentence = "Kenya will expand maritime security training for the Coast Guard.";
    const text = `${sentence}\n\nThe report said: ${sentence}`;
    expect(suggestCommitments(text)).toHaveLength(1);
    const logged = suggestCommitments(text, { loggedPassages: [{ start: 0, end: 5 }] });
    expect(logged.every((candidate) => candidate.start > sentence.length)).toBe(true);
  });

  it("cuts a run-on passage to a quote around its cue", () => {
    const text = `${"The region has seen many meetings and long speeches about the weather ".repeat(40)}and Kenya will train the coast guard ${"while the talks went on and on ".repeat(40)}`;
    const candidate = only(text, "KE");
    expect(candidate.quote.length).toBeLessThanOrEqual(1_000);
    expect(candidate.quote).toContain("Kenya will train the coast guard");
    expect(text.slice(candidate.start, candidate.end)).toBe(candidate.quote);
  });

  it("reads a line, then a sentence, a step, pausing after each, to the same candidates as at once", () => {
    const text =
      "Kenya will train Somali coast guards.\nOfficials praised the talks. The two sides agreed to share intelligence.";
    const steps = suggestionSteps(text, { speakerCountryId: "KE" });
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    // A pause after each line's countries and after each sentence.
    expect(pauses).toBe(2 + 3);
    expect(step.value).toHaveLength(2);
    expect(step.value).toEqual(suggestCommitments(text, { speakerCountryId: "KE" }));
  });

  it("keeps a sentence whose place name joins a dash and a hyphen (“Palanca–Maiaky-Udobne”)", () => {
    const text =
      "Moldova and Ukraine met in Chișinău. The two sides decided to introduce joint control at the Palanca–Maiaky-Udobne crossing from 1 March 2028.";
    const [candidate] = suggestCommitments(text, { speakerCountryId: "MD" });
    expect(candidate?.quote).toBe(
      "The two sides decided to introduce joint control at the Palanca–Maiaky-Udobne crossing from 1 March 2028.",
    );
    expect(text.slice(candidate!.start, candidate!.end)).toBe(candidate!.quote);
  });

  it("gives offsets into the text as JavaScript strings count them, emoji and all", () => {
    const text = "🇰🇪🤝🇨🇳 Partners 😀.\n\nKenya will share intelligence with China 🛰️ from 2025.";
    for (const candidate of suggestCommitments(text)) {
      expect(text.slice(candidate.start, candidate.end)).toBe(candidate.quote);
      for (const reason of candidate.reasons) {
        expect(text.slice(reason.start, reason.end)).toBe(reason.text);
      }
    }
    expect(suggestCommitments(text)).toHaveLength(1);
  });
});
