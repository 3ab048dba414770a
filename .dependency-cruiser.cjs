/**
 * The one-way flow of prime-migrate, checked by `npm run lint`:
 *   commands → src/cli, src/ui → src/plan, src/demo → domains → src/store, src/audit, src/util, src/i18n
 * Each rule names a direction that would turn the flow back on itself.
 */
const DOMAINS = '^src/(sources|kms|tickets|roles|channels|metrics|signoff|handover|workbooks|mappings|fixtures)/'
const BASE = '^src/(store|audit|util|i18n)/|^src/errors\\.ts$'

module.exports = {
  forbidden: [
    {name: 'no-circular', severity: 'error', comment: 'An import cycle makes the flow two-way.', from: {}, to: {circular: true}},
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports is dead code (commands, tests, bench, the fixtures generator, the import worker thread and the help class oclif loads are entry points).',
      from: {orphan: true, pathNot: ['^commands/', '^test/', '^bench/', '^src/fixtures/generate\\.ts$', '\\.d\\.ts$', '^src/store/migrations/', '^src/sources/import-worker\\.ts$', '^src/cli/help\\.ts$']},
      to: {},
    },
    {
      name: 'only-the-demo-command-imports-demo',
      severity: 'error',
      from: {path: '^(src|commands)/', pathNot: ['^commands/demo\\.ts$', '^src/demo/']},
      to: {path: '^src/demo/'},
    },
    {name: 'src-never-imports-commands', severity: 'error', from: {path: '^src/'}, to: {path: '^commands/'}},
    {
      name: 'domains-stay-below-the-terminal',
      severity: 'error',
      comment: 'Domain code reports through callbacks and asks nothing: no oclif, listr2, inquirer, src/ui or src/cli.',
      from: {path: DOMAINS},
      to: {path: ['^src/ui/', '^src/cli/', '^src/base-command\\.ts$', '^src/register-import-command\\.ts$', '@oclif/core', 'listr2', '@inquirer/']},
    },
    {
      name: 'domains-see-only-the-step-contract-of-plan',
      severity: 'error',
      from: {path: DOMAINS},
      to: {path: '^src/plan/', pathNot: '^src/plan/step\\.ts$'},
    },
    {
      name: 'plan-stays-below-the-terminal',
      severity: 'error',
      from: {path: '^src/(plan|demo)/'},
      to: {path: ['^src/ui/', '^src/cli/', '^src/base-command\\.ts$', '@oclif/core', 'listr2', '@inquirer/']},
    },
    {
      name: 'ui-does-not-reach-up',
      severity: 'error',
      from: {path: '^src/ui/'},
      to: {path: ['^src/cli/', '^src/base-command\\.ts$', '^src/register-import-command\\.ts$', '@oclif/core']},
    },
    {
      name: 'base-stays-at-the-bottom',
      severity: 'error',
      comment: 'store, audit, util and i18n serve everyone and import none of the layers above them.',
      from: {path: BASE},
      to: {path: ['^src/(plan|demo|ui|cli)/', DOMAINS, '^src/base-command\\.ts$']},
    },
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    exclude: {path: '^(dist|node_modules)/'},
  },
}
