import { describe, expect, it } from "vitest";
import { suggestCommitments, type Candidate } from "../src/index.ts";

const candidatesOf = (text: string, speakerCountryId: string | null = null) =>
  suggestCommitments(text, { speakerCountryId });

/** The one candidate whose quote contains `words`. */
const quoting = (candidates: Candidate[], words: string): Candidate => {
  const found = candidates.filter((candidate) => candidate.quote.includes(words));
  expect(found, `one candidate quoting “${words}”`).toHaveLength(1);
  return found[0]!;
};

describe("who commits to whom", () => {
  it("reads “we” in a transcript turn as the country of the speaker introduced with it", () => {
    const transcript = [
      "Joint press conference of the Minister of Defence, Anna Berg, and the Minister of Defence of the Republic of Latvia, Jānis Ozols, Stockholm, 2 May 2026",
      "",
      "Minister Berg: Thank you for coming. Sweden will send two minehunters to the Baltic exercise in June.",
      "",
      "Minister Ozols: We will provide host-nation support for the Swedish ships at Liepāja.",
    ].join("\n");
    const candidates = candidatesOf(transcript, "SE");
    expect(quoting(candidates, "Sweden will send")).toMatchObject({
      committingCountryId: "SE",
      counterpartCountryIds: ["LV"],
    });
    const latvian = quoting(candidates, "We will provide");
    expect(latvian).toMatchObject({ committingCountryId: "LV", counterpartCountryIds: ["SE"] });
    // The speaker's name opens the turn, not the promise.
    expect(latvian.quote).toBe(
      "We will provide host-nation support for the Swedish ships at Liepāja.",
    );
  });

  it("reads the two ministers of a transcript, named with no country, as the speaker's and the partner's", () => {
    const transcript = [
      "Joint press conference of the Minister of Interior and the Minister of Interior of the Republic of Iraq, Damascus",
      "",
      "Minister Haddad: Syria will open a second crossing at Albu Kamal. We have asked Iraq to train our border guards.",
      "",
      "Minister al-Saadi: We will gladly send instructors to train them.",
    ].join("\n");
    const candidates = candidatesOf(transcript, "SY");
    expect(quoting(candidates, "We have asked")).toMatchObject({ committingCountryId: "SY" });
    expect(quoting(candidates, "gladly send")).toMatchObject({
      committingCountryId: "IQ",
      counterpartCountryIds: ["SY"],
    });
  });

  it("splits “X will …, and our navies will …” into the two promises", () => {
    const candidates = candidatesOf(
      "Finland and Latvia signed a memorandum. Finland will send two minehunters to the Latvian coast, and our navies will exercise together every spring.",
      "FI",
    );
    expect(quoting(candidates, "Finland will send")).toMatchObject({
      direction: "unilateral",
      committingCountryId: "FI",
      counterpartCountryIds: ["LV"],
    });
    expect(quoting(candidates, "our navies")).toMatchObject({ direction: "mutual" });
  });

  it("reads an agency as the country named with it earlier, and a purchase as its own", () => {
    const text =
      "The Ghana Maritime Authority signed a port security plan with Togo last year. " +
      "The authority is looking to acquire two patrol boats for the port of Tema.";
    const candidate = quoting(candidatesOf(text, "TG"), "looking to acquire");
    expect(candidate).toMatchObject({
      committingCountryId: "GH",
      counterpartCountryIds: [],
      stage: "aspiration",
    });
    expect(candidate.reasons.find((reason) => reason.kind === "party")?.text).toBe("The authority");
  });

  it("reads forces kept on a party's own side of the border as its own, with no counterpart", () => {
    const text =
      "The Dominican Republic and Haiti held talks on border security. " +
      "We will keep our troops on our side of the border and finish the wall by next year. " +
      "We will train fifty Haitian border police officers this year.";
    const candidates = candidatesOf(text, "DO");
    expect(quoting(candidates, "keep our troops")).toMatchObject({
      committingCountryId: "DO",
      counterpartCountryIds: [],
    });
    expect(quoting(candidates, "train fifty")).toMatchObject({ counterpartCountryIds: ["HT"] });
  });

  it("does not take the party named in a leading condition as the one committing", () => {
    const candidate = quoting(
      candidatesOf(
        "If the Tanzanian side confirms its interest, a second course for officers of Kenya’s coast guard will follow in 2027.",
        "KE",
      ),
      "second course",
    );
    expect(candidate).toMatchObject({
      committingCountryId: "KE",
      counterpartCountryIds: ["TZ"],
      direction: "unilateral",
    });
  });

  it("reads one country that “has agreed” as consenting alone, a signing as mutual", () => {
    const consent = quoting(
      candidatesOf(
        "If our patrol ship is delayed, Norway has agreed that its frigate can stay in Icelandic waters for another month.",
        "IS",
      ),
      "Norway has agreed",
    );
    expect(consent).toMatchObject({ committingCountryId: "NO", direction: "unilateral" });
    const signing = quoting(
      candidatesOf("Norway signed a maritime memorandum with Iceland on Monday.", "IS"),
      "signed",
    );
    expect(signing.direction).toBe("mutual");
  });

  it("reads “the two navies” and a joint body with no named agent as both parties", () => {
    const text =
      "Kenya and Tanzania signed a maritime memorandum on Monday. " +
      "The two navies will hold a search and rescue exercise off Mombasa in March. " +
      "A joint investigation team will be set up to trace the money of the smugglers.";
    const candidates = candidatesOf(text, "KE");
    for (const words of ["The two navies", "joint investigation team"]) {
      expect(quoting(candidates, words)).toMatchObject({
        direction: "mutual",
        committingCountryId: "KE",
        counterpartCountryIds: ["TZ"],
      });
    }
  });

  it("reads a signing inside “Under an agreement signed in …” as naming the instrument", () => {
    const candidate = quoting(
      candidatesOf(
        "Under a defence agreement signed in 2019, French instructors train Senegalese units.",
        "SN",
      ),
      "French instructors",
    );
    expect(candidate).toMatchObject({
      committingCountryId: "FR",
      counterpartCountryIds: ["SN"],
      direction: "unilateral",
    });
  });

  it("does not read “Union Island” as Iceland, nor Antarctica as a party", () => {
    const candidate = quoting(
      candidatesOf(
        "Our Coast Guard will station an interceptor boat at Clifton on Union Island, near Antarctica’s weather.",
        "VC",
      ),
      "station",
    );
    expect(candidate.counterpartCountryIds).toEqual([]);
  });

  it("reads “from now on our two centres” and “talk to each other” as both", () => {
    const text = "Suriname and Venezuela held talks in Paramaribo. ";
    for (const promise of [
      "From now on our two operations centres will talk every night.",
      "The commanders will then talk to each other every night about the radar picture.",
    ]) {
      expect(quoting(candidatesOf(text + promise, "SR"), promise.slice(0, 20)).direction).toBe(
        "mutual",
      );
    }
  });

  it("reads “either side” as both", () => {
    const candidate = quoting(
      candidatesOf(
        "Greece and Bulgaria signed a memorandum. Either side will share its radar data on the border with the other within six hours.",
        "BG",
      ),
      "Either side",
    );
    expect(candidate).toMatchObject({ direction: "mutual", counterpartCountryIds: ["GR"] });
  });

  it("knows the English demonyms world-countries lacks", () => {
    expect(
      quoting(
        candidatesOf("Uzbek instructors will run a course for Kazakh investigators."),
        "Uzbek",
      ),
    ).toMatchObject({ committingCountryId: "UZ", counterpartCountryIds: ["KZ"] });
  });

  it("reads officers studying at another country's academy as that country's programme", () => {
    const candidate = quoting(
      candidatesOf(
        "Forty Ghanaian officers are at present studying at the Nigerian Defence Academy in Kaduna.",
        "NG",
      ),
      "studying",
    );
    expect(candidate).toMatchObject({
      stage: "programme",
      committingCountryId: "NG",
      counterpartCountryIds: ["GH"],
    });
  });

  it("reads guests trained at or in another country's schools as that country's programme", () => {
    const candidate = quoting(
      candidatesOf(
        "Gambian police officers continue to be trained at police colleges in Senegal, with thirty enrolled this year.",
        "SN",
      ),
      "continue to be trained",
    );
    expect(candidate).toMatchObject({
      stage: "programme",
      committingCountryId: "SN",
      counterpartCountryIds: ["GM"],
    });
  });

  it("reads what both sides note by what it says: “The two sides noted that Gambian officers attend Senegalese courses”", () => {
    const noted = quoting(
      candidatesOf(
        "5. The two sides noted that Gambian officers have attended Senegalese staff courses since 2022.",
        "SN",
      ),
      "Gambian officers",
    );
    expect(noted).toMatchObject({
      direction: "unilateral",
      committingCountryId: "SN",
      counterpartCountryIds: ["GM"],
    });
    const hoped = quoting(
      candidatesOf("The two sides said that they will hold a joint exercise in 2027.", "SN"),
      "joint exercise",
    );
    expect(hoped.direction).toBe("mutual");
  });

  it("reads two forces named after “Under the memorandum,” as one subject, however long their names", () => {
    const candidate = quoting(
      candidatesOf(
        "Under the memorandum, the Coast Guard of the Antigua and Barbuda Defence Force and the Saint Kitts and Nevis Coast Guard will patrol the channel twice a month.",
        "AG",
      ),
      "Under the memorandum",
    );
    expect(candidate).toMatchObject({
      direction: "mutual",
      committingCountryId: "AG",
      counterpartCountryIds: ["KN"],
    });
  });

  it("reads the subject after “Under the memorandum,” up to its verb when it names no country", () => {
    const candidate = quoting(
      candidatesOf(
        "Under the memorandum, the criminal police of the two countries will exchange information on stolen cars every week.",
        "EE",
      ),
      "Under the memorandum",
    );
    expect(candidate).toMatchObject({ direction: "mutual", stage: "agreement" });
  });

  it("does not read a thing “received” in the passive as a party receiving help", () => {
    const candidate = quoting(
      candidatesOf(
        "Estonia and Latvia met in Riga. Second, our criminal police and the Latvian State Police will share information on stolen cars on the day it is received.",
        "EE",
      ),
      "Second, our criminal police",
    );
    expect(candidate).toMatchObject({ stage: "pledge", direction: "mutual" });
  });

  it("does not take the country thanked as the one who speaks: “His counterpart thanked Latvia and said…”", () => {
    const candidate = quoting(
      candidatesOf(
        "His Estonian counterpart thanked Latvia for its help and said that his country would host the next cyber exercise in Tartu.",
        "LV",
      ),
      "would host",
    );
    expect(candidate).toMatchObject({ committingCountryId: "EE", counterpartCountryIds: ["LV"] });
  });

  it("reads information exchanged between two agencies, or officers in each capital, as both parties'", () => {
    const text =
      "Estonia and Latvia signed a memorandum. Reports on stolen cars will be exchanged every week between the Estonian police and its Latvian counterpart. " +
      "The exchange is to begin in May, through a liaison officer posted in each capital.";
    const candidates = candidatesOf(text, "EE");
    expect(quoting(candidates, "exchanged every week").direction).toBe("mutual");
    expect(quoting(candidates, "The exchange is to begin").direction).toBe("mutual");
  });

  it("reads no party or promise in a side clause of why or when (“because …”, “once …”)", () => {
    const why = quoting(
      candidatesOf(
        "We have asked our Latvian colleagues to train our dog handlers, because their dogs find heroin from Afghanistan that our scanners miss.",
        "EE",
      ),
      "train our dog handlers",
    );
    expect(why.counterpartCountryIds).toEqual(["LV"]);
    const when = quoting(
      candidatesOf(
        "Estonia will share its threat assessments with Riga, once the two governments have signed an agreement on classified information.",
        "EE",
      ),
      "will share",
    );
    expect(when).toMatchObject({ direction: "unilateral", stage: "pledge" });
    const own = quoting(
      candidatesOf(
        "Estonia and Latvia met in Tallinn. The Estonian side agreed to do so once its own first crews have completed their training.",
        "LV",
      ),
      "agreed to do so",
    );
    expect(own).toMatchObject({ committingCountryId: "EE", counterpartCountryIds: ["LV"] });
  });

  it("reads the one by whom a supply is made as giving: “The supply by the Latvian side of …”", () => {
    const candidate = quoting(
      candidatesOf(
        "The supply by the Latvian side of thermal cameras to the Estonian border posts is to be completed by the end of the year.",
        "EE",
      ),
      "supply",
    );
    expect(candidate).toMatchObject({ committingCountryId: "LV", counterpartCountryIds: ["EE"] });
  });

  it("reads a purchase of another country's make as made with that country: “acquiring Sri Lankan-built craft”", () => {
    const candidate = quoting(
      candidatesOf(
        "The Maldivian side expressed interest in acquiring Sri Lankan-built fast attack craft for its Coast Guard.",
        "LK",
      ),
      "acquiring",
    );
    expect(candidate).toMatchObject({ committingCountryId: "MV", counterpartCountryIds: ["LK"] });
    const own = quoting(
      candidatesOf(
        "The Maldivian side is looking to acquire two patrol boats for its Coast Guard.",
        "LK",
      ),
      "acquire",
    );
    expect(own.counterpartCountryIds).toEqual([]);
  });

  it("reads “we have agreed” in reply to a request as one side's consent, “what we agreed” as both sides'", () => {
    const text =
      "Zambia and Tanzania met in Lusaka. Tanzania asked us to train its officers in drug investigations. We have agreed, and the first twenty will begin their course in March.";
    expect(quoting(candidatesOf(text, "ZM"), "We have agreed")).toMatchObject({
      direction: "unilateral",
      committingCountryId: "ZM",
    });
    const together = quoting(
      candidatesOf(
        "Zambia and Tanzania met in Lusaka. What we agreed today is that our police will patrol the corridor together.",
        "ZM",
      ),
      "What we agreed",
    );
    expect(together.direction).toBe("mutual");
  });

  it("reads a post or base a party opens as its own, with no counterpart", () => {
    const text =
      "Honduras and El Salvador signed a memorandum on the Gulf of Fonseca. Honduras will open a new naval post on Zacate Grande before the end of the year.";
    expect(quoting(candidatesOf(text, "HN"), "open a new naval post")).toMatchObject({
      committingCountryId: "HN",
      counterpartCountryIds: [],
    });
    const joint = quoting(
      candidatesOf(
        "Honduras and El Salvador signed a memorandum. Honduras will open a joint naval post on Zacate Grande.",
        "HN",
      ),
      "joint naval post",
    );
    expect(joint.counterpartCountryIds).toEqual(["SV"]);
  });

  it("reads “its” at the start of a sentence as the country the sentence before is about", () => {
    const text =
      "Ecuador and Colombia signed a protocol on river patrols. Peru has moved more cautiously. Its interior ministry said it is looking to sign a similar protocol with Ecuador before the end of the year.";
    expect(quoting(candidatesOf(text, "EC"), "looking to sign")).toMatchObject({
      committingCountryId: "PE",
      counterpartCountryIds: ["EC"],
      // A signing hoped for binds no one yet.
      direction: "unilateral",
      stage: "aspiration",
    });
  });

  it("reads two ministers named with their countries as one subject, and “the FSM” as Micronesia", () => {
    const agreed = quoting(
      candidatesOf(
        "The Minister of Defence of Palau and the Minister of Justice of the FSM agreed in Koror to patrol their waters together.",
        "PW",
      ),
      "agreed in Koror",
    );
    expect(agreed).toMatchObject({
      direction: "mutual",
      committingCountryId: "PW",
      counterpartCountryIds: ["FM"],
    });
  });

  it("reads a country named as where or whither something happens as no counterpart", () => {
    const candidate = quoting(
      candidatesOf(
        "Morocco and Egypt held their first security committee in Rabat, and Egypt will host the next. The police of the two countries will exchange information on the networks that smuggle migrants towards Libya and on armed groups in neighbouring Mali.",
        "MA",
      ),
      "exchange information",
    );
    expect(candidate).toMatchObject({ direction: "mutual", counterpartCountryIds: ["EG"] });
  });

  it("reads officers who have studied at another country's academy as that country's programme", () => {
    const candidate = quoting(
      candidatesOf("Surinamese cadets have studied at Venezuela’s naval academy since 2015.", "SR"),
      "studied",
    );
    expect(candidate).toMatchObject({ committingCountryId: "VE", counterpartCountryIds: ["SR"] });
  });

  it("does not read both sides into a relative clause", () => {
    const candidate = quoting(
      candidatesOf(
        "Chile will pay half the cost of the new post on the Peruvian side, where both services will work.",
        "CL",
      ),
      "Chile will pay",
    );
    expect(candidate.direction).toBe("unilateral");
  });

  it("reads who pays as the committing party: “paid for from the Hungarian budget”", () => {
    const candidate = quoting(
      candidatesOf(
        "Serbia and Hungary will patrol the border together. The drones will be paid for from the Hungarian budget.",
        "RS",
      ),
      "drones",
    );
    expect(candidate).toMatchObject({ committingCountryId: "HU", counterpartCountryIds: ["RS"] });
  });

  it("reads an exchange of information between two agencies, and “our officers and theirs”, as both sides’", () => {
    const exchange = quoting(
      candidatesOf(
        "The exchange of information on the financing of armed groups between the Kenyan Financial Reporting Centre and the Tanzanian Financial Intelligence Unit will continue.",
        "KE",
      ),
      "exchange of information",
    );
    expect(exchange).toMatchObject({ direction: "mutual", committingCountryId: "KE" });
    const agencies = quoting(
      candidatesOf(
        "Kenya and Tanzania signed a memorandum. The Directorate of Criminal Investigations and the Tanzanian Police Force will exchange the names of suspected smugglers every week.",
        "KE",
      ),
      "will exchange",
    );
    expect(agencies).toMatchObject({ direction: "mutual", counterpartCountryIds: ["TZ"] });
    const boats = quoting(
      candidatesOf(
        "Kenya and Tanzania signed a memorandum on Lake Victoria. “From June our officers and theirs will share the same boats,” the Kenyan minister said.",
        "KE",
      ),
      "our officers and theirs",
    );
    expect(boats.direction).toBe("mutual");
  });

  it("does not read an agreement or a border between the two countries as both committing", () => {
    const candidate = quoting(
      candidatesOf(
        "Kenya and Tanzania met in Arusha. Kenya will take back its citizens within thirty days, under the readmission agreement between the two countries.",
        "KE",
      ),
      "take back",
    );
    expect(candidate).toMatchObject({
      direction: "unilateral",
      committingCountryId: "KE",
      counterpartCountryIds: ["TZ"],
    });
  });

  it("reads two ministers with long titles, or two crews patrolling together, as one subject", () => {
    const ministers = quoting(
      candidatesOf(
        "The Minister of Police of the Republic of South Africa and the Minister of Home Affairs, Labour and Police of the Kingdom of Lesotho agreed today on joint measures against smuggling along the border between the two countries.",
        "ZA",
      ),
      "agreed today",
    );
    expect(ministers).toMatchObject({ direction: "mutual", committingCountryId: "ZA" });
    const crews = quoting(
      candidatesOf(
        "Kiribati and Tuvalu signed a patrol arrangement. Our patrol boat and the Te Mataili II will patrol the waters between the southern atolls and Nanumea together twice a year.",
        "KI",
      ),
      "patrol the waters",
    );
    expect(crews).toMatchObject({ direction: "mutual", counterpartCountryIds: ["TV"] });
    expect(crews.themes).toEqual(expect.arrayContaining(["joint-operations", "maritime-security"]));
  });

  it("reads the maker in “deliveries of Russian helicopters” and the agent of “the repair by” as giving", () => {
    const deliveries = quoting(
      candidatesOf(
        "Deliveries of Russian transport helicopters to the Air Force of the Republic of Belarus will continue next year.",
        "BY",
      ),
      "Deliveries",
    );
    expect(deliveries).toMatchObject({ committingCountryId: "RU", counterpartCountryIds: ["BY"] });
    const repair = quoting(
      candidatesOf(
        "The repair by the Zambian side of six trucks of the Malawi Defence Force is to be completed by March.",
        "MW",
      ),
      "repair",
    );
    expect(repair).toMatchObject({ committingCountryId: "ZM", counterpartCountryIds: ["MW"] });
  });

  it("reads the countries listed after “its borders with” as places", () => {
    const candidate = quoting(
      candidatesOf(
        "Italy and Libya met in Rome. The two sides will open an operations room in Kufra to watch Libya’s borders with Egypt, Chad and Sudan.",
        "IT",
      ),
      "operations room",
    );
    expect(candidate).toMatchObject({ direction: "mutual", counterpartCountryIds: ["LY"] });
  });

  it("reads guests at a course, or places reserved for them, as their partner's programme", () => {
    const guests = quoting(
      candidatesOf(
        "Austria and Germany signed a police declaration. Austrian officers have attended the Federal Police Academy’s course on forged documents since 2018.",
        "AT",
      ),
      "attended",
    );
    expect(guests).toMatchObject({ committingCountryId: "DE", counterpartCountryIds: ["AT"] });
    const payer = quoting(
      candidatesOf(
        "Austria and Germany signed a police declaration. Germany will pay for ten Austrian officers to attend courses at its academy.",
        "AT",
      ),
      "pay for",
    );
    expect(payer.committingCountryId).toBe("DE");
    const places = quoting(
      candidatesOf(
        "Timor-Leste and Portugal signed a defence programme. Six places a year will be reserved for Timorese cadets at the Naval School.",
        "TL",
      ),
      "reserved",
    );
    expect(places).toMatchObject({ committingCountryId: "PT", counterpartCountryIds: ["TL"] });
  });

  it("reads “our ministry” after a verb as the object, not the subject", () => {
    const candidate = quoting(
      candidatesOf(
        "Timor-Leste and Portugal signed a defence programme. Portuguese lawyers have been advising our ministry since 2023, and that work will continue.",
        "TL",
      ),
      "advising",
    );
    expect(candidate).toMatchObject({ committingCountryId: "PT", counterpartCountryIds: ["TL"] });
  });

  it("reads a hope of both that a third country joins as theirs, with the third a counterpart", () => {
    const candidate = quoting(
      candidatesOf(
        "Kenya and Uganda will patrol Lake Victoria together, and Uganda will lend a boat. Both ministers said they hoped Tanzania would later send a boat to the patrols.",
        "KE",
      ),
      "hoped Tanzania",
    );
    expect(candidate).toMatchObject({ direction: "mutual", committingCountryId: "KE" });
    expect([...candidate.counterpartCountryIds].sort()).toEqual(["TZ", "UG"]);
  });

  it("reads “It requested…” after a sentence about a country as that country's request", () => {
    const candidate = quoting(
      candidatesOf(
        "Bhutan and India met in Thimphu. The Indian side informed that armed groups use forest routes. It requested the Bhutanese side to pass on any information on their movements.",
        "BT",
      ),
      "It requested",
    );
    expect(candidate).toMatchObject({ committingCountryId: "IN", counterpartCountryIds: ["BT"] });
  });

  it("reads information to be exchanged, with no one named, as both sides'", () => {
    const candidate = quoting(
      candidatesOf(
        "Bhutan and India met in Thimphu. Information on wanted persons will be exchanged at monthly meetings of the border commanders.",
        "BT",
      ),
      "exchanged",
    );
    expect(candidate.direction).toBe("mutual");
  });

  it("reads guests at courses with no host named, places reserved a year, and passive offers of places", () => {
    const readings: [text: string, speaker: string][] = [
      [
        "Bhutan and India met in Thimphu. Officers of the Royal Bhutan Police continue to attend courses at the National Police Academy in Hyderabad.",
        "BT",
      ],
      [
        "Malta and Italy met in Valletta. Places on police courses are still reserved every year for Maltese officers, and their number will rise to twenty.",
        "MT",
      ],
      [
        "Ireland and the United Kingdom met in London. Officers of the Defence Forces will again be offered places on courses at British staff colleges.",
        "IE",
      ],
    ];
    const [hosts, reserving, offering] = readings.map(([text, speaker]) =>
      candidatesOf(text, speaker).at(-1),
    );
    expect(hosts).toMatchObject({ committingCountryId: "IN", counterpartCountryIds: ["BT"] });
    expect(reserving).toMatchObject({ committingCountryId: "IT", counterpartCountryIds: ["MT"] });
    expect(offering).toMatchObject({ committingCountryId: "GB", counterpartCountryIds: ["IE"] });
  });

  it("finds the subject past “our” in a relative clause, and after “pleased to say that”", () => {
    const advisers = quoting(
      candidatesOf(
        "Nauru and Australia signed a treaty. Australian police advisers, who have worked in our headquarters since last year, will stay until 2028.",
        "NR",
      ),
      "advisers",
    );
    expect(advisers).toMatchObject({ committingCountryId: "AU", counterpartCountryIds: ["NR"] });
    const agreed = quoting(
      candidatesOf(
        "I am pleased to say that Australia has agreed to place two cyber security advisers in our ministry.",
        "NR",
      ),
      "agreed",
    );
    expect(agreed).toMatchObject({ committingCountryId: "AU", counterpartCountryIds: ["NR"] });
  });

  it("reads where smuggled goods come from as a place, its coast guard as no coast of its own, and equipment it paid for as its own", () => {
    const team = quoting(
      candidatesOf(
        "Malta and Italy will set up a joint investigation team against the smuggling of fuel from Libya.",
        "MT",
      ),
      "joint investigation team",
    );
    expect(team.counterpartCountryIds).toEqual(["IT"]);
    const boat = quoting(
      candidatesOf(
        "São Tomé and Príncipe and Nigeria met in Abuja. The Santomean side requested the transfer of a patrol boat to its Coast Guard.",
        "ST",
      ),
      "requested",
    );
    expect(boat).toMatchObject({ committingCountryId: "ST", counterpartCountryIds: ["NG"] });
    const scanners = quoting(
      candidatesOf(
        "Eswatini and South Africa signed a memorandum. Body scanners paid for by the Government of Eswatini are to be installed at Lavumisa by March.",
        "SZ",
      ),
      "scanners",
    );
    expect(scanners).toMatchObject({ committingCountryId: "SZ", counterpartCountryIds: [] });
  });

  it("reads a party's own law, its own side of the border and its named coast as promises with no counterpart", () => {
    const nauru = candidatesOf(
      "Nauru and Australia signed a treaty. For our part, we will pass a cybercrime law before the end of the year. We will finish the fence along much of our side by June.",
      "NR",
    );
    const morocco = candidatesOf(
      "Spain and Morocco met in Madrid. Rabat would also keep more patrol boats off its Mediterranean coast, the Moroccan minister said.",
      "ES",
    );
    expect(quoting(nauru, "cybercrime law").counterpartCountryIds).toEqual([]);
    expect(quoting(nauru, "much of our side").counterpartCountryIds).toEqual([]);
    expect(quoting(morocco, "Mediterranean coast")).toMatchObject({
      committingCountryId: "MA",
      counterpartCountryIds: [],
    });
  });

  it("reads agencies of both sides that share or exchange, and “their” services that exchange, as both; PNG as Papua New Guinea", () => {
    const candidates = candidatesOf(
      "Kenya and Tanzania signed a memorandum in Mombasa. The Kenya Coast Guard Service and the KMKM will share radar tracks of suspect dhows from March. Their intelligence services will exchange reports on smugglers every week.",
      "KE",
    );
    expect(quoting(candidates, "radar tracks").direction).toBe("mutual");
    expect(quoting(candidates, "Their intelligence").direction).toBe("mutual");
    expect(
      quoting(candidatesOf("The PNG Defence Force will train forty Fijian soldiers.", "FJ"), "PNG")
        .committingCountryId,
    ).toBe("PG");
  });

  it("reads a list after “in”, a “, where…” clause and an object after a verb as no party, and “they” after one side or a “while” clause as not both", () => {
    const recruiters = candidatesOf(
      "Vietnam and the Philippines met in Hanoi, and the Philippine minister thanked his hosts. Police of the two countries will trace the smugglers who send jobseekers to compounds in Cambodia and Myanmar.",
      "VN",
    );
    const border = candidatesOf(
      "Spain and Mauritania met in Nouakchott. Mauritania asked for help in watching its border with Mali, where thousands of Malian refugees live.",
      "ES",
    );
    const instructors = candidatesOf(
      "Latvia and Ukraine met in Riga. Latvian instructors have trained Ukrainian soldiers since 2022, and next year they will train 800 more.",
      "LV",
    );
    const forensics = candidatesOf(
      "Korea and the UAE signed a memorandum. Under the memorandum, the Korean agency trains Emirati staff in forensics, while the two sides hold an exercise every year.",
      "KR",
    );
    expect(quoting(recruiters, "smugglers").counterpartCountryIds).toEqual(["PH"]);
    expect(quoting(border, "watching").counterpartCountryIds).toEqual(["ES"]);
    expect(quoting(instructors, "800 more")).toMatchObject({
      direction: "unilateral",
      committingCountryId: "LV",
      counterpartCountryIds: ["UA"],
    });
    expect(quoting(forensics, "forensics")).toMatchObject({
      direction: "unilateral",
      committingCountryId: "KR",
    });
  });

  it("reads “together with” as both only right after patrolling or working, and a threat's or an attack's country as no counterpart", () => {
    const courses = candidatesOf(
      "Nauru and Australia met in Yaren. The Australian Federal Police will run three courses a year here, each taught together with Nauruan instructors.",
      "NR",
    );
    const patrols = candidatesOf(
      "Montenegro and Slovenia met in Budva. Eight Slovenian police officers will patrol together with Montenegrin officers in Budva.",
      "ME",
    );
    const crews = candidatesOf(
      "Saudi Arabia and Pakistan met in Riyadh. The Saudi side requested Pakistan's help in training crews to counter drones such as those launched at the Kingdom from Yemen.",
      "SA",
    );
    const jamming = candidatesOf(
      "Latvia and Ukraine met in Riga. Ukraine will pass on to the Latvian Armed Forces what its units learn about Russian jamming.",
      "LV",
    );
    expect(quoting(courses, "three courses")).toMatchObject({
      direction: "unilateral",
      committingCountryId: "AU",
    });
    expect(quoting(patrols, "patrol together").direction).toBe("mutual");
    expect(quoting(crews, "training crews").counterpartCountryIds).toEqual(["PK"]);
    expect(quoting(jamming, "jamming").counterpartCountryIds).toEqual(["LV"]);
  });

  it("reads “agreed that” with no undertaking as a shared view, not a commitment", () => {
    expect(
      candidatesOf(
        "The ministers agreed that regional stability is a shared responsibility.",
        "KE",
      ),
    ).toEqual([]);
  });

  it("reads who asks from whom a request is made to: “asked us to”, “asked Uganda to”, “asked whether Korea could”", () => {
    const fromPartner = candidatesOf(
      "Poland and Ukraine signed a programme of cooperation. The Minister has asked us to repair more of Ukraine's damaged armoured vehicles at Polish plants.",
      "PL",
    );
    expect(quoting(fromPartner, "asked us")).toMatchObject({
      committingCountryId: "UA",
      counterpartCountryIds: ["PL"],
    });
    const namedAsked = candidatesOf(
      "Uganda and the DR Congo met in Kampala. The Congolese delegation asked Uganda to train FARDC engineers. Your Navy has asked whether Uganda could give it two more boats.",
      "UG",
    );
    for (const words of ["asked Uganda", "asked whether"]) {
      expect(quoting(namedAsked, words), words).toMatchObject({
        committingCountryId: "CD",
        counterpartCountryIds: ["UG"],
      });
    }
    const byCapital = candidatesOf(
      "Nauru and Australia met in Yaren. We have also asked Canberra to help us watch our fishing grounds, with a boat of our own.",
      "NR",
    );
    expect(quoting(byCapital, "asked Canberra").counterpartCountryIds).toEqual(["AU"]);
  });

  it("reads a party placing its own forces where no partner is named as promising no one, unless it is the speaker's place", () => {
    const candidates = candidatesOf(
      "Guatemala and Mexico met in Tapachula. For our part, we will station two more army companies in the municipalities along the border with Chiapas. Mexico will keep soldiers in its border provinces until June. The Mexican Army will keep a team of instructors here at Retalhuleu to train our crews.",
      "GT",
    );
    expect(quoting(candidates, "army companies")).toMatchObject({
      committingCountryId: "GT",
      counterpartCountryIds: [],
    });
    expect(quoting(candidates, "border provinces")).toMatchObject({
      committingCountryId: "MX",
      counterpartCountryIds: [],
    });
    expect(quoting(candidates, "instructors here")).toMatchObject({
      committingCountryId: "MX",
      counterpartCountryIds: ["GT"],
    });
  });

  it("reads a country after “provides” as the one given to", () => {
    const candidates = candidatesOf(
      "Under the memorandum signed in 2016, the United States provides Israel with $3.8 billion in military aid each year, of which $500 million is set aside for missile defence.",
      "US",
    );
    expect(quoting(candidates, "provides Israel")).toMatchObject({
      committingCountryId: "US",
      counterpartCountryIds: ["IL"],
    });
  });

  it("reads the school a guest attends as the giver", () => {
    const candidates = candidatesOf(
      "Uruguay and Brazil met in Montevideo. Uruguayan cadets will continue to attend the Brazilian Military Academy in Resende.",
      "UY",
    );
    expect(quoting(candidates, "attend")).toMatchObject({
      committingCountryId: "BR",
      counterpartCountryIds: ["UY"],
    });
  });

  it("reads guests who will attend, will be admitted, have trained (for years) or taken courses at a school, or keep their places there, as receiving from their partner", () => {
    const candidates = candidatesOf(
      "Italy and Albania met in Bari. Albanian gendarmes will continue to attend the courses of the Carabinieri in Rome. Forty Albanian investigators will be admitted this year to the courses of the Postal Police in Rome on cybercrime. Albanian cadets have trained at the Military Academy in Modena for years, and from September their places will rise to twenty. Albanian officers have taken courses in drug investigation at the Guardia di Finanza academy in Rome since 2023, and the number of places will double this year. But Albanian officers will keep their places at our War College in Rome. Albanian pilots have trained for years at the flight school in Lecce, and their places will double next year.",
      "IT",
    );
    for (const words of [
      "will continue to attend",
      "will be admitted",
      "have trained at",
      "have trained for years",
      "have taken courses",
      "keep their places",
    ]) {
      expect(quoting(candidates, words), words).toMatchObject({
        committingCountryId: "IT",
        counterpartCountryIds: ["AL"],
      });
    }
    expect(quoting(candidates, "will be admitted").title).toBe(
      "Forty Albanian investigators admitted to the courses of the Postal Police",
    );
  });

  it("reads officers posted at a partner's situation centre, or as liaison officers, as posted to the partner", () => {
    const candidates = candidatesOf(
      "Poland and Germany met in Świecko. Poland will post two officers of its Border Guard at the situation centre of the Federal Police in Potsdam. Poland will also post two liaison officers in Frankfurt an der Oder.",
      "PL",
    );
    for (const words of ["situation centre", "liaison officers"]) {
      expect(quoting(candidates, words), words).toMatchObject({
        committingCountryId: "PL",
        counterpartCountryIds: ["DE"],
      });
    }
  });

  it("reads “our X and yours” and “what we have agreed is that” as both sides", () => {
    const candidates = candidatesOf(
      "Chile and Bolivia met in Arica. Our coast guard and yours will hold a search and rescue exercise on Lake Titicaca every spring. What we have agreed is that Bolivian technicians will be trained in Chile to repair the scanners.",
      "CL",
    );
    for (const words of ["and yours", "we have agreed"]) {
      expect(quoting(candidates, words).direction, words).toBe("mutual");
      expect(quoting(candidates, words).counterpartCountryIds, words).toEqual(["BO"]);
    }
  });

  it("reads a third country named as an attacker or a place, and a party stepping up its own patrols, as no counterpart", () => {
    const candidates = candidatesOf(
      "Senegal and Mauritania met in Dakar. The two coast guards will warn each other of attacks by Malian insurgents. The two navies will escort grain ships to the Guinean ports of the coast. The Mauritanian minister said Nouakchott would step up police patrols on the roads of the Trarza region.",
      "SN",
    );
    expect(quoting(candidates, "Malian insurgents").counterpartCountryIds).toEqual(["MR"]);
    expect(quoting(candidates, "Guinean ports").counterpartCountryIds).toEqual(["MR"]);
    expect(quoting(candidates, "step up")).toMatchObject({
      committingCountryId: "MR",
      counterpartCountryIds: [],
    });
  });

  it("reads a country whose strikes are named, or one a drone comes from, as no counterpart", () => {
    const candidates = candidatesOf(
      "Moldova and Ukraine met in Chișinău. Noting that Russian strikes have damaged the power lines that link the Ukrainian and Moldovan grids, the two sides agreed that their emergency services will help each other repair damaged cross-border lines within 48 hours. The Moldovan and Ukrainian air forces will pass each other the tracks of any drone that enters the airspace of either country from Russia or Belarus.",
      "MD",
    );
    for (const words of ["Russian strikes", "from Russia or Belarus"]) {
      expect(quoting(candidates, words).counterpartCountryIds, words).toEqual(["UA"]);
    }
  });

  it("reads the country whose people are taken back as the one taking them, to the country they reached", () => {
    const candidates = candidatesOf(
      "Italy and Tunisia met in Rome. The Tunisian minister spoke after the talks. He said his government would take back Tunisian citizens who reach Italy irregularly on a third flight each week. The Tunisian minister said his country would also take back its own nationals who reach Lampedusa by boat.",
      "IT",
    );
    for (const words of ["take back Tunisian", "its own nationals"]) {
      expect(quoting(candidates, words), words).toMatchObject({
        committingCountryId: "TN",
        counterpartCountryIds: ["IT"],
      });
    }
  });

  it("reads a sea named after a country as a place", () => {
    const candidates = candidatesOf(
      "Spain and Morocco met in Rabat. The Spanish and Moroccan navies will patrol the Strait of Gibraltar together, and Spain will send a frigate to the Gulf of Guinea.",
      "ES",
    );
    expect(candidates.map((candidate) => candidate.counterpartCountryIds)).toEqual([
      ["MA"],
      ["MA"],
    ]);
  });

  it("reads our agency and an agency of the other country as both sides", () => {
    const [candidate] = candidatesOf(
      "Poland and Ukraine met in Warsaw. Our Internal Security Agency and the Security Service of Ukraine will form a joint team in Lublin against sabotage of railways.",
      "PL",
    );
    expect(candidate).toMatchObject({
      direction: "mutual",
      committingCountryId: "PL",
      counterpartCountryIds: ["UA"],
    });
  });

  it("reads those trained as the counterpart of whoever trains them, unless they ask for it", () => {
    const candidates = candidatesOf(
      "India and Sri Lanka met in Colombo. We already train some seven hundred and fifty Sri Lankan service personnel every year, and that will continue. The Sri Lankan side requested that India train Sri Lankan customs officers in drug detection.",
      "IN",
    );
    // Said by Sri Lanka, so "we" cannot stand in for the trainer.
    const [surveys] = candidatesOf(
      "Sri Lanka and India met in Colombo. Hydrographic cooperation, under which Indian naval survey ships have trained Sri Lankan surveyors since 2019, will be extended to the approaches to Trincomalee.",
      "LK",
    );
    for (const candidate of [quoting(candidates, "We already train"), surveys]) {
      expect(candidate).toMatchObject({ committingCountryId: "IN", counterpartCountryIds: ["LK"] });
    }
    expect(quoting(candidates, "requested that India train")).toMatchObject({
      committingCountryId: "LK",
      counterpartCountryIds: ["IN"],
    });
  });

  it("reads the agent of a passive after a name written with an accent", () => {
    const [candidate] = candidatesOf(
      "Ghana and Côte d’Ivoire met in Abidjan. Two patrol boats will be provided to Côte d’Ivoire by Ghana before June.",
      "CI",
    );
    expect(candidate).toMatchObject({ committingCountryId: "GH", counterpartCountryIds: ["CI"] });
  });

  it("reads countries named in what a promise is to protect as places, not counterparts", () => {
    const [candidate] = candidatesOf(
      "Estonia and Latvia met in Tallinn. The two navies will share their pictures of shipping in the Gulf of Riga, to protect the cables that link the Baltic states with Finland and Sweden.",
      "EE",
    );
    expect(candidate?.counterpartCountryIds).toEqual(["LV"]);
  });

  it("reads “Ukrainian border and customs officers” as Ukraine's officers, not a border", () => {
    const [candidate] = candidatesOf(
      "Moldova and Ukraine met in Chișinău. Moldovan and Ukrainian border and customs officers will carry out joint control at the Palanca crossing.",
      "MD",
    );
    expect(candidate).toMatchObject({ direction: "mutual", counterpartCountryIds: ["UA"] });
  });

  it("reads an acronym the statement defines after a country's force as that country", () => {
    const candidates = candidatesOf(
      "Officials of the Royal Thai Police (RTP) and of the Cambodian National Police met in Phnom Penh on Monday. The RTP will train forty Cambodian investigators in tracing online fraud next year.",
      "KH",
    );
    expect(quoting(candidates, "The RTP will")).toMatchObject({
      committingCountryId: "TH",
      counterpartCountryIds: ["KH"],
    });
  });
});

describe("themes", () => {
  it("tags a border as border management only when it is guarded, not when it is a place", () => {
    const place = quoting(
      candidatesOf(
        "Brazil will give Paraguay two helicopters to stop the gangs that move cocaine across the border.",
      ),
      "helicopters",
    );
    expect(place.themes).toEqual(expect.arrayContaining(["equipment", "transnational-crime"]));
    expect(place.themes).not.toContain("border-management");
    const guarded = quoting(
      candidatesOf("Brazil will strengthen border control with Paraguay."),
      "border control",
    );
    expect(guarded.themes).toContain("border-management");
  });

  it("does not tag a line at sea or the start of a route as border management", () => {
    const themesOf = (text: string) => candidatesOf(text, "BR")[0]?.themes;
    expect(themesOf("Brazil and Uruguay will patrol their sea border together from May.")).toEqual(
      expect.not.arrayContaining(["border-management"]),
    );
    expect(
      themesOf(
        "The two navies will carry out coordinated patrols along the boundary twice a year.",
      ),
    ).toEqual(expect.not.arrayContaining(["border-management"]));
    expect(
      themesOf(
        "Brazil will post railway police at each station on the line from the border to Ponta Porã.",
      ),
    ).toEqual(["infrastructure-security"]);
    expect(themesOf("Brazil and Uruguay will patrol their land border together from May.")).toEqual(
      expect.arrayContaining(["border-management"]),
    );
  });

  it("does not tag a place near a border as border management: “camps near the border”, “the border area”", () => {
    const themesOf = (text: string) => candidatesOf(text, "NG")[0]?.themes;
    expect(
      themesOf(
        "Nigeria and Benin will exchange every week information on armed groups in the border area.",
      ),
    ).toEqual(["intelligence-sharing", "counter-terrorism"]);
    expect(
      themesOf("Nigeria will help Benin dismantle the camps of armed groups near the border."),
    ).toEqual(["counter-terrorism"]);
    expect(
      themesOf("Nigeria and Benin will hold joint meetings with border communities every month."),
    ).toEqual(expect.not.arrayContaining(["border-management"]));
    expect(themesOf("Nigeria and Benin will patrol the border near Seme together.")).toEqual(
      expect.arrayContaining(["border-management"]),
    );
  });

  it("does not tag ports listed among a country's networks as maritime security", () => {
    const themesOf = (text: string) => candidatesOf(text, "KR")[0]?.themes;
    expect(
      themesOf(
        "Korea will train Philippine officials who protect power grids, ports and telecommunications networks against cyberattacks.",
      ),
    ).toEqual(["training", "cybersecurity", "infrastructure-security"]);
    expect(
      themesOf("Korea will help the Philippines secure its ports against cocaine smugglers."),
    ).toEqual(expect.arrayContaining(["maritime-security"]));
  });

  it("tags hurricanes, cyclones and typhoons as climate security", () => {
    const [relief] = candidatesOf(
      "When a hurricane strikes either country, the other will send rescue teams within 72 hours.",
      "BB",
    );
    expect(relief?.themes).toContain("climate-migration-security");
  });

  it("tags lists, records and tracking as intelligence sharing when they are passed on", () => {
    const themesOf = (text: string) => candidatesOf(text, "MX")[0]?.themes ?? [];
    expect(
      themesOf(
        "Nicaragua will send Mexico’s National Migration Institute the passenger lists of charter flights.",
      ),
    ).toContain("intelligence-sharing");
    expect(
      themesOf(
        "The Mexican Navy will share its tracking of suspect vessels with the Nicaraguan Navy.",
      ),
    ).toEqual(expect.arrayContaining(["intelligence-sharing", "maritime-security"]));
    expect(
      themesOf("The two armies will warn each other of attacks on their military networks."),
    ).toEqual(expect.arrayContaining(["intelligence-sharing", "cybersecurity"]));
    expect(
      themesOf("Mexico will share the cost of the new border post at Tapachula with Guatemala."),
    ).not.toContain("intelligence-sharing");
  });

  it("tags vehicles, aircraft and boats as equipment only when they are supplied", () => {
    const supplied = quoting(candidatesOf("Chile will lend Peru two patrol aircraft."), "lend");
    expect(supplied.themes).toContain("equipment");
    const tracked = quoting(
      candidatesOf("The two navies will share their radar data to track aircraft carrying drugs."),
      "track aircraft",
    );
    expect(tracked.themes).not.toContain("equipment");
    expect(tracked.themes).toContain("intelligence-sharing");
  });

  it("takes a reply's themes from the request it answers", () => {
    const text =
      "The Bahraini side requested that Jordan train Bahraini customs officers in the detection of drugs. " +
      "The Jordanian side welcomed the request and will host a first course in Amman.";
    const reply = quoting(candidatesOf(text, "BH"), "welcomed the request");
    expect(reply.themes).toEqual(expect.arrayContaining(["training", "transnational-crime"]));
  });

  it("reads weapons seized or trafficked as crime, and patrols on a lake as not at sea", () => {
    const seized = quoting(
      candidatesOf(
        "Kenya and Uganda will record every firearm and round of ammunition they seize.",
      ),
      "record",
    );
    expect(seized.themes).toContain("transnational-crime");
    expect(seized.themes).not.toContain("equipment");
    const lake = quoting(
      candidatesOf("Kenya and Uganda will patrol Lake Victoria together in police boats."),
      "patrol",
    );
    expect(lake.themes).toContain("joint-operations");
    expect(lake.themes).not.toContain("maritime-security");
  });

  it("gives a follow-up with no theme of its own the themes of the promise before, saying why", () => {
    const text =
      "India offered forty places a year on courses at its defence training institutions for Omani officers. " +
      "The Omani side welcomed the offer and will nominate its first officers by April.";
    const followUp = quoting(candidatesOf(text, "OM"), "nominate");
    expect(followUp.themes).toEqual(["training"]);
    const inherited = followUp.reasons.find((reason) => reason.kind === "theme");
    expect(inherited).toMatchObject({
      detail: "theme of the promise just before",
      value: "training",
    });
    expect(text.slice(inherited!.start, inherited!.end)).toBe(inherited!.text);
  });

  it("reads a promise about a thing an earlier promise introduced as a further passage of it", () => {
    const text =
      "Cyprus and Lebanon will open a joint centre in Larnaca to share information on boats carrying migrants. " +
      "The two economies are in crisis. " +
      "He said the centre would be staffed by officers of the Cyprus Police and Lebanon's General Security, and would alert patrol boats at sea within minutes.";
    const candidates = candidatesOf(text, "CY");
    const lead = quoting(candidates, "open a joint centre");
    const detail = quoting(candidates, "the centre would be staffed");
    expect(detail).toMatchObject({
      direction: "mutual",
      committingCountryId: lead.committingCountryId,
      counterpartCountryIds: lead.counterpartCountryIds,
    });
    expect(detail.themes).toEqual(expect.arrayContaining(lead.themes));
    const reference = detail.reasons.find((reason) => reason.kind === "party");
    expect(reference).toMatchObject({ text: "the centre" });
    expect(reference?.detail).toContain(lead.title);
    // A name is not a thing introduced: "The Lebanese side" does not refer back to the centre.
    const own = quoting(
      candidatesOf(`${text} The Lebanese side will provide two boats to the Cypriot police.`, "CY"),
      "The Lebanese side",
    );
    expect(own).toMatchObject({ direction: "unilateral", committingCountryId: "LB" });
  });

  it("reads a further passage with no theme word of its own: “Each patrol will carry…”, “The group will sit…”", () => {
    const text =
      "Kenya and Tanzania will patrol Lake Victoria together from May, and will set up a working group on smuggling. " +
      "Each patrol will carry an officer of the other country. " +
      "The group will sit in Arusha and is to begin work before July.";
    const candidates = candidatesOf(text, "KE");
    for (const words of ["Each patrol", "The group will sit"]) {
      expect(quoting(candidates, words)).toMatchObject({
        direction: "mutual",
        committingCountryId: "KE",
        counterpartCountryIds: ["TZ"],
      });
    }
    // A judgement of what was decided is not more of it.
    expect(
      candidatesOf(
        "Kenya is seeking closer intelligence sharing with China in a strategic move. He said the move will play a critical role in the years ahead.",
        "KE",
      ),
    ).toHaveLength(1);
  });

  it("does not read “of course” or military trains as training", () => {
    const [promise] = candidatesOf(
      "Kenya will, of course, send a patrol vessel to the Somali coast, and a military train will carry its crew.",
      "KE",
    );
    expect(promise?.themes).toEqual(["maritime-security"]);
    const [checks] = candidatesOf(
      "Kenyan and Ugandan officers will check the trains between Malaba and Tororo every day.",
      "KE",
    );
    expect(checks?.themes).not.toContain("training");
  });

  it("reads joint checks and units as joint operations, not a joint task force of investigators, and theft and rustling as crime", () => {
    const candidates = candidatesOf(
      "Kenya and Uganda will form joint stock theft units in Karamoja. The two police forces will carry out joint checks at Busia. Uganda will hunt cattle rustlers with Kenya. The two ministries will set up a joint task force of investigators against online fraud.",
      "KE",
    );
    expect(quoting(candidates, "joint stock theft units").themes).toEqual(
      expect.arrayContaining(["joint-operations", "transnational-crime"]),
    );
    expect(quoting(candidates, "joint checks").themes).toContain("joint-operations");
    expect(quoting(candidates, "rustlers").themes).toContain("transnational-crime");
    expect(quoting(candidates, "task force").themes).not.toContain("joint-operations");
  });

  it("does not read patrols on trains or a province named British as training or Britain", () => {
    const candidate = quoting(
      candidatesOf(
        "Canada and the United States will patrol together on trains between Vancouver and Seattle, and by train across British Columbia.",
        "CA",
      ),
      "patrol together",
    );
    expect(candidate.themes).not.toContain("training");
    expect(candidate.counterpartCountryIds).toEqual(["US"]);
  });

  it("reads interceptors as equipment and readmission as migration", () => {
    const candidates = candidatesOf(
      "Israel and the United States will produce more interceptors together. Kosovo will apply the readmission agreement with Germany.",
      "IL",
    );
    expect(quoting(candidates, "interceptors").themes).toContain("equipment");
    expect(quoting(candidates, "readmission").themes).toContain("climate-migration-security");
  });

  it("reads money set aside for things as equipment, but not relief supplies or a heading's contraband", () => {
    const candidates = candidatesOf(
      "The government has set aside money in next year’s budget for four patrol boats and thermal cameras. When a cyclone strikes, our navy will deliver relief supplies to Tuvalu. 3. Drug trafficking: scanners for the port of Apia will be supplied by the New Zealand side by June.",
      "WS",
    );
    expect(quoting(candidates, "set aside money").themes).toContain("equipment");
    expect(quoting(candidates, "relief supplies").themes).not.toContain("equipment");
    expect(quoting(candidates, "scanners").themes).toEqual(
      expect.arrayContaining(["equipment", "transnational-crime"]),
    );
  });

  it("reads fentanyl, kidnappers and handguns as crime, shared boats as joint operations, the energy sector as infrastructure", () => {
    const candidates = candidatesOf(
      "Canada and the United States will share what they learn about fentanyl laboratories. Cameroon will station a company in Garoua-Boulaï to hunt down kidnappers. “From June our officers and theirs will sit in the same boats on the lake,” he said. The two cyber agencies will hold an exercise on the protection of the energy sector. Canada has asked Washington to trace every handgun found in Canada.",
      "CA",
    );
    expect(quoting(candidates, "fentanyl").themes).toContain("transnational-crime");
    expect(quoting(candidates, "kidnappers").themes).toContain("transnational-crime");
    expect(quoting(candidates, "same boats").themes).toContain("joint-operations");
    expect(quoting(candidates, "energy sector").themes).toContain("infrastructure-security");
    expect(quoting(candidates, "handgun").themes).toContain("transnational-crime");
  });

  it("reads a port of entry and a check post as the border's, scam compounds as cybercrime, vehicles handed back as no supply", () => {
    const candidates = candidatesOf(
      "Eswatini will flag every stolen car at each port of entry within a day. India will complete the integrated check post at Jaigaon by December. Myanmar and Thailand will set up a task force against the scam compounds on the Moei. Eswatini will hand over every vehicle recovered on its territory within thirty days.",
      "SZ",
    );
    const portOfEntry = quoting(candidates, "port of entry").themes;
    expect(portOfEntry).toContain("border-management");
    expect(portOfEntry).not.toContain("maritime-security");
    expect(quoting(candidates, "check post").themes).toContain("border-management");
    expect(quoting(candidates, "scam compounds").themes).toContain("cybersecurity");
    expect(quoting(candidates, "recovered").themes).not.toContain("equipment");
  });

  it("reads coordinated operations and joining another's patrols as joint operations", () => {
    const candidates = candidatesOf(
      "Nigeria and Benin met in Cotonou. The armed forces of the two countries will coordinate their operations against armed groups. We would like Niger to join the patrols. Both sides hope that Togo will take part in the patrols.",
      "NG",
    );
    for (const words of ["coordinate their operations", "join the patrols", "take part"]) {
      expect(quoting(candidates, words).themes, words).toContain("joint-operations");
    }
  });

  it("reads naval schools as training, not the sea, and Port Moresby as a town", () => {
    const candidates = candidatesOf(
      "Ten places a year will be reserved for Timorese officers at the Naval School in Almada. Indonesia and Papua New Guinea signed in Port Moresby today a memorandum on their land border.",
      "PG",
    );
    expect(quoting(candidates, "Naval School").themes).toEqual(["training"]);
    expect(quoting(candidates, "Port Moresby").themes).not.toContain("maritime-security");
  });

  it("reads corridors, construction sites, stadiums and energy systems as infrastructure, but not corridors for herds; disasters and irregular arrivals as climate and migration", () => {
    const candidates = candidatesOf(
      "Zambia and Tanzania signed an agreement on the security of the corridor. The two armies will guard the construction sites together. Spain will train Moroccan police in the protection of stadiums. The two cyber agencies will warn each other of attacks on energy systems. The two sides hope to agree on corridors for herds in the dry season. Our patrol boats will carry supplies to each other's islands whenever a state of disaster is declared. Tunisia will take back its citizens who reach Italy irregularly.",
      "ZM",
    );
    for (const words of ["the corridor", "construction sites", "stadiums", "energy systems"]) {
      expect(quoting(candidates, words).themes, words).toContain("infrastructure-security");
    }
    expect(quoting(candidates, "herds").themes).not.toContain("infrastructure-security");
    for (const words of ["disaster", "irregularly"]) {
      expect(quoting(candidates, words).themes, words).toContain("climate-migration-security");
    }
  });

  it("reads plans signed and partners brought in as frameworks, access to registers and shared tracks as intelligence, go-fast boats as crime, patrolling with another as joint", () => {
    const candidates = candidatesOf(
      "Kazakhstan and Uzbekistan met in Tashkent. The ministers signed a plan of joint measures for 2026. Both ministers hope to bring Kyrgyzstan into the task force. Uzbekistan will give the Kazakh police access to its register of wanted persons. The two navies will share the tracks of go-fast boats. We would like Kazakhstan to patrol with our boats on the lake.",
      "UZ",
    );
    expect(quoting(candidates, "plan of joint measures").themes).toContain(
      "cooperation-frameworks",
    );
    expect(quoting(candidates, "bring Kyrgyzstan").themes).toContain("cooperation-frameworks");
    expect(quoting(candidates, "access to its register").themes).toContain("intelligence-sharing");
    expect(quoting(candidates, "go-fast").themes).toEqual(
      expect.arrayContaining(["intelligence-sharing", "transnational-crime"]),
    );
    expect(quoting(candidates, "patrol with").themes).toContain("joint-operations");
  });

  it("reads “hoped that”, cadets who “have long been trained” abroad, and forces that guard a site together", () => {
    const candidates = candidatesOf(
      "Nigeria and São Tomé and Príncipe will patrol the Zone together. They hoped that Equatorial Guinea would later join the joint patrols. Santomean officer cadets have long been trained at the Nigerian Defence Academy in Kaduna. Under the plan, the two navies will guard the platforms and the pipeline together.",
      "ST",
    );
    expect(quoting(candidates, "hoped that").stage).toBe("aspiration");
    expect(quoting(candidates, "long been trained")).toMatchObject({
      committingCountryId: "NG",
      counterpartCountryIds: ["ST"],
    });
    expect(quoting(candidates, "guard the platforms").themes).toContain("joint-operations");
  });

  it("reads tracks passed on and telephone numbers shared as intelligence, mixed teams and acting on the other's territory as joint, fuel transferred at sea as crime", () => {
    const candidates = candidatesOf(
      "Ghana and Togo met in Lomé. Ghana will pass to the Togolese Navy the tracks of boats leaving Keta at night. We asked Togo to share with our police the telephone numbers that its investigators link to the smugglers. Mixed teams of the two police forces will check the lorries at Aflao. The ministers agreed that police special units of either country may act on the territory of the other after a hostage-taking. The two navies will board tankers suspected of transferring fuel at sea.",
      "GH",
    );
    for (const words of ["tracks of boats", "telephone numbers"]) {
      expect(quoting(candidates, words).themes, words).toContain("intelligence-sharing");
    }
    for (const words of ["Mixed teams", "territory of the other"]) {
      expect(quoting(candidates, words).themes, words).toContain("joint-operations");
    }
    expect(quoting(candidates, "transferring fuel").themes).toContain("transnational-crime");
  });

  it("reads an anti-scam centre as cyber, getaway cars and brokers as crime, people refused entry as migration, torpedoes as the sea's, vessel tracks exchanged as intelligence, troops coordinated as joint", () => {
    const candidates = candidatesOf(
      "Austria and Hungary met in Vienna. Hungary will post an officer at the new anti-scam centre in Vienna. Austria will buy twelve torpedoes for its patrol aircraft from Hungary. Austria will send the number plates of getaway cars to the Hungarian police within an hour. Hungary will give us the names of the brokers who recruit drivers for them. People refused entry at Nickelsdorf will be handed to the Hungarian police on the spot. The two air forces will exchange the tracks of vessels on the Danube. The two armies will coordinate their troops near the border.",
      "AT",
    );
    const expected = [
      ["anti-scam", "cybersecurity"],
      ["getaway", "transnational-crime"],
      ["brokers", "transnational-crime"],
      ["refused entry", "climate-migration-security"],
      ["torpedoes", "maritime-security"],
      ["tracks of vessels", "intelligence-sharing"],
      ["coordinate their troops", "joint-operations"],
    ] as const;
    for (const [words, theme] of expected) {
      expect(quoting(candidates, words).themes, words).toContain(theme);
    }
  });

  it("reads forest fires and consular passes as climate and migration, a cooperative activity as joint, numbers given to each other, reports passed on and firearms traced as intelligence, power lines as infrastructure, clandestine airstrips, arms dealers and compounds as crime", () => {
    const candidates = candidatesOf(
      "France and Morocco met in Paris. Morocco will send two aircraft to France this summer to fight forest fires. The Moroccan side undertook to issue the consular passes requested by French prefectures within fifteen days. The two navies will hold a maritime cooperative activity every three months. Our gendarmes and the Moroccan police will give each other every week the registration numbers of lorries caught carrying cannabis. The centre in Tangier will pass on to both police forces any report of a boat leaving at night. Each side will trace within 72 hours any firearm seized by the other. If a storm cuts the power lines to Ceuta, the Moroccan side will repair them within two days. Morocco will pass to the French police the coordinates of every clandestine airstrip its forces find. France asked Morocco to share the records of arms dealers arrested in Tangier. Morocco will hand over every French citizen found in the compounds within ten days.",
      "FR",
    );
    const expected = [
      ["forest fires", "climate-migration-security"],
      ["consular passes", "climate-migration-security"],
      ["cooperative activity", "joint-operations"],
      ["give each other", "intelligence-sharing"],
      ["pass on", "intelligence-sharing"],
      ["any firearm", "intelligence-sharing"],
      ["power lines", "infrastructure-security"],
      ["clandestine airstrip", "transnational-crime"],
      ["arms dealers", "transnational-crime"],
      ["the compounds", "transnational-crime"],
    ] as const;
    for (const [words, theme] of expected) {
      expect(quoting(candidates, words).themes, words).toContain(theme);
    }
  });

  it("reads the night patrols, these patrols, coordinated sorties and patrolling alongside as joint operations", () => {
    const statements = [
      "Spain and Portugal met in Faro. The Portuguese side asked that a Guardia Civil helicopter support the night patrols in the summer months.",
      "Sri Lanka and India met in Colombo. Our Navy and the Indian Coast Guard will cover the Palk Strait in coordinated sorties every month from July.",
      "Finland and Sweden met in Tornio. The Swedish side will send twenty police officers to patrol that border alongside the Finnish Border Guard.",
      "Kiribati and the Marshall Islands met in Majuro. Kiribati will pay for the fuel of our boat on these patrols.",
    ];
    for (const text of statements) {
      const [candidate] = candidatesOf(text, "PT");
      expect(candidate?.themes, text).toContain("joint-operations");
    }
  });

  it("reads officers sitting together or before the same screens as intelligence sharing, weapons traced as crime, thermal sights as equipment, families going home as migration, joint checks and people who cross as border management", () => {
    const cases = [
      [
        "Chile and Bolivia met in Colchane. A Chilean and a Bolivian police officer will sit side by side in the border complex.",
        "intelligence-sharing",
      ],
      [
        "Kenya and Ethiopia met in Moyale. Kenyan and Ethiopian officers will sit together in one room.",
        "intelligence-sharing",
      ],
      [
        "Belgium and the Netherlands met in Antwerp. From September our officers will work in Rotterdam in front of the same screens.",
        "intelligence-sharing",
      ],
      [
        "Peru and Ecuador met in Tumbes. Peru will trace every rifle that the Ecuadorian police send it.",
        "transnational-crime",
      ],
      [
        "Mexico and Guatemala met in Tapachula. Mexico will give our National Civil Police twelve pickup trucks with thermal sights.",
        "equipment",
      ],
      [
        "Egypt and Sudan met in Aswan. The two sides agreed to help Sudanese families who wish to go home.",
        "climate-migration-security",
      ],
      [
        "Denmark and Sweden met in Malmö. Joint checks by Danish and Swedish officers will continue on the trains to Copenhagen.",
        "border-management",
      ],
      [
        "Chile and Peru met in Tacna. Lima asked Santiago to take back migrants who cross into Peru without papers.",
        "border-management",
      ],
      [
        "Kiribati and the Marshall Islands met in Majuro. Kiribati will post a police liaison officer at the Sea Patrol base for a year.",
        "intelligence-sharing",
      ],
      [
        "Egypt and Libya met in Salloum. From February the two interior ministries will exchange every week the names of people smugglers.",
        "climate-migration-security",
      ],
      [
        "Italy and Libya met in Rome. The two prosecutors will share what they know of the networks that smuggle people across the Mediterranean.",
        "climate-migration-security",
      ],
      [
        "Malaysia and the Philippines met in Zamboanga. Malaysia will inform the Philippine Embassy fourteen days before each deportation from Sabah.",
        "climate-migration-security",
      ],
      [
        "Zambia and Zimbabwe met in Livingstone. Those found in Zambia without papers will be handed to Zimbabwean officers within three days.",
        "climate-migration-security",
      ],
    ] as const;
    for (const [text, theme] of cases) {
      const [candidate] = candidatesOf(text);
      expect(candidate?.themes, text).toContain(theme);
    }
  });

  it("reads a coastal radar as equipment", () => {
    const [candidate] = candidatesOf(
      "Samoa and Tonga met in Apia. Samoa will help to repair the coastal radar on ’Eua before the cyclone season.",
      "WS",
    );
    expect(candidate?.themes).toContain("equipment");
  });

  it("reads bridges as border crossings", () => {
    const [candidate] = candidatesOf(
      "Romania and Bulgaria met in Ruse. Military convoys of either country will cross the Danube bridges at Giurgiu under a single procedure.",
      "RO",
    );
    expect(candidate?.themes).toEqual(["border-management"]);
  });

  it("reads energy as infrastructure security", () => {
    const [candidate] = candidatesOf(
      "Turkmenistan and Afghanistan met in Ashgabat. The two sides will guard the energy routes that cross Herat province.",
      "TM",
    );
    expect(candidate?.themes).toEqual(["infrastructure-security"]);
  });

  it("reads an arrangement signed as a cooperation framework", () => {
    const [candidate] = candidatesOf(
      "Palau and Micronesia met in Koror. Secretary Ehsa and I have just signed an arrangement on joint patrols at sea.",
      "PW",
    );
    expect(candidate?.themes).toContain("cooperation-frameworks");
  });

  it("reads investigation teams and containers as transnational crime", () => {
    const candidates = candidatesOf(
      "Greece and North Macedonia met in Skopje. The two police forces will set up a joint investigation team in Gevgelija before the end of the year. Greek customs will check every container bound for North Macedonia at the port of Thessaloniki.",
      "GR",
    );
    for (const words of ["investigation team", "every container"]) {
      expect(quoting(candidates, words).themes, words).toContain("transnational-crime");
    }
  });

  it("reads requests answered, air pictures sent or exchanged and the exchange joined as intelligence sharing", () => {
    const candidates = candidatesOf(
      "Greece and North Macedonia met in Thessaloniki. The two drug squads will answer each other's requests on suspected couriers within 48 hours. The air operations centres of the two air forces will exchange their air pictures through a direct line. The Greek navy will send its daily picture of shipping in the Aegean to the army of North Macedonia.",
      "GR",
    );
    for (const words of ["answer each other", "exchange their air pictures", "daily picture"]) {
      expect(quoting(candidates, words).themes, words).toContain("intelligence-sharing");
    }
    const [joining] = candidatesOf(
      "Greece and North Macedonia met in Ohrid. Both sides hope that Albania will join the exchange next year.",
      "GR",
    );
    expect(joining?.themes).toContain("intelligence-sharing");
  });
});
