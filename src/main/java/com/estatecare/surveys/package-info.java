/**
 * Satisfaction surveys at milestones (满意度调查, SPEC §10): versioned survey templates; a campaign sends one
 * template version to the owners of some projects (buyers before handover, owners after it, or all), all of them
 * or a sample drawn with a recorded seed; the owner answers once in the portal, or staff enter the answer during a
 * call; results per question and per project, with the response rate and the satisfaction figures of
 * docs/kpis.md. The invitations leave through the notifications module's outbox ({@link SurveyInvited}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys")
package com.estatecare.surveys;
