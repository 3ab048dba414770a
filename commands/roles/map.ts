import {BaseCommand} from '../../src/base-command'
import {InputError} from '../../src/errors'
import {mapRoles} from '../../src/roles/map'
import {roleOverview, RoleOverview} from '../../src/roles/show'
import {renderRoles} from '../../src/ui/roles-tables'

export default class RolesMap extends BaseCommand<typeof RolesMap> {
  static description =
    'Apply mappings/roles.yaml to the roster: Kemenkeu Prime agents L1, DJPK L1 → L2, L2 teams → L3, SMEs per topic, routing'
  static examples = ['<%= config.bin %> roles map', '<%= config.bin %> roles map --actor ketua.proyek --json']
  static mutates = true

  async run(): Promise<RoleOverview & {changed: {people: number; sme: number; routing: number}}> {
    const store = await this.store()
    const result = await mapRoles(store)
    const overview = {...(await roleOverview(store.knex)), changed: result.changed}
    this.info(renderRoles(overview))
    this.info(
      `\nDicatat: ${result.changed.people} perubahan peran, ${result.changed.sme} perubahan SME, ${result.changed.routing} perubahan rute (oleh ${store.actor}).`,
    )
    if (result.uncovered.length) {
      // The mapping is recorded; what is left is a person's job, so say exactly which topics.
      throw Object.assign(
        new InputError(
          `roles are mapped, but ${result.uncovered.length} topic(s) have no SME: ${result.uncovered.join(', ')}`,
          'put the topic codes (separated by ;) in the sme column of DJPK L1/L2 people in the roster, `prime-migrate import roster FILE.csv`, then `prime-migrate roles map` again',
        ),
        {details: {uncovered: result.uncovered, changed: result.changed}},
      )
    }
    return overview
  }
}
