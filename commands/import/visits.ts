import {RegisterImportCommand} from '../../src/register-import-command'

export default class ImportVisits extends RegisterImportCommand {
  static description = 'Import face-to-face consultations: visit_id, date, region, topics, guests'
  static examples = ['<%= config.bin %> import visits fixtures/visits.csv']
  protected readonly register = 'visits'
}
