import type {Catalogue} from '../types'

export const tickets: Catalogue['tickets'] = {
  noArchive: (p) => `${p.dir} is not a ticket archive: there is no manifest.json in it nor in ${p.dir}/archive`,
  noArchiveKnown: (p) => `this store's latest archive is in ${p.dir}: prime-migrate tickets verify ${p.dir}`,
  noArchiveNone:
    'this store has not exported a ticket archive yet: `prime-migrate run tickets` writes it to <output folder>/archive, `prime-migrate tickets export --out DIR` to DIR',
}
