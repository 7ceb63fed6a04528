/** Vacant seconded posts (framework 5.5): opened, then filled; the stages run from the opening date. */
import { parseCivilDate } from '../framework/dates';
import { GRADES, type Grade, type Vacancy } from '../framework/records';
import type { FillVacancyInput, OpenVacancyInput } from '../framework/workflow-inputs';
import { ConcurrencyError } from '../store/entity-table';
import { fail, newId, WorkflowService, type Outcome } from './service-base';

export class VacancyService extends WorkflowService {
  async open(actor: string, input: OpenVacancyInput): Promise<Outcome<Vacancy>> {
    const snapshot = await this.context();
    const yos = this.yosOf(snapshot, input.yosId);
    if (!yos) return fail('Choose the YOS of the vacant post.', { fieldErrors: { yosId: 'Choose a YOS.' } });
    const denied = this.check('vacancy.open', actor, yos, snapshot);
    if (denied) return fail(denied);
    const grade = input.grade.toUpperCase() as Grade;
    const fte = Number(input.fte);
    const fieldErrors: Record<string, string> = {};
    if (!GRADES.includes(grade)) fieldErrors.grade = 'Choose PO or PSO.';
    if (!Number.isFinite(fte) || fte <= 0 || fte > 1) fieldErrors.fte = 'FTE must be more than 0 and at most 1.';
    if (Object.keys(fieldErrors).length) return fail('Please correct the highlighted fields.', { fieldErrors });
    const vacancy: Vacancy = { vacancyId: newId('VAC', this.today()), yosId: yos.yosId, grade, fte, openedDate: this.today(), filledDate: null };
    await this.store.vacancies.insert(vacancy, actor);
    return { ok: true, value: vacancy, message: `Vacancy ${vacancy.vacancyId} opened; stage 4 falls 3 months from today.` };
  }

  async fill(actor: string, input: FillVacancyInput): Promise<Outcome<Vacancy>> {
    const stored = await this.store.vacancies.get(input.vacancyId);
    if (!stored) return fail('I cannot find that vacancy.');
    if (stored.record.filledDate) return fail(`Vacancy ${stored.record.vacancyId} was already filled on ${stored.record.filledDate}.`);
    const denied = await this.authorise('vacancy.fill', actor, stored.record.yosId);
    if (denied) return fail(denied);
    const filledDate = parseCivilDate(input.filledDate) ?? this.today();
    if (filledDate < stored.record.openedDate || filledDate > this.today()) {
      return fail('Enter the date the post was filled.', { fieldErrors: { filledDate: 'Between the opening date and today.' } });
    }
    const updated = { ...stored.record, filledDate };
    try {
      await this.store.vacancies.update(stored, updated, actor);
    } catch (err) {
      if (err instanceof ConcurrencyError) return fail('Someone else changed this vacancy at the same moment.');
      throw err;
    }
    return { ok: true, value: updated, message: `Vacancy ${updated.vacancyId} filled on ${filledDate}.` };
  }
}
