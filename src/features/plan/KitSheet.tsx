import type { ComponentChildren } from 'preact';

/** What every sheet of the kit knows of its group: shareable material only. */
export interface KitGroup {
  groupName: string;
  seriesTitle: string;
  groundRules: string;
  confidentiality: string;
  /** The group's time zone, as people read it: "London (Europe)". */
  timeZone: string;
}

interface Props {
  /** The heading's id, unique on the page. */
  id: string;
  group: KitGroup;
  title: string;
  /** A line under the title: what the sheet is for, or how to use it. */
  note?: ComponentChildren;
  class?: string;
  children: ComponentChildren;
}

/** One A4 sheet: it starts a new page in print, and says whose it is. */
export function KitSheet({ id, group, title, note, class: extra, children }: Props) {
  const whose = [group.groupName, group.seriesTitle].filter(Boolean).join(' · ');
  return (
    <section class={extra ? `kit-sheet ${extra}` : 'kit-sheet'} aria-labelledby={id}>
      <header class="kit-sheet-head">
        {whose && <p class="kit-kicker">{whose}</p>}
        <h2 id={id}>{title}</h2>
        {note && <p class="kit-note">{note}</p>}
      </header>
      {children}
    </section>
  );
}

/** Text as the group wrote it: a paragraph for each blank-line-separated part. */
export function Paragraphs({ text }: { text: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((part, index) => (
        <p key={index}>{part}</p>
      ))}
    </>
  );
}

/** Ruled lines to write on. */
export function WriteLines({ count }: { count: number }) {
  return (
    <div class="kit-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} class="kit-line" />
      ))}
    </div>
  );
}
