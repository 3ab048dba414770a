import {msg} from '../i18n'

/**
 * The prompt library's own words (its key hints "↑↓ navigate • ⏎ select", "y/N", "Yes") in the run's
 * language, through the themes @inquirer/prompts accepts.
 */
export function selectTheme() {
  const m = msg().prompts
  return {style: {keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${m.keys[key] ?? action}`).join(' • ')}}
}

export function confirmOptions(defaultYes = false) {
  const m = msg().prompts
  return {
    default: defaultYes,
    transformer: (answer: boolean) => (answer ? m.yes : m.no),
    theme: {style: {defaultAnswer: () => m.yesNo({defaultYes})}},
  }
}
