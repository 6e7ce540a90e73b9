// The guide's second part: what a new facilitator needs to keep people, and their cases, safe,
// and the workshop on time.

export function KeepingItAnonymous() {
  return (
    <>
      <p>
        Case material is about real children, adults and families, so everything brought to the
        group or written for it is anonymised. Use roles (“the mother”, “the duty manager”) or
        made-up letters. Leave out:
      </p>
      <ul>
        <li>names, and nicknames;</li>
        <li>initials that would identify someone to a colleague;</li>
        <li>addresses, postcodes, streets, schools, GP surgeries and the like;</li>
        <li>dates of birth, and exact dates that would pin a case down;</li>
        <li>case numbers, and any other reference or identity numbers.</li>
      </ul>
      <p>
        The app checks agendas, incident titles and summaries, notes and questionnaire answers as
        they are typed, and flags anything that looks identifying, with the group’s own local words
        too (set them on the group’s page). It cannot catch everything: it is a second pair of eyes,
        not a guarantee.
      </p>
    </>
  );
}

export function ConfidentialityLimits() {
  return (
    <>
      <p>
        Share the learning, not the story. What is said stays in the group; outside it, people talk
        about what they learnt, not about who said what or the details of anyone’s incident.
      </p>
      <p>
        Confidentiality has limits. A safeguarding concern about a child or an adult, or serious
        professional misconduct, comes first: whoever has the concern talks first, where possible,
        to the person who raised it, then follows their organisation’s procedures. Say so at the
        first workshop, when the group agrees its ground rules.
      </p>
      <p>What leaves the room, and what does not:</p>
      <ul>
        <li>
          <strong>Group material is shared:</strong> the plan, the reading, incident titles and
          anonymised summaries, group notes and the session record can be printed or passed to the
          next facilitator.
        </li>
        <li>
          <strong>The journal is private:</strong> each person’s journal and action cards are
          encrypted on their own device. Nobody else, the facilitator included, can read them.
        </li>
        <li>
          <strong>The questionnaire is anonymous:</strong> no name is asked or kept.
        </li>
      </ul>
    </>
  );
}

export function KeepingTime() {
  return (
    <>
      <p>
        Keeping time is a kindness: it protects each phase, and the presenter, from being squeezed.
        In Run, the clock shows the time left in each phase and when the workshop will finish; it
        keeps its place through a sleeping tablet or a reload.
      </p>
      <ul>
        <li>
          <strong>Running over?</strong> Add a minute or five to a phase, or use “Rebalance to end
          on time” to take the overrun from the phases still to come, shared fairly.
        </li>
        <li>
          <strong>Quiet mode:</strong> in a tender phase, the room display can stay quiet, with no
          overrun figure on the wall.
        </li>
        <li>
          <strong>Incident steps</strong> each have their share of the time, and the step’s rule
          stays in view. Moving on early or late is fine: the steps are a guide, not a race.
        </li>
      </ul>
      <p>
        If the tablet fails, print the paper kit from the series page beforehand: the run sheet has
        the agenda and every step with clock times.
      </p>
    </>
  );
}

export function WhenSomeoneIsUpset() {
  return (
    <>
      <p>
        Incidents can stir strong feelings, in the presenter or in anyone listening. That is not a
        sign that something has gone wrong, and it does not need fixing. What helps is to slow down
        and make room.
      </p>
      <ul>
        <li>
          <strong>Pause for care.</strong> In Run, “Pause for care” stops the clock (the pause never
          counts as running late) and shows a short script. Offer a break, to the presenter and the
          group: a few quiet minutes, a cup of tea.
        </li>
        <li>
          <strong>It is their choice</strong> whether to go on, to stop, or to come back to it
          another time. Either is fine, and nobody needs to explain.
        </li>
        <li>
          <strong>Hold the room:</strong> the others wait quietly. Nobody needs to rescue, reassure
          with stories of their own, or give advice; the ground rules still hold.
        </li>
        <li>
          <strong>Check in afterwards</strong>, before they leave that day, and briefly in the days
          after if that feels right.
        </li>
      </ul>
      <p>
        This group is for learning from practice. <strong>It is not therapy</strong>, and the
        facilitator is not a counsellor. Where to turn for more: their supervision or line manager;
        the employer’s employee assistance programme, if there is one; their GP; or a free,
        confidential listening helpline (many countries have one open day and night). If anyone is
        in immediate danger, call the emergency services.
      </p>
    </>
  );
}

export function RunningTheFollowUp() {
  return (
    <>
      <p>
        The follow-up comes some months after the last workshop. It looks back across the series and
        plans how to share what was learnt.
      </p>
      <ul>
        <li>
          <strong>Action cards are followed up privately.</strong> Each person opens their own
          cards, on their own device, and notes how far they got and what helped or hindered. Nobody
          is asked to show theirs; people share what they choose, aloud.
        </li>
        <li>
          <strong>The sharing plan</strong> is the group’s: what it wants others in the service to
          hear, with whom, who takes it on, and by when. It goes into the session record.
        </li>
        <li>
          <strong>Look back together</strong> at the themes of the series and what the
          questionnaires said, and agree whether to meet again.
        </li>
      </ul>
    </>
  );
}
