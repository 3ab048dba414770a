import type {Labels} from './id'

/** English labels, the same shape as `id.ts`. */
export const en: Labels = {
  metrics: {
    sheets: {
      overview: 'Overview', channels: 'Channels', topics: 'Topics', users: 'Users', hours: 'Time zones & hours',
      escalations: 'L2 escalations', satisfaction: 'Satisfaction', chatbot: 'Chatbot', visits: 'Visits & vicon', data: 'Data', reconciliation: 'Reconciliation',
    },
    titles: {
      overview: 'Monthly overview: change against the previous month and the same month a year before',
      channels: 'Consultation tickets by channel', topics: 'Tickets by topic', users: 'Tickets by requester type',
      hours: 'Requester time zones and tickets outside service hours', escalations: 'Escalations to Layer 2 by unit, with average scores',
      satisfaction: 'User satisfaction by agent (at least 5 ratings from 5 different users)', chatbot: 'Chatbot sessions by menu',
      visits: 'Face-to-face consultations and video conferences', reconciliation: 'Published figures reconciled with computed ones',
    },
    columns: {
      period: 'Period', indicator: 'Indicator', value: 'Value', previous: 'Previous month', mom: 'Change (month)', lastYear: 'Year before',
      yoy: 'Change (year)', total: 'Total', share: 'Share', topic: 'Topic', menu: 'Menu', unit: 'L2 unit', escalations: 'Escalated tickets',
      unanswered: 'Unanswered', score: 'Average score', agent: 'Agent', satisfaction: 'Average satisfaction', responses: 'Ratings',
      respondents: 'Distinct users', belowMinimum: 'Below minimum', known: 'Zone known', outside: 'Outside hours',
      outsideZone: 'Outside hours', outsideEscalated: 'Outside hours & escalated', outsideEscalatedShare: '% outside hours escalated', visits: 'Face-to-face',
      guests: 'Guests', vicon: 'Video conferences', sessions: 'Chatbot sessions', published: 'Published', computed: 'Computed',
      difference: 'Difference', status: 'Status', metric: 'Metric', dimension: 'Dimension',
    },
    indicators: {
      'tickets.total': 'Consultation tickets', 'tickets.outside_hours': 'Tickets outside service hours', 'escalations.total': 'Tickets escalated to L2',
      'chatbot.sessions': 'Chatbot users', 'visits.total': 'Face-to-face consultations', 'visits.guests': 'Face-to-face guests', 'vicon.total': 'Video conferences',
    },
    channels: {whatsapp: 'WhatsApp', email: 'Email', phone: 'Phone', helpdesk: 'Help Desk', livechat: 'Live Chat'},
    requesterTypes: {pemda: 'Local government', kl: 'Ministries/agencies', akademisi: 'Academics', lainnya: 'Others'},
    zones: {WIB: 'WIB', WITA: 'WITA', WIT: 'WIT', unknown: 'Unknown'},
    yes: 'Yes', no: 'No',
    status: {same: 'Matches', different: 'Differs', missing: 'Not in the data'},
    charts: {
      channels: 'Tickets by channel', total: 'Consultation tickets per month', hours: 'Tickets outside service hours by zone',
      escalations: 'Escalated tickets by L2 unit', chatbot: 'Chatbot users per month', visits: 'Face-to-face and video conferences',
      period: 'Period', count: 'Count', series: 'Series',
    },
    noData: 'No data in this range.',
  },
}
