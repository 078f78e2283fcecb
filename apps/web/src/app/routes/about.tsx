import {
  DEFAULT_STALE_DAYS,
  ROLE_DEFINITIONS,
  ROLES,
  STAGE_DEFINITIONS,
  STAGE_LABELS,
  STAGES,
  STATUS_DEFINITIONS,
  STATUSES,
  GIVEN_THINGS,
  THEME_LEXICON,
  THEMES,
} from "@pledgewatch/domain";
import { StatusBadge } from "../../components/status-badge.tsx";

export function Component() {
  return (
    <article className="about-page prose">
      <header className="page-header">
        <h1>About the data</h1>
        <p className="lede">
          Pledgewatch tracks bilateral security cooperation commitments: who promised what to whom,
          on which theme, by when, and what has happened since, with the evidence for each status.
        </p>
      </header>

      <section aria-labelledby="method-heading">
        <h2 id="method-heading">How a commitment is logged</h2>
        <p>
          Analysts read a public statement — a speech, joint statement, memorandum, communiqué,
          press release or news report — and log each commitment from the exact passage that makes
          it. The passage stays linked to the statement, so anyone can read what was said in its
          context. Nothing is logged that the text does not say.
        </p>
      </section>

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Statuses</h2>
        <dl className="definition-list">
          {STATUSES.map((status) => (
            <div key={status}>
              <dt>
                <StatusBadge status={status} />
              </dt>
              <dd>{STATUS_DEFINITIONS[status]}</dd>
            </div>
          ))}
        </dl>
        <p>
          Partially fulfilled, fulfilled and broken are verdicts: each needs evidence, a web address
          or a statement. Reopening a fulfilled or broken commitment needs evidence too.
        </p>
      </section>

      <section aria-labelledby="stage-heading">
        <h2 id="stage-heading">Stages: a wish is not a commitment</h2>
        <p>
          Following the AidData and IATI practice, we separate what a party only wishes for from
          what it firmly commits to, and from what is agreed or funded.
        </p>
        <dl className="definition-list">
          {STAGES.map((stage) => (
            <div key={stage}>
              <dt>{STAGE_LABELS[stage]}</dt>
              <dd>{STAGE_DEFINITIONS[stage]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="themes-heading">
        <h2 id="themes-heading">Themes</h2>
        <p>
          "Suggest commitments" on a statement page tags a passage with a theme when it contains one
          of the theme's words (plurals too; * stands for any ending; … for up to eight words in
          between). Cooperation frameworks is suggested only when no other theme is. A passage that
          names no theme of its own, or points back to the one before it ("This funding will pay
          for…"), takes that passage's themes; one about a thing an earlier passage promised ("The
          centre will be staffed by…" after "will open a joint centre") takes its themes and
          parties.
        </p>
        <dl className="definition-list">
          {THEMES.map((theme) => (
            <div key={theme.slug}>
              <dt>{theme.name}</dt>
              <dd>
                {theme.definition}
                <span className="field-hint lexicon">
                  Words: {THEME_LEXICON[theme.slug].join(", ")}
                </span>
                {GIVEN_THINGS.filter((given) => given.theme === theme.slug).map((given) => (
                  <span key={given.giving} className="field-hint lexicon">
                    Also, after {given.giving} ({given.words.join(", ")}): {given.things.join(", ")}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="follow-up-heading">
        <h2 id="follow-up-heading">Overdue and stale</h2>
        <p>
          <strong>Overdue</strong>: the target date has passed and the commitment is neither
          fulfilled nor broken. A target given only as a year or a month runs to the last day of
          that year or month.
        </p>
        <p>
          <strong>Stale</strong>: the commitment is still open and nothing has been recorded for{" "}
          {DEFAULT_STALE_DAYS} days since its last status change, or since it was announced.
        </p>
      </section>

      <section aria-labelledby="rollup-heading">
        <h2 id="rollup-heading">Initiatives and progress</h2>
        <p>
          An initiative groups several commitments. Its progress is the rounded average of the
          progress of its assessed commitments; those nobody has assessed are left out rather than
          counted as zero, because “not assessed” never means “no progress”. When none is assessed,
          the initiative’s progress is “not assessed”. An analyst may set an initiative’s progress
          by hand, which then overrides the roll-up.
        </p>
      </section>

      <section aria-labelledby="example-heading">
        <h2 id="example-heading">The example statement</h2>
        <p>
          The first statement in the data is a Kenyan news report, by Michael Omondi, of Dr. Raymond
          Omollo’s speech (Principal Secretary for Internal Security and National Administration) at
          the 2023 Global Public Security Cooperation Forum in Lianyungang, China. Its text is the
          article body as retrieved, without the site’s date line, breadcrumb and comment prompt.
          Its commitments carry no status but “not assessed” and no dates but the forum’s year,
          because the report says nothing more.
        </p>
      </section>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Who can change the data</h2>
        <dl className="definition-list">
          {ROLES.map((role) => (
            <div key={role}>
              <dt>{role}</dt>
              <dd>{ROLE_DEFINITIONS[role]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
