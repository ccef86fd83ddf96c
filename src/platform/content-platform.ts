import type { ContentPlatform, RawHandler } from './platform.ts';
import { toSender, type RawSender } from './sender.ts';
import { storageOver, type StorageApi } from './storage-area.ts';

interface ApiEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

type MessageListener = (msg: unknown, sender: RawSender, sendResponse: (reply: unknown) => void) => unknown;

/** The promise-returning `runtime` and `storage` APIs of Chrome MV3 (`chrome`) and Firefox (`browser`). */
export interface ContentExtensionApi {
  runtime: {
    id: string;
    getURL(path: string): string;
    sendMessage(msg: unknown): Promise<unknown>;
    onMessage: ApiEvent<MessageListener>;
  };
  storage: StorageApi;
}

/**
 * How a rejected reply travels where a listener can only call `sendResponse` (Chrome): the
 * convention of webextension-polyfill, which the background and extension pages use, so their
 * calls to a tab reject with the content script's error and theirs reach us as one.
 */
const REJECT = '__mozWebExtensionPolyfillReject__';
/** Chrome's word for "nobody answered", which the polyfill also turns into an empty reply. */
const NO_ANSWER = 'The message port closed before a response was received.';

function unwrapReply(reply: unknown): unknown {
  if (typeof reply === 'object' && reply !== null && (reply as Record<string, unknown>)[REJECT] === true) {
    throw new Error(String((reply as { message?: unknown }).message ?? 'rejected'));
  }
  return reply;
}

/**
 * The content script's platform straight over the browser's own promise-returning API, so that
 * the script injected into every page does not carry webextension-polyfill. Firefox takes a
 * promise from a message listener; Chrome gets the answer through `sendResponse`.
 */
export function createContentPlatform(api: ContentExtensionApi): ContentPlatform {
  const base = api.runtime.getURL('');
  const browser = base.startsWith('moz-extension:') ? 'firefox' : 'chrome';
  return {
    browser,
    extensionId: api.runtime.id,
    extensionUrl: (path) => api.runtime.getURL(path),

    ...storageOver(api.storage),

    // Async, so that a context already invalidated (which throws at once) rejects like any failure.
    async sendMessage(msg) {
      try {
        return unwrapReply(await api.runtime.sendMessage(msg));
      } catch (err) {
        if ((err as Error)?.message === NO_ANSWER) return undefined;
        throw err;
      }
    },
    onMessage(handler: RawHandler, signal) {
      const l: MessageListener = (msg, s, sendResponse) => {
        const answer = handler(msg, toSender(s, base));
        if (answer === undefined) return false;
        if (browser === 'firefox') return answer;
        answer.then(sendResponse, (err: unknown) => sendResponse({ [REJECT]: true, message: String((err as Error)?.message ?? err) }));
        return true;
      };
      api.runtime.onMessage.addListener(l);
      signal?.addEventListener('abort', () => api.runtime.onMessage.removeListener(l), { once: true });
    },
  };
}
