import { EMPTY_USER_RULES, USER_RULES_KEY, UserRulesSchema, type UserRules } from '../engine/rules/user-rules-schema';
import type { SkillShiftDb } from './db';
import { getSetting, setSetting } from './settings';

/** The user's rule changes; a stale or hand-edited value reads as no changes. */
export const getUserRules = (db: SkillShiftDb): Promise<UserRules> => getSetting(db, USER_RULES_KEY, UserRulesSchema, EMPTY_USER_RULES);

/** Validates (throws a ZodError saying what's wrong) and stores; returns the value as stored. */
export const saveUserRules = (db: SkillShiftDb, value: UserRules): Promise<UserRules> => setSetting(db, USER_RULES_KEY, UserRulesSchema, value);
