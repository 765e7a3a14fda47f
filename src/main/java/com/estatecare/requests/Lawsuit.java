package com.estatecare.requests;

/** Whether a complaint has led, or may lead, to a lawsuit (法律诉讼). */
public enum Lawsuit {
    NONE, LIKELY, FILED
}
