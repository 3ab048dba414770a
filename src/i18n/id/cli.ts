/** What every command prints around its own output: error labels, the language flag. */
export const cli = {
  error: 'Galat',
  fix: 'Perbaikan',
  waiting: 'Menunggu',
  next: 'Untuk melanjutkan',
  parse: {
    flagOption: (p: {flag: string; value: string}) => `nilai --${p.flag} "${p.value}" tidak dikenal`,
    argOption: (p: {value: string}) => `"${p.value}" tidak dikenal`,
    useOneOf: (p: {options: string}) => `gunakan salah satu dari: ${p.options}`,
    missingArgs: (p: {args: string[]}) => `argumen wajib belum diberikan: ${p.args.join(', ')}`,
    unexpectedArgs: (p: {args: string}) => `argumen yang tidak dikenal: ${p.args}`,
    unknownFlags: (p: {flags: string}) => `flag yang tidak dikenal: ${p.flags}`,
    exclusive: (p: {flag: string; other: string}) => `--${p.flag} tidak dapat dipakai bersama --${p.other}`,
    dependsOn: (p: {flag: string; needs: string}) => `--${p.flag} memerlukan juga ${p.needs}`,
    oneOf: (p: {flag: string; needs: string}) => `--${p.flag} memerlukan salah satu dari ${p.needs}`,
    requiredFlag: (p: {flag: string}) => `flag wajib ${p.flag} belum diberikan`,
    help: 'lihat bantuan perintah ini dengan --help',
  },
}
