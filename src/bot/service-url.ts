/**
 * The serviceUrl gate (see src/service-urls.ts): an activity naming a Bot Connector endpoint
 * outside the allow-list is refused before any handler runs, and a turn that passed the gate is
 * marked so code that calls the connector for the turn (roster look-ups) can check it did.
 */
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { log } from '../log';
import type { ServiceUrlCheck } from '../service-urls';

const TRUSTED = Symbol('yosbot.serviceUrlTrusted');

export const SERVICE_URL_REFUSED = 'activity.serviceUrl is not a Bot Framework channel endpoint';

/** Why the body's serviceUrl is refused, or null (expectReplies activities may carry none). */
export function serviceUrlProblem(body: Record<string, unknown>, allowed: ServiceUrlCheck): string | null {
  if (body.serviceUrl === undefined && body.deliveryMode === 'expectReplies') return null;
  return allowed(body.serviceUrl as string) ? null : SERVICE_URL_REFUSED;
}

/**
 * Checks an authenticated turn's serviceUrl; false (with a 400 invoke answer) when refused. With an
 * app id the Bot Framework token already binds the serviceUrl; this keeps it to the channel's own.
 */
export async function admitTurn(context: TurnContext, allowed: ServiceUrlCheck): Promise<boolean> {
  const a = context.activity;
  if (a.serviceUrl === undefined && a.deliveryMode === 'expectReplies') return true;
  if (allowed(a.serviceUrl)) {
    context.turnState.set(TRUSTED, a.serviceUrl);
    return true;
  }
  log.warn({ activityType: a.type, serviceUrl: String(a.serviceUrl).slice(0, 100) }, 'activity refused: serviceUrl not allowed');
  if (a.type === ActivityTypes.Invoke) {
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: SERVICE_URL_REFUSED } } });
  }
  return false;
}

/** True when this turn's serviceUrl passed the gate (so the connector may be called for it). */
export function serviceUrlTrusted(context: TurnContext): boolean {
  const url = context.activity.serviceUrl;
  return !!url && context.turnState.get(TRUSTED) === url;
}
