package com.estatecare.retention;

import java.time.Instant;
import java.util.List;

/**
 * A retention sweep removed personal data past its period from these records of one company: the kind of data
 * ({@link DataKind}), the policy version that set the period, the cutoff (what was older went) and the records; or
 * an approved erasure anonymised a customer ({@link DataKind#ERASURE}: policy version 0, the cutoff its moment).
 * Published by the module that owns the records, in the transaction that removed it; {@code privacy} audits it.
 */
public record RetentionSwept(DataKind kind, long companyId, int policyVersion, Instant cutoff, String recordType,
        List<Long> recordIds) {

    /** The kinds of personal data a retention period applies to. */
    public enum DataKind {
        /** 通话录音: the reference to a call's recording. */
        CALL_RECORDING,
        /** 照片与附件: a request's photos and documents. */
        PHOTOS,
        /** 已关闭工单: a closed request's personal text, anonymised. */
        CLOSED_REQUEST,
        /** 未成交客户: a prospect who never owned a unit, anonymised. */
        PROSPECT,
        /** 渠道消息: a message that came by e-mail or WeChat, or its sender's address, after a closed request's period. */
        CHANNEL_MESSAGE,
        /** 删除: an owner's approved erasure request (PIPL art. 47) anonymised the customer; no period applies. */
        ERASURE
    }
}
