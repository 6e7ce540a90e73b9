import type { ComponentChildren } from 'preact';
import { hrefFor } from '../../app/router';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { FourPhases, Roles, TakingTurns, WhatItIs } from './GuideBasics';
import {
  ConfidentialityLimits,
  KeepingItAnonymous,
  KeepingTime,
  RunningTheFollowUp,
  WhenSomeoneIsUpset,
} from './GuideCare';
import { ModelsInTheGroup } from './GuideModels';
import './guide.css';

interface GuideSection {
  id: string;
  title: string;
  body: ComponentChildren;
}

const SECTIONS: readonly GuideSection[] = [
  { id: 'guide-what', title: 'What it is, and what it is not', body: <WhatItIs /> },
  { id: 'guide-phases', title: 'The four phases of every workshop', body: <FourPhases /> },
  { id: 'guide-roles', title: 'Roles', body: <Roles /> },
  { id: 'guide-turns', title: 'Taking turns', body: <TakingTurns /> },
  { id: 'guide-models', title: 'Reflection models in the group', body: <ModelsInTheGroup /> },
  { id: 'guide-anonymous', title: 'Keeping case material anonymous', body: <KeepingItAnonymous /> },
  {
    id: 'guide-confidentiality',
    title: 'Confidentiality and its limits',
    body: <ConfidentialityLimits />,
  },
  { id: 'guide-time', title: 'Keeping time', body: <KeepingTime /> },
  { id: 'guide-upset', title: 'When someone becomes upset', body: <WhenSomeoneIsUpset /> },
  { id: 'guide-follow-up', title: 'Running the follow-up', body: <RunningTheFollowUp /> },
];

/**
 * A guide to running a critical reflection group, for teams starting one without an academic.
 * Our own words, drawn from how the groups this app is modelled on worked.
 */
export function GuideScreen() {
  return (
    <div class="screen stack guide">
      <ScreenHeader
        title="Running a reflection group"
        back={{ href: hrefFor('plan'), label: 'Plan' }}
      >
        <p class="lede">
          A critical reflection group is a small group of practitioners who help each other look
          closely at real moments from practice, to bring to light the assumptions in them and
          connect personal experience with the wider professional and political picture.
        </p>
      </ScreenHeader>
      <nav class="card guide-contents" aria-labelledby="guide-contents-heading">
        <h2 id="guide-contents-heading">Contents</h2>
        <ol>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <button type="button" class="guide-link" onClick={() => goTo(section.id)}>
                {section.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {SECTIONS.map((section) => (
        <section key={section.id} class="card" aria-labelledby={section.id}>
          <h2 id={section.id} tabIndex={-1}>
            {section.title}
          </h2>
          {section.body}
        </section>
      ))}
      <p>
        <a class="btn btn-primary" href={hrefFor('plan')}>
          Start or open a group
        </a>
      </p>
    </div>
  );
}

/**
 * Moves to a section and gives its heading the focus, so reading (or a screen reader) carries
 * on from there. Not a `#` link: the app routes on the address's `#/…`.
 */
function goTo(id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  heading.scrollIntoView?.({ block: 'start' });
  heading.focus({ preventScroll: true });
}
