import {join} from 'node:path'
import {importRegisterFile, RegisterName} from '../../src/sources/import-file'
import {Store} from '../../src/store/store'

const DIR = join(__dirname, 'fixtures')

/**
 * The registers nobody on the team wrote (test/metrics/fixtures/odd-*.csv): timestamps in several
 * offsets and without one, instants on month edges, weekends, holidays (1 Jan, Imlek 29 Jan),
 * escalations spanning New Year's Day, unanswered escalations. Loaded through the real importers.
 */
export async function loadOddRegisters(store: Store, scratch: string): Promise<Record<string, number>> {
  const loaded: Record<string, number> = {}
  const files: Array<[RegisterName, string]> = [
    ['tickets', 'odd-tickets.csv'],
    ['survey', 'odd-survey.csv'],
    ['chatbot', 'odd-chatbot.csv'],
    ['visits', 'odd-visits.csv'],
    ['vicon', 'odd-vicon.csv'],
  ]
  for (const [register, file] of files) {
    const s = await importRegisterFile(store, register, join(DIR, file), {rejectsFile: join(scratch, `${register}-rejects.csv`)})
    if (s.rejected) throw new Error(`${file}: ${s.rejected} rows rejected, see ${s.rejects_file}`)
    loaded[register] = s.loaded
  }
  return loaded
}

/**
 * CONTRACT §6 on the odd register, worked out by hand from the csv (reasons beside the rows that
 * need one): [period, metric, dimension, value] in the order computeMetrics lists them.
 */
export const EXPECTED: Array<[string, string, string, number]> = [
  // December 2024: T01–T04, all on 31 December WIB.
  ['2024-12', 'tickets.total', '', 4],
  ['2024-12', 'tickets.channel', 'email', 1],
  ['2024-12', 'tickets.channel', 'phone', 1],
  ['2024-12', 'tickets.channel', 'whatsapp', 2],
  ['2024-12', 'tickets.requester_type', 'kl', 1],
  ['2024-12', 'tickets.requester_type', 'pemda', 3],
  ['2024-12', 'tickets.topic', 'DAU', 2],
  ['2024-12', 'tickets.topic', 'DBH', 1],
  ['2024-12', 'tickets.topic', 'Dana Desa', 1],
  ['2024-12', 'tickets.zone', 'WIB', 1],
  ['2024-12', 'tickets.zone', 'WIT', 1],
  ['2024-12', 'tickets.zone', 'WITA', 1],
  ['2024-12', 'tickets.zone', 'unknown', 1],
  ['2024-12', 'tickets.zone_unknown', 'empty', 1], // T02 writes no region
  ['2024-12', 'tickets.outside_hours', '', 2], // T03 at 17:00 sharp (end is exclusive), T04 at 20:00
  ['2024-12', 'tickets.outside_hours_zone', 'WIT', 1],
  ['2024-12', 'tickets.outside_hours_zone', 'WITA', 1],
  ['2024-12', 'tickets.outside_hours_escalated', '', 2],
  ['2024-12', 'escalations.total', '', 4],
  ['2024-12', 'escalations.unit', 'DDIOKK', 1],
  ['2024-12', 'escalations.unit', 'DTU', 3],
  // T03 answered Mon 6 Jan: H+3 (2, 3, 6 Jan; 1 Jan is a holiday) → 100. DTU: T01 H+1 → 120, T02 H+2 → 100.
  ['2024-12', 'escalations.score_avg', 'DDIOKK', 100],
  ['2024-12', 'escalations.score_avg', 'DTU', 110],
  ['2024-12', 'escalations.unanswered', 'DDIOKK', 0],
  ['2024-12', 'escalations.unanswered', 'DTU', 1],
  // January 2025: T05 (New Year's Day), T06 (31 Dec 17:30Z = 1 Jan 00:30 WIB), T07 (Imlek), T09 (Fri 23:59 WIB).
  ['2025-01', 'tickets.total', '', 4],
  ['2025-01', 'tickets.channel', 'email', 1],
  ['2025-01', 'tickets.channel', 'helpdesk', 1],
  ['2025-01', 'tickets.channel', 'livechat', 1],
  ['2025-01', 'tickets.channel', 'phone', 1],
  ['2025-01', 'tickets.requester_type', 'akademisi', 1],
  ['2025-01', 'tickets.requester_type', 'kl', 1],
  ['2025-01', 'tickets.requester_type', 'lainnya', 1],
  ['2025-01', 'tickets.requester_type', 'pemda', 1],
  ['2025-01', 'tickets.topic', 'DAU', 2],
  ['2025-01', 'tickets.topic', 'PDRD', 1],
  ['2025-01', 'tickets.topic', 'Spam', 1],
  ['2025-01', 'tickets.zone', 'WIB', 1],
  ['2025-01', 'tickets.zone', 'WITA', 1],
  ['2025-01', 'tickets.zone', 'unknown', 2],
  ['2025-01', 'tickets.zone_unknown', 'empty', 1], // T06
  ['2025-01', 'tickets.zone_unknown', 'unrecognised', 1], // T09: a ministry, not a place
  ['2025-01', 'tickets.outside_hours', '', 4],
  ['2025-01', 'tickets.outside_hours_zone', 'WIB', 1],
  ['2025-01', 'tickets.outside_hours_zone', 'WITA', 1],
  ['2025-01', 'tickets.outside_hours_escalated', '', 2], // T07, and T09 whose escalation falls in February
  ['2025-01', 'escalations.total', '', 1],
  ['2025-01', 'escalations.unit', 'PDRD', 1],
  ['2025-01', 'escalations.score_avg', 'PDRD', 100], // escalated on Imlek, answered Fri 31 Jan: H+2
  ['2025-01', 'escalations.unanswered', 'PDRD', 0],
  // C1 at 23:59 WIB on 31 Jan stays in January; C2 at 31 Jan 17:00Z is 1 Feb WIB.
  ['2025-01', 'chatbot.sessions', '', 1],
  ['2025-01', 'chatbot.menu', 'Informasi Pajak dan Retribusi Daerah', 1],
  ['2025-01', 'vicon.total', '', 1],
  // February 2025: T08 (Sat 1 Feb 00:30 WIB), T10 (08:00 sharp, no offset), T11 (07:59:59), T12 (+09:00), T13 (Sat), T14 (Fri 23:00 WIB), T16, T17.
  ['2025-02', 'tickets.total', '', 8],
  ['2025-02', 'tickets.channel', 'email', 3],
  ['2025-02', 'tickets.channel', 'helpdesk', 1],
  ['2025-02', 'tickets.channel', 'livechat', 1],
  ['2025-02', 'tickets.channel', 'whatsapp', 3],
  ['2025-02', 'tickets.requester_type', 'akademisi', 1],
  ['2025-02', 'tickets.requester_type', 'kl', 1],
  ['2025-02', 'tickets.requester_type', 'lainnya', 1],
  ['2025-02', 'tickets.requester_type', 'pemda', 5],
  ['2025-02', 'tickets.topic', 'DAU', 3],
  ['2025-02', 'tickets.topic', 'DBH', 2],
  ['2025-02', 'tickets.topic', 'JFAKPD', 1],
  ['2025-02', 'tickets.topic', 'PDRD', 1],
  ['2025-02', 'tickets.topic', 'Surat Masuk', 1],
  ['2025-02', 'tickets.zone', 'WIB', 2],
  ['2025-02', 'tickets.zone', 'WIT', 2],
  ['2025-02', 'tickets.zone', 'WITA', 2],
  ['2025-02', 'tickets.zone', 'unknown', 2],
  ['2025-02', 'tickets.zone_unknown', 'empty', 2], // T14, T16
  ['2025-02', 'tickets.outside_hours', '', 4],
  ['2025-02', 'tickets.outside_hours_zone', 'WIB', 2],
  ['2025-02', 'tickets.outside_hours_zone', 'WITA', 1],
  ['2025-02', 'tickets.outside_hours_escalated', '', 2],
  ['2025-02', 'escalations.total', '', 5],
  ['2025-02', 'escalations.unit', 'DTU', 3],
  ['2025-02', 'escalations.unit', 'P2D', 1],
  ['2025-02', 'escalations.unit', 'Sekretariat', 1],
  // DTU: T08 H+1 → 120, T09 (escalated Sat 1 Feb 00:00 WIB, answered Mon 10 Feb: H+6) → 80, T16 H+3 → 100.
  ['2025-02', 'escalations.score_avg', 'DTU', 100],
  ['2025-02', 'escalations.score_avg', 'Sekretariat', 120],
  ['2025-02', 'escalations.unanswered', 'DTU', 0],
  ['2025-02', 'escalations.unanswered', 'P2D', 1],
  ['2025-02', 'escalations.unanswered', 'Sekretariat', 0],
  // Linna's S01 at 31 Jan 17:30Z is 1 Feb WIB; Hanna has 6 ratings from 4 users.
  ['2025-02', 'satisfaction.avg', 'Dian', 17 / 4],
  ['2025-02', 'satisfaction.avg', 'Hanna', 59 / 12],
  ['2025-02', 'satisfaction.avg', 'Linna', 45 / 10],
  ['2025-02', 'satisfaction.responses', 'Dian', 2],
  ['2025-02', 'satisfaction.responses', 'Hanna', 6],
  ['2025-02', 'satisfaction.responses', 'Linna', 5],
  ['2025-02', 'satisfaction.respondents', 'Dian', 2],
  ['2025-02', 'satisfaction.respondents', 'Hanna', 4],
  ['2025-02', 'satisfaction.respondents', 'Linna', 5],
  ['2025-02', 'satisfaction.below_minimum', 'Dian', 1],
  ['2025-02', 'satisfaction.below_minimum', 'Hanna', 1],
  ['2025-02', 'satisfaction.below_minimum', 'Linna', 0],
  ['2025-02', 'chatbot.sessions', '', 3],
  ['2025-02', 'chatbot.menu', 'Informasi Anggaran Transfer ke Daerah', 2],
  ['2025-02', 'chatbot.menu', 'Tidak Dilanjutkan', 1],
  ['2025-02', 'visits.total', '', 2],
  ['2025-02', 'visits.guests', '', 21],
  ['2025-02', 'vicon.total', '', 1],
  // March 2025: T15, 28 Feb 17:00Z = Sat 1 Mar 00:00 WIB.
  ['2025-03', 'tickets.total', '', 1],
  ['2025-03', 'tickets.channel', 'whatsapp', 1],
  ['2025-03', 'tickets.requester_type', 'pemda', 1],
  ['2025-03', 'tickets.topic', 'DAU', 1],
  ['2025-03', 'tickets.zone', 'WIB', 1],
  ['2025-03', 'tickets.outside_hours', '', 1],
  ['2025-03', 'tickets.outside_hours_zone', 'WIB', 1],
  ['2025-03', 'tickets.outside_hours_escalated', '', 0],
  ['2025-03', 'escalations.total', '', 0],
  // Dian's S14 at 28 Feb 17:10Z is 1 March WIB.
  ['2025-03', 'satisfaction.avg', 'Dian', 2.5],
  ['2025-03', 'satisfaction.responses', 'Dian', 1],
  ['2025-03', 'satisfaction.respondents', 'Dian', 1],
  ['2025-03', 'satisfaction.below_minimum', 'Dian', 1],
]
