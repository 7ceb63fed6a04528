/**
 * Vacant seconded posts (framework 5.5) as a recorded trail: opened (when the post fell vacant),
 * each stage reached with its evidence, reviews by the link manager (5.3), filled. Every step
 * writes the vacancy and one VacancyTrail row (and the audit log), so `yosbot export vacancies`
 * shows "the timescales and efforts to follow each of the staged processes".
 */
import { randomBytes } from 'node:crypto';
import { addWorkingDays, addYears, formatLong, parseCivilDate, type CivilDate } from '../framework/dates';
import { GRADES, VACANCY_COVERS, normaliseEmail, personName, type Grade, type Secondment, type Vacancy, type VacancyCover, type VacancyEvent } from '../framework/records';
import { describeVacancyChanges, MIN_EVIDENCE_CHARS, NO_APPLICANTS_DISCUSSION_WORKING_DAYS, stage4DueBy, stageRecordError, stageName } from '../framework/vacancies';
import type { CorrectStageInput, FillVacancyInput, OpenVacancyInput, VacancyNoteInput, VacancyStageInput, VacancyUpdateInput } from '../framework/workflow-inputs';
import { ConcurrencyError, type Stored } from '../store/entity-table';
import { createOnce, fail, newId, WorkflowService, type Outcome } from './service-base';

type FieldErrors = Record<string, string>;

function coverOf(raw: string, fallback: VacancyCover): VacancyCover | null {
  const value = raw.trim().toLowerCase() || fallback;
  return VACANCY_COVERS.includes(value as VacancyCover) ? (value as VacancyCover) : null;
}

/** 5.5 exempts only a fractional PSO post left unfilled by local arrangement. */
function localArrangementError(grade: Grade, fte: number, localArrangement: boolean): string | null {
  return localArrangement && !(grade === 'PSO' && fte < 1) ? 'Only a fractional PSO post can be left unfilled by local arrangement (5.5).' : null;
}

export class VacancyService extends WorkflowService {
  async get(vacancyId: string): Promise<Stored<Vacancy> | null> {
    return this.store.vacancies.get(vacancyId);
  }

  async trail(vacancyId: string): Promise<VacancyEvent[]> {
    const events = await this.store.vacancyTrail.listPartition(vacancyId);
    return events.sort((a, b) => a.date.localeCompare(b.date) || a.eventId.localeCompare(b.eventId));
  }

  /** Open vacancies the actor may record stages or reviews for. */
  async workable(actor: string): Promise<Vacancy[]> {
    const snapshot = await this.context();
    return snapshot.vacancies.filter((v) => {
      const yos = this.yosOf(snapshot, v.yosId);
      const scope = { linkManagerEmail: v.linkManagerEmail };
      return yos && (['vacancy.stage', 'vacancy.stage-5', 'vacancy.update', 'vacancy.fill', 'vacancy.no-applicants', 'vacancy.discussion'] as const).some((a) => !this.check(a, actor, yos, snapshot, scope));
    });
  }

  private async addEvent(vacancy: Vacancy, actor: string, event: Pick<VacancyEvent, 'kind' | 'stage' | 'date' | 'evidence' | 'note'>): Promise<void> {
    const recordedAt = this.now().toISOString();
    const eventId = `${recordedAt}_${randomBytes(3).toString('hex')}`;
    await this.store.vacancyTrail.insert({ vacancyId: vacancy.vacancyId, eventId, recordedBy: actor, recordedAt, cover: vacancy.cover, ...event }, actor);
  }

  async open(actor: string, input: OpenVacancyInput): Promise<Outcome<Vacancy>> {
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, input.yosId);
    if (!yos) return fail('Choose the YOS of the vacant post.', { fieldErrors: { yosId: 'Choose a YOS.' } });
    const denied = this.check('vacancy.open', actor, yos, snapshot);
    if (denied) return fail(denied);
    const fieldErrors: FieldErrors = {};
    const grade = input.grade.toUpperCase() as Grade;
    const fte = Number(input.fte);
    const openedDate = input.openedDate ? parseCivilDate(input.openedDate) : this.today();
    const cover = coverOf(input.cover, 'none');
    const localArrangement = input.localArrangement === 'true';
    const linkManager = input.linkManagerEmail ? normaliseEmail(input.linkManagerEmail) : null;
    if (!GRADES.includes(grade)) fieldErrors.grade = 'Choose PO or PSO.';
    if (!Number.isFinite(fte) || fte <= 0 || fte > 1) fieldErrors.fte = 'FTE must be more than 0 and at most 1.';
    if (!openedDate) fieldErrors.openedDate = 'Enter the date the post fell vacant.';
    else if (openedDate > addYears(this.today(), 1)) fieldErrors.openedDate = 'That is more than a year ahead.';
    if (!cover) fieldErrors.cover = 'Choose the cover in post.';
    if (linkManager && !snapshot.people.some((p) => p.email === linkManager)) fieldErrors.linkManagerEmail = `I do not know ${linkManager}.`;
    const local = GRADES.includes(grade) && Number.isFinite(fte) ? localArrangementError(grade, fte, localArrangement) : null;
    if (local) fieldErrors.localArrangement = local;
    if (Object.keys(fieldErrors).length) return fail('Please correct the highlighted fields.', { fieldErrors });
    const vacancy: Vacancy = {
      vacancyId: newId('VAC', this.today(), input.submissionId), yosId: yos.yosId, grade, fte, openedDate: openedDate as CivilDate, filledDate: null,
      cover: cover as VacancyCover, localArrangement, linkManagerEmail: linkManager, stage: 0, stageDate: null, secondmentId: null,
    };
    // A retried press of the same form shows the vacancy it recorded then.
    return createOnce(
      async () => (await this.store.vacancies.get(vacancy.vacancyId))?.record ?? null,
      async () => {
        await this.store.vacancies.insert(vacancy, actor);
        await this.addEvent(vacancy, actor, { kind: 'opened', stage: null, date: vacancy.openedDate, evidence: '', note: 'post fell vacant' });
      },
      (earlier) => earlier.yosId === vacancy.yosId && earlier.grade === vacancy.grade && earlier.fte === vacancy.fte,
      (v) => ({ ok: true, value: v, message: `Vacancy ${v.vacancyId} recorded, vacant from ${formatLong(v.openedDate)}. Stage 4 comes at the latest after 3 months unfilled, by ${formatLong(stage4DueBy(v))}, or sooner once stages 1-3 are exhausted (5.5).` }),
      vacancy,
    );
  }

  /** 5.4: a return plan with no replacement recruitment started: the staged process runs from the planned end. */
  async openFromReturnPlan(actor: string, secondment: Secondment, heldDate: CivilDate): Promise<Vacancy> {
    const vacancy: Vacancy = {
      vacancyId: newId('VAC', this.today()), yosId: secondment.yosId, grade: secondment.grade, fte: secondment.fte, openedDate: secondment.plannedEndDate,
      filledDate: null, cover: 'none', localArrangement: false, linkManagerEmail: secondment.linkManagerEmail, stage: 0, stageDate: null, secondmentId: secondment.secondmentId,
    };
    await this.store.vacancies.insert(vacancy, actor);
    const note = `return plan held ${heldDate} for ${secondment.secondmentId}: replacement recruitment not started, so the 5.5 process runs from the planned end`;
    await this.addEvent(vacancy, actor, { kind: 'opened', stage: null, date: vacancy.openedDate, evidence: '', note });
    return vacancy;
  }

  /** A stage of 5.5 reached, with its evidence. Stage 5 is the YOS's evidence; stages 1-4 the NPS's steps. */
  async recordStage(actor: string, input: VacancyStageInput): Promise<Outcome<Vacancy>> {
    const stored = await this.get(input.vacancyId);
    if (!stored) return fail('I cannot find that vacancy.');
    const vacancy = stored.record;
    const stage = Number(input.stage);
    const denied = await this.authorise(stage === 5 ? 'vacancy.stage-5' : 'vacancy.stage', actor, vacancy.yosId, { linkManagerEmail: vacancy.linkManagerEmail });
    if (denied) return fail(denied);
    const date = parseCivilDate(input.date);
    const cover = coverOf(input.cover, vacancy.cover);
    if (!date) return fail('Enter the date this stage was reached.', { fieldErrors: { date: 'Enter a date.' } });
    if (!cover) return fail('Choose the cover in post.', { fieldErrors: { cover: 'Choose the cover in post.' } });
    const problem = stageRecordError(vacancy, { stage, date, evidence: input.evidence, cover }, this.today());
    if (problem) return fail(problem.message, { fieldErrors: { [problem.field]: problem.message } });
    // Further efforts at the stage already reached keep the day it was reached: stage 5 counts from it.
    const stageDate = stage === vacancy.stage && vacancy.stageDate ? vacancy.stageDate : date;
    const updated: Vacancy = { ...vacancy, stage, stageDate, cover };
    const saved = await this.save(stored, updated, actor);
    if (!saved.ok) return saved;
    const changed = cover !== vacancy.cover ? `cover now: ${cover}` : '';
    await this.addEvent(updated, actor, { kind: 'stage', stage, date, evidence: input.evidence.trim(), note: changed });
    return { ok: true, value: updated, message: `Stage ${stage} (${stageName(stage)}) recorded for ${vacancy.vacancyId} on ${formatLong(date)}, with its evidence.` };
  }

  /** The stage event the vacancy's current stage and date come from (the latest stage record), if any. */
  async currentStageEvent(vacancy: Vacancy): Promise<VacancyEvent | null> {
    const stages = (await this.trail(vacancy.vacancyId)).filter((e) => e.kind === 'stage' && e.stage === vacancy.stage);
    return stages.sort((a, b) => a.eventId.localeCompare(b.eventId)).at(-1) ?? null;
  }

  /**
   * A wrong date on the current stage, put right by whoever recorded it. The date must pass the
   * same rules as when the stage was recorded (against the stage before it); the vacancy takes the
   * corrected date, so the next stage's rules use it, and the trail keeps the original and a
   * correction row with the reason.
   */
  async correctStageDate(actor: string, input: CorrectStageInput): Promise<Outcome<Vacancy>> {
    const stored = await this.get(input.vacancyId);
    if (!stored) return fail('I cannot find that vacancy.');
    const vacancy = stored.record;
    if (vacancy.filledDate) return fail(`Vacancy ${vacancy.vacancyId} was filled on ${vacancy.filledDate}; its record is closed.`);
    const recorded = vacancy.stage ? await this.currentStageEvent(vacancy) : null;
    if (!recorded || !vacancy.stageDate) return fail('No stage recorded in Teams to correct.');
    if (recorded.recordedBy !== actor) return fail(`Only the person who recorded stage ${vacancy.stage} can correct its date.`);
    const date = parseCivilDate(input.date);
    if (!date) return fail('Enter the date the stage was reached.', { fieldErrors: { correctedDate: 'Enter a date.' } });
    if (input.reason.trim().length < 5) return fail('Say why the date is corrected.', { fieldErrors: { reason: 'Say why (kept in the trail).' } });
    if (date === vacancy.stageDate) return fail(`Stage ${vacancy.stage} is already dated ${date}.`, { fieldErrors: { correctedDate: 'That is the recorded date.' } });
    const before = await this.stageBefore(vacancy, recorded);
    const problem = stageRecordError({ ...vacancy, ...before }, { stage: vacancy.stage, date, evidence: recorded.evidence || 'recorded earlier', cover: vacancy.cover }, this.today());
    if (problem) return fail(problem.message, { fieldErrors: { correctedDate: problem.message } });
    const updated: Vacancy = { ...vacancy, stageDate: date };
    const saved = await this.save(stored, updated, actor);
    if (!saved.ok) return saved;
    const note = `stage ${vacancy.stage} date corrected from ${vacancy.stageDate} to ${date}: ${input.reason.trim()}`;
    await this.addEvent(updated, actor, { kind: 'correction', stage: vacancy.stage, date: this.today(), evidence: '', note });
    return { ok: true, value: updated, message: `Stage ${vacancy.stage} of ${vacancy.vacancyId} now dated ${date}; the correction is in the trail.` };
  }

  /** The vacancy's stage and date before `event` was recorded. */
  private async stageBefore(vacancy: Vacancy, event: VacancyEvent): Promise<Pick<Vacancy, 'stage' | 'stageDate'>> {
    const earlier = (await this.trail(vacancy.vacancyId)).filter((e) => e.kind === 'stage' && e.eventId < event.eventId).sort((a, b) => a.eventId.localeCompare(b.eventId));
    const last = earlier.at(-1);
    return last ? { stage: last.stage ?? 0, stageDate: earlier.map((e) => e.date).sort().at(-1) ?? null } : { stage: 0, stageDate: null };
  }

  /** The link manager's review of the vacancy (5.3): cover, FTE, who reviews it, local arrangement. */
  async update(actor: string, input: VacancyUpdateInput): Promise<Outcome<Vacancy>> {
    const stored = await this.get(input.vacancyId);
    if (!stored) return fail('I cannot find that vacancy.');
    const vacancy = stored.record;
    if (vacancy.filledDate) return fail(`Vacancy ${vacancy.vacancyId} was filled on ${formatLong(vacancy.filledDate)}.`);
    const denied = await this.authorise('vacancy.update', actor, vacancy.yosId, { linkManagerEmail: vacancy.linkManagerEmail });
    if (denied) return fail(denied);
    const next = await this.reviewed(vacancy, input);
    if (!next.ok) return fail('Please correct the highlighted fields.', { fieldErrors: next.errors });
    const world = await this.context();
    const changes = describeVacancyChanges(vacancy, next.vacancy, (email) => personName(world, email));
    if (!changes.length && !input.note) return fail('Nothing to record: change a field or add a note.');
    const saved = await this.save(stored, next.vacancy, actor);
    if (!saved.ok) return saved;
    await this.addEvent(next.vacancy, actor, { kind: 'review', stage: null, date: this.today(), evidence: input.note, note: changes.join('; ') });
    return { ok: true, value: next.vacancy, message: `Vacancy ${vacancy.vacancyId} reviewed${changes.length ? `: ${changes.join('; ')}` : ''}.` };
  }

  private async reviewed(vacancy: Vacancy, input: VacancyUpdateInput): Promise<{ ok: true; vacancy: Vacancy } | { ok: false; errors: FieldErrors }> {
    const errors: FieldErrors = {};
    const cover = coverOf(input.cover, vacancy.cover);
    const fte = input.fte ? Number(input.fte) : vacancy.fte;
    const localArrangement = input.localArrangement ? input.localArrangement === 'true' : vacancy.localArrangement;
    const linkManager = input.linkManagerEmail ? normaliseEmail(input.linkManagerEmail) : vacancy.linkManagerEmail;
    if (!cover) errors.cover = 'Choose the cover in post.';
    if (!Number.isFinite(fte) || fte <= 0 || fte > 1) errors.fte = 'FTE must be more than 0 and at most 1.';
    else if (localArrangementError(vacancy.grade, fte, localArrangement)) errors.localArrangement = localArrangementError(vacancy.grade, fte, localArrangement) as string;
    if (linkManager && linkManager !== vacancy.linkManagerEmail && !(await this.context()).people.some((p) => p.email === linkManager)) errors.linkManagerEmail = `I do not know ${linkManager}.`;
    if (Object.keys(errors).length) return { ok: false, errors };
    return { ok: true, vacancy: { ...vacancy, cover: cover as VacancyCover, fte, localArrangement, linkManagerEmail: linkManager } };
  }

  async fill(actor: string, input: FillVacancyInput): Promise<Outcome<Vacancy>> {
    const stored = await this.get(input.vacancyId);
    if (!stored) return fail('I cannot find that vacancy.');
    if (stored.record.filledDate) return fail(`Vacancy ${stored.record.vacancyId} was already filled on ${formatLong(stored.record.filledDate)}.`);
    const denied = await this.authorise('vacancy.fill', actor, stored.record.yosId, { linkManagerEmail: stored.record.linkManagerEmail });
    if (denied) return fail(denied);
    const filledDate = parseCivilDate(input.filledDate) ?? this.today();
    // A post due to fall vacant later (from a return plan) may be filled before it does.
    const tooEarly = filledDate < stored.record.openedDate && stored.record.openedDate <= this.today();
    if (tooEarly || filledDate > this.today()) {
      return fail('Enter the date the post was filled.', { fieldErrors: { filledDate: 'Between the date it fell vacant and today.' } });
    }
    const updated = { ...stored.record, filledDate };
    const saved = await this.save(stored, updated, actor);
    if (!saved.ok) return saved;
    await this.addEvent(updated, actor, { kind: 'filled', stage: null, date: filledDate, evidence: '', note: 'post filled' });
    return { ok: true, value: updated, message: `Vacancy ${updated.vacancyId} filled on ${formatLong(filledDate)}.` };
  }

  /** 5.5 "Where there are no applicants": recorded by the NPS side; the YOT manager is then told and the discussion is owed. */
  async recordNoApplicants(actor: string, input: VacancyNoteInput): Promise<Outcome<Vacancy>> {
    const stored = await this.get(input.vacancyId);
    if (!stored) return fail('I cannot find that vacancy.');
    const vacancy = stored.record;
    if (vacancy.filledDate) return fail(`Vacancy ${vacancy.vacancyId} was filled on ${vacancy.filledDate}.`);
    const denied = await this.authorise('vacancy.no-applicants', actor, vacancy.yosId, { linkManagerEmail: vacancy.linkManagerEmail });
    if (denied) return fail(denied);
    const date = this.noteDate(input.date, vacancy.openedDate);
    if (!date) return fail('Enter the date recruitment closed with no applicants.', { fieldErrors: { date: 'Between the date the post fell vacant and today.' } });
    const updated: Vacancy = { ...vacancy, noApplicantsDate: date, noApplicantsDiscussedDate: null };
    const saved = await this.save(stored, updated, actor);
    if (!saved.ok) return saved;
    await this.addEvent(updated, actor, { kind: 'no-applicants', stage: null, date, evidence: input.note.trim(), note: 'no applicants (5.5): the YOT manager is told; a discussion with the NPS lead is owed' });
    const due = addWorkingDays(date, NO_APPLICANTS_DISCUSSION_WORKING_DAYS);
    return {
      ok: true,
      value: updated,
      message: `No applicants recorded for ${vacancy.vacancyId} on ${date}. The YOT manager is told (5.5: "to be made aware"), and the YOT manager and the NPS lead are asked to hold the discussion by ${due} (${NO_APPLICANTS_DISCUSSION_WORKING_DAYS} working days: a product default, not a framework deadline).`,
    };
  }

  /** 5.5: the discussion between the YOT manager and the NPS lead held, closing the item. */
  async recordDiscussion(actor: string, input: VacancyNoteInput): Promise<Outcome<Vacancy>> {
    const stored = await this.get(input.vacancyId);
    if (!stored) return fail('I cannot find that vacancy.');
    const vacancy = stored.record;
    if (!vacancy.noApplicantsDate || vacancy.noApplicantsDiscussedDate) return fail(`No discussion is owed for ${vacancy.vacancyId}: record "no applicants" first.`);
    const denied = await this.authorise('vacancy.discussion', actor, vacancy.yosId, { linkManagerEmail: vacancy.linkManagerEmail });
    if (denied) return fail(denied);
    const date = this.noteDate(input.date, vacancy.noApplicantsDate);
    if (!date) return fail('Enter the date the discussion was held.', { fieldErrors: { date: `Between ${vacancy.noApplicantsDate} and today.` } });
    if (input.note.trim().length < MIN_EVIDENCE_CHARS) return fail('Say briefly what was agreed.', { fieldErrors: { note: 'At least 10 characters.' } });
    const updated: Vacancy = { ...vacancy, noApplicantsDiscussedDate: date };
    const saved = await this.save(stored, updated, actor);
    if (!saved.ok) return saved;
    await this.addEvent(updated, actor, { kind: 'discussion', stage: null, date, evidence: input.note.trim(), note: 'no-applicants discussion held between the YOT manager and the NPS lead (5.5)' });
    return { ok: true, value: updated, message: `Discussion recorded for ${vacancy.vacancyId} on ${date}.` };
  }

  /** A date from a form, not before `from` and not in the future (today when empty). */
  private noteDate(raw: string, from: CivilDate): CivilDate | null {
    const date = raw ? parseCivilDate(raw) : this.today();
    return date && date >= from && date <= this.today() ? date : null;
  }

  private async save(stored: Stored<Vacancy>, updated: Vacancy, actor: string): Promise<Outcome<Vacancy>> {
    try {
      await this.store.vacancies.update(stored, updated, actor);
      return { ok: true, value: updated, message: '' };
    } catch (err) {
      if (err instanceof ConcurrencyError) return fail('Someone else changed this vacancy at the same moment; nothing was changed. Please look at it again.');
      throw err;
    }
  }
}
