// The database schema, version by version. Versions are append-only: never edit or remove
// a published one; add the next with its upgrade, a migration test and a snapshot update.
import Dexie, { type EntityTable } from 'dexie';
import type {
  Group,
  Incident,
  LiteratureItem,
  Member,
  RunRecord,
  SealedRecord,
  Series,
  VaultHeader,
  Workshop,
  EpochMs,
  VaultId,
} from '../domain/types';

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * One slice of a journal as it was just before a restore replaced it: its header, or a page
 * of its sealed rows from one table, as stored.
 */
export interface RestoreSafetyRow {
  seq?: number;
  vaultId: VaultId;
  madeAt: EpochMs;
  header: VaultHeader | null;
  table: 'journalEntries' | 'drafts' | 'actionCards' | 'checkIns' | null;
  records: SealedRecord[];
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Store definitions of every published version, oldest first. */
export const SCHEMA_HISTORY = [
  {
    version: 1,
    stores: {
      groups: 'id, name, updatedAt',
      members: 'id, groupId',
      series: 'id, groupId, startDate',
      workshops: 'id, seriesId, groupId, date',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      literature: 'id, groupId',
      incidents: 'id, groupId, workshopId, presenterId',
      runs: 'id, workshopId, status, updatedAt',
      vaults: 'id',
      journalEntries: 'id, vaultId, updatedAt',
      drafts: 'id, vaultId',
      actionCards: 'id, vaultId, updatedAt',
      checkIns: 'id, vaultId, updatedAt',
      meta: 'key',
    },
  },
  {
    version: 3,
    stores: {
      // The copy of a journal kept when a restore replaced it, for "Undo restore": in
      // slices (a header, then pages of records), so none is large to read or write.
      restoreSafety: '++seq, vaultId',
    },
  },
] as const;

export const CURRENT_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

export class BreathingSpaceDb extends Dexie {
  groups!: EntityTable<Group, 'id'>;
  members!: EntityTable<Member, 'id'>;
  series!: EntityTable<Series, 'id'>;
  workshops!: EntityTable<Workshop, 'id'>;
  literature!: EntityTable<LiteratureItem, 'id'>;
  incidents!: EntityTable<Incident, 'id'>;
  runs!: EntityTable<RunRecord, 'id'>;
  vaults!: EntityTable<VaultHeader, 'id'>;
  journalEntries!: EntityTable<SealedRecord, 'id'>;
  drafts!: EntityTable<SealedRecord, 'id'>;
  actionCards!: EntityTable<SealedRecord, 'id'>;
  checkIns!: EntityTable<SealedRecord, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  restoreSafety!: EntityTable<RestoreSafetyRow, 'seq'>;

  constructor(name: string, options: ConstructorParameters<typeof Dexie>[1] = {}) {
    // Strict durability: journal and run-state writes are tiny, and must survive a power cut.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    const [v1, v2, v3] = SCHEMA_HISTORY;
    this.version(v1.version).stores(v1.stores);
    this.version(v2.version)
      .stores(v2.stores)
      .upgrade(async (tx) => {
        // Version 1 stored members without roles and groups without their agreements.
        await tx
          .table('members')
          .toCollection()
          .modify((member: Partial<Member>) => {
            member.role ??= 'participant';
          });
        await tx
          .table('groups')
          .toCollection()
          .modify((group: Partial<Group>) => {
            group.groundRules ??= '';
            group.confidentiality ??= '';
          });
        await tx
          .table('workshops')
          .toCollection()
          .modify((workshop: Partial<Workshop>) => {
            workshop.literatureIds ??= [];
            workshop.kind ??= 'regular';
          });
      });
    this.version(v3.version).stores(v3.stores);
  }
}
