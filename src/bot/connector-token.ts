/**
 * Bot Framework tokens for the proactive sender (src/notify/sender.ts), which stays free of the
 * Teams SDK: the app wiring injects this provider into it.
 */
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { Config } from '../config';
import { ConnectorSender, type SenderOptions } from '../notify/sender';
import { serviceUrlCheck } from '../service-urls';

/** Bot Framework tokens for a configured app; null (anonymous) for local runs and the Playground. */
export function botTokenProvider(config: Config): () => Promise<string | null> {
  if (!config.appId) return async () => null;
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.appId,
    MicrosoftAppPassword: config.appPassword,
    MicrosoftAppType: config.appType,
    MicrosoftAppTenantId: config.appTenantId,
  });
  const tenant = config.appType === 'SingleTenant' && config.appTenantId ? config.appTenantId : 'botframework.com';
  let credentials: Promise<{ getToken(force?: boolean): Promise<string> }> | null = null;
  return async () => {
    credentials ??= factory.createCredentials(config.appId, 'https://api.botframework.com', `https://login.microsoftonline.com/${tenant}`, true) as never;
    return (await credentials).getToken();
  };
}

/** A sender that authenticates as the configured bot (anonymous when no app id is set). */
export function createSender(config: Config, options: SenderOptions = {}): ConnectorSender {
  return new ConnectorSender({ tokenProvider: botTokenProvider(config), allowServiceUrl: serviceUrlCheck(config.serviceUrlAllowList), ...options });
}
