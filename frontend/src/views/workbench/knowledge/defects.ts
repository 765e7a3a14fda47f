// The defect feedback screen's charts (项目缺陷反馈): the heat map of a project's buildings and the monthly trend,
// as ECharts options built from the API's answers.

export interface HeatMap {
  by: string
  buildings: string[]
  columns: string[]
  /** [column, row, count] */
  cells: number[][]
  max: number
}

export interface Month {
  month: string
  defects: number
  byCause: Record<string, number>
}

export const CAUSES = ['IN_WARRANTY', 'OUT_OF_WARRANTY', 'UNDETERMINED'] as const

/** The heat map: buildings down, floors or components across, darker where more defects were reported. */
export function heatMapOption(map: HeatMap, columnLabel: (c: string) => string, title: string) {
  return {
    aria: { enabled: true, label: { description: title } },
    tooltip: { position: 'top' },
    grid: { left: 90, right: 20, top: 10, bottom: 80 },
    xAxis: { type: 'category', data: map.columns.map(columnLabel), splitArea: { show: true },
      axisLabel: { rotate: map.by === 'COMPONENT' ? 30 : 0 } },
    yAxis: { type: 'category', data: map.buildings, splitArea: { show: true } },
    visualMap: { min: 0, max: Math.max(1, map.max), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      inRange: { color: ['#f5f7fa', '#fbd38d', '#e53e3e'] } },
    series: [{ type: 'heatmap', data: map.cells, label: { show: map.columns.length <= 20 },
      emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } } }],
  }
}

/** The trend: one stacked bar per month and cause, and the total as a line. */
export function trendOption(months: Month[], causeLabel: (c: string) => string, totalLabel: string) {
  const labels = months.map((m) => m.month.slice(0, 7))
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 20, top: 10, bottom: 50 },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      ...CAUSES.map((cause) => ({ name: causeLabel(cause), type: 'bar', stack: 'cause',
        data: months.map((m) => m.byCause[cause] ?? 0) })),
      { name: totalLabel, type: 'line', data: months.map((m) => m.defects) },
    ],
  }
}

/** The total of the heat map's cells: what the screen names beside it. */
export function total(map: HeatMap | null): number {
  return map ? map.cells.reduce((sum, c) => sum + (c[2] ?? 0), 0) : 0
}
