// ECharts, tree-shaken for the defect feedback screen: the heat map, the trend's bars and line. Only this
// screen's chunk imports it.
import { use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components'

use([SVGRenderer, BarChart, HeatmapChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent,
  VisualMapComponent])
