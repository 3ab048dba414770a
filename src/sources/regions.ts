import {distance} from 'fastest-levenshtein'
import {buildRegionIndex, Kind, Place, RegionIndex, Zone} from './region-index'
import {fold, words} from '../util/fold'
import {leading, splitHint} from './region-text'

export type {Kind, Place, Zone}
export interface Region {
  province: string
  zone: Zone
}

/**
 * What region text comes to: `resolved` (one province), `empty` (nothing written), `unrecognised`
 * (no place by that name), `ambiguous` (places in several provinces), `not_a_region` (a person
 * decided the text names no place, e.g. a ministry).
 */
export type RegionStatus = 'resolved' | 'empty' | 'unrecognised' | 'ambiguous' | 'not_a_region'
export const UNRESOLVED_STATUSES = ['unrecognised', 'ambiguous', 'not_a_region'] as const

export interface RegionResolution {
  status: RegionStatus
  province: string | null
  zone: Zone | null
  /** The places the text names: one province's when resolved, several provinces' when ambiguous, none otherwise. */
  candidates: Place[]
  /** Resolved by a person's decision recorded in the store (`mappings apply`), not by the mappings. */
  decided: boolean
}

/** A person's decision on one region text: the place it names, or null for "names no region". */
export interface LocalAlias {
  key: string
  code: string | null
}

let index: RegionIndex | undefined
let local = new Map<string, string | null>()
const cache = new Map<string, RegionResolution>()
const CACHE_LIMIT = 100_000

const ix = (): RegionIndex => (index ??= buildRegionIndex())

/** Build the place index now rather than at first use: the import does it while its worker reads the first batch. */
export function loadRegionIndex(): void {
  ix()
}

/** The key a decision on region text is recorded under: the text folded as names are compared. */
export function aliasKey(text: string): string {
  return fold(words(text))
}

/** Use these decisions (from the store) from now on; the import and `mappings apply` load them first. */
export function setLocalAliases(aliases: LocalAlias[]): void {
  local = new Map(aliases.map((a) => [a.key, a.code]))
  cache.clear()
}

/** The decisions in use, to hand to the import's worker thread. */
export function localAliases(): LocalAlias[] {
  return [...local].map(([key, code]) => ({key, code}))
}

/** Forget the loaded index, decisions and results (tests that point PRIME_MIGRATE_MAPPINGS elsewhere). */
export function clearRegionCache(): void {
  index = undefined
  local = new Map()
  cache.clear()
}

/** Every place of idn-area-data, provinces first, in code order. */
export function allPlaces(): Place[] {
  return [...ix().places.values()].sort((a, b) =>
    (a.kind === 'PROVINSI') === (b.kind === 'PROVINSI') ? (a.code < b.code ? -1 : 1) : a.kind === 'PROVINSI' ? -1 : 1,
  )
}

export function placeByCode(code: string): Place | undefined {
  return ix().places.get(code)
}

function expanded(i: RegionIndex, text: string): string[] {
  return words(text).flatMap((w) => i.abbreviations.get(w) ?? [w])
}

function byKind(i: RegionIndex, kind: Kind, name: string[]): Place[] {
  return name.length ? (i.byKindName.get(`${kind}|${fold(name)}`) ?? []) : []
}

/** The institution words stripped: what is left, and whether an institution's name of any length began it. */
function stripInstitution(i: RegionIndex, list: string[]): {w: string[]; headed: boolean} {
  let w = list
  for (;;) {
    if (leading(w, i.kinds)) return {w, headed: false}
    const prefix = leading(w, i.prefixes)
    if (prefix) {
      w = w.slice(prefix.words.length)
      continue
    }
    const head = leading(w, i.heads)
    return head ? {w: w.slice(head.words.length), headed: true} : {w, headed: false}
  }
}

/** The places the words name, trying the readings a person would, from the most to the least literal. */
function findPlaces(i: RegionIndex, list: string[]): Place[] {
  const {w, headed} = stripInstitution(i, list)
  if (!w.length) return []
  const kind = leading(w, i.kinds)
  const named = kind ? byKind(i, kind.kind, w.slice(kind.words.length)) : []
  if (named.length) return named
  // "Kota Baru" is how many write Kabupaten Kotabaru: the whole text as one name.
  const whole = i.byName.get(fold(w)) ?? []
  if (whole.length) return whole
  // A kind further on: "Badan Pusat Statistik Kabupaten Sleman".
  for (let at = 1; at < w.length; at++) {
    const later = leading(w.slice(at), i.kinds)
    const found = later ? byKind(i, later.kind, w.slice(at + later.words.length)) : []
    if (found.length) return found
  }
  // "Dinas Pendidikan Sleman": the end of an institution's name.
  if (headed)
    for (let at = 1; at < w.length; at++) {
      const found = i.byName.get(fold(w.slice(at))) ?? []
      if (found.length) return found
    }
  return []
}

const provinceOf = (i: RegionIndex, text: string): Place | undefined => {
  const found = byKind(i, 'PROVINSI', expanded(i, text))
  return found.length === 1 ? found[0] : undefined
}

function outcome(status: RegionStatus, candidates: Place[], decided = false): RegionResolution {
  const provinces = [...new Set(candidates.map((c) => c.province))]
  if (status === 'resolved' && provinces.length === 1) {
    const zone = candidates[0].zone
    return {status, province: provinces[0], zone, candidates, decided}
  }
  return {
    status: status === 'resolved' ? (provinces.length > 1 ? 'ambiguous' : 'unrecognised') : status,
    province: null,
    zone: null,
    candidates,
    decided,
  }
}

function resolve(i: RegionIndex, text: string): RegionResolution {
  const key = aliasKey(text)
  if (!key) return outcome('empty', [])
  if (local.has(key)) {
    const code = local.get(key)
    const place = code ? i.places.get(code) : undefined
    // A decision naming a code idn-area-data no longer has is no decision: the text is read afresh.
    if (code === null) return outcome('not_a_region', [], true)
    if (place) return outcome('resolved', [place], true)
  }
  const split = splitHint(text)
  const hint = split.hint !== undefined ? provinceOf(i, split.hint) : undefined
  // "Dinas Pendidikan, Kota Bandung": a comma before something that is not a province is just a comma.
  const body = split.hint !== undefined && !hint && split.by === 'comma' ? text : split.rest
  const found = findPlaces(i, expanded(i, body))
  if (!hint) return outcome('resolved', found)
  const agreeing = found.filter((p) => p.province === hint.province || i.former.get(p.code)?.has(hint.province))
  // The place and the province written beside it disagree ("Kab. Sleman (Jawa Timur)"): a person decides.
  if (!agreeing.length) return outcome('unrecognised', [...found, hint])
  return outcome('resolved', agreeing)
}

/** How region text resolves (CONTRACT §3.2 `region`): never a guess between places of different provinces. */
export function explainRegion(text: string | null | undefined): RegionResolution {
  if (!text || !text.trim()) return outcome('empty', [])
  const hit = cache.get(text)
  if (hit) return hit
  const result = resolve(ix(), text)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(text, result)
  return result
}

/**
 * Province and time zone of region text as users write it ("Kab. Kediri", "BPKAD Prov. Papua").
 * Unknown or ambiguous text gives undefined: a zone is never guessed.
 */
export function resolveRegion(text: string | null | undefined): Region | undefined {
  const r = explainRegion(text)
  return r.status === 'resolved' && r.province && r.zone ? {province: r.province, zone: r.zone} : undefined
}

export interface Suggestion {
  place: Place
  /** 1 for the same name (of another kind), less the further the spelling is. */
  score: number
}

const SUGGEST_MIN = 0.75

/**
 * The places a person would consider for text that resolves to none or to several: the several
 * themselves, else names spelled alike (the same name of another kind scores 1). Only a list for a
 * person to choose from; nothing is resolved by it.
 */
export function suggestPlaces(text: string, limit = 3): Suggestion[] {
  const i = ix()
  const r = explainRegion(text)
  if (r.status === 'ambiguous' || (r.status === 'unrecognised' && r.candidates.length))
    return r.candidates.slice(0, Math.max(limit, r.candidates.length)).map((place) => ({place, score: 1}))
  const {w} = stripInstitution(i, expanded(i, splitHint(text).rest))
  const kind = leading(w, i.kinds)
  const name = fold(kind ? w.slice(kind.words.length) : w)
  if (name.length < 3) return []
  const best = new Map<string, Suggestion>()
  for (const [key, places] of i.byName) {
    const similar = 1 - distance(name, key) / Math.max(name.length, key.length)
    const contained = name.length >= 5 && (key.includes(name) || name.includes(key)) && key.length >= 5 ? 0.8 : 0
    const score = Math.max(similar, contained)
    if (score < SUGGEST_MIN) continue
    for (const place of places) if ((best.get(place.code)?.score ?? 0) < score) best.set(place.code, {place, score})
  }
  const sameKind = (p: Place) => (kind && p.kind === kind.kind ? 0 : 1)
  return [...best.values()]
    .sort((a, b) => b.score - a.score || sameKind(a.place) - sameKind(b.place) || (a.place.name < b.place.name ? -1 : 1))
    .slice(0, limit)
}
