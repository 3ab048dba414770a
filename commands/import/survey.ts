import {RegisterImportCommand} from '../../src/register-import-command'

export default class ImportSurvey extends RegisterImportCommand {
  static description =
    'Import satisfaction survey answers: response_id, agent, respondent, submitted_at, kepuasan_layanan, substansi_jawaban'
  static examples = ['<%= config.bin %> import survey fixtures/survey.csv']
  protected readonly register = 'survey'
}
