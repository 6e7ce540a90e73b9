import { KitSheet, WriteLines, type KitGroup } from './KitSheet';

/** For whoever will present: how to write the account, and whether to bring it at all. */
export function PreparationSheet({ id, group }: { id: string; group: KitGroup }) {
  return (
    <KitSheet
      id={id}
      group={group}
      title="Bringing an incident: getting ready"
      note="For the person presenting. Read it a week or so before your turn."
      class="kit-preparation"
    >
      <h3>Writing the account</h3>
      <ul>
        <li>
          <strong>Keep it short:</strong> something you can tell in five to ten minutes, half a page
          at most.
        </li>
        <li>
          <strong>What happened:</strong> one moment or one conversation, as it happened, not the
          whole history of a case.
        </li>
        <li>
          <strong>What I did:</strong> what you said and did, and what you were thinking and feeling
          at the time.
        </li>
        <li>
          <strong>Why it stays with me:</strong> what still puzzles, bothers or surprises you.
        </li>
      </ul>
      <h3>What makes it critical for me</h3>
      <p>
        An incident does not need to be dramatic. It is critical because it matters to you: a moment
        you keep coming back to, one where you were unsure what was right, or where your values and
        what was expected of you pulled in different directions. Ordinary moments often teach the
        most.
      </p>
      <h3>Is it mine to tell?</h3>
      <ul class="kit-checklist">
        <li>It is something I was part of, and mine to tell.</li>
        <li>
          Everyone in it is anonymised: roles or made-up initials, never names, initials that
          identify, addresses, dates of birth, schools or case numbers.
        </li>
        <li>I am comfortable for the group to talk about it, and I can stop at any time.</li>
      </ul>
      <h3>Should a live safeguarding case be brought at all?</h3>
      <p>
        <strong>No.</strong> If a child or an adult may be at risk now, or decisions about them are
        still being made, take it to your supervisor or follow your safeguarding procedures first.
        The group is for learning from practice, not for deciding what to do in a case. You can
        bring it later, once it is safe to reflect on, if you still want to.
      </p>
    </KitSheet>
  );
}

/** Space to draft the account by hand. It stays with its writer. */
export function AccountSheet({ id, group }: { id: string; group: KitGroup }) {
  const prompts = [
    { title: 'What happened', lines: 6 },
    { title: 'What I did', lines: 5 },
    { title: 'Why it stays with me', lines: 5 },
    { title: 'What makes it critical for me', lines: 4 },
  ];
  return (
    <KitSheet
      id={id}
      group={group}
      title="My incident"
      note="This sheet is yours: nobody collects it. Anonymise as you write."
      class="kit-account"
    >
      {prompts.map((prompt) => (
        <div key={prompt.title} class="kit-write">
          <h3>{prompt.title}</h3>
          <WriteLines count={prompt.lines} />
        </div>
      ))}
    </KitSheet>
  );
}
