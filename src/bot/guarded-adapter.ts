/**
 * The Teams adapter with the HTTP edge made safe. botbuilder's own `process` prints every refused
 * request's stack with console.error and answers any fault while checking the token (such as the
 * Bot Framework's key endpoint being unreachable) with a 500 carrying the internal message. Here
 * the token is checked first, on its own: a bad token (bad signature, wrong algorithm, expired,
 * malformed) is a 401, a check that could not be made (signing keys unreachable) is a 503 (the
 * caller may retry), a fault after that a 500; bodies never carry internals, and each refusal is
 * one line in the JSON log and nothing else on the console.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { StatusCodes, type Activity, type Request, type Response, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { INodeBuffer, INodeSocket } from 'botframework-streaming';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { log } from '../log';

type Logic = (context: TurnContext) => Promise<void>;

/**
 * botframework-connector prints to the console while it checks a token (a key dump on a bad
 * signature, the whole error on an expired token). Inside a check that output is dropped: our one
 * log line says why the request was refused. Output from anything else passes as before.
 */
const checkingToken = new AsyncLocalStorage<true>();
let consoleQuieted = false;
function quietConsoleWhileCheckingTokens(): void {
  if (consoleQuieted) return;
  consoleQuieted = true;
  for (const level of ['error', 'warn', 'log', 'info', 'debug', 'trace'] as const) {
    const original = console[level];
    console[level] = function (this: Console, ...args: unknown[]) {
      if (!checkingToken.getStore()) original.apply(this, args);
    };
  }
}

/** The token was checked and is not acceptable (bad signature or algorithm, expired, malformed). */
function tokenRefused(err: unknown): boolean {
  const e = err as { statusCode?: number; name?: string };
  // botframework-connector marks its own refusals 401 and passes jsonwebtoken's errors on as they are.
  return e?.statusCode === StatusCodes.UNAUTHORIZED || ['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError'].includes(e?.name ?? '');
}

function end(res: Response, status: number, body?: unknown): void {
  res.status(status);
  if (body !== undefined) res.send(body);
  res.end();
}

export class GuardedTeamsAdapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    quietConsoleWhileCheckingTokens();
  }

  override process(req: Request, res: Response, logic: Logic): Promise<void>;
  override process(req: Request, socket: INodeSocket, head: INodeBuffer, logic: Logic): Promise<void>;
  override async process(req: Request, resOrSocket: Response | INodeSocket, logicOrHead: Logic | INodeBuffer, maybeLogic?: Logic): Promise<void> {
    // Streaming (web socket) connections are not used by this bot; leave them to botbuilder.
    if (maybeLogic) return super.process(req, resOrSocket as INodeSocket, logicOrHead as INodeBuffer, maybeLogic);
    return this.processHttp(req, resOrSocket as Response, logicOrHead as Logic);
  }

  private async processHttp(req: Request, res: Response, logic: Logic): Promise<void> {
    if (req.method !== 'POST') return end(res, StatusCodes.METHOD_NOT_ALLOWED);
    const body = req.body;
    if (typeof body !== 'object' || body === null || typeof (body as { type?: unknown }).type !== 'string') {
      return end(res, StatusCodes.BAD_REQUEST, { error: 'the body must be an activity' });
    }
    const activity = validateAndFixActivity(body as unknown as Activity);
    const header = req.headers.authorization ?? req.headers.Authorization;
    let auth: AuthenticateRequestResult;
    try {
      auth = await checkingToken.run(true, () => this.botFrameworkAuthentication.authenticateRequest(activity, typeof header === 'string' ? header : ''));
    } catch (err) {
      // A refused token is a 401; anything else (keys unreachable) means it could not be checked.
      const refused = tokenRefused(err);
      log.warn({ reason: String((err as Error).message).split('\n')[0].slice(0, 200), activityType: activity.type }, refused ? 'request refused: not authenticated' : 'request refused: could not verify the sender');
      return refused
        ? end(res, StatusCodes.UNAUTHORIZED, { error: 'unauthorized' })
        : end(res, 503, { error: 'cannot verify the sender right now; try again later' });
    }
    res.header('User-Agent', this.userAgent);
    try {
      const invokeResponse = await this.processActivity(auth, activity, logic);
      return end(res, invokeResponse?.status ?? StatusCodes.OK, invokeResponse?.body);
    } catch (err) {
      log.error({ err: String((err as Error).message).split('\n')[0].slice(0, 200), activityType: activity.type }, 'activity failed');
      return end(res, StatusCodes.INTERNAL_SERVER_ERROR, { error: 'internal error' });
    }
  }
}
