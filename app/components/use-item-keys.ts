import { useState } from "react";

interface ItemKeys<T> {
  items: readonly T[];
  keys: readonly number[];
  next: number;
}

/** The keys of `items`, carried over from the keys of the list they were edited from. */
function carryKeys<T>(known: ItemKeys<T>, items: readonly T[]): ItemKeys<T> {
  let next = known.next;
  const keys = items.map((item, index) => {
    const kept = known.items.indexOf(item);
    if (kept !== -1) return known.keys[kept] ?? next++;
    const replaced = known.items[index];
    const editedInPlace = replaced !== undefined && !items.includes(replaced);
    return editedInPlace ? (known.keys[index] ?? next++) : next++;
  });
  return { items, keys, next };
}

/**
 * A React key for each item of a list that is edited by replacing items: the key stays with an
 * item when others are added, removed or moved (the same object), and when the item itself is
 * replaced by an edited copy at the same place. A key made from the item's own fields would
 * change as someone types in one of them, and the remounted fields would lose the focus.
 */
export function useItemKeys<T>(items: readonly T[]): readonly number[] {
  const [known, setKnown] = useState<ItemKeys<T>>(() => ({
    items,
    keys: items.map((_, index) => index),
    next: items.length,
  }));
  if (known.items === items) return known.keys;
  // Adjusting state while rendering, as React documents for state derived from a changed prop.
  const carried = carryKeys(known, items);
  setKnown(carried);
  return carried.keys;
}
