// ECharts, tree-shaken: only the renderer, chart types and components the dashboard uses are registered,
// and only the dashboard's chunk imports this file (the workbench's first load carries no chart code).
// SVG rather than canvas: crisp at any zoom, smaller for a few hundred bars, and the bars are elements
// the browser tests can click.
import { use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'

use([SVGRenderer, BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent])
