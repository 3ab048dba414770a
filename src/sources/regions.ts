import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {loadMapping} from '../mappings/load'

export type Zone = 'WIB' | 'WITA' | 'WIT'
export interface Region {
  province: string
  zone: Zone
}

interface Index {
  /** Province name or alias (normalised) → official province name. */
  provinces: Map<string, string>
  /** "KABUPATEN X" / "KOTA X" (normalised) → province name. */
  regencies: Map<string, string>
  /** Bare regency name → its province, or null when the name lies in several provinces. */
  bare: Map<string, string | null>
  zones: Map<string, Zone>
  prefixes: string[]
  kinds: {word: string; kind: 'KABUPATEN' | 'KOTA' | 'PROVINSI'}[]
}

let index: Index | undefined

function norm(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s,]+/g, ' ')
    .trim()
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), {columns: true, skip_empty_lines: true, bom: true}) as Record<string, string>[]
}

/** The data package's own files; it is ESM-only, so its CSVs are read directly. */
function areaDataDir(): string {
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data')
}

function buildIndex(): Index {
  const mapping = loadMapping('regions')
  const dir = areaDataDir()
  const provinceByCode = new Map<string, string>()
  const provinces = new Map<string, string>()
  for (const p of readCsv(join(dir, 'provinces.csv'))) {
    provinceByCode.set(p.code, p.name)
    provinces.set(norm(p.name), p.name)
  }
  for (const [alias, official] of Object.entries(mapping.province_aliases)) {
    if ([...provinceByCode.values()].includes(official)) provinces.set(norm(alias), official)
  }
  const regencies = new Map<string, string>()
  const bare = new Map<string, string | null>()
  for (const r of readCsv(join(dir, 'regencies.csv'))) {
    const province = provinceByCode.get(r.province_code)
    if (!province) continue
    const name = norm(r.name)
    regencies.set(name, province)
    // "KOTA ADMINISTRASI JAKARTA PUSAT" is written "Kota Jakarta Pusat" too.
    const plain = name.replace(/^(KABUPATEN|KOTA) ADMINISTRASI /, '$1 ')
    regencies.set(plain, province)
    const stem = plain.replace(/^(KABUPATEN|KOTA) /, '')
    const seen = bare.get(stem)
    bare.set(stem, seen === undefined || seen === province ? province : null)
  }
  const kinds: Index['kinds'] = []
  for (const w of mapping.kinds.kabupaten) kinds.push({word: norm(w), kind: 'KABUPATEN'})
  for (const w of mapping.kinds.kota) kinds.push({word: norm(w), kind: 'KOTA'})
  for (const w of mapping.kinds.provinsi) kinds.push({word: norm(w), kind: 'PROVINSI'})
  kinds.sort((a, b) => b.word.length - a.word.length)
  const prefixes = [...new Set(mapping.institution_prefixes.map(norm))].sort((a, b) => b.length - a.length)
  return {provinces, regencies, bare, zones: new Map(Object.entries(mapping.zones)), prefixes, kinds}
}

function startsWithWord(text: string, word: string): boolean {
  if (!text.startsWith(word)) return false
  const next = text.charAt(word.length)
  return next === '' || next === ' ' || word.endsWith('.')
}

function strip(text: string, word: string): string {
  return text.slice(word.length).trim()
}

function provinceOf(ix: Index, text: string): string | undefined {
  let t = text
  for (let again = true; again;) {
    again = false
    for (const p of ix.prefixes) {
      if (startsWithWord(t, p)) {
        t = strip(t, p)
        again = true
        break
      }
    }
  }
  const kind = ix.kinds.find((k) => startsWithWord(t, k.word))
  if (kind) {
    const name = strip(t, kind.word)
    if (!name) return undefined
    if (kind.kind === 'PROVINSI') return ix.provinces.get(name)
    return ix.regencies.get(`${kind.kind} ${name}`)
  }
  // No kind word: a province name, else a regency name that lies in one province only.
  return ix.provinces.get(t) ?? ix.bare.get(t) ?? undefined
}

/**
 * Province and time zone of region text as users write it ("Kab. Kediri", "BPKAD Prov. Papua").
 * Unknown or ambiguous text gives undefined: a zone is never guessed.
 */
export function resolveRegion(text: string | null | undefined): Region | undefined {
  if (!text) return undefined
  const t = norm(text)
  if (!t) return undefined
  index ??= buildIndex()
  const province = provinceOf(index, t)
  const zone = province ? index.zones.get(province) : undefined
  return province && zone ? {province, zone} : undefined
}

/** Forget the loaded index (tests that point PRIME_MIGRATE_MAPPINGS elsewhere). */
export function clearRegionCache(): void {
  index = undefined
}
