/**
 * The minimum shape an incoming Bot Framework activity must have before the SDK sees it. The SDK
 * assumes these fields and fails with a 500 when they are missing; we answer 400 instead.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isText = (v: unknown, max = 2048): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isAbsentOrText = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.length <= 256);

export function activityProblem(body: unknown): string | null {
  if (!isObject(body)) return 'the body must be a JSON activity object';
  if (!isText(body.type, 64)) return 'activity.type is required';
  if (!isText(body.channelId, 64)) return 'activity.channelId is required';
  if (!isObject(body.conversation) || !isText(body.conversation.id)) return 'activity.conversation.id is required';
  if (!isAbsentOrText(body.conversation.tenantId)) return 'activity.conversation.tenantId must be a string';
  if (!isObject(body.from) || !isText(body.from.id)) return 'activity.from.id is required';
  // The Entra object id keys people's records and conversation references: a GUID or nothing
  // (a malformed string is dropped first, by withoutMalformedAadObjectId).
  if (body.from.aadObjectId !== undefined && (typeof body.from.aadObjectId !== 'string' || !GUID.test(body.from.aadObjectId))) {
    return 'activity.from.aadObjectId must be an Entra object id (a GUID)';
  }
  if (body.recipient !== undefined && (!isObject(body.recipient) || !isText(body.recipient.id))) return 'activity.recipient.id must be a string';
  if (body.deliveryMode !== 'expectReplies' && !isText(body.serviceUrl)) return 'activity.serviceUrl is required';
  if (body.serviceUrl !== undefined && (!isText(body.serviceUrl) || !/^https?:\/\//.test(body.serviceUrl))) return 'activity.serviceUrl must be an http(s) URL';
  for (const field of ['text', 'name', 'action', 'id', 'replyToId', 'locale']) {
    if (body[field] !== undefined && body[field] !== null && typeof body[field] !== 'string') return `activity.${field} must be a string`;
  }
  for (const field of ['membersAdded', 'membersRemoved']) {
    const members = body[field];
    if (members !== undefined && !Array.isArray(members)) return `activity.${field} must be an array`;
    if (Array.isArray(members) && members.some((m) => !isObject(m) || typeof m.id !== 'string')) return `activity.${field} entries need an id`;
  }
  return null;
}

/**
 * Microsoft's own Agents Playground sends its default user with an aadObjectId that is not a
 * well-formed GUID (`00000000-0000-0000-0000-0000000000020`). Such a string is no Entra object id:
 * the sender is treated as a person we do not know (answered, never keyed or stored by it), rather
 * than refused. Returns whether it dropped one.
 */
export function withoutMalformedAadObjectId(body: unknown): boolean {
  if (!isObject(body) || !isObject(body.from)) return false;
  const id = body.from.aadObjectId;
  if (typeof id !== 'string' || GUID.test(id)) return false;
  delete body.from.aadObjectId;
  return true;
}
