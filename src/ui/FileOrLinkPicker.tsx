import { useState } from 'preact/hooks';
import { Button } from './Button';
import { Field } from './Field';

interface Props {
  fileLabel: string;
  fileHint: string;
  /** The file input's accept list. */
  accept: string;
  linkLabel: string;
  linkButton: string;
  isBusy?: boolean;
  onFile: (file: File) => void;
  /** The pasted text; the screen finds its link data (or says it has none). */
  onLink: (text: string) => void;
}

/** Opening something passed on: a file chosen from the device, or a link pasted in. */
export function FileOrLinkPicker(props: Props) {
  const [pasted, setPasted] = useState('');
  return (
    <>
      <Field label={props.fileLabel} hint={props.fileHint}>
        <input
          type="file"
          accept={props.accept}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared, so choosing the same file again (after a fix, say) is seen.
            event.currentTarget.value = '';
            if (file) props.onFile(file);
          }}
        />
      </Field>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          props.onLink(pasted.trim());
        }}
      >
        <Field label={props.linkLabel}>
          <input
            type="text"
            value={pasted}
            autocomplete="off"
            spellcheck={false}
            onInput={(event) => setPasted(event.currentTarget.value)}
          />
        </Field>
        <div class="row">
          <Button type="submit" isBusy={props.isBusy}>
            {props.linkButton}
          </Button>
        </div>
      </form>
    </>
  );
}
