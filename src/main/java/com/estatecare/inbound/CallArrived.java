package com.estatecare.inbound;

import java.time.Instant;

/**
 * The call centre reported an incoming call for an agent (来电弹屏): the agent's open workbench is told to open the
 * intake with the caller's customer found. Ids only: the number stays with the call ({@code callId}).
 */
public record CallArrived(long callId, long companyId, long agentId, Instant at) {
}
