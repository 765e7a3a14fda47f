package com.estatecare.grading;

/** 投诉分级 — the four grades of a complaint (SPEC §3); a lower number is more serious. */
public enum ComplaintGrade {
    /** 重大投诉 — grade 1 */
    MAJOR(1),
    /** 热点投诉 — grade 2 */
    HOTSPOT(2),
    /** 重要投诉 — grade 3 */
    IMPORTANT(3),
    /** 一般投诉 — grade 4 */
    ORDINARY(4);

    private final int number;

    ComplaintGrade(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public boolean isMoreSeriousThan(ComplaintGrade other) {
        return number < other.number;
    }

    public static ComplaintGrade of(int number) {
        for (ComplaintGrade grade : values()) {
            if (grade.number == number) {
                return grade;
            }
        }
        throw new IllegalArgumentException("no grade " + number);
    }
}
