package com.estatecare.consultations;

/** The consultants of 顾问支持制 (seed 001), one per field. */
public enum ConsultantField {
    /** 法律事务顾问 (法务部) */
    LEGAL,
    /** 工程质量顾问 (工程部) */
    ENGINEERING_QUALITY,
    /** 规划设计顾问 (设计部) */
    PLANNING_DESIGN,
    /** 营销推广顾问 (营销部) */
    MARKETING,
    /** 媒体关系顾问 (行政部) */
    MEDIA_RELATIONS
}
