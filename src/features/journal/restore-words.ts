// What a restore did, in plain words for the notice that follows it.
import { totalOf } from '../../domain/restore-plan';
import type { OpenedBackup, RestoreMode } from './restore';
import { countsInWords, totalCount } from './backup-words';

export function restoredMessage(opened: OpenedBackup, mode: RestoreMode): string {
  const unreadable = totalCount(opened.unreadable);
  const leftOut =
    unreadable > 0
      ? ` ${unreadable.toLocaleString('en-GB')} ${unreadable === 1 ? 'record' : 'records'} could not be read and ${unreadable === 1 ? 'was' : 'were'} left out.`
      : '';
  return whatHappened(opened, mode) + leftOut;
}

function whatHappened(opened: OpenedBackup, mode: RestoreMode): string {
  const { target } = opened;
  const counts = {
    journalEntries: opened.records.journalEntries.length,
    drafts: opened.records.drafts.length,
    actionCards: opened.records.actionCards.length,
    checkIns: opened.records.checkIns.length,
  };
  if (target.kind !== 'same') {
    return `The journal “${target.label}” has been added to this device, with ${countsInWords(counts)}.`;
  }
  if (mode === 'replace') {
    return `The journal now holds exactly what the backup holds. A copy of it as it was is kept: Undo restore brings it back.`;
  }
  const total = totalOf(opened.comparison);
  if (total.onlyInBackup + total.newerInBackup === 0) {
    return 'Nothing to add: this device already had everything in the backup. Nothing was changed.';
  }
  // Cards and drafts count too: a backup may bring back an action card and no entry.
  const c = opened.comparison;
  const added = {
    journalEntries: c.journalEntries.onlyInBackup,
    drafts: c.drafts.onlyInBackup,
    actionCards: c.actionCards.onlyInBackup,
    checkIns: c.checkIns.onlyInBackup,
  };
  return `Backup merged: ${countsInWords(added)} added, ${total.newerInBackup.toLocaleString('en-GB')} updated to the backup’s newer copy. Nothing on this device was lost.`;
}
