import { describe, expect, it } from 'vitest';
import { withMember } from './lists';

describe('withMember', () => {
  it('adds an id once, at the end, and keeps the others in order', () => {
    expect(withMember(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(withMember(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(withMember(undefined, 'a', true)).toEqual(['a']);
  });

  it('removes an id, and leaves a list without it as it was', () => {
    expect(withMember(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
    expect(withMember(['a'], 'z', false)).toEqual(['a']);
  });
});
