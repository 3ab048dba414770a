import {renderChartPng, type ChartSpec} from '../../src/workbooks/charts'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const trend: ChartSpec = {
  title: 'Tiket per bulan',
  xTitle: 'Bulan',
  yTitle: 'Tiket',
  seriesTitle: 'Kanal',
  kind: 'line',
  points: [
    {x: '2025-01', series: 'email', y: 12},
    {x: '2025-02', series: 'email', y: 9},
    {x: '2025-01', series: 'whatsapp', y: 30},
    {x: '2025-02', series: 'whatsapp', y: 41},
  ],
}

/** The PNG's own width and height, from its IHDR chunk. */
function pngSize(png: Buffer): {width: number; height: number} {
  return {width: png.readUInt32BE(16), height: png.readUInt32BE(20)}
}

// vega and vega-lite are ES modules loaded with import(). Every suite that draws a chart loads them
// in its own jest environment; this one and the metrics workbook suites together are what caught a
// loader that kept the first environment's import() after jest had torn it down.
describe('trend charts', () => {
  it('draws a line chart with one line per series as a PNG at twice its nominal size', async () => {
    const {png, width, height} = await renderChartPng(trend)
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
    expect(pngSize(png)).toEqual({width: width * 2, height: height * 2})
    // The spec's 560 × 260 plot area plus title, axes and legend.
    expect(width).toBeGreaterThan(560)
    expect(height).toBeGreaterThan(260)
  })

  it('draws a bar chart of one series without a legend, narrower than the same chart with one', async () => {
    const one = trend.points.filter((p) => p.series === 'email')
    const bars = await renderChartPng({...trend, kind: 'bar', points: one})
    const withLegend = await renderChartPng({...trend, kind: 'bar'})
    expect(bars.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
    expect(bars.width).toBeLessThan(withLegend.width)
  })
})
