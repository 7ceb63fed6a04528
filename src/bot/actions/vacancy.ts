/** Vacancy cards (5.5): open a vacant post, mark it filled. */
import { yosFormCard } from '../../views/workflow-cards';
import { outcomeCard, type CardAction, type CardActions } from './action';

const open: CardAction<'vacancy.open'> = async ({ actor, data, deps }) => {
  const outcome = await deps.services.vacancies.open(actor, data);
  if (!outcome.ok && outcome.fieldErrors) {
    return yosFormCard('vacancy-form', deps.yosWhere(await deps.snapshot(), 'vacancy.open', actor), { problem: outcome.error, errors: outcome.fieldErrors });
  }
  return outcomeCard(outcome, 'Vacancy opened', (v) => [{ title: 'Reference', value: v.vacancyId }]);
};

export const vacancyActions: Pick<CardActions, 'vacancy.open' | 'vacancy.fill'> = {
  'vacancy.open': open,
  'vacancy.fill': async ({ actor, data, deps }) => outcomeCard(await deps.services.vacancies.fill(actor, data), 'Vacancy filled'),
};
