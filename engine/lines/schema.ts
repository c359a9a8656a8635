import { z } from 'zod';

/** data/lines/duty-verbs.json (written by `npm run lines:verbs`): the stems of the verbs duties open with. */
export const DutyVerbsFileSchema = z.strictObject({
  source: z.string().min(1),
  verbs: z.array(z.string().regex(/^[a-z][a-z+#-]*$/)).min(100),
});
export type DutyVerbsFile = z.infer<typeof DutyVerbsFileSchema>;
