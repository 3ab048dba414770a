import {RowError} from './register-spec'
import {msg} from '../i18n'

/** Collects a row's field errors while its values are read; each getter returns undefined on a problem. */
export class RowReader {
  readonly errors: RowError[] = []
  constructor(private readonly raw: Record<string, string | undefined>) {}

  fail(field: string, reason: string): undefined {
    this.errors.push({field, reason})
    return undefined
  }

  /** Trimmed text, or null when empty or absent. */
  optional(field: string, max = 0): string | null {
    const v = this.raw[field]
    const t = v === undefined ? '' : v.trim()
    if (!t) return null
    if (max && t.length > max) {
      this.fail(field, msg().rejects.tooLong({length: t.length, max}))
      return null
    }
    return t
  }

  required(field: string, max = 0): string | undefined {
    const t = this.optional(field, max)
    if (t === null && !this.errors.some((e) => e.field === field)) return this.fail(field, msg().rejects.required)
    return t ?? undefined
  }

  /** One of `choices` (matched case-insensitively, ignoring spaces, dashes and underscores), as its canonical value. */
  choice<T extends string>(field: string, choices: Record<string, T>, required: boolean): T | null | undefined {
    const t = required ? this.required(field) : this.optional(field)
    if (t === undefined || t === null) return t
    const hit = squashedChoice(choices, t)
    if (hit) return hit
    return this.fail(field, msg().rejects.notOneOf({value: t, choices: [...new Set(Object.values(choices))]}))
  }

  /** true/false, 1/0 (also ya/tidak, yes/no); empty is `fallback`. */
  boolean(field: string, fallback: boolean): boolean {
    const t = this.optional(field)
    if (t === null) return fallback
    const v = BOOLEANS[t.toLowerCase()]
    if (v === undefined) {
      this.fail(field, msg().rejects.notBoolean({value: t}))
      return fallback
    }
    return v
  }

  /** A whole number in [min, max]. */
  integer(field: string, min: number, max: number): number | undefined {
    const t = this.required(field)
    if (t === undefined) return undefined
    if (!/^-?\d+$/.test(t)) return this.fail(field, msg().rejects.notWhole({value: t}))
    const n = Number(t)
    if (n < min || n > max) return this.fail(field, msg().rejects.outOfRange({value: n, min, max}))
    return n
  }
}

/** The yes/no spellings registers use, lower case. */
export const BOOLEANS: Record<string, boolean> = {
  true: true,
  false: false,
  1: true,
  0: false,
  yes: true,
  no: false,
  ya: true,
  tidak: false,
  y: true,
  n: false,
}

/** The texts each choice table was asked for and what they came to: a register repeats a handful of spellings. */
const asked = new WeakMap<Record<string, string>, Map<string, string | undefined>>()
const ASKED_LIMIT = 10_000

function squashedChoice<T extends string>(choices: Record<string, T>, text: string): T | undefined {
  let seen = asked.get(choices) as Map<string, T | undefined> | undefined
  if (!seen) asked.set(choices, (seen = new Map()))
  if (seen.has(text)) return seen.get(text)
  const key = squash(text)
  // Own keys only: "constructor" is no channel.
  const hit = Object.hasOwn(choices, key) ? choices[key] : undefined
  if (seen.size >= ASKED_LIMIT) seen.clear()
  seen.set(text, hit)
  return hit
}

/** Lower case without spaces, dashes, underscores and slashes: how labels are compared. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[\s_\-/]+/g, '')
}

/** A choice table whose keys are squashed labels. */
export function choices<T extends string>(entries: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {}
  for (const [label, value] of Object.entries(entries)) out[squash(label)] = value
  return out
}
