import type {Catalogue} from '../types'

export const cli: Catalogue['cli'] = {
  error: 'Error',
  fix: 'Fix',
  waiting: 'Waiting',
  next: 'To go on',
  langFlag: 'output language: id (Bahasa Indonesia) or en (English)',
  unknownLang: (p) => `unknown language "${p.value}"`,
  unknownLangFix: 'use --lang id or --lang en (or PRIME_MIGRATE_LANG)',
}
