import { useState } from 'preact/hooks';
import { hrefFor } from '../../app/router';
import { groupTimeZone } from '../../domain/time-zone';
import type { SeriesId } from '../../domain/types';
import { timeZoneName } from '../../ui/dates';
import { Loading } from '../../ui/Loading';
import { Missing } from '../../ui/Missing';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { workshopLabels } from '../../ui/workshop-labels';
import { AgreementSheet, SignaturesSheet } from './KitAgreement';
import { CueCardsSheet, SlipsSheet } from './KitCutOuts';
import { KitOptions } from './KitOptions';
import { AccountSheet, PreparationSheet } from './KitPreparation';
import { RunRulesPage, RunSheetPage } from './KitRunSheet';
import type { KitGroup } from './KitSheet';
import { KIT_PARTS, kitSheets, PER_SHEET, type KitChoices, type KitSheet } from './kit-sheets';
import { TimetableSheet } from './KitTimetable';
import {
  useGroup,
  useIncidentsOfGroup,
  useLiterature,
  useMembers,
  useSeries,
  useWorkshopsOfSeries,
} from './use-plan-data';
import './kit.css';

/**
 * A series' paper kit: A4 sheets for a workshop without the tablet. On screen, what to print
 * and a preview of every sheet; on paper, only the sheets. Group material only: nothing
 * from anyone's journal or action cards is read.
 */
export function KitScreen({ id }: { id: SeriesId }) {
  const series = useSeries(id);
  const groupId = series.value?.groupId;
  const group = useGroup(groupId);
  const members = useMembers(groupId);
  const workshops = useWorkshopsOfSeries(id);
  const literature = useLiterature(groupId);
  const incidents = useIncidentsOfGroup(groupId);
  const [chosen, setChosen] = useState<KitChoices | null>(null);
  // The whole kit or nothing: a sheet printed before its data arrived would be wrong on paper.
  const reads = [series, group, members, workshops, literature, incidents];
  if (!reads.every((read) => read.isLoaded)) return <Loading />;
  if (!series.value)
    return <Missing what="series" back={{ section: 'plan', label: 'Plan' }} canUndo />;

  const labels = workshopLabels(workshops.value);
  // A slip for each member until someone says otherwise, filling the last sheet.
  const choices: KitChoices = chosen ?? {
    parts: new Set(KIT_PARTS),
    workshopId: null,
    isEveryModel: false,
    slipCount: Math.max(1, Math.ceil(members.value.length / PER_SHEET.slips)) * PER_SHEET.slips,
  };
  const kitGroup: KitGroup = {
    groupName: group.value?.name ?? '',
    seriesTitle: series.value.title,
    groundRules: group.value?.groundRules ?? '',
    confidentiality: group.value?.confidentiality ?? '',
    timeZone: timeZoneName(groupTimeZone(group.value)),
  };
  const sheets = kitSheets(
    {
      groupName: kitGroup.groupName,
      seriesTitle: kitGroup.seriesTitle,
      members: members.value,
      workshops: workshops.value,
      labels,
      literature: literature.value,
      incidents: incidents.value,
    },
    choices,
  );

  return (
    <div class="screen stack kit">
      <ScreenHeader
        class="no-print"
        title="Paper kit"
        back={{ href: hrefFor('plan', 'series', id), label: series.value.title || 'Series' }}
        lede="Everything a workshop needs on paper, for when the tablet is not there or not working. Print it before the day, or save it as a PDF to print elsewhere. Each part starts on a new A4 sheet. It holds only what the group shares: nothing from anyone’s journal or action cards."
      />
      <KitOptions
        choices={choices}
        onChange={setChosen}
        workshops={workshops.value}
        labels={labels}
        sheetCount={sheets.length}
      />
      <div class="kit-sheets">
        {sheets.map((sheet, index) => (
          <SheetView
            key={`${sheet.kind}-${index}`}
            id={`kit-sheet-${index + 1}`}
            group={kitGroup}
            sheet={sheet}
          />
        ))}
      </div>
    </div>
  );
}

function SheetView({ id, group, sheet }: { id: string; group: KitGroup; sheet: KitSheet }) {
  switch (sheet.kind) {
    case 'agreement':
      return <AgreementSheet id={id} group={group} />;
    case 'signatures':
      return <SignaturesSheet id={id} group={group} names={sheet.names} />;
    case 'run':
      return (
        <RunSheetPage
          id={id}
          group={group}
          sheet={sheet.sheet}
          incidents={sheet.incidents}
          isContinued={sheet.isContinued}
        />
      );
    case 'run-rules':
      return <RunRulesPage id={id} group={group} title={sheet.title} />;
    case 'cue-cards':
      return <CueCardsSheet id={id} group={group} cards={sheet.cards} />;
    case 'slips':
      return <SlipsSheet id={id} group={group} count={sheet.count} />;
    case 'preparation':
      return <PreparationSheet id={id} group={group} />;
    case 'account':
      return <AccountSheet id={id} group={group} />;
    case 'timetable':
      return <TimetableSheet id={id} group={group} rows={sheet.rows} />;
  }
}
