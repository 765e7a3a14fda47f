import type { components } from '@/api/schema'

// Names for the dashboard's schemas (reporting module, GET /api/v1/dashboard/*).
type S = components['schemas']
export type BucketView = S['BucketView']
export type DrillDown = S['DrillDown']
export type Series = S['Series']
export type VolumeChart = S['VolumeChart']
export type OnTimeChart = S['OnTimeChart']
export type RateSeries = S['RateSeries']
export type GradeChart = S['GradeChart']
export type EscalationChart = S['EscalationChart']
export type HotspotChart = S['HotspotChart']
export type FineChart = S['FineChart']
export type FineCell = S['FineCell']
export type Bucket = 'DAY' | 'WEEK' | 'MONTH'
export type VolumeGroup = 'KIND' | 'CHANNEL' | 'CATEGORY' | 'PROJECT' | 'STATUS'
