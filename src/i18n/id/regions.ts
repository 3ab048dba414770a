import {formatNumber} from '../format'

/** Region resolution as people meet it: after an import, and the worklist of unresolved region texts. */
export const regions = {
  importLine: (p: {unresolved: number; empty: number}) =>
    `wilayah belum terselesaikan: ${formatNumber(p.unresolved, 'id')} baris; wilayah kosong: ${formatNumber(p.empty, 'id')} baris`,
  importHint: 'daftar kerjanya: prime-migrate mappings unresolved --out wilayah.xlsx',
  status: {
    resolved: 'dikenali',
    empty: 'wilayah kosong',
    unrecognised: 'tidak dikenali',
    ambiguous: 'ambigu (beberapa provinsi)',
    not_a_region: 'bukan wilayah (diputuskan)',
  } as Record<string, string>,
}
