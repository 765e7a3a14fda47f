-- Reason codes name the rule, not its default threshold: an administrator can
-- change the threshold (grading and escalation policies), so COLLECTIVE_FIVE
-- could fire at four. Every stored code is rewritten to the rule's name:
--   COLLECTIVE_FIVE            -> COLLECTIVE_MAJOR
--   COLLECTIVE_THREE           -> COLLECTIVE_HOTSPOT
--   HOTSPOT_THREE_COMPLAINANTS -> HOTSPOT_DIFFERENT_COMPLAINANTS
--   UNRESOLVED_ONE_MONTH       -> UNRESOLVED_MAJOR
--   UNRESOLVED_ONE_WEEK        -> UNRESOLVED_HOTSPOT
--   REPAIR_THIRD_REPORT        -> REPAIR_REPEATED_TO_PROJECT_COMPANY
--   REPAIR_FOURTH_REPORT       -> REPAIR_REPEATED_TO_HEADQUARTERS
--   COMPLAINT_SECOND           -> COMPLAINT_REPEATED_TO_PROJECT_COMPANY
--   COMPLAINT_THIRD            -> COMPLAINT_REPEATED_TO_HEADQUARTERS
-- \m and \M match whole codes only (the underscore is a word character).
create function pg_temp.renamed_reason_codes(codes text) returns text language sql immutable as $$
    select regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           regexp_replace(regexp_replace(regexp_replace(regexp_replace(codes,
           '\mCOLLECTIVE_FIVE\M', 'COLLECTIVE_MAJOR', 'g'),
           '\mCOLLECTIVE_THREE\M', 'COLLECTIVE_HOTSPOT', 'g'),
           '\mHOTSPOT_THREE_COMPLAINANTS\M', 'HOTSPOT_DIFFERENT_COMPLAINANTS', 'g'),
           '\mUNRESOLVED_ONE_MONTH\M', 'UNRESOLVED_MAJOR', 'g'),
           '\mUNRESOLVED_ONE_WEEK\M', 'UNRESOLVED_HOTSPOT', 'g'),
           '\mREPAIR_THIRD_REPORT\M', 'REPAIR_REPEATED_TO_PROJECT_COMPANY', 'g'),
           '\mREPAIR_FOURTH_REPORT\M', 'REPAIR_REPEATED_TO_HEADQUARTERS', 'g'),
           '\mCOMPLAINT_SECOND\M', 'COMPLAINT_REPEATED_TO_PROJECT_COMPANY', 'g'),
           '\mCOMPLAINT_THIRD\M', 'COMPLAINT_REPEATED_TO_HEADQUARTERS', 'g')
$$;

-- Grading: the current grade's reasons and the ones a manual change set aside, and the history.
update complaint_grade set reasons = pg_temp.renamed_reason_codes(reasons),
                           waived = pg_temp.renamed_reason_codes(waived)
where reasons <> pg_temp.renamed_reason_codes(reasons) or waived <> pg_temp.renamed_reason_codes(waived);
update complaint_grade_history set reasons = pg_temp.renamed_reason_codes(reasons)
where reasons <> pg_temp.renamed_reason_codes(reasons);

-- Escalation: the step's rule, its idempotency source ('rule:<CODE>') and the ladder's note ('<CODE>: 3 reports …').
update escalation_step set reason_code = pg_temp.renamed_reason_codes(reason_code),
                           source = pg_temp.renamed_reason_codes(source),
                           note = pg_temp.renamed_reason_codes(note)
where reason_code <> pg_temp.renamed_reason_codes(reason_code);

-- Accountability: one fine per request and rule.
update fine set rule = pg_temp.renamed_reason_codes(rule) where rule <> pg_temp.renamed_reason_codes(rule);

-- The timeline's entries of grading, escalation and fines carry the codes in their details (and the
-- ladder's note). The timeline is append-only; this one correction lifts the guard for itself.
alter table request_timeline disable trigger request_timeline_no_update;
update request_timeline set details = pg_temp.renamed_reason_codes(details),
                            note = pg_temp.renamed_reason_codes(note)
where (action in ('GRADE', 'ESCALATE', 'ESCALATE_AT_TOP') or action like 'FINE\_%')
  and (details <> pg_temp.renamed_reason_codes(details) or note <> pg_temp.renamed_reason_codes(note));
alter table request_timeline enable trigger request_timeline_no_update;

-- Events not yet delivered (ComplaintGraded, RequestEscalated) are delivered with the new codes.
update event_publication set serialized_event = pg_temp.renamed_reason_codes(serialized_event)
where completion_date is null and serialized_event <> pg_temp.renamed_reason_codes(serialized_event);
