package com.estatecare.calendar;

/** How a date departs from the ordinary week. */
public enum DayKind {
    /** 法定节假日 (休) */
    HOLIDAY,
    /** 调休上班日 (班): a weekend day that is worked */
    WORKDAY
}
