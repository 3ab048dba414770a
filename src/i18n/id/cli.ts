/** What every command prints around its own output: error labels, the language flag. */
export const cli = {
  error: 'Galat',
  fix: 'Perbaikan',
  waiting: 'Menunggu',
  next: 'Untuk melanjutkan',
  langFlag: 'bahasa keluaran: id (Bahasa Indonesia) atau en (English)',
  unknownLang: (p: {value: string}) => `bahasa "${p.value}" tidak dikenal`,
  unknownLangFix: 'gunakan --lang id atau --lang en (atau PRIME_MIGRATE_LANG)',
}
