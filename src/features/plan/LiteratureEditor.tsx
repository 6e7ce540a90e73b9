import { useAppState } from '../../app/app-state';
import { systemClock } from '../../domain/clock';
import type { LiteratureItem } from '../../domain/types';
import { CheckedField } from '../../ui/CheckedField';
import { deletePlanWithUndo } from './undo';
import { deleteLiteratureItem, updateLiteratureItem } from './plan-changes';
import { Button } from '../../ui/Button';

interface Props {
  item: LiteratureItem;
  onClose: () => void;
}

/** Every field of a reading item, each saved as it is typed. */
export function LiteratureEditor({ item, onClose }: Props) {
  const { ui } = useAppState();
  const id = (name: string) => `reading-${item.id}-${name}`;
  const save = (changes: Partial<LiteratureItem>) =>
    updateLiteratureItem(item.id, changes, systemClock.now());
  // Authors are named in a citation by right: the check need not flag them in the notes (the
  // group's members it knows already).
  const names = item.authors.split(/[,;&]| and /);

  return (
    <div class="reading-editor stack">
      <div class="form-grid">
        <CheckedField
          id={id('title')}
          label="Title"
          value={item.title}
          knownNames={names}
          onSave={(title) => save({ title })}
        />
        <CheckedField
          id={id('authors')}
          label="Authors"
          value={item.authors}
          isChecked={false}
          onSave={(authors) => save({ authors })}
        />
        <CheckedField
          id={id('year')}
          label="Year"
          value={item.year}
          isChecked={false}
          onSave={(year) => save({ year })}
        />
        <CheckedField
          id={id('source')}
          label="Source (journal, book or publisher)"
          value={item.source}
          knownNames={names}
          onSave={(source) => save({ source })}
        />
      </div>
      <CheckedField
        id={id('link')}
        label="Link (optional)"
        hint="Where to find it. The app never opens it by itself."
        value={item.link}
        isChecked={false}
        onSave={(link) => save({ link: link.trim() })}
      />
      <CheckedField
        id={id('summary')}
        label="Short summary"
        value={item.summary}
        isMultiline
        rows={3}
        knownNames={names}
        onSave={(summary) => save({ summary })}
      />
      <CheckedField
        id={id('questions')}
        label="Discussion questions, one per line"
        value={item.questions.join('\n')}
        isMultiline
        rows={3}
        knownNames={names}
        onSave={(text) =>
          save({
            questions: text
              .split('\n')
              .map((q) => q.trim())
              .filter(Boolean),
          })
        }
      />
      <div class="row">
        <Button onClick={onClose}>Done</Button>
        <Button
          variant="danger"
          onClick={() => deletePlanWithUndo(ui, 'Reading', () => deleteLiteratureItem(item.id))}
        >
          Delete this reading
        </Button>
      </div>
    </div>
  );
}
