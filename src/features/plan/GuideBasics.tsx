// The guide's first part: what a reflection group is, how a workshop runs, who does what.

export function WhatItIs() {
  return (
    <>
      <p>
        It is not supervision, not therapy and not a case discussion. Nobody is there to fix
        anyone’s case or give advice. The group’s job is to ask good questions; what each person
        will do differently is theirs to decide, in their own reflection.
      </p>
      <p>
        Trust grows over time, so the same people meet several times: five four-hour workshops over
        about three months works well, on the same day and at the same time, then a follow-up some
        months later to look back and plan how to share what was learnt.
      </p>
    </>
  );
}

export function FourPhases() {
  return (
    <>
      <h3>1. Catch-up (about 30 minutes)</h3>
      <p>
        Coffee, and a round of how everyone is and what has happened since last time. It lets people
        arrive, and it is where the group notices its own mood and pressures.
      </p>
      <h3>2. Literature discussion (about an hour)</h3>
      <p>
        A piece of research or practice writing, handed out in advance with two or three questions.
        It brings in a view from outside the team and the theory behind practice. Print the
        pre-reading pack a week or two before.
      </p>
      <h3>3. Critical incident (one or two, about 90 minutes)</h3>
      <p>
        A member brings a short, anonymised account of a moment from practice that stays with them.
        They tell it without interruption. Then the group asks questions, not advice, using the cue
        cards of the chosen reflection model if they help. For part of the time the presenter just
        listens while the others reflect aloud. The first part (deconstruction) often carries into
        the next workshop, where the presenter says how their thinking has changed and what they
        would now call the incident (reconstruction).
      </p>
      <h3>4. Individual reflection and review (about 45 minutes)</h3>
      <p>
        Quiet time for each person to write, in their own private journal, what struck them and what
        they will take back to practice, then a short round of how the session went.
      </p>
    </>
  );
}

export function Roles() {
  return (
    <ul>
      <li>
        <strong>Facilitator:</strong> keeps time and the order of the phases, protects the
        presenter, steers questions away from advice, and keeps to the ground rules. Not an expert
        with the answers.
      </li>
      <li>
        <strong>Co-facilitator:</strong> shares the facilitating, watches the room, and takes over
        when the facilitator presents or is away.
      </li>
      <li>
        <strong>Presenter:</strong> brings an incident, anonymised, and decides what to do with what
        the group offers.
      </li>
      <li>
        <strong>Everyone else:</strong> listens closely, asks open questions, and notices their own
        reactions.
      </li>
    </ul>
  );
}

export function TakingTurns() {
  return (
    <p>
      In a group without an academic, facilitation can rotate: mark those who will take turns as
      co-facilitators, and the app proposes who facilitates each workshop and who brings an
      incident, sharing turns fairly, avoiding anyone twice in a row, and never asking the person
      facilitating a workshop to present in it. Change any turn you like; someone who has already
      started writing an incident keeps it.
    </p>
  );
}
