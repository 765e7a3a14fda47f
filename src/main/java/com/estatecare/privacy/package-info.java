/**
 * Personal data under PIPL (个人信息保护法, SPEC §13): the append-only audit log (审计日志) of sign-ins, reveals,
 * exports, imports and changes of customers, accounts, tokens and policies, written by listening to the events of
 * the modules it audits (which never call it); and the audited reveal of a customer's full phone number, with a
 * reason and a per-person daily limit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package com.estatecare.privacy;
