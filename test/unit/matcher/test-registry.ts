import type { Entity } from '../../../src/core/dataset-schema.ts';

const person = (id: string, name: string, aliases: string[], guards?: Entity['guards']): Entity => ({
  id, kind: 'person', name, aliases, description: '', ...(guards ? { guards } : {}),
});
const thing = (id: string, kind: Entity['kind'], name: string, aliases: string[], guards?: Entity['guards']): Entity => ({
  id, kind, name, aliases, description: '', ...(guards ? { guards } : {}),
});

/** A registry written for the rule tests: the ambiguous names of the issue, in both scripts. */
export const REGISTRY: Entity[] = [
  person('trump', 'Donald Trump', ['Trump', 'Дональд Трамп', 'Трамп'], [{ alias: 'Trump', capitalised: true, blockedBy: ['Melania Trump', 'Ivanka Trump', 'Trump card'] }]),
  person('putin', 'Vladimir Putin', ['Putin', 'Владимир Путин', 'Путин']),
  person('peskov', 'Dmitry Peskov', ['Dmitri Peskov', 'Peskov', 'Дмитрий Песков', 'Песков'], [{ alias: 'Peskov', afterFullName: true }, { alias: 'Песков', afterFullName: true }]),
  person('sarah-sanders', 'Sarah Sanders', ['Sarah Huckabee Sanders', 'Sanders'], [{ alias: 'Sanders', afterFullName: true, blockedBy: ['Bernie Sanders', 'Colonel Sanders'] }]),
  person('john-bolton', 'John Bolton', ['Bolton', 'Джон Болтон', 'Болтон'], [{ alias: 'Bolton', afterFullName: true, blockedBy: ['Bolton Wanderers', 'Michael Bolton'] }, { alias: 'Болтон', afterFullName: true }]),
  person('paul-ryan', 'Paul Ryan', ['Ryan'], [{ alias: 'Ryan', afterFullName: true, blockedBy: ['Meg Ryan', 'Ryan Gosling'] }]),
  person('hillary-clinton', 'Hillary Clinton', ['Clinton', 'Хиллари Клинтон', 'Клинтон'], [{ alias: 'Clinton', afterFullName: true }, { alias: 'Клинтон', afterFullName: true }]),
  person('bill-clinton', 'Bill Clinton', ['Clinton', 'Билл Клинтон', 'Клинтон'], [{ alias: 'Clinton', afterFullName: true }, { alias: 'Клинтон', afterFullName: true }]),
  person('robert-mueller', 'Robert Mueller', ['Mueller', 'Роберт Мюллер', 'Мюллер'], [{ alias: 'Mueller', afterFullName: true, blockedBy: ['Thomas Mueller', 'Thomas Müller'] }]),
  thing('levada', 'organization', 'Levada Center', ['Levada Centre', 'Levada', 'Левада-Центр'], [{ alias: 'Levada', capitalised: true, blockedBy: ['Yuri Levada'] }]),
  thing('vtsiom', 'organization', 'VTsIOM', ['ВЦИОМ']),
  thing('kremlin', 'organization', 'Kremlin', ['Кремль']),
  thing('helsinki-summit', 'event', 'Helsinki summit', ['2018 Helsinki summit', 'Хельсинкский саммит'], [{ alias: 'Helsinki summit', blockedBy: ['1975 Helsinki summit'] }]),
  thing('helsinki', 'place', 'Helsinki', ['Хельсинки']),
  thing('sochi', 'place', 'Sochi', ['Сочи'], [{ alias: 'Sochi', blockedBy: ['Sochi Olympics', 'Sochi Winter Olympics'] }]),
  thing('us', 'place', 'United States', ['US', 'U.S.', 'США', 'Соединённые Штаты'], [{ alias: 'US', capitalised: true }]),
  thing('north-korea', 'place', 'North Korea', ['Северная Корея']),
  thing('black-sea', 'place', 'Black Sea', ['Чёрное море']),
  thing('sanctions', 'topic', 'sanctions against Russia', ['антироссийские санкции']),
];
