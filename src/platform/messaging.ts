import type { MessageOf, ResponseOf, ToBackground, ToContent } from '../shared/messages.ts';
import type { ContentPlatform, MessageSender, Platform } from './platform.ts';

type Msg<M, K extends keyof M> = Extract<MessageOf<M>, { type: K }>;

/** A typed call to the background: the payload and the answer are those of the call map. */
export function sendToBackground<K extends keyof ToBackground>(
  platform: Pick<ContentPlatform, 'sendMessage'>,
  msg: Msg<ToBackground, K>,
): Promise<ResponseOf<ToBackground, K>> {
  return platform.sendMessage(msg) as Promise<ResponseOf<ToBackground, K>>;
}

/** A typed call to a tab's content script, the top frame unless `frameId` says otherwise. */
export function sendToTab<K extends keyof ToContent>(
  platform: Pick<Platform, 'sendToTab'>,
  tabId: number,
  msg: Msg<ToContent, K>,
  frameId = 0,
): Promise<ResponseOf<ToContent, K>> {
  return platform.sendToTab(tabId, msg, frameId) as Promise<ResponseOf<ToContent, K>>;
}

/** One handler per message type; each gets the parsed message and who sent it. */
export type Handlers<M> = {
  [K in keyof M]?: (msg: Msg<M, K>, sender: MessageSender) => ResponseOf<M, K> | Promise<ResponseOf<M, K>>;
};

/**
 * Routes messages to per-type handlers. `parse` is the call map's run-time schema: a message
 * that does not parse, or has no handler here, is left unanswered so that another receiver
 * (or none) takes it; `accept` may refuse a sender, which rejects the call.
 */
export function onMessage<M>(
  platform: Pick<ContentPlatform, 'onMessage'>,
  parse: (msg: unknown) => MessageOf<M> | null,
  handlers: Handlers<M>,
  options: { accept?: (type: keyof M, sender: MessageSender) => boolean; signal?: AbortSignal } = {},
): void {
  platform.onMessage((raw, sender) => {
    const msg = parse(raw);
    if (!msg) return undefined;
    const type = (msg as { type: keyof M }).type;
    const handler = handlers[type] as ((m: unknown, s: MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    if (options.accept && !options.accept(type, sender)) {
      return Promise.reject(new Error(`refused ${String(type)} from this sender`));
    }
    return Promise.resolve(handler(msg, sender)).then((r) => r ?? null);
  }, options.signal);
}
