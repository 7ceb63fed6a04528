/**
 * Time limits on calls to the Bot Connector (Teams' serviceUrl) made during a turn. The SDK's
 * connector client has none and retries refused connections for about 7 s, so a silent or
 * refusing connector would hold a turn past the 15 s Teams waits for its HTTP answer. Each turn's
 * client is swapped for one whose every call, retries included, ends by CONNECTOR_TIMEOUT_MS (a
 * call passing its own abort signal, like the roster look-up, ends sooner). A call that got no
 * HTTP answer at all fails as ConnectorUnreachable.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { ConnectorClient, type ServiceClientCredentials } from 'botframework-connector';

/** Sending a reply: long enough for a slow connector, short enough to leave Teams' 15 s intact. */
export const CONNECTOR_TIMEOUT_MS = 5000;
/** Asking the roster who someone is: the answer can go without it (see identity.ts). */
export const ROSTER_TIMEOUT_MS = 1000;

export class ConnectorUnreachable extends Error {
  constructor(readonly reason: string) {
    super(`Bot Connector unreachable: ${reason}`);
    this.name = 'ConnectorUnreachable';
  }
}

type RequestPolicyFactory = Extract<NonNullable<ConstructorParameters<typeof ConnectorClient>[1]>['requestPolicyFactories'], unknown[]>[number];

/** A request policy (the connector client's extension point) putting a deadline on each call. */
function deadlinePolicy(ms: number): RequestPolicyFactory {
  return {
    create: (next) => ({
      async sendRequest(request) {
        const deadline = AbortSignal.timeout(ms);
        // The client's signal type is structural; the signals it is given are real AbortSignals.
        request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal as AbortSignal, deadline]) : deadline;
        try {
          return await next.sendRequest(request);
        } catch (err) {
          // An HTTP status means the connector answered; anything else means it did not.
          if ((err as { statusCode?: number }).statusCode) throw err;
          throw new ConnectorUnreachable((err as Error).name === 'AbortError' ? 'no answer in time' : (err as Error).message);
        }
      },
    }),
  };
}

/** What the SDK's own connector factory adds to every request (Teams expects an Accept header). */
const acceptPolicy: RequestPolicyFactory = {
  create: (next) => ({
    sendRequest(request) {
      if (!request.headers.contains('accept')) request.headers.set('accept', '*/*');
      return next.sendRequest(request);
    },
  }),
};

/** Clients with the deadline, one per connector and bot identity, reused across turns like the SDK's tokens. */
const clients = new Map<string, ConnectorClient>();
const MAX_CLIENTS = 100;

function boundedClient(credentials: ServiceClientCredentials, serviceUrl: string, timeoutMs: number): ConnectorClient {
  const who = credentials as { appId?: string; oAuthScope?: string };
  const key = `${serviceUrl}|${who.appId ?? ''}|${who.oAuthScope ?? ''}|${timeoutMs}`;
  let client = clients.get(key);
  if (!client) {
    if (clients.size >= MAX_CLIENTS) clients.clear();
    client = new ConnectorClient(credentials, { baseUri: serviceUrl, requestPolicyFactories: [acceptPolicy, deadlinePolicy(timeoutMs)] });
    clients.set(key, client);
  }
  return client;
}

/** Middleware giving each turn a connector client with the deadline, on the SDK's credentials. */
export function connectorDeadline(timeoutMs = CONNECTOR_TIMEOUT_MS): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>) {
      const key = context.adapter.ConnectorClientKey;
      const given = context.turnState.get<{ credentials?: ServiceClientCredentials } | undefined>(key);
      if (given?.credentials && context.activity.serviceUrl) context.turnState.set(key, boundedClient(given.credentials, context.activity.serviceUrl, timeoutMs));
      await next();
    },
  };
}
