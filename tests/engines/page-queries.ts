// Finding elements as a person does: by role and accessible name, or by a field's label.
// `inspectElement` runs in the page, so it is self-contained (no imports, no helpers from
// outside its body): the drivers send its source text.

/** Exact text (spaces collapsed), or a regular expression's source and flags. */
type TextMatch = string | { pattern: string; flags: string };

type Role = 'button' | 'link' | 'heading' | 'radio' | 'checkbox' | 'timer';

export type ElementQuery = { role: Role; name: TextMatch; level?: number } | { label: TextMatch };

function textMatch(text: string | RegExp): TextMatch {
  return typeof text === 'string' ? text : { pattern: text.source, flags: text.flags };
}

export function byRole(role: Role, name: string | RegExp, level?: number): ElementQuery {
  return { role, name: textMatch(name), ...(level ? { level } : {}) };
}

export function byLabel(label: string | RegExp): ElementQuery {
  return { label: textMatch(label) };
}

export function describeQuery(query: ElementQuery): string {
  const text = (match: TextMatch) =>
    typeof match === 'string' ? `"${match}"` : `/${match.pattern}/`;
  return 'label' in query
    ? `field labelled ${text(query.label)}`
    : `${query.role}${query.level ? ` (level ${query.level})` : ''} named ${text(query.name)}`;
}

type Inspection = 'element' | 'text';

/**
 * In the page: the first visible element the query finds (scrolled to the middle of the
 * view, ready for input), or the text it shows. Null when there is none.
 */
export function inspectElement(query: ElementQuery, what: Inspection): unknown {
  const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const matches = (text: string, match: TextMatch) =>
    typeof match === 'string' ? text === match : new RegExp(match.pattern, match.flags).test(text);
  const isVisible = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const textOfIds = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return collapse(textOfIds(labelledBy));
    const ariaLabel = element.getAttribute('aria-label');
    if (ariaLabel) return collapse(ariaLabel);
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) {
      return collapse([...labels].map((label) => label.textContent).join(' '));
    }
    if (element instanceof HTMLInputElement && element.type === 'submit') return element.value;
    return collapse(element.textContent);
  };
  const selectors: Record<Role, string> = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"]',
    link: 'a[href], [role="link"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    radio: 'input[type="radio"], [role="radio"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    timer: '[role="timer"]',
  };
  const levelOf = (element: Element) =>
    Number(element.getAttribute('aria-level') ?? element.tagName.replace(/^H/, ''));
  const candidates =
    'label' in query
      ? [...document.querySelectorAll('input, textarea, select')].filter((element) =>
          matches(nameOf(element), query.label),
        )
      : [...document.querySelectorAll(selectors[query.role])].filter(
          (element) =>
            matches(nameOf(element), query.name) &&
            (!query.level || levelOf(element) === query.level),
        );
  // A radio or checkbox may be drawn over by its label: the label's box is what shows.
  const shown = (element: Element) =>
    isVisible(element) || [...((element as HTMLInputElement).labels ?? [])].some(isVisible);
  const found = candidates.find(shown);
  if (!found) return null;
  if (what === 'text') return collapse(found.textContent);
  found.scrollIntoView({ block: 'center', inline: 'center' });
  return found;
}
