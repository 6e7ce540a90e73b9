import { hrefFor } from './router';
import type { Section } from './sections';

/** The main navigation: one link per section, the current one marked for assistive tech. */
export function Nav({ sections, current }: { sections: readonly Section[]; current: string }) {
  return (
    <nav class="main-nav" aria-label="Main">
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={hrefFor(section.id)}
              aria-current={section.id === current ? 'page' : undefined}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
