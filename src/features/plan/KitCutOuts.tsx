import { CRITICAL_INCIDENT_QUESTIONNAIRE } from '../../domain/reflection-models/critical-incident-questionnaire';
import type { CueCard } from './paper-kit';
import { KitSheet, WriteLines, type KitGroup } from './KitSheet';

/** Listener cue cards to cut out: one question each, with its model and step. */
export function CueCardsSheet({
  id,
  group,
  cards,
}: {
  id: string;
  group: KitGroup;
  cards: readonly CueCard[];
}) {
  return (
    <KitSheet
      id={id}
      group={group}
      title="Listener cue cards"
      note="Cut along the dashed lines. Questions, not advice."
      class="kit-cut-sheet"
    >
      <ul class="kit-cards">
        {cards.map((card, index) => (
          <li key={index} class="kit-card">
            <p class="kit-card-model">{card.model}</p>
            <p class="kit-card-step">{card.step}</p>
            <p class="kit-card-question">{card.question}</p>
          </li>
        ))}
      </ul>
    </KitSheet>
  );
}

/** Brookfield's questionnaire on slips to cut apart: anonymous, so there is no name to give. */
export function SlipsSheet({ id, group, count }: { id: string; group: KitGroup; count: number }) {
  return (
    <KitSheet
      id={id}
      group={group}
      title="Questionnaire slips"
      note="Cut along the dashed line. One slip each, at the end of the workshop."
      class="kit-cut-sheet"
    >
      <div class="kit-slips">
        {Array.from({ length: count }, (_, index) => (
          <div key={index} class="kit-slip">
            <p class="kit-slip-title">
              <strong>How was today?</strong> Anonymous: please do not write your name.
            </p>
            <ol>
              {CRITICAL_INCIDENT_QUESTIONNAIRE.map((q) => (
                <li key={q.id}>
                  {q.question}
                  <WriteLines count={2} />
                </li>
              ))}
            </ol>
          </div>
        ))}
      </div>
    </KitSheet>
  );
}
