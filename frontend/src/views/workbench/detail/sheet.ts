import type { TimelineEntry } from '@/api/types'

/** How many steps fit on the complaint handling form's one page with the rest of the form. */
export const SHEET_STEPS = 12

/**
 * The steps the printed form lists: the latest `max` in the order they happened, and how many earlier ones
 * were left out (the form says so). Internal entries are listed too: the form is for staff files.
 */
export function sheetSteps(timeline: TimelineEntry[], max = SHEET_STEPS): { steps: TimelineEntry[]; omitted: number } {
  const steps = timeline.slice(-max)
  return { steps, omitted: timeline.length - steps.length }
}
