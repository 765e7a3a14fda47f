package com.estatecare.webhooks;

/** What a webhook subscription can ask to be told about. */
public enum WebhookEventType {
    /** 受理: a request was registered. */
    REQUEST_REGISTERED,
    /** A lifecycle step was taken on a request. */
    REQUEST_TRANSITIONED,
    /** 升级: a request moved up the escalation ladder. */
    REQUEST_ESCALATED,
    /** 超时: a time limit of a request passed. */
    CLOCK_BREACHED
}
