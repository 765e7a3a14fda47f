-- The check-out request (退房申请, decision 041) has time limits of its own: contacting the customer within one
-- working day, and the answer within 15 days. A fresh installation reads them from the spec's defaults; here every
-- time-limit policy already stored (the group's and each company's own) gets them as a new version, which an
-- administrator edits like any other.
insert into policy_version (kind, company_id, version, body, changed_by, changed_at, reason)
select p.kind, p.company_id, p.version + 1,
       jsonb_set(p.body::jsonb, '{limits}', (p.body::jsonb -> 'limits') || '[
         {"key": "CHECK_OUT_RESPONSE", "name": "退房申请联系客户", "kinds": ["CONSULTATION"], "emergency": null,
          "channel": null, "startOn": "REGISTERED", "stopOn": ["RESPOND"], "duration": "PT9H", "workingTime": true,
          "warnAfter": "PT6H", "onBreach": "NOTIFY_AND_ESCALATE", "source": "decision 041",
          "categories": ["CHECK_OUT"]},
         {"key": "CHECK_OUT_ANSWER", "name": "退房申请办结答复", "kinds": ["CONSULTATION"], "emergency": null,
          "channel": null, "startOn": "REGISTERED", "stopOn": ["ANSWER"], "duration": "PT360H", "workingTime": false,
          "warnAfter": "PT288H", "onBreach": "NOTIFY_AND_ESCALATE", "source": "decision 041",
          "categories": ["CHECK_OUT"]}
       ]'::jsonb)::text,
       'system', now(), '退房申请的时限 (V65)'
from policy_version p
where p.kind = 'time-limits'
  and p.version = (select max(q.version) from policy_version q where q.kind = p.kind and q.company_id = p.company_id)
  and not exists (select 1 from jsonb_array_elements(p.body::jsonb -> 'limits') l
                  where l ->> 'key' = 'CHECK_OUT_RESPONSE');
