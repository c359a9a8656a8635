import { browser } from 'wxt/browser';
import { z } from 'zod';
import { EnvelopeSchema, ResponseSchemas, type MessageOf, type MessageType, type ResponseOf, type Result } from './protocol';

/** Check an answer against the message's response schema; a missing answer is an error too. */
export function parseResponse<T extends MessageType>(type: T, raw: unknown): Result<ResponseOf<T>> {
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, error: `no valid answer to ${type}` };
  if (!envelope.data.ok) return envelope.data;
  const data = z.safeParse(ResponseSchemas[type], envelope.data.data);
  return data.success ? { ok: true, data: data.data as ResponseOf<T> } : { ok: false, error: `malformed answer to ${type}` };
}

const failed = (e: unknown): { ok: false; error: string } => ({ ok: false, error: e instanceof Error ? e.message : String(e) });

/** A failed reply as an error, with its code when it has one. */
export class ReplyError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ReplyError';
  }
}

/** The data of a successful reply; a failed one throws its error (a ReplyError with the reply's code). */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new ReplyError(result.error, result.code);
  return result.data;
}

/** Send to the background (from content scripts and extension pages). */
export async function send<T extends MessageType>(message: MessageOf<T>): Promise<Result<ResponseOf<T>>> {
  try {
    return parseResponse(message.type as T, await browser.runtime.sendMessage(message));
  } catch (e) {
    return failed(e);
  }
}

/** Send from the background to one tab's content script. */
export async function sendToTab<T extends MessageType>(tabId: number, message: MessageOf<T>): Promise<Result<ResponseOf<T>>> {
  try {
    return parseResponse(message.type as T, await browser.tabs.sendMessage(tabId, message));
  } catch (e) {
    return failed(e);
  }
}

/** Tell open extension pages something changed; nobody listening is fine. */
export async function broadcast<T extends MessageType>(message: MessageOf<T>): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
