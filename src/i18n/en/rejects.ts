import type {Catalogue} from '../types'

export const rejects: Catalogue['rejects'] = {
  header: ['row', 'field', 'reason', 'raw row (JSON)'],
  tooLong: (p) => `is ${p.length} characters long; at most ${p.max} fit`,
  required: 'is required and empty',
  notOneOf: (p) => `"${p.value}" is not one of ${p.choices.join(', ')}`,
  notBoolean: (p) => `"${p.value}" is not yes/no, true/false or 1/0`,
  notWhole: (p) => `"${p.value}" is not a whole number`,
  outOfRange: (p) => `${p.value} is outside ${p.min}–${p.max}`,
  dayMonthYear: (p) => `"${p.value}" looks like day/month/year; write timestamps in ISO 8601, e.g. 2025-02-03T08:15:00+07:00`,
  noTime: (p) => `"${p.value}" is not an ISO 8601 timestamp with a time, e.g. 2025-02-03T08:15:00+07:00`,
  invalidDate: (p) =>
    `"${p.value}" is not a valid ISO 8601 ${p.dateOnly ? 'date' : 'timestamp'} (${p.why}); e.g. ${p.dateOnly ? '2025-02-03' : '2025-02-03T08:15:00+07:00'}`,
  notTopic: (p) => `"${p.value}" is not a topic of mappings/topics.yaml; add it there or correct the code`,
  ambiguousTopic: (p) =>
    `"${p.value}" could mean topic ${p.codes.map((c) => `"${c}"`).join(' or ')} of mappings/topics.yaml; write the topic code`,
  notTeam: (p) => `"${p.value}" is not an L2 team of mappings/roles.yaml (${p.teams})`,
  escalatedAtNeeded: (p) => `is required when escalated_unit is set (${p.unit})`,
  escalatedUnitNeeded: 'is required when escalated_at is set',
  respondedWithoutEscalation: 'is set but the ticket has no escalated_at',
  notTopics: (p) =>
    `${p.values.map((u) => `"${u}"`).join(', ')} ${p.values.length > 1 ? 'are not topics' : 'is not a topic'} of mappings/topics.yaml; list topic codes separated by ";", or write yes/no (true/false) for the topics of the unit`,
  notEmail: (p) => `"${p.value}" is not an e-mail address`,
  notJson: (p) => `is not valid JSON: ${p.why}`,
  notJsonObject: 'is not a JSON object',
  unreadable: 'row could not be read',
  notValidated: (p) => `row could not be validated: ${p.why}`,
  width: (p) => `has ${p.fields} fields but the header has ${p.width}; check for an unquoted comma`,
  repeatedKey: (p) =>
    `${p.key} "${p.value}" already appears in this file (${p.earlier !== undefined ? `row ${p.earlier}` : 'an earlier row'}); a key may appear only once`,
}
