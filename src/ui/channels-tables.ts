import {inLang} from '../i18n'
import {ChannelState} from '../channels/state'
import {textTable} from './table'

const STATE_LABEL: Record<ChannelState['state'], string> = {
  kept: 'tetap dilayani',
  open: 'belum dimulai',
  closing: 'sedang ditutup',
  closed: 'TERTUTUP',
}

/** One block per channel: what it is, the decision, and for a closing channel its checklist. */
export function renderChannels(channels: ChannelState[]): string {
  return channels
    .map((c) => {
      const head = `${c.code} — ${inLang(c.label)}\n  kontak: ${c.contact_point}\n  keputusan: ${c.decision === 'keep' ? 'dipertahankan' : 'ditutup'} · status: ${STATE_LABEL[c.state]}${c.decision === 'close' ? ` (${c.progress.done}/${c.progress.total} langkah)` : ''}`
      if (c.decision === 'keep') return `${head}\n  berlanjut: ${c.continues ?? '-'}`
      const rows = c.steps.map((s) => [
        s.step,
        s.status,
        s.actor,
        s.updated_at?.slice(0, 16).replace('T', ' '),
        s.evidence ? `${s.evidence_kind === 'file' ? `[berkas sha256 ${s.evidence_sha256?.slice(0, 12)}] ` : ''}${s.evidence}` : null,
        s.note,
      ])
      return `${head}\n${textTable(['langkah', 'status', 'oleh', 'kapan (UTC)', 'bukti', 'catatan'], rows).replace(/^/gm, '  ')}`
    })
    .join('\n\n')
}
