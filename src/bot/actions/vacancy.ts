/** Vacancy cards (5.5, 5.3): record a vacancy, see its trail, record a stage with evidence, review it, mark it filled. */
import type { Outcome } from '../../services/service-base';
import type { Vacancy } from '../../framework/records';
import { vacancyFormCard } from '../../views/vacancy-cards';
import { newSubmissionId } from '../../framework/ids';
import { outcomeCard, type CardAction, type CardActions } from './action';
import type { WorkflowDeps } from '../workflow-deps';

const open: CardAction<'vacancy.open'> = async ({ actor, data, deps }) => {
  const outcome = await deps.services.vacancies.open(actor, data);
  if (!outcome.ok && outcome.fieldErrors) {
    const world = await deps.snapshot();
    return vacancyFormCard(deps.yosWhere(world, 'vacancy.open', actor), world, deps.ctx.today(), { problem: outcome.error, errors: outcome.fieldErrors, submissionId: data.submissionId ?? newSubmissionId(deps.ctx.today()) });
  }
  return outcome.ok ? deps.vacancyView(outcome.value.vacancyId, actor, { notice: outcome.message }) : outcomeCard(outcome, 'Vacancy recorded');
};

/** The vacancy card again, with the outcome on it: the trail shows what was just recorded; a refusal keeps what was typed. */
async function after(outcome: Outcome<Vacancy>, vacancyId: string, actor: string, deps: WorkflowDeps, typed: Record<string, string> = {}) {
  if (outcome.ok) return deps.vacancyView(vacancyId, actor, { notice: outcome.message });
  return deps.vacancyView(vacancyId, actor, { problem: outcome.error, errors: outcome.fieldErrors, values: typed });
}

/** The stage form's cover input is `stageCover` (the review form has `cover`). */
function stageFormErrors(outcome: Outcome<Vacancy>): Outcome<Vacancy> {
  if (outcome.ok || !outcome.fieldErrors?.cover) return outcome;
  const { cover, ...rest } = outcome.fieldErrors;
  return { ...outcome, fieldErrors: { ...rest, stageCover: cover } };
}

/** 5.5: the YOT manager "is to be made aware" of no applicants: the notice goes now, not at the next daily sweep. */
const noApplicants: CardAction<'vacancy.no-applicants'> = async ({ actor, data, deps }) => {
  const outcome = await deps.services.vacancies.recordNoApplicants(actor, data);
  if (outcome.ok) await deps.remindNow(outcome.value.vacancyId);
  return after(outcome, data.vacancyId, actor, deps);
};

export const vacancyActions: Pick<
  CardActions,
  'vacancy.open' | 'vacancy.view' | 'vacancy.stage' | 'vacancy.update' | 'vacancy.fill' | 'vacancy.no-applicants' | 'vacancy.discussion' | 'vacancy.correct'
> = {
  'vacancy.no-applicants': noApplicants,
  'vacancy.discussion': async ({ actor, data, deps }) => after(await deps.services.vacancies.recordDiscussion(actor, data), data.vacancyId, actor, deps),
  'vacancy.open': open,
  'vacancy.view': async ({ actor, data, deps }) => deps.vacancyView(data.vacancyId, actor),
  'vacancy.stage': async ({ actor, data, deps }) =>
    after(stageFormErrors(await deps.services.vacancies.recordStage(actor, data)), data.vacancyId, actor, deps, { evidence: data.evidence }),
  'vacancy.update': async ({ actor, data, deps }) => after(await deps.services.vacancies.update(actor, data), data.vacancyId, actor, deps),
  'vacancy.fill': async ({ actor, data, deps }) => after(await deps.services.vacancies.fill(actor, data), data.vacancyId, actor, deps),
  'vacancy.correct': async ({ actor, data, deps }) => after(await deps.services.vacancies.correctStageDate(actor, data), data.vacancyId, actor, deps),
};
