/**
 * Revisits 回访 (SPEC §10): every completed repair gets a revisit task, due within the revisit policy's days;
 * the specialist asks the questionnaire (a versioned template: overall satisfaction, whether the first-contact
 * department followed up, a free comment) by phone, on a home visit or during an activity; the answer is the
 * request's own revisit step, and an unsatisfied answer sends the request to a second handling (二次处理).
 * Revisit coverage (回访率, revisited ÷ due) is measured per organisation node and period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Revisits")
package com.estatecare.revisits;
