import { groupStatements, type PassedOn } from '../../domain/passed-on';

/** What helped and what hindered, as passed on: the same words once, with how many said them. */
export function PassedOnList({
  passedOn,
  headingLevel = 3,
}: {
  passedOn: PassedOn;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <div class="passed-on">
      {(
        [
          ['What helped', passedOn.helped],
          ['What hindered', passedOn.hindered],
        ] as const
      ).map(([title, statements]) => (
        <section key={title} class="stack">
          <Heading>{title}</Heading>
          {statements.length === 0 ? (
            <p class="muted">Nothing passed on yet.</p>
          ) : (
            <ul class="passed-on-list">
              {groupStatements(statements).map(({ text, count }) => (
                <li key={text}>
                  {text}
                  {count > 1 && <span class="muted"> ({count} people)</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
