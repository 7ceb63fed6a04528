/**
 * Maternity and long-term sickness absence cover (framework 5.6): record an absence on a
 * secondment, then record the cover agreed. Agreed cover opens a vacancy for the post, so the
 * staged process of 5.5 runs for it ("In both circumstances where agreed that cover is required,
 * the staged process above must be adhered to").
 */
import { addYears, parseCivilDate, type CivilDate } from '../framework/dates';
import {
  ABSENCE_KINDS,
  absenceDatesError,
  absenceLabel,
  coverVacancyId,
  newAbsence,
  type Absence,
  type AbsenceKind,
  type CoverDecision,
} from '../framework/absences';
import type { Action } from '../framework/permissions';
import type { Secondment, Vacancy } from '../framework/records';
import type { AgreeCoverInput, EndAbsenceInput, RecordAbsenceInput } from '../framework/workflow-inputs';
import { ConcurrencyError, type Stored } from '../store/entity-table';
import { createOnce, fail, newId, WorkflowService, type Outcome } from './service-base';

const FIELD: Record<string, string> = { start_date: 'startDate', expected_return_date: 'expectedReturnDate' };

/** Who may settle the cover: the NPS for maternity, the YOT manager and NPS lead for sickness (5.6). */
export function coverAction(kind: AbsenceKind): Action {
  return kind === 'maternity' ? 'absence.cover-maternity' : 'absence.cover-sickness';
}

export class AbsenceService extends WorkflowService {
  async get(absenceId: string): Promise<Stored<Absence> | null> {
    return this.store.absences.get(absenceId);
  }

  /** Active secondments the actor may record an absence on. */
  async recordable(actor: string): Promise<Secondment[]> {
    const snapshot = await this.context();
    return snapshot.secondments.filter((s) => {
      const yos = this.yosOf(snapshot, s.yosId);
      return yos && !this.check('absence.record', actor, yos, snapshot, s);
    });
  }

  async record(actor: string, input: RecordAbsenceInput): Promise<Outcome<Absence>> {
    const snapshot = await this.context();
    const secondment = snapshot.secondments.find((s) => s.secondmentId === input.secondmentId);
    const yos = secondment && this.yosOf(snapshot, secondment.yosId);
    if (!secondment || !yos) return fail('Choose the secondee who is absent.', { fieldErrors: { secondmentId: 'Choose a secondee.' } });
    const denied = this.check('absence.record', actor, yos, snapshot, secondment);
    if (denied) return fail(denied);
    const errors: Record<string, string> = {};
    const kind = input.kind as AbsenceKind;
    const startDate = parseCivilDate(input.startDate);
    const expectedReturnDate = input.expectedReturnDate ? parseCivilDate(input.expectedReturnDate) : null;
    if (!ABSENCE_KINDS.includes(kind)) errors.kind = 'Choose maternity leave or sickness absence.';
    if (!startDate) errors.startDate = 'Enter the first day of the absence.';
    if (input.expectedReturnDate && !expectedReturnDate) errors.expectedReturnDate = 'Enter a date, or leave it empty.';
    if (startDate && !Object.keys(errors).length) {
      const problem = absenceDatesError(secondment, kind, startDate, expectedReturnDate, this.today());
      if (problem) errors[FIELD[problem.column]] = `The date ${problem.message}.`;
    }
    if (Object.keys(errors).length) return fail('Please correct the highlighted fields.', { fieldErrors: errors });
    const absence = newAbsence({
      absenceId: newId('ABS', this.today(), input.submissionId),
      secondmentId: secondment.secondmentId,
      yosId: secondment.yosId,
      kind,
      startDate: startDate as CivilDate,
      expectedReturnDate,
    });
    return createOnce(
      async () => (await this.get(absence.absenceId))?.record ?? null,
      () => this.store.absences.insert(absence, actor),
      (earlier) => earlier.secondmentId === absence.secondmentId && earlier.kind === absence.kind,
      (a) => ({
        ok: true,
        value: a,
        message: `${absenceLabel(a.kind)[0].toUpperCase()}${absenceLabel(a.kind).slice(1)} recorded (${a.absenceId}).`,
      }),
      absence,
    );
  }

  /** The cover (or, for sickness, another solution) agreed; cover opens a vacancy for the 5.5 process. */
  async agreeCover(actor: string, input: AgreeCoverInput): Promise<Outcome<Absence>> {
    const stored = await this.get(input.absenceId);
    if (!stored) return fail('I cannot find that absence.');
    const absence = stored.record;
    if (absence.coverAgreedDate) return fail(`Cover for ${absence.absenceId} was already agreed on ${absence.coverAgreedDate}.`);
    const secondment = (await this.store.secondments.get(absence.secondmentId))?.record;
    if (!secondment) return fail('The secondment of this absence no longer exists.');
    const denied = await this.authorise(coverAction(absence.kind), actor, absence.yosId, secondment);
    if (denied) return fail(denied);
    const checked = this.checkCover(absence, input);
    if (!checked.ok) return checked;
    const { decision, agreedDate } = checked.value;
    const vacancy = decision === 'cover' ? await this.openCoverVacancy(actor, absence, secondment, agreedDate) : null;
    const updated: Absence = {
      ...absence,
      coverAgreedDate: agreedDate,
      coverAgreedBy: actor,
      coverDecision: decision,
      coverNote: input.note || null,
      coverVacancyId: vacancy?.vacancyId ?? null,
    };
    try {
      await this.store.absences.update(stored, updated, actor);
    } catch (err) {
      if (err instanceof ConcurrencyError) return fail('Someone else changed this absence at the same moment; look at it again.');
      throw err;
    }
    const message = vacancy
      ? `Cover agreed on ${agreedDate}. Vacancy ${vacancy.vacancyId} is open from ${vacancy.openedDate}: follow the staged process of 5.5 for it (5.6).`
      : `Solution agreed on ${agreedDate}, without cover (5.6).`;
    return { ok: true, value: updated, message };
  }

  /** The secondee is back. Any cover vacancy still open is closed as filled: the post has its secondee again. */
  async end(actor: string, input: EndAbsenceInput): Promise<Outcome<Absence>> {
    const stored = await this.get(input.absenceId);
    if (!stored) return fail('I cannot find that absence.');
    const absence = stored.record;
    if (absence.endedDate) return fail(`The return from ${absence.absenceId} was already recorded, on ${absence.endedDate}.`);
    const denied = await this.authorise(
      'absence.record',
      actor,
      absence.yosId,
      (await this.store.secondments.get(absence.secondmentId))?.record,
    );
    if (denied) return fail(denied);
    const endedDate = parseCivilDate(input.endedDate);
    if (!endedDate || endedDate > this.today() || endedDate <= absence.startDate) {
      return fail('Enter the day they came back.', { fieldErrors: { endedDate: `After ${absence.startDate} and not in the future.` } });
    }
    try {
      await this.store.absences.update(stored, { ...absence, endedDate }, actor);
    } catch (err) {
      if (err instanceof ConcurrencyError) return fail('Someone else changed this absence at the same moment; look at it again.');
      throw err;
    }
    const closed = absence.coverVacancyId ? await this.closeCoverVacancy(actor, absence.coverVacancyId, endedDate) : null;
    const message = `Back on ${endedDate}.${closed ? ` Cover vacancy ${closed} recorded as filled: the post has its secondee again.` : ''}`;
    return { ok: true, value: { ...absence, endedDate }, message };
  }

  private async closeCoverVacancy(actor: string, vacancyId: string, endedDate: CivilDate): Promise<string | null> {
    const stored = await this.store.vacancies.get(vacancyId);
    if (!stored || stored.record.filledDate) return null;
    const filledDate = endedDate < stored.record.openedDate ? stored.record.openedDate : endedDate;
    try {
      await this.store.vacancies.update(stored, { ...stored.record, filledDate }, actor);
    } catch (err) {
      if (err instanceof ConcurrencyError) return null;
      throw err;
    }
    const recordedAt = this.now().toISOString();
    const event = {
      vacancyId,
      eventId: `${recordedAt}_back`,
      kind: 'filled' as const,
      stage: null,
      date: filledDate,
      recordedBy: actor,
      recordedAt,
      evidence: '',
      note: 'the secondee is back from the absence: cover no longer needed',
      cover: stored.record.cover,
    };
    await this.ignoreExisting(() => this.store.vacancyTrail.insert(event, actor));
    return vacancyId;
  }

  private checkCover(absence: Absence, input: AgreeCoverInput): Outcome<{ decision: CoverDecision; agreedDate: CivilDate }> {
    const errors: Record<string, string> = {};
    const decision = input.decision as CoverDecision;
    const agreedDate = input.agreedDate ? parseCivilDate(input.agreedDate) : this.today();
    if (decision !== 'cover' && decision !== 'no-cover') errors.decision = 'Choose what was agreed.';
    // 5.6: for maternity leave "the NPS have responsibility to ensure cover is provided".
    else if (decision === 'no-cover' && absence.kind === 'maternity')
      errors.decision = 'For maternity leave the NPS must ensure cover is provided (5.6).';
    else if (decision === 'no-cover' && input.note.length < 10) errors.note = 'Say what was agreed instead of cover.';
    if (!agreedDate || agreedDate > this.today() || agreedDate < addYears(absence.startDate, -1))
      errors.agreedDate = 'Enter the day it was agreed (not in the future).';
    if (Object.keys(errors).length) return fail('Please correct the highlighted fields.', { fieldErrors: errors });
    return { ok: true, value: { decision, agreedDate: agreedDate as CivilDate }, message: '' };
  }

  /**
   * The post needs cover from the later of the absence start and the agreement (a product choice:
   * 5.6 starts the staged process once cover is agreed). One vacancy per absence: pressing again
   * finds the one already opened.
   */
  private async openCoverVacancy(actor: string, absence: Absence, s: Secondment, agreedDate: CivilDate): Promise<Vacancy> {
    const openedDate = absence.startDate > agreedDate ? absence.startDate : agreedDate;
    const vacancy: Vacancy = {
      vacancyId: coverVacancyId(absence.absenceId),
      yosId: s.yosId,
      grade: s.grade,
      fte: s.fte,
      openedDate,
      filledDate: null,
      cover: 'none',
      localArrangement: false,
      linkManagerEmail: s.linkManagerEmail,
      stage: 0,
      stageDate: null,
      secondmentId: null,
    };
    const earlier = await this.store.vacancies.get(vacancy.vacancyId);
    if (earlier) return earlier.record;
    await this.ignoreExisting(() => this.store.vacancies.insert(vacancy, actor));
    // Maternity is named; sickness is not (the trail goes to the Governance Board).
    const reason = absence.kind === 'maternity' ? 'maternity leave' : 'a long-term absence';
    const note = `cover for ${reason} on secondment ${s.secondmentId} (absence ${absence.absenceId}), agreed ${agreedDate}: the 5.5 staged process applies (5.6)`;
    const recordedAt = this.now().toISOString();
    const event = {
      vacancyId: vacancy.vacancyId,
      eventId: `${openedDate}T00:00:00.000Z_cover`,
      kind: 'opened' as const,
      stage: null,
      date: openedDate,
      recordedBy: actor,
      recordedAt,
      evidence: '',
      note,
      cover: vacancy.cover,
    };
    await this.ignoreExisting(() => this.store.vacancyTrail.insert(event, actor));
    return vacancy;
  }

  private async ignoreExisting(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
    }
  }
}
