// The badges' figures sit in closed shadow roots, where the page can't read them. The tests read them through the
// browser's automation, which can: Chromium's DevTools protocol (DOM with pierce) and Firefox's WebDriver BiDi
// (nodes serialised with their closed shadow trees).

/** One badge host of ours as the browser sees it, shadow tree included. */
export interface PiercedBadge {
  /** The host's attributes: all the page can see. */
  host: Record<string, string>;
  /** The attributes of the first element in the shadow root that isn't a <style> (the button, the card's span). */
  inner: Record<string, string>;
  /** The shadow root's text, style sheets left out. */
  text: string;
  /** Whether the host has a shadow root, and its mode. */
  shadow: string | null;
}

export const BADGE_HOSTS = '[data-skillshift]';

/** A DOM node in either protocol's shape, reduced to what we read. */
interface PlainNode {
  nodeType: number;
  name: string;
  value: string | null;
  attributes: Record<string, string>;
  children: PlainNode[];
  shadow: { mode: string; children: PlainNode[] } | null;
}

function textOf(nodes: PlainNode[]): string {
  return nodes.map((n) => (n.nodeType === 3 ? (n.value ?? '') : n.name === 'style' ? '' : textOf(n.children))).join('');
}

function toBadge(node: PlainNode): PiercedBadge {
  const inside = node.shadow?.children ?? [];
  const inner = inside.find((n) => n.nodeType === 1 && n.name !== 'style');
  return { host: node.attributes, inner: inner?.attributes ?? {}, text: textOf(inside), shadow: node.shadow?.mode ?? null };
}

interface CdpNode {
  nodeType: number;
  localName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

function fromCdp(node: CdpNode): PlainNode {
  const attributes: Record<string, string> = {};
  const list = node.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) attributes[list[i]!] = list[i + 1]!;
  const root = node.shadowRoots?.[0];
  return {
    nodeType: node.nodeType,
    name: node.localName,
    value: node.nodeType === 3 ? node.nodeValue : null,
    attributes,
    children: (node.children ?? []).map(fromCdp),
    shadow: root ? { mode: root.shadowRootType ?? 'open', children: (root.children ?? []).map(fromCdp) } : null,
  };
}

/** What a DevTools protocol session needs to answer (Playwright's CDPSession). */
export interface CdpSender {
  send(method: string, params?: object): Promise<unknown>;
}

/** The page may drop a badge between the query and the read (a re-render): read again, a few times. */
export async function settledRead<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

export const pierceWithCdp = (cdp: CdpSender): Promise<PiercedBadge[]> => settledRead(() => readWithCdp(cdp));

async function readWithCdp(cdp: CdpSender): Promise<PiercedBadge[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: BADGE_HOSTS })) as { nodeIds: number[] };
  const badges: PiercedBadge[] = [];
  for (const nodeId of nodeIds) {
    const { node } = (await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true })) as { node: CdpNode };
    badges.push(toBadge(fromCdp(node)));
  }
  return badges;
}

interface BidiValue {
  type: string;
  value?: unknown;
}
interface BidiNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: Record<string, string>;
  children?: BidiValue[];
  shadowRoot?: BidiValue | null;
  mode?: string;
}

function fromBidi(remote: BidiValue): PlainNode {
  const node = remote.value as BidiNode;
  const shadow = node.shadowRoot?.value as BidiNode | undefined;
  return {
    nodeType: node.nodeType,
    name: node.localName ?? '',
    value: node.nodeType === 3 ? (node.nodeValue ?? '') : null,
    attributes: node.attributes ?? {},
    children: (node.children ?? []).map(fromBidi),
    shadow: shadow ? { mode: shadow.mode ?? 'open', children: (shadow.children ?? []).map(fromBidi) } : null,
  };
}

/** What a WebDriver BiDi connection needs to answer (Puppeteer's). */
export interface BidiSender {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export async function pierceWithBidi(bidi: BidiSender, context: string): Promise<PiercedBadge[]> {
  const { result } = await bidi.send('script.evaluate', {
    expression: `[...document.querySelectorAll(${JSON.stringify(BADGE_HOSTS)})]`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 8, maxObjectDepth: 2, includeShadowTree: 'all' },
  });
  const answer = result as { type: string; result?: BidiValue; exceptionDetails?: { text?: string } };
  if (answer.type !== 'success' || !answer.result) throw new Error(`reading the badges failed: ${answer.exceptionDetails?.text ?? answer.type}`);
  return ((answer.result.value as BidiValue[] | undefined) ?? []).map((v) => toBadge(fromBidi(v)));
}
