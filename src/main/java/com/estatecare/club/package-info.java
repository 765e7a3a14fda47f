/**
 * The customer club (客户会, SPEC §14, seed 001's 客户会管理手册): owners who join with their consent get a member
 * number and card, a level from the administrator's policy, care greetings on their birthday and the holidays, and a
 * points ledger that is only appended to (earned by the rules of the points policy, redeemed for the company's gifts,
 * expired by policy). It reacts to other modules' events ({@code SurveyAnswered}, and the {@link ActivityAttended}
 * and {@link ReferralSigned} it defines for the activities and sales to come) and reads their public APIs; nothing
 * calls into it. What it does leaves as events: {@code privacy} records the consent and audits membership and
 * points, {@code notifications} sends the greetings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer club")
package com.estatecare.club;
