import {msg} from '../i18n'
import type {DeskproSummary} from '../sources/deskpro'

/** The lines a person reads about a Deskpro import beyond its counts: the era found, hidden tickets by sub-status. */
export function deskproLines(s: DeskproSummary): string[] {
  const m = msg().deskpro
  const lines = [m.era({era: s.era})]
  const parts = Object.entries(s.excluded_by).map(([subStatus, count]) => ({subStatus, count}))
  if (parts.length) lines.push(m.excludedBy({parts}))
  if (s.sub_status_unknown) lines.push(m.unknownSubStatus)
  if (s.unresolved_emails.length)
    lines.push(m.unresolvedEmails({count: s.unresolved_emails.length, refs: s.unresolved_emails.slice(0, 20)}))
  return lines
}
