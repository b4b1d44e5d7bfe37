import * as v from 'valibot';

/** Front matter every content page must carry. The build fails on anything else. */
export const frontMatterSchema = v.strictObject({
  title: v.pipe(v.string(), v.trim(), v.minLength(3), v.maxLength(90)),
  summary: v.pipe(v.string(), v.trim(), v.minLength(10), v.maxLength(240)),
  audience: v.pipe(
    v.array(v.picklist(['survivor', 'family', 'professional', 'self'])),
    v.minLength(1),
  ),
  reviewed: v.pipe(v.string(), v.isoDate()),
  sources: v.pipe(
    v.array(
      v.strictObject({
        title: v.pipe(v.string(), v.minLength(3)),
        url: v.pipe(v.string(), v.url(), v.startsWith('https://')),
        /**
         * The area pack id a local source is about (for example a council's own page). It ships
         * only in builds that serve that area, so no other area's build names it.
         */
        area: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
      }),
    ),
    v.minLength(1),
  ),
  section: v.pipe(v.string(), v.regex(/^[a-z][a-z-]*$/)),
  order: v.pipe(v.number(), v.integer()),
  needsReview: v.optional(v.boolean()),
});

export type FrontMatter = v.InferOutput<typeof frontMatterSchema>;
