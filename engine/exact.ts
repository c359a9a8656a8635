/**
 * `true` only when A and B are the same type, all the way down (an optional field, a union member or a nested key
 * on one side only makes it `false`). Assigning `true` to it is the compile-time check that a schema still says
 * what the engine's type says: tests/unit/schema-drift.test.ts shows it refusing each kind of drift.
 */
export type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
