package com.estatecare.inbound;

/** The channel a message waiting in the triage list came by. */
public enum TriageChannel {
    /** 邮件: a company's mailbox, polled over IMAP. */
    EMAIL,
    /** 微信: a message to the official account from somebody not linked to a customer. */
    WECHAT
}
