import {ChannelState} from '../channels/state'
import {formatDateTime, inLang, msg} from '../i18n'
import {textTable} from './table'

/** One block per channel: what it is, the decision, and for a closing channel its checklist. */
export function renderChannels(channels: ChannelState[]): string {
  const t = msg().tables
  return channels
    .map((c) => {
      const head = t.channelHead({
        code: c.code,
        label: inLang(c.label),
        contact: c.contact_point,
        decision: t.channelDecision[c.decision],
        state: t.channelState[c.state],
        progress: c.decision === 'close' ? `${c.progress.done}/${c.progress.total}` : undefined,
      })
      if (c.decision === 'keep') return `${head}\n${t.continues({what: c.continues ? inLang(c.continues) : '-'})}`
      const rows = c.steps.map((s) => [
        s.step,
        t.stepStatus[s.status] ?? s.status,
        s.actor,
        s.updated_at ? formatDateTime(s.updated_at) : null,
        s.evidence
          ? `${s.evidence_kind === 'file' ? t.evidenceFile({sha: String(s.evidence_sha256).slice(0, 12)}) : ''}${s.evidence}`
          : null,
        s.note,
      ])
      return `${head}\n${textTable(t.channelColumns, rows).replace(/^/gm, '  ')}`
    })
    .join('\n\n')
}
