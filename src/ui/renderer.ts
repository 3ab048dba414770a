/** Which listr2 renderer suits where the output goes: silent for --json, plain lines without a TTY or under CI. */
export function chooseRenderer(opts: {json: boolean; isTTY: boolean; ci: boolean}): 'silent' | 'simple' | 'default' {
  if (opts.json) return 'silent'
  if (!opts.isTTY || opts.ci) return 'simple'
  return 'default'
}

export function currentRenderer(json: boolean): 'silent' | 'simple' | 'default' {
  return chooseRenderer({json, isTTY: Boolean(process.stdout.isTTY), ci: Boolean(process.env.CI)})
}
