import { describe, expect, it } from 'vitest';
import { startBackground } from '../../../src/background/background.ts';
import { datasetService } from '../../../src/background/data-service.ts';
import type { Dataset } from '../../../src/core/dataset-schema.ts';
import { createFakePlatform } from '../../../src/platform/fake.ts';
import type { Timeline } from '../../../src/core/timeline-types.ts';

const ID = 'ext-id';
const text = 'Leaders met at the Helsinki summit. "Fine," Putin said.';
const dataset: Dataset = {
  version: 1,
  sources: [{ id: 's', title: 'S', publisher: 'P', published: '2018-07-20', language: 'en', translated: false, text }],
  entities: [
    { id: 'helsinki', kind: 'event', name: 'Helsinki summit', aliases: ['Helsinki summit'], description: '', date: '2018-07-16' },
    { id: 'putin', kind: 'person', name: 'Vladimir Putin', aliases: ['Putin'], description: '' },
  ],
  polls: [],
  quotes: [{ id: 'q', speakerId: 'putin', text: 'Fine,', sourceId: 's', start: text.indexOf('Fine,'), end: text.indexOf('Fine,') + 5, topicIds: [] }],
};
const fromTab = { extensionId: ID, tabId: 7, frameId: 0, url: 'https://news.example/a' };
const fromPage = { extensionId: ID, url: `chrome-extension://${ID}/popup.html` };

describe('timeline calls', () => {
  it('answers the timeline to our pages and content scripts, building it once', async () => {
    const p = createFakePlatform(ID);
    startBackground(p, datasetService(dataset));
    const t = (await p.deliver({ type: 'timeline' }, fromPage)) as Timeline;
    expect(t.items.map((i) => [i.kind, i.key, i.date])).toEqual([['event', 'helsinki', '2018-07-16'], ['quote', 'q', '2018-07-20']]);
    expect(await p.deliver({ type: 'timeline' }, fromTab)).toEqual(t);
    await expect(p.deliver({ type: 'timeline', extra: 1 }, fromPage)).rejects.toThrow(/Receiving end/);
    const service = datasetService(dataset);
    expect(service.timeline?.()).toBe(service.timeline?.());
  });

  it('opens the timeline page beside the tab whose card asked, focused on the entity', async () => {
    const p = createFakePlatform(ID);
    startBackground(p, datasetService(dataset));
    expect(await p.deliver({ type: 'openTimeline', entityId: 'dmitry-peskov' }, fromTab)).toBeNull();
    expect(await p.deliver({ type: 'openTimeline' }, fromPage)).toBeNull();
    expect(p.state.opened).toEqual([{ path: 'timeline.html?entity=dmitry-peskov', openerTabId: 7 }, { path: 'timeline.html' }]);
    await expect(p.deliver({ type: 'openTimeline', entityId: '' }, fromTab)).rejects.toThrow(/Receiving end/);
    await expect(p.deliver({ type: 'openTimeline', entityId: 'x' }, { extensionId: 'other', tabId: 1 })).rejects.toThrow(/refused/);
  });
});
