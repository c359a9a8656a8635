/** Adds `value` to the list `groups` keeps under `key`, in place (a copy of the list at each add grows with its square). */
export function pushTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}
