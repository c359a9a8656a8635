import { MESSAGE_TYPES, MessageSchema, type MessageOf, type MessageType, type ResponseOf, type Result } from './protocol';
import { senderProblem, type Sender } from './senders';

export type Handlers = {
  [K in MessageType]?: (message: MessageOf<K>, sender: Sender) => Promise<ResponseOf<K>> | ResponseOf<K>;
};
type AnyHandler = (message: MessageOf<MessageType>, sender: Sender) => Promise<unknown> | unknown;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
/** An error's own `code` ("storage-full"), passed on so the UI can say what it means. */
const errorCode = (e: unknown): { code?: string } =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? { code: e.code } : {};

function typeOf(raw: unknown): string | undefined {
  return typeof raw === 'object' && raw !== null && 'type' in raw && typeof raw.type === 'string' ? raw.type : undefined;
}

/** Parse, check the sender, run the handler: always resolves to a `Result`, never throws. */
export async function dispatch(
  raw: unknown,
  sender: Sender,
  handlers: Handlers,
  check: (type: MessageType, sender: Sender) => string | null,
): Promise<Result<unknown>> {
  const type = typeOf(raw);
  if (type === undefined) return { ok: false, error: 'malformed message: no type' };
  if (!(MESSAGE_TYPES as string[]).includes(type)) return { ok: false, error: `unknown message type: ${type}` };
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `malformed ${type}: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  const message = parsed.data;
  const problem = check(message.type, sender);
  if (problem) return { ok: false, error: problem };
  const handler = handlers[message.type] as AnyHandler | undefined;
  if (!handler) return { ok: false, error: `no handler for ${message.type}` };
  try {
    return { ok: true, data: await handler(message, sender) };
  } catch (e) {
    return { ok: false, error: errorText(e), ...errorCode(e) };
  }
}

type Listener = (raw: unknown, sender: Sender, sendResponse: (response: unknown) => void) => true | undefined;

/**
 * The background's runtime.onMessage listener: answers every message, even unknown ones.
 * Chromium delivers nothing when a listener returns a Promise, hence sendResponse + `return true`.
 */
export function backgroundListener(handlers: Handlers, origin: string): Listener {
  return (raw, sender, sendResponse) => {
    void dispatch(raw, sender, handlers, (type, s) => senderProblem(type, s, origin)).then(sendResponse);
    return true;
  };
}

/**
 * A content script's or extension page's listener for `bg:` messages. It stays silent on anything
 * else, so it never answers in the background's place (pages receive content scripts' messages too).
 */
export function peerListener(handlers: Handlers, runtimeId: string): Listener {
  return (raw, sender, sendResponse) => {
    const type = typeOf(raw);
    if (type === undefined || !type.startsWith('bg:') || !(type in handlers)) return undefined;
    void dispatch(raw, sender, handlers, () => (sender.id === runtimeId && !sender.tab ? null : 'bg: messages come from the background only')).then(
      sendResponse,
    );
    return true;
  };
}
