import {RegisterImportCommand} from '../../src/register-import-command'

export default class ImportChatbot extends RegisterImportCommand {
  static description = 'Import chatbot sessions: session_id, started_at, menu'
  static examples = ['<%= config.bin %> import chatbot fixtures/chatbot.csv']
  protected readonly register = 'chatbot'
}
