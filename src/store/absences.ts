/**
 * The Absences table (framework 5.6): PartitionKey 'open' while cover is still to be settled,
 * 'closed' once it is (cover agreed, or the person back), RowKey absenceId. A snapshot reads only
 * 'open'. Sickness is health data: the rows carry only kind and dates, never a reason.
 */
import { awaitingCover, type Absence } from '../framework/absences';
import type { TableSpec } from './entity-table';

export const ABSENCES_TABLE: TableSpec<Absence> = {
  name: 'Absences',
  partitionOf: (a) => (awaitingCover(a) ? 'open' : 'closed'),
  rowKeyOf: (a) => a.absenceId,
  idOf: (a) => a.absenceId,
  partitionsForId: () => ['open', 'closed'],
  nullable: ['expectedReturnDate', 'endedDate', 'coverAgreedDate', 'coverAgreedBy', 'coverDecision', 'coverNote', 'coverVacancyId'],
};
