/**
 * The customer club (客户会, SPEC §14, seed 001's 客户会管理手册): owners who join with their consent get a member
 * number and card, a level from the administrator's policy, care greetings on their birthday and the holidays, and a
 * points ledger that is only appended to (earned by the rules of the points policy, redeemed for the company's gifts,
 * expired by policy); the partner merchants (联盟商家) with their offers, members' ratings, complaints and yearly
 * assessment by policy; the member magazine (会刊), published once to the members who opted in; and the activities
 * (会员活动) with their sign-ups, check-in and evaluation, and the yearly and monthly activity plans per project
 * approved by another club manager and read planned against actual ({@link ActivityCancelled} tells the members
 * signed up when one is cancelled). It reacts to
 * other modules' events ({@code SurveyAnswered}, and the {@link ActivityAttended} and {@link ReferralSigned} it
 * defines for the activities and sales to come) and reads their public APIs; nothing
 * calls into it but the readers it offers for reports ({@link MerchantFigures}) and the owner's data copy
 * ({@link ClubData}). What it does leaves as events: {@code privacy} records the consents (club, magazine) and audits
 * membership and points, {@code notifications} sends the greetings and the magazine.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer club")
package com.estatecare.club;
