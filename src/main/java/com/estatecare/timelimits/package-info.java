/**
 * Time limits 时限: every promise of the manuals has a clock that starts, pauses
 * and stops on request events, warns before its limit and breaches at it, on
 * the business calendar where the policy says working time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Time limits")
package com.estatecare.timelimits;
