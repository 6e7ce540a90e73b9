import type { ComponentChild } from 'preact';
import type { IdentifyingDetail } from '../domain/anonymise';
import { describeDetailKind } from './identifying-detail-words';
import './identifying-details.css';
import { Button } from './Button';

interface Props {
  id?: string;
  /** The text checked; the flagged parts are highlighted in it. */
  text: string;
  details: readonly IdentifyingDetail[];
  /** Takes the writer back to the field to change it. */
  onEdit: () => void;
  /** The writer has checked and wants it saved (or copied) as it is. */
  onSaveAnyway: () => void;
  /** What has been held back, for text going somewhere other than group material. */
  title?: string;
  /** Why it matters there, and what to write instead. */
  advice?: string;
  /** The button that goes ahead anyway. */
  proceedLabel?: string;
}

const GROUP_MATERIAL = {
  title: 'This may identify someone, so it has not been saved yet.',
  advice:
    'Group material can be shared. Use initials or roles instead (“Child A”, “the mother”, “a school”). Please check:',
  proceedLabel: 'Save anyway',
};

/**
 * A plain warning that some shareable text looks identifying: what, where, and two ways on.
 * Nothing is saved until the writer edits it or chooses "Save anyway".
 */
export function IdentifyingDetailsWarning({
  id,
  text,
  details,
  onEdit,
  onSaveAnyway,
  title = GROUP_MATERIAL.title,
  advice = GROUP_MATERIAL.advice,
  proceedLabel = GROUP_MATERIAL.proceedLabel,
}: Props) {
  if (details.length === 0) return null;
  return (
    <div id={id} class="identifying-warning" role="alert">
      <p class="identifying-title">
        <strong>{title}</strong>
      </p>
      <p>{advice}</p>
      <ul>
        {details.map((detail) => (
          <li key={`${detail.start}-${detail.end}`}>
            “<mark>{detail.text}</mark>” looks like {describeDetailKind(detail.kind)}
          </li>
        ))}
      </ul>
      {text.length > 0 && <p class="identifying-excerpt">{highlight(text, details)}</p>}
      <div class="row">
        <Button variant="primary" onClick={onEdit}>
          Edit
        </Button>
        <Button onClick={onSaveAnyway}>{proceedLabel}</Button>
      </div>
    </div>
  );
}

/** The text with each detail wrapped in <mark>, as plain text nodes (never HTML). */
function highlight(text: string, details: readonly IdentifyingDetail[]): ComponentChild[] {
  const parts: ComponentChild[] = [];
  let at = 0;
  for (const detail of details) {
    if (detail.start > at) parts.push(text.slice(at, detail.start));
    parts.push(<mark key={detail.start}>{text.slice(detail.start, detail.end)}</mark>);
    at = detail.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
