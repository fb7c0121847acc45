import { describe, expect, it } from 'vitest';
import { findThemes, maskPersonalData, summarizeThemes } from './themes.ts';
import { THEMES, type Theme } from './types.ts';

// For each theme: sentences that mention it, and sentences that must not be read as mentioning it
// (look-alike words inside other words, or the word used in another sense).
const CASES: Record<Theme, { yes: string[]; no: string[] }> = {
  support: {
    yes: [
      'Your help-desk took three days to answer my ticket.',
      'The support team sorted it out within the hour',
      'Customer service was dreadful',
      'Raised a complaint and nobody fixed it.',
      'The live chat was so useful',
    ],
    no: ['Passport renewal is a pain', 'Unsupported browsers are listed', 'Tickled pink'],
  },
  onboarding: {
    yes: [
      'The set-up took a week',
      'Setup was painless',
      'Installation dates kept moving',
      'Onboarding was well organised',
      'Getting started with the implementation was quick',
      'Waited 2 months to be connected',
    ],
    no: ['They instilled a sense of calm', 'Reinstated my account', 'In order to renew we need a quote'],
  },
  pricing: {
    yes: [
      'Far too expensive for what it does',
      'The price went up again',
      'Billing is a mess',
      'Good value for money',
      'They charged me twice',
    ],
    no: ['Precise answers', 'I will deal with it later', 'Billy from the team was great'],
  },
  reliability: {
    yes: [
      'The connection drops every evening',
      'Broadband was down for two days',
      'Speed is great',
      'It keeps crashing',
      'Not reliable at all',
      'My line stopped working',
    ],
    no: ['They let down my whole team', 'Downloaded the report fine', 'Faultless'],
  },
  ease_of_use: {
    yes: [
      'Very easy to use',
      'Simple and intuitive',
      'The whole process was a hassle',
      'Confusing menus',
      'Straightforward from start to finish',
    ],
    no: ['Please call me', 'The disease of bureaucracy', 'Processor upgrade'],
  },
  people: {
    yes: [
      'Staff were friendly',
      'The engineer was polite and helpful',
      'Rude advisor',
      'Your team is great',
      'The lady on the phone was lovely',
    ],
    no: ['Teamster', 'Personalised dashboards', 'Managerial reports'],
  },
  communication: {
    yes: [
      'Nobody kept me informed',
      'Poor communication throughout',
      'They never replied to my e-mail',
      'Still waiting for a call back',
      'Never told me the date had changed',
    ],
    no: ['Communal areas were clean', 'Untold damage to my garden', 'Female engineers'],
  },
  product: {
    yes: [
      'Love the new features',
      'The product does what it says',
      'The Salesforce integration is flaky',
      'The mobile app is slow',
      'Good functionality',
    ],
    no: ['Productive meeting', 'Featured in the press', 'Apparently fine'],
  },
};

describe('findThemes', () => {
  for (const theme of THEMES) {
    it.each(CASES[theme].yes)(`${theme}: finds it in "%s"`, (text) => {
      expect(findThemes(text)).toContain(theme);
    });
    it.each(CASES[theme].no)(`${theme}: does not find it in "%s"`, (text) => {
      expect(findThemes(text)).not.toContain(theme);
    });
  }

  it.each([
    ['only inside longer words', 'Unsupported browsers, expensiveness aside', []],
    ['capitals and punctuation', 'EXPENSIVE!!! and...SLOW.', ['pricing', 'reliability']],
    [
      'a replacement character where an apostrophe was lost',
      'it\uFFFDs easy, but the engineer didn\uFFFDt come',
      ['support', 'ease_of_use', 'people'],
    ],
    ['a replacement character next to a word', 'set\uFFFDup was slow\uFFFD', ['onboarding', 'reliability']],
    ['a line break inside a phrase', 'value for\nmoney', ['pricing']],
    ['nothing to find', 'Good overall', []],
    ['an empty verbatim', '', []],
  ])('%s', (_case, text, themes) => {
    expect(findThemes(text)).toEqual(themes);
  });

  it('lists several themes in the fixed theme order', () => {
    expect(findThemes('The product is great but expensive, and support never replies')).toEqual([
      'support',
      'pricing',
      'communication',
      'product',
    ]);
  });
});

describe('maskPersonalData', () => {
  it.each([
    ['Write to jane.doe+cs@mail.example.co.uk please', 'Write to [e-mail] please'],
    ["Contact: J.O'Neil@Example.COM.", 'Contact: [e-mail].'],
    ['Call 07700 900123 today', 'Call [phone] today'],
    ['Ring +44 20 7946 0958.', 'Ring [phone].'],
    ['US office (555) 123-4567', 'US office [phone]'],
    ['Freephone 0800-123-456', 'Freephone [phone]'],
    ['Mobile: +1 415.555.0132', 'Mobile: [phone]'],
    ['Short international form +1 555 0100 works too', 'Short international form [phone] works too'],
    ['+44 (0)20 7946 0958 is the desk', '[phone] is the desk'],
    ['number given (0800800150) does not work', 'number given ([phone]) does not work'],
    ['01736 810570 and you still owe me money!', '[phone] and you still owe me money!'],
    ['a@b.com and 020 7946 0958', '[e-mail] and [phone]'],
  ])('masks %j', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it.each([
    'Installed on 01/05/2018 at 20:23',
    'Booked for 2018-05-01 20:23',
    'Arrived 13.06.2018',
    'Paid £45.00 a month, then $1,299.99 and €1.234.567',
    'Waited 3 months for 2 engineers',
    'Order 12345678 is still open',
    'Between 2017 and 2018',
    'Rated 0 out of 10',
    'f@@k off',
    'Difficult 2 do @ 77',
  ])('leaves %j as it is', (text) => {
    expect(maskPersonalData(text)).toBe(text);
  });
});

describe('summarizeThemes', () => {
  const verbatims = [
    { id: '1', text: 'Too expensive, call me on 07700 900123', score: 3 },
    { id: '2', text: 'Great price', score: 10 },
    { id: '3', text: 'Price is fine, support slow', score: 8 },
    { id: '4', text: 'Billing mess, write to bob@example.com', score: null },
    { id: '5', text: 'Good overall', score: 9 },
    { id: '6', text: '   ', score: 0 },
  ];

  it('counts verbatims per theme, largest first, with the score groups and masked examples', () => {
    const [pricing, ...rest] = summarizeThemes(verbatims);
    expect(pricing).toEqual({
      theme: 'pricing',
      count: 4,
      promoters: 1,
      passives: 1,
      detractors: 1,
      examples: ['Too expensive, call me on [phone]', 'Great price', 'Price is fine, support slow'],
    });
    expect(rest.map((s) => [s.theme, s.count])).toEqual([
      ['support', 1],
      ['reliability', 1],
    ]);
  });

  it('keeps as many examples as asked, masking each', () => {
    const [pricing] = summarizeThemes(verbatims, 5);
    expect(pricing.examples).toHaveLength(4);
    expect(pricing.examples[3]).toBe('Billing mess, write to [e-mail]');
    expect(summarizeThemes(verbatims, 0)[0].examples).toEqual([]);
  });

  it('returns nothing for verbatims without themes', () => {
    expect(summarizeThemes([{ id: '1', text: 'Good overall', score: 9 }])).toEqual([]);
  });
});
