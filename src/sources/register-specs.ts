import {chatbotSpec} from './chatbot'
import {faqSpec} from './faq'
import {RegisterSpec} from './register-spec'
import {rosterSpec} from './roster'
import {surveySpec} from './survey'
import {ticketSpec} from './tickets'
import {viconSpec, visitSpec} from './visits'

export type RegisterName = 'faq' | 'tickets' | 'roster' | 'survey' | 'chatbot' | 'visits' | 'vicon'

/**
 * How each register's rows validate, and nothing of how they are written: the import's worker thread
 * reads this, and stays clear of the store, the audit chain and knex (see `row-forms.ts`).
 */
export const REGISTER_SPECS: Record<RegisterName, RegisterSpec<any>> = {
  faq: faqSpec,
  tickets: ticketSpec,
  roster: rosterSpec,
  survey: surveySpec,
  chatbot: chatbotSpec,
  visits: visitSpec,
  vicon: viconSpec,
}

/** The spec whose `register` is this name (how the import's worker thread is told which register it reads). */
export function registerSpec(register: string): RegisterSpec<any> | undefined {
  return Object.values(REGISTER_SPECS).find((r) => r.register === register)
}
