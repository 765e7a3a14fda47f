package com.estatecare.club.internal;

/**
 * 联盟商家评估: a merchant's grade of a year is decided from its members' ratings of that year and the complaints
 * recorded about it — too few ratings and it is not graded ({@code MERCHANT_TOO_FEW_RATINGS}); else the first of the
 * policy's grades (best first) whose lowest average it reaches and whose most complaints it stays within
 * ({@code MERCHANT_GRADE_REACHED}); else none ({@code MERCHANT_NO_GRADE_REACHED}, a reason to talk to the merchant
 * or suspend it). The average is rounded to two decimals before it is compared, as it is shown.
 */
final class MerchantAssessmentRule {

    /** Why a merchant has the grade it has. */
    enum Reason {
        MERCHANT_TOO_FEW_RATINGS, MERCHANT_GRADE_REACHED, MERCHANT_NO_GRADE_REACHED
    }

    /** The decision: the grade (null: none), the average (null without ratings), and why. */
    record Decision(MerchantPolicy.Grade grade, Double average, long ratings, long complaints, Reason reason) {
    }

    private MerchantAssessmentRule() {
    }

    static Decision assess(MerchantPolicy policy, long ratings, long scoreSum, long complaints) {
        Double average = ratings == 0 ? null : Math.round(scoreSum * 100.0 / ratings) / 100.0;
        if (ratings < policy.minRatings() || average == null) {
            return new Decision(null, average, ratings, complaints, Reason.MERCHANT_TOO_FEW_RATINGS);
        }
        for (MerchantPolicy.Grade grade : policy.grades()) {
            if (average >= grade.minAverage() && complaints <= grade.maxComplaints()) {
                return new Decision(grade, average, ratings, complaints, Reason.MERCHANT_GRADE_REACHED);
            }
        }
        return new Decision(null, average, ratings, complaints, Reason.MERCHANT_NO_GRADE_REACHED);
    }
}
