import { z } from 'zod';

export const CourseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'course ids are kebab-case'),
    title: z.string().min(1),
    provider: z.string().min(1),
    url: z.url({ protocol: /^https$/ }),
    language: z.enum(['en', 'zh']),
    level: z.enum(['beginner', 'intermediate', 'advanced']),
    free: z.boolean(),
    skills: z.array(z.string().min(1)).min(1),
    /** An offer of use only to people in this country (a national service, licence or card); absent: anyone, anywhere. */
    country: z.enum(['cn', 'uk', 'us']).optional(),
    /** Made for people with one of these skills (lawyers, teachers, developers): offered only to a posting or person that has one. */
    audience: z.array(z.string().min(1)).min(1).optional(),
    /**
     * Where this course's address was checked: the https address of a stored page or doc that shows it,
     * or `index:<id>` — the id of a stored public file (search index, `find_string` on the exact URL) that links it.
     */
    checked: z.string().regex(/^(?:https:\/\/\S+|index:\d+)$/, 'checked is an https address or index:<file id>'),
  })
  .strict();

export const CourseFileSchema = z.object({ courses: z.array(CourseSchema).min(1) }).strict();

export type Course = z.infer<typeof CourseSchema>;
export type CourseFile = z.output<typeof CourseFileSchema>;
