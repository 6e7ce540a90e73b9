// A new group's ground rules and confidentiality agreement: our own words, for critical
// reflection groups in social work. Every group can edit them; "Use the default wording"
// brings these back.

export const DEFAULT_GROUND_RULES = `We come to learn together, not to judge. Everyone's practice and experience count, whatever their role or years in the job.

When someone presents an incident, they tell it without interruption. Then we ask questions, not advice — not even "have you thought of…". Good questions help the presenter see their own assumptions.

This is not supervision, therapy or a case discussion: we do not try to fix the case. What each of us will do differently belongs to our own reflection.

We speak for ourselves ("I think…", "I felt…"), and we talk about practice, organisations and power rather than about colleagues who are not here.

Anyone may pass, or step out for a moment. Incidents can stir strong feelings: we look after ourselves and each other.

Incidents are anonymised before they are brought or written down: initials or roles, never names, addresses, dates of birth or case numbers.

We keep to time, so every phase and every presenter gets their share. Phones away, except for emergencies.`;

export const DEFAULT_CONFIDENTIALITY = `What is said in the group stays in the group. We share the learning, not the story: outside the group we may talk about what we learnt and how our practice is changing, but not about who said what, or the details of anyone's incident.

Incidents are brought anonymised, and anything written for the group — agendas, incident titles and summaries, notes — is anonymised too. Each person's reflective journal is private to them and stays on their own device.

The limits of confidentiality: it is not absolute. If something said in the group means that a child or an adult may be at risk of harm, or describes serious professional misconduct, safeguarding comes first. Whoever has the concern talks first, wherever possible, to the person who raised it, and then follows their organisation's safeguarding procedures. Nothing in this agreement overrides anyone's professional duties.

We agree to this at the first workshop, and we can change it together at any time.`;

/** A short reminder for the top of a pre-reading pack. */
export const CONFIDENTIALITY_REMINDER =
  'Share the learning, not the story. Bring incidents anonymised. A safeguarding concern overrides confidentiality.';
