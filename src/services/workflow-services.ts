/** The workflow services, one per family, built together for the bot and for tests. */
import type { CivilDate } from '../framework/dates';
import type { Store } from '../store/store';
import { ClaimService } from './claims';
import { DisputeService } from './disputes';
import { ReviewService } from './reviews';
import { TrackerService } from './trackers';
import { VacancyService } from './vacancies';
import { AbsenceService } from './absences';

export interface WorkflowServices {
  claims: ClaimService;
  reviews: ReviewService;
  disputes: DisputeService;
  vacancies: VacancyService;
  trackers: TrackerService;
  absences: AbsenceService;
}

export function workflowServices(store: Store, today: () => CivilDate, now: () => Date = () => new Date()): WorkflowServices {
  const vacancies = new VacancyService(store, today, now);
  return {
    claims: new ClaimService(store, today, now),
    reviews: new ReviewService(store, today, now, vacancies),
    disputes: new DisputeService(store, today, now),
    vacancies,
    trackers: new TrackerService(store, today, now),
    absences: new AbsenceService(store, today, now),
  };
}
