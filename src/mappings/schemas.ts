import {z} from 'zod'
import {topicNameClashes, topicNames} from './topic-names'

/**
 * What this file's own checks find wrong, as stable codes rather than prose, so schema-problems.ts can
 * say each in the run's language. A custom issue carries its code as `params.problem`; a regex or type
 * check, which takes only a message, carries it as the message.
 */
export const OWN_PROBLEMS = [
  'date',
  'time',
  'snakeCase',
  'bilingual',
  'stepMissing',
  'archiveStepSkippable',
  'unknownNeed',
  'needsCycle',
  'topicNameClash',
] as const
export type OwnProblem = (typeof OWN_PROBLEMS)[number]
const problem = (code: OwnProblem, more: Record<string, string> = {}) => ({code: z.ZodIssueCode.custom, params: {problem: code, ...more}})

const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date' satisfies OwnProblem)
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time' satisfies OwnProblem)
const zone = z.enum(['WIB', 'WITA', 'WIT'])
// A label people read: both languages, so a run in either never shows the other.
const bilingual = z.object({id: z.string().min(1), en: z.string().min(1)}, {invalid_type_error: 'bilingual' satisfies OwnProblem}).strict()

export const topicsSchema = z
  .object({
    topics: z.record(
      z.string().min(1),
      z
        .object({
          label: z.string().min(1),
          // Other names registers write the topic by; a spelling that folds to the code needs none.
          aliases: z.array(z.string().min(1)).optional(),
          kms_category: z.string().min(1).nullable(),
          l3_unit: z.string().min(1),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((m, ctx) => {
    for (const {name, other} of topicNameClashes(topicNames(m.topics)))
      ctx.addIssue({
        ...problem('topicNameClash', {
          topic: name.topic,
          kind: name.kind,
          name: name.name,
          other: other.topic,
          otherKind: other.kind,
          otherName: other.name,
          key: name.key,
        }),
        path: ['topics', ...name.path],
      })
  })

export const rolesSchema = z
  .object({
    levels: z.object({PRIME: z.literal('L1'), L1: z.literal('L2'), L2: z.literal('L3')}).strict(),
    sme_roles: z.array(z.enum(['L1', 'L2', 'PRIME'])).min(1),
    teams: z.record(z.string().min(1), z.object({label: z.string().min(1), deskpro_account: z.string().min(1).nullable()}).strict()),
    // Topics that need no SME (not knowledge: spam); every other topic of topics.yaml must have one.
    sme_not_needed: z.array(z.string().min(1)).optional(),
    routing: z
      .object({l1: z.string().min(1), l2: z.string().min(1)})
      .strict()
      .optional(),
  })
  .strict()

const snakeCase = z.string().regex(/^[a-z_]+$/, 'snakeCase' satisfies OwnProblem)
export const REQUIRED_CLOSING_STEPS = [
  'announce',
  'redirect',
  'settle_open_tickets',
  'final_export',
  'deactivate',
  'verify_closed',
  'decommission',
] as const

export const channelsSchema = z
  .object({
    steps: z
      .record(
        snakeCase,
        z
          .object({
            label: bilingual,
            needs: z.array(snakeCase),
            requires_archive: z.boolean().optional(),
            // Who does the step; shown where a gate waits on it.
            owner: bilingual.optional(),
            // `done` needs evidence (a file, a URL or a statement).
            evidence: z.enum(['required', 'optional']).optional(),
            // A step that may be skipped (with a note) settles what needs it; one that may not must be done.
            may_skip: z.boolean().optional(),
          })
          .strict(),
      )
      .superRefine((steps, ctx) => {
        for (const s of REQUIRED_CLOSING_STEPS) if (!steps[s]) ctx.addIssue({...problem('stepMissing'), path: [s]})
        for (const [name, step] of Object.entries(steps))
          if (step.requires_archive && step.may_skip !== false) ctx.addIssue({...problem('archiveStepSkippable'), path: [name, 'may_skip']})
        for (const [name, step] of Object.entries(steps)) {
          for (const need of step.needs) if (!steps[need]) ctx.addIssue({...problem('unknownNeed', {need}), path: [name, 'needs']})
        }
        // A cycle would leave its steps waiting on each other for ever.
        const reaches = (from: string, target: string, seen: Set<string>): boolean =>
          (steps[from]?.needs ?? []).some((n) => n === target || (!seen.has(n) && (seen.add(n), reaches(n, target, seen))))
        for (const name of Object.keys(steps))
          if (reaches(name, name, new Set())) ctx.addIssue({...problem('needsCycle'), path: [name, 'needs']})
      }),
    channels: z.record(
      snakeCase,
      z
        .object({
          label: bilingual,
          // How plan step titles name the channel ("Kanal Telepon ditutup"); the label when absent.
          short_label: bilingual.optional(),
          contact_point: z.string().min(1),
          decision: z.enum(['close', 'keep']),
          continues: bilingual.optional(),
        })
        .strict(),
    ),
  })
  .strict()

export const regionsSchema = z
  .object({
    institution_prefixes: z.array(z.string().min(1)),
    institution_heads: z.array(z.string().min(1)).optional(),
    kinds: z
      .object({kabupaten: z.array(z.string().min(1)), kota: z.array(z.string().min(1)), provinsi: z.array(z.string().min(1))})
      .strict(),
    word_abbreviations: z.record(z.string().min(1), z.string().min(1)).optional(),
    province_aliases: z.record(z.string().min(1), z.string().min(1)),
    // Names are idn-area-data's; one that is not there is reported when the regions are first used.
    regency_aliases: z.record(z.string().min(1), z.string().min(1)).optional(),
    former_provinces: z.record(z.string().min(1), z.array(z.string().min(1))).optional(),
    zones: z.record(z.string().min(1), zone),
  })
  .strict()

export const serviceHoursSchema = z
  .object({
    timezone: z.literal('Asia/Jakarta'),
    days: z.array(z.number().int().min(1).max(7)).min(1),
    start: hhmm,
    end: hhmm,
  })
  .strict()

export const holidaysSchema = z.object({holidays: z.record(ymd, z.string().min(1))}).strict()

export const faqColumnsSchema = z
  .object({
    columns: z.record(
      z.enum(['no', 'topic', 'sub_topic', 'question', 'answer', 'legal_basis', 'correction', 'status', 'updated', 'contributor']),
      z.array(z.string().min(1)).min(1),
    ),
  })
  .strict()

export const deskproSchema = z
  .object({
    fields: z.object({channel: z.string().min(1), requester_type: z.string().min(1), confidential: z.string().min(1)}).strict(),
    channel: z.record(z.string().min(1), z.enum(['whatsapp', 'email', 'phone', 'livechat', 'helpdesk'])),
    requester_type: z.record(z.string().min(1), z.enum(['pemda', 'kl', 'akademisi', 'lainnya'])),
    status: z.record(z.string().min(1), z.enum(['open', 'resolved', 'closed'])),
    topic_from: z.enum(['category', 'department']).default('category'),
    topics: z.record(z.string().min(1), z.string().min(1)).default({}),
    teams: z.record(z.string().min(1), z.string().min(1)).default({}),
    escalation_action: z.string().min(1),
    batch_size: z.number().int().min(1).max(100000),
  })
  .strict()

export const MAPPING_SCHEMAS = {
  topics: topicsSchema,
  roles: rolesSchema,
  channels: channelsSchema,
  regions: regionsSchema,
  'service-hours': serviceHoursSchema,
  holidays: holidaysSchema,
  'faq-columns': faqColumnsSchema,
  deskpro: deskproSchema,
} as const

export type MappingName = keyof typeof MAPPING_SCHEMAS
export type Mapping<N extends MappingName> = z.infer<(typeof MAPPING_SCHEMAS)[N]>
