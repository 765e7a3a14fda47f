package com.estatecare.requests;

/** Whether a complaint has been, or may be, exposed by the press or public websites (媒体曝光). */
public enum Media {
    NONE, LIKELY, EXPOSED
}
