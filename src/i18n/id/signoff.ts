import type {InputChange} from '../input-change'
import {plan} from './plan'

/** What a person reads about the handover draft and the sign-offs on it. */
export const signoff = {
  noDraft: 'draf buku kerja serah terima belum disusun: pengesahan diberikan atas draf itu',
  buildDraft: (p: {command: string}) => `susun draf dengan \`${p.command}\` (langkah handover.draft), periksa berkasnya, lalu sahkan`,
  draftStale: (p: {changed: InputChange[]}) =>
    `draf buku kerja serah terima usang: ${plan.changes(p)} berubah setelah draf disusun; pengesahan atas draf lama tidak berlaku`,
  draftMissing: (p: {path: string}) => `berkas draf ${p.path} tidak ada`,
  draftChanged: (p: {path: string; recorded: string; now: string}) =>
    `berkas draf ${p.path} berubah setelah disusun (SHA-256 tercatat ${p.recorded}, kini ${p.now}): yang akan disahkan bukan draf yang tercatat`,
  defaultStatement: (p: {file: string; sha256: string}) =>
    `Saya telah memeriksa draf buku kerja serah terima ${p.file} (SHA-256 ${p.sha256}) dan menyetujui hasil konsolidasi Contact Center DJPK ke Kemenkeu Prime.`,
  givenStatement: (p: {statement: string; file: string; sha256: string}) =>
    `${p.statement} (Atas draf buku kerja serah terima ${p.file}, SHA-256 ${p.sha256}.)`,
  waitingFor: (p: {roles: string[]; file: string; sha256: string}) =>
    `pengesahan atas draf ${p.file} (SHA-256 ${p.sha256.slice(0, 12)}…) dari ${p.roles.join(', ')}`,
  allSigned: (p: {file: string; sha256: string}) => `semua pihak telah mengesahkan draf ${p.file} (SHA-256 ${p.sha256.slice(0, 12)}…)`,
  recorded: (p: {role: string; name: string; at: string; file: string; sha256: string}) =>
    `Pengesahan tercatat: ${p.role} — ${p.name} (${p.at}), atas draf ${p.file} SHA-256 ${p.sha256}.`,
  draftBuilt: (p: {path: string; sha256: string}) =>
    `draf serah terima ${p.path} (SHA-256 ${p.sha256}) disusun untuk diperiksa dan disahkan`,
  draftNotAudited: (p: {path: string}) => `draf ${p.path}: tidak ada entri audit yang mencatatnya`,
  draftAuditDiffers: (p: {path: string; recorded: string; audited: string}) =>
    `draf ${p.path}: catatannya menyebut SHA-256 ${p.recorded}, sedangkan log audit mencatat ${p.audited}`,
  signedHashDiffers: (p: {role: string; name: string; signed: string; draft: string; path: string}) =>
    `pengesahan ${p.role} oleh ${p.name} mencatat SHA-256 ${p.signed}, padahal draf ${p.path} yang disebutnya ber-SHA-256 ${p.draft}`,
  signoffNotAudited: (p: {role: string; name: string}) => `pengesahan ${p.role} oleh ${p.name}: tidak ada entri audit yang mencatatnya`,
  signoffAuditDiffers: (p: {role: string; name: string; audited: string; sha256: string}) =>
    `pengesahan ${p.role} oleh ${p.name}: log audit mencatat pengesahan oleh ${p.audited} atas SHA-256 ${p.sha256}`,
}
