import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../src/core/matcher/index.ts';
import { REGISTRY } from './test-registry.ts';

const matcher = buildMatcher(REGISTRY);
const found = (text: string) => matcher.scan(text).map((m) => `${m.text}=${m.entityId}`);

describe('word boundaries and leftmost-longest', () => {
  it('never matches inside a word', () => {
    expect(found('A trumpet, Trumpism, Putinism and Putinesque prose; Kremlinology.')).toEqual([]);
    expect(found('Путинизм и путинский режим, кремлёвский')).toEqual([]);
    expect(found('TrumpPutin Putin2 _Putin')).toEqual([]);
  });

  it('prefers the longest alias at the leftmost start', () => {
    expect(found('The Levada Centre poll, then Levada again.')).toEqual(['Levada Centre=levada', 'Levada=levada']);
    expect(found('At the 2018 Helsinki summit in Helsinki')).toEqual(['2018 Helsinki summit=helsinki-summit', 'Helsinki=helsinki']);
  });

  it('matches names split by line breaks, no-break spaces and soft hyphens', () => {
    expect(found('President Vladimir\nPutin said')).toEqual(['Vladimir\nPutin=putin']);
    expect(found('Dmitry\u00a0Peskov, Dmitri  Peskov')).toEqual(['Dmitry\u00a0Peskov=peskov', 'Dmitri  Peskov=peskov']);
    expect(found('Vla\u00addi\u00admir Pu\u00adtin')).toEqual(['Vla\u00addi\u00admir Pu\u00adtin=putin']);
  });

  it('matches a hyphenated alias written with a space or a dash, and the other way round', () => {
    expect(found('Levada–Center and the Levada-Centre')).toEqual(['Levada–Center=levada', 'Levada-Centre=levada']);
    expect(found('Левада Центр')).toEqual(['Левада Центр=levada']);
  });

  it('takes in the accent of a decomposed letter at the end of a name', () => {
    expect(found('Putin\u0301 spoke')).toEqual(['Putin\u0301=putin']);
  });
});

describe('confusables', () => {
  it('folds typographic variants: curly apostrophes, dashes, full-width letters, zero-width joiners', () => {
    expect(found('Ｐｕｔｉｎ met Tru\u200dmp')).toEqual(['Ｐｕｔｉｎ=putin', 'Tru\u200dmp=trump']);
    expect(found('PUTIN and ТРАМП')).toEqual(['PUTIN=putin', 'ТРАМП=trump']);
  });

  it('does not mark a name spelt with letters from another script', () => {
    // "Рutin" begins with a Cyrillic Р: a spoof, not the word the reader sees as Latin.
    expect(found('Рutin')).toEqual([]);
  });
});

describe('English possessives', () => {
  it("accepts 's, ’s and s' after a name, and marks only the name", () => {
    expect(found("Putin's aide, Putin’s aide, Sarah Sanders' briefing, Sarah Sanders’s briefing")).toEqual([
      'Putin=putin', 'Putin=putin', 'Sarah Sanders=sarah-sanders', 'Sarah Sanders=sarah-sanders',
    ]);
  });
});

describe('Russian case endings', () => {
  it('matches Cyrillic names in every case, by a general rule', () => {
    const text = 'Встреча Владимира Путина с Дональдом Трампом. Путину, Путиным, о Путине. Опрос Левада-Центра и ВЦИОМа; в Кремле, из Кремля.';
    expect(found(text)).toEqual([
      'Владимира Путина=putin', 'Дональдом Трампом=trump', 'Путину=putin', 'Путиным=putin', 'Путине=putin',
      'Левада-Центра=levada', 'ВЦИОМа=vtsiom', 'Кремле=kremlin', 'Кремля=kremlin',
    ]);
  });

  it('declines adjectives and plurals in multi-word names', () => {
    expect(found('в Северной Корее, у Соединённых Штатов, на Черном море, против антироссийских санкций')).toEqual([
      'Северной Корее=north-korea', 'Соединённых Штатов=us', 'Черном море=black-sea', 'антироссийских санкций=sanctions',
    ]);
  });

  it('leaves an indeclinable name as it is, and does not turn one name into another', () => {
    expect(found('в Хельсинки и в Сочи')).toEqual(['Хельсинки=helsinki', 'Сочи=sochi']);
    expect(found('Путинов, Путинская, США')).toEqual(['США=us']);
  });
});

describe('guards from the data', () => {
  it('"trump" the common word is not the president; a capital is', () => {
    expect(found('He played his trump card and the trump suit. Trump said no.')).toEqual(['Trump=trump']);
    expect(found('Melania Trump smiled. Ivanka Trump’s brand.')).toEqual([]);
  });

  it('an acronym in capitals must be written in capitals', () => {
    expect(found('Let us go. Us Weekly reported. The US replied.')).toEqual(['US=us']);
  });

  it('"Sanders" links to Sarah Sanders only after her full name, and never inside Bernie Sanders', () => {
    expect(found('Sanders told reporters.')).toEqual([]);
    expect(found('Bernie Sanders spoke. Later Sanders left.')).toEqual([]);
    expect(found('Press secretary Sarah Huckabee Sanders said... Sanders added that Bernie Sanders was wrong.')).toEqual([
      'Sarah Huckabee Sanders=sarah-sanders', 'Sanders=sarah-sanders',
    ]);
  });

  it('"Bolton" the town and the football club are not John Bolton', () => {
    expect(found('Bolton Wanderers beat Wigan; Bolton is a town near Manchester.')).toEqual([]);
    expect(found('National security adviser John Bolton arrived. Bolton said Bolton Wanderers lost.')).toEqual([
      'John Bolton=john-bolton', 'Bolton=john-bolton',
    ]);
  });

  it('"Ryan" links only after Paul Ryan, never to Meg Ryan', () => {
    expect(found('Ryan Gosling and Meg Ryan. Ryan said.')).toEqual([]);
    expect(found('House Speaker Paul Ryan said... Ryan added.')).toEqual(['Paul Ryan=paul-ryan', 'Ryan=paul-ryan']);
  });

  it('"Clinton" is Bill or Hillary only when the document named exactly one of them', () => {
    expect(found('Clinton spoke.')).toEqual([]);
    expect(found('Hillary Clinton lost in 2016. Clinton conceded.')).toEqual(['Hillary Clinton=hillary-clinton', 'Clinton=hillary-clinton']);
    expect(found('Bill Clinton met Yeltsin. Clinton joked.')).toEqual(['Bill Clinton=bill-clinton', 'Clinton=bill-clinton']);
    expect(found('Bill Clinton and Hillary Clinton came. Clinton spoke.')).toEqual(['Bill Clinton=bill-clinton', 'Hillary Clinton=hillary-clinton']);
    expect(found('Билл Клинтон приехал. Клинтона встретили.')).toEqual(['Билл Клинтон=bill-clinton', 'Клинтона=bill-clinton']);
  });

  it('"Mueller" after Robert Mueller, not the footballer', () => {
    expect(found('Thomas Müller scored. Mueller celebrated.')).toEqual([]);
    expect(found('Robert Mueller’s report; Mueller testified. Thomas Mueller scored.')).toEqual(['Robert Mueller=robert-mueller', 'Mueller=robert-mueller']);
  });

  it('"Helsinki" alone is the city, not the 2018 summit; the 1975 summit is neither', () => {
    expect(found('I flew to Helsinki.')).toEqual(['Helsinki=helsinki']);
    expect(found('The Helsinki summit of July 2018')).toEqual(['Helsinki summit=helsinki-summit']);
    expect(found('the 1975 Helsinki summit')).toEqual([]);
  });

  it('"Sochi" is not the 2014 Olympics', () => {
    expect(found('The Sochi Olympics cost billions. Pompeo flew to Sochi.')).toEqual(['Sochi=sochi']);
  });

  it('"Peskov" alone needs "Dmitry Peskov" first; in Russian too', () => {
    expect(found('Peskov declined to comment.')).toEqual([]);
    expect(found('Kremlin spokesman Dmitry Peskov said... Peskov added')).toEqual(['Kremlin=kremlin', 'Dmitry Peskov=peskov', 'Peskov=peskov']);
    expect(found('По словам Пескова, ... пресс-секретарь Дмитрий Песков. Пескову задали вопрос')).toEqual(['Дмитрий Песков=peskov', 'Пескову=peskov']);
  });
});
