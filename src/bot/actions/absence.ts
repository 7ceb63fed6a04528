/** Absence cards (5.6): record an absence, open it, record the cover (or other solution) agreed. */
import { newSubmissionId } from '../../framework/ids';
import { may, rolesFor } from '../../framework/permissions';
import { coverAction } from '../../services/absences';
import type { Outcome } from '../../services/service-base';
import type { Absence } from '../../framework/absences';
import { absenceCard, absenceFormCard, type AbsenceCardState } from '../../views/absence-cards';
import { errorCard } from '../../views/chat-cards';
import type { CardJson } from '../../views/templates';
import type { WorkflowDeps } from '../workflow-deps';
import { outcomeCard, type CardAction, type CardActions } from './action';

/** The absence as `viewer` sees it: only people working with its YOS, the cover form for those who may agree it. */
async function absenceView(deps: WorkflowDeps, absenceId: string, viewer: string, state: AbsenceCardState = {}): Promise<CardJson> {
  const stored = await deps.services.absences.get(absenceId);
  const world = await deps.snapshot();
  const yos = stored && world.yos.find((y) => y.yosId === stored.record.yosId);
  if (!stored || !yos) return errorCard('Absence not found', 'I cannot find that absence.');
  const secondment = (await deps.ctx.store.secondments.get(stored.record.secondmentId))?.record;
  const scope = secondment ?? {};
  if (!rolesFor(viewer, yos, world, scope).some((r) => r !== 'secondee' || secondment?.secondeeEmail === viewer)) {
    return errorCard('Not your YOS', `Only people working with ${yos.name} can see its absences.`);
  }
  const can = {
    agree: may(coverAction(stored.record.kind), viewer, yos, world, scope).ok,
    end: may('absence.record', viewer, yos, world, scope).ok,
  };
  return absenceCard(stored.record, world, can, deps.ctx.today(), state);
}

const record: CardAction<'absence.record'> = async ({ actor, data, deps }) => {
  const outcome = await deps.services.absences.record(actor, data);
  if (!outcome.ok && outcome.fieldErrors) {
    const values = {
      secondmentId: data.secondmentId,
      kind: data.kind,
      startDate: data.startDate,
      expectedReturnDate: data.expectedReturnDate,
    };
    const form = {
      problem: outcome.error,
      errors: outcome.fieldErrors,
      values,
      submissionId: data.submissionId ?? newSubmissionId(deps.ctx.today()),
    };
    return absenceFormCard(await deps.services.absences.recordable(actor), await deps.snapshot(), deps.ctx.today(), form);
  }
  return after(outcome, deps, actor);
};

async function after(outcome: Outcome<Absence>, deps: WorkflowDeps, actor: string, absenceId?: string): Promise<CardJson> {
  if (outcome.ok) return absenceView(deps, outcome.value.absenceId, actor, { notice: outcome.message });
  if (!absenceId) return outcomeCard(outcome, 'Absence recorded');
  return absenceView(deps, absenceId, actor, { problem: outcome.error, errors: outcome.fieldErrors });
}

export const absenceActions: Pick<CardActions, 'absence.record' | 'absence.view' | 'absence.cover' | 'absence.end'> = {
  'absence.record': record,
  'absence.view': async ({ actor, data, deps }) => absenceView(deps, data.absenceId, actor),
  'absence.cover': async ({ actor, data, deps }) =>
    after(await deps.services.absences.agreeCover(actor, data), deps, actor, data.absenceId),
  'absence.end': async ({ actor, data, deps }) => after(await deps.services.absences.end(actor, data), deps, actor, data.absenceId),
};
