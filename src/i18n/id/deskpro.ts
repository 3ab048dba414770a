/** What `import tickets --deskpro` tells a person beyond the import counts. */
export const deskpro = {
  era: (p: {era: 'v4' | 'v5' | '2019+' | 'contract'}) =>
    ({
      v4: 'Basis data Deskpro dikenali sebagai DeskPRO 4 (ada kolom tickets.date_closed)',
      v5: 'Basis data Deskpro dikenali sebagai Deskpro 5 (ada kolom tickets.date_archived, tanpa tabel ticket_statuses)',
      '2019+': 'Basis data Deskpro dikenali sebagai Deskpro 2019+ (ada tabel ticket_statuses)',
      contract:
        'Basis data Deskpro dikenali sebagai skema ringkas CONTRACT §3.3 (tanpa tickets.date_closed, tickets.date_archived maupun ticket_statuses)',
    })[p.era],
  excludedBy: (p: {parts: {subStatus: string; count: number}[]}) =>
    `Tiket tersembunyi yang tidak diimpor, per sub-status: ${p.parts.map((x) => `${x.subStatus} ${x.count}`).join(', ')}`,
  unknownSubStatus:
    'sub-status tiket tersembunyi tidak terbaca (tabel tickets tidak punya foreign key ke ticket_statuses); tiket itu dihitung sebagai "unknown"',
  multipleOptions: (p: {field: string; options: string[]}) =>
    `kolom kustom "${p.field}" berisi beberapa pilihan yang berbeda artinya (${p.options.join(', ')}); sisakan satu pilihan pada tiket di Deskpro`,
  unresolvedEmails: (p: {count: number; refs: string[]}) =>
    `${p.count} tiket tanpa requester_email: pemohonnya punya beberapa alamat e-mail dan basis data ini tidak menyimpan alamat yang dipakai tiket (${p.refs.join(', ')}${p.count > p.refs.length ? ', …' : ''})`,
  missingTables: (p: {url: string; tables: string[]}) => `basis data Deskpro ${p.url} tidak memiliki tabel ${p.tables.join(', ')}`,
  missingTablesFix: 'periksa nama basis data di URL; pengguna cukup punya hak SELECT atas basis data Deskpro',
}
