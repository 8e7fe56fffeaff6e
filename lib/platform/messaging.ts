/**
 * Typed request/response messages between the content script, extension pages and the background.
 * Each feature declares its own messages next to its code with `defineMessage`; the background
 * registers handlers. Replies travel as `{ok, value | error}` so a handler's error reaches the caller
 * as a rejected promise with the handler's message instead of a silent `undefined`.
 */
import { browser, type Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;
type Handler<Req, Res> = (payload: Req, sender: Sender) => Res | Promise<Res>;
interface Envelope {
  tact: 1;
  type: string;
  payload: unknown;
}
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

const handlers = new Map<string, Handler<unknown, unknown>>();

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).tact === 1 && typeof (message as Envelope).type === 'string';
}

// Returning a promise is the reply style webextension-polyfill (Chrome), Firefox and the test fake
// all support; other extensions' messages get `undefined` so we never answer for them.
function onMessage(message: unknown, sender: Sender): Promise<Reply> | undefined {
  if (!isEnvelope(message)) return undefined;
  const handler = handlers.get(message.type);
  if (!handler) return undefined;
  return Promise.resolve()
    .then(() => handler(message.payload, sender))
    .then(
      (value): Reply => ({ ok: true, value }),
      (error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
}

function listen(): void {
  if (!browser.runtime.onMessage.hasListener(onMessage as never)) browser.runtime.onMessage.addListener(onMessage as never);
}

function unwrap<Res>(reply: unknown, type: string): Res {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`No handler answered ${type}`);
  const r = reply as Reply;
  if (!r.ok) throw new Error(r.error);
  return r.value as Res;
}

export interface MessageType<Req, Res> {
  type: string;
  /** To the background or an extension page. */
  send(payload: Req): Promise<Res>;
  /** To a tab's content script (all frames, or one frame). */
  sendToTab(tabId: number, payload: Req, frameId?: number): Promise<Res>;
  /** Answer this message in the current context. Returns an unregister function. */
  handle(handler: Handler<Req, Res>): () => void;
}

export function defineMessage<Req, Res>(type: string): MessageType<Req, Res> {
  return {
    type,
    async send(payload) {
      const reply: unknown = await browser.runtime.sendMessage({ tact: 1, type, payload } satisfies Envelope);
      return unwrap<Res>(reply, type);
    },
    async sendToTab(tabId, payload, frameId) {
      const envelope: Envelope = { tact: 1, type, payload };
      const reply: unknown = await (frameId === undefined
        ? browser.tabs.sendMessage(tabId, envelope)
        : browser.tabs.sendMessage(tabId, envelope, { frameId }));
      return unwrap<Res>(reply, type);
    },
    handle(handler) {
      listen();
      handlers.set(type, handler as Handler<unknown, unknown>);
      return () => {
        if (handlers.get(type) === handler) handlers.delete(type);
      };
    },
  };
}
