import {Resvg} from '@resvg/resvg-js'
/**
 * Trend charts as PNG images: a vega-lite spec, drawn to SVG by vega and rasterised by resvg.
 * exceljs cannot write native charts; an image shows the same in Excel and LibreOffice.
 */

let engines: Promise<{vega: any; vegaLite: any}> | undefined
function loadEngines(): Promise<{vega: any; vegaLite: any}> {
  // vega and vega-lite ship only as ES modules; module node16 keeps this import() as it is in the
  // CommonJS build. One after the other: the two share modules, and loading both graphs at once trips
  // jest's ESM loader.
  engines ??= import('vega').then(async (vega) => ({vega, vegaLite: await import('vega-lite')}))
  return engines
}

export interface ChartPoint {
  x: string
  series: string
  y: number
}

export interface ChartSpec {
  title: string
  xTitle: string
  yTitle: string
  seriesTitle: string
  kind: 'line' | 'bar'
  points: ChartPoint[]
  width?: number
  height?: number
}

export const CHART_FONT = 'DejaVu Sans'

function vegaLiteSpec(c: ChartSpec): Record<string, unknown> {
  const series = new Set(c.points.map((p) => p.series)).size > 1
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {text: c.title, font: CHART_FONT, fontSize: 15},
    width: c.width ?? 560,
    height: c.height ?? 260,
    background: 'white',
    config: {
      font: CHART_FONT,
      axis: {labelFont: CHART_FONT, titleFont: CHART_FONT},
      legend: {labelFont: CHART_FONT, titleFont: CHART_FONT},
    },
    data: {values: c.points},
    mark: c.kind === 'line' ? {type: 'line', point: true} : {type: 'bar'},
    encoding: {
      x: {field: 'x', type: 'ordinal', title: c.xTitle, axis: {labelAngle: -45}},
      y: {field: 'y', type: 'quantitative', title: c.yTitle, ...(c.kind === 'bar' ? {stack: 'zero'} : {})},
      ...(series ? {color: {field: 'series', type: 'nominal', title: c.seriesTitle}} : {}),
    },
  }
}

/** Draw one chart to PNG (twice the nominal size, so it stays sharp when zoomed). */
export async function renderChartPng(chart: ChartSpec): Promise<{png: Buffer; width: number; height: number}> {
  const {vega, vegaLite} = await loadEngines()
  const compiled = vegaLite.compile(vegaLiteSpec(chart)).spec
  const view = new vega.View(vega.parse(compiled), {renderer: 'none'})
  const svg: string = await view.toSVG()
  view.finalize()
  const rendered = new Resvg(svg, {font: {loadSystemFonts: true, defaultFontFamily: CHART_FONT}, fitTo: {mode: 'zoom', value: 2}}).render()
  return {png: rendered.asPng(), width: rendered.width / 2, height: rendered.height / 2}
}
