import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {parse} from 'csv-parse/sync'
import {InputError} from '../errors'
import {msg} from '../i18n'
import {loadMapping, mappingsDir} from '../mappings/load'
import {fold, words} from '../util/fold'

export type Zone = 'WIB' | 'WITA' | 'WIT'
export type Kind = 'KABUPATEN' | 'KOTA' | 'PROVINSI'

/** A province or regency of idn-area-data, with the province and time zone it lies in. */
export interface Place {
  /** idn-area-data's code: `35` for a province, `35.06` for a regency. */
  code: string
  /** idn-area-data's name: `JAWA TIMUR`, `KABUPATEN KEDIRI`. */
  name: string
  kind: Kind
  province: string
  zone: Zone
}

interface Phrase {
  words: string[]
}
export interface KindPhrase extends Phrase {
  kind: Kind
}

/** Every place by every name it goes by, and the words around names, as regions.yaml describes them. */
export interface RegionIndex {
  places: Map<string, Place>
  /** `KIND|FOLDED NAME` → places; a name of two places is kept as two, never reduced to one. */
  byKindName: Map<string, Place[]>
  /** Folded name → places of any kind. */
  byName: Map<string, Place[]>
  /** Place code → provinces it belonged to before it moved. */
  former: Map<string, Set<string>>
  kinds: KindPhrase[]
  prefixes: Phrase[]
  heads: Phrase[]
  abbreviations: Map<string, string[]>
}

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), {columns: true, skip_empty_lines: true, bom: true}) as Record<string, string>[]
}

/** The data package's own files; it is ESM-only, so its CSVs are read directly. */
function areaDataDir(): string {
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data')
}

const longestFirst = <T extends Phrase>(list: T[]): T[] => list.sort((a, b) => b.words.length - a.words.length)

function mappingError(key: string, problem: string): InputError {
  return new InputError(
    msg().errors.regionsInvalid({file: join(mappingsDir(), 'regions.yaml'), key, problem}),
    msg().errors.regionsInvalidFix,
  )
}

/** Build the index from idn-area-data and mappings/regions.yaml; a name regions.yaml gets wrong exits 2 naming it. */
export function buildRegionIndex(): RegionIndex {
  const mapping = loadMapping('regions')
  const dir = areaDataDir()
  const abbreviations = new Map(Object.entries(mapping.word_abbreviations ?? {}).map(([w, full]) => [fold(w), words(full)]))
  const key = (text: string) => fold(words(text).flatMap((w) => abbreviations.get(w) ?? [w]))
  const places = new Map<string, Place>()
  const byOfficial = new Map<string, Place>()
  const byKindName = new Map<string, Place[]>()
  const byName = new Map<string, Place[]>()
  const add = (kind: Kind, name: string, place: Place) => {
    for (const [map, k] of [
      [byKindName, `${kind}|${name}`],
      [byName, name],
    ] as const) {
      const list = map.get(k) ?? []
      if (!list.includes(place)) list.push(place)
      map.set(k, list)
    }
  }
  const provinceByCode = new Map<string, string>()
  for (const p of readCsv(join(dir, 'provinces.csv'))) {
    const zone = mapping.zones[p.name]
    if (!zone) throw mappingError(`zones.${p.name}`, 'the province has no time zone; add it with WIB, WITA or WIT')
    const place: Place = {code: p.code, name: p.name, kind: 'PROVINSI', province: p.name, zone}
    provinceByCode.set(p.code, p.name)
    places.set(place.code, place)
    byOfficial.set(p.name, place)
    add('PROVINSI', key(p.name), place)
  }
  for (const r of readCsv(join(dir, 'regencies.csv'))) {
    const province = provinceByCode.get(r.province_code)
    if (!province) continue
    const kind: Kind = r.name.startsWith('KOTA ') ? 'KOTA' : 'KABUPATEN'
    const place: Place = {code: r.code, name: r.name, kind, province, zone: mapping.zones[province]}
    places.set(place.code, place)
    byOfficial.set(r.name, place)
    // "KOTA ADMINISTRASI JAKARTA PUSAT" is written "Kota Jakarta Pusat" too.
    add(kind, key(r.name.replace(/^(KABUPATEN|KOTA) (ADMINISTRASI )?/, '')), place)
  }
  for (const [alias, official] of Object.entries(mapping.province_aliases)) {
    const place = byOfficial.get(official)
    if (place?.kind !== 'PROVINSI') throw mappingError(`province_aliases.${alias}`, `"${official}" is not a province of idn-area-data`)
    add('PROVINSI', key(alias), place)
  }
  for (const [alias, official] of Object.entries(mapping.regency_aliases ?? {})) {
    const place = byOfficial.get(official)
    if (!place || place.kind === 'PROVINSI')
      throw mappingError(`regency_aliases.${alias}`, `"${official}" is not a regency of idn-area-data`)
    add(place.kind, key(alias), place)
  }
  const former = new Map<string, Set<string>>()
  for (const [province, regencies] of Object.entries(mapping.former_provinces ?? {})) {
    if (byOfficial.get(province)?.kind !== 'PROVINSI')
      throw mappingError(`former_provinces.${province}`, 'is not a province of idn-area-data')
    for (const name of regencies) {
      const place = byOfficial.get(name)
      if (!place || place.kind === 'PROVINSI')
        throw mappingError(`former_provinces.${province}`, `"${name}" is not a regency of idn-area-data`)
      former.set(place.code, (former.get(place.code) ?? new Set()).add(province))
    }
  }
  const phrase = (text: string) => ({words: words(text)})
  const kinds: KindPhrase[] = [
    ...mapping.kinds.kabupaten.map((w) => ({...phrase(w), kind: 'KABUPATEN' as const})),
    ...mapping.kinds.kota.map((w) => ({...phrase(w), kind: 'KOTA' as const})),
    ...mapping.kinds.provinsi.map((w) => ({...phrase(w), kind: 'PROVINSI' as const})),
  ]
  return {
    places,
    byKindName,
    byName,
    former,
    kinds: longestFirst(kinds),
    prefixes: longestFirst(mapping.institution_prefixes.map(phrase)),
    heads: longestFirst((mapping.institution_heads ?? []).map(phrase)),
    abbreviations,
  }
}
