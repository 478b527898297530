/**
 * A list of ids used as a set (ticked criteria, acknowledgements): `id` added at the end when
 * `present` and not there yet, removed when not `present`; the other ids keep their order.
 */
export function withMember<T>(list: readonly T[] | undefined, id: T, present: boolean): T[] {
  const members = new Set(list ?? []);
  if (present) members.add(id);
  else members.delete(id);
  return [...members];
}
