import { describe, expect, it } from 'vitest';
import { type CursorShape, decodeCursor, encodeCursor } from './cursor.ts';
import { AppError } from './errors.ts';

const id = '7b0d3c2e-3f2a-4b8e-9d1c-1a2b3c4d5e6f';
const b64 = (text: string) => Buffer.from(text).toString('base64url');
const refused = (raw: string, shape?: CursorShape) => {
  try {
    decodeCursor(raw, shape);
    return false;
  } catch (error) {
    return error instanceof AppError && error.code === 'BAD_REQUEST' && error.fields[0]?.field === 'cursor';
  }
};

describe('decodeCursor', () => {
  it('reads back what encodeCursor wrote, for each kind of sort value', () => {
    expect(decodeCursor(encodeCursor({ v: 'acme', id }), { value: 'text' })).toEqual({ v: 'acme', id });
    expect(decodeCursor(encodeCursor({ v: '1000.50', id }), { value: 'number' })).toEqual({ v: '1000.50', id });
    expect(decodeCursor(encodeCursor({ v: '2026-07-01', id }), { value: 'date' })).toEqual({ v: '2026-07-01', id });
    expect(decodeCursor(encodeCursor({ v: '2026-12-04T06:30:35.515Z', id }), { value: 'instant' })?.v).toBe('2026-12-04T06:30:35.515Z');
    expect(decodeCursor(encodeCursor({ v: 50, id: 'offset' }), { value: 'offset' })).toEqual({ v: 50, id: 'offset' });
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it.each([
    ['garbage', 'abc!!', undefined],
    ['not JSON', b64('{'), undefined],
    ['null', b64('null'), undefined],
    ['an array', b64('[1]'), undefined],
    ['no id', b64('{"v":"a"}'), undefined],
    ['an id that is not a uuid', b64('{"v":"a","id":"x"}'), undefined],
    ['an object value', b64(`{"v":{},"id":"${id}"}`), undefined],
    ['text for a number sort', b64(`{"v":"many","id":"${id}"}`), { value: 'number' }],
    ['an impossible date', b64(`{"v":"2026-02-30","id":"${id}"}`), { value: 'date' }],
    ['a huge number for an instant', b64(`{"v":1e308,"id":"${id}"}`), { value: 'instant' }],
    ['a negative offset', b64('{"v":-1,"id":"offset"}'), { value: 'offset' }],
    ['a NUL in text', b64(`{"v":"a\\u0000","id":"${id}"}`), { value: 'text' }],
    ['null where the sort has no nulls', b64(`{"v":null,"id":"${id}"}`), { value: 'instant' }],
  ] as const)('refuses %s as a 400 naming cursor', (_what, raw, shape) => {
    expect(refused(raw, shape as CursorShape | undefined)).toBe(true);
  });
});
