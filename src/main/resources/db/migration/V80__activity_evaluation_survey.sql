-- A club activity is evaluated by its attendees through a survey (decision 052): the campaign goes to the people
-- the club names (audience PARTICIPANTS, milestone AFTER_ACTIVITY), and the activity remembers its campaign, once.
alter table survey_campaign drop constraint survey_campaign_audience_check;
alter table survey_campaign add constraint survey_campaign_audience_check
    check (audience in ('BUYERS_BEFORE_HANDOVER', 'OWNERS_AFTER_HANDOVER', 'ALL_OWNERS', 'PARTICIPANTS'));

alter table club_activity add column evaluation_campaign_id bigint references survey_campaign (id);

-- The group's activity evaluation template (活动评估问卷), which a company may replace with its own version.
insert into survey_template (company_id, code, version, name, name_en, questions, changed_by, changed_at)
values (0, 'activity', 1, '活动评估问卷', 'Activity evaluation survey', '[
  {"key": "satisfaction", "type": "SCALE", "text": "您对本次活动的总体满意度如何？", "textEn": "How satisfied are you with this activity overall?", "required": true, "measures": "SATISFACTION"},
  {"key": "organisation", "type": "SCALE", "text": "您对活动的组织（时间、场地、流程）满意吗？", "textEn": "How satisfied are you with how it was organised (time, place, running order)?", "required": true},
  {"key": "again", "type": "CHOICE", "text": "您还会参加客户会的类似活动吗？", "textEn": "Would you come to a similar club activity again?", "required": true, "options": [
    {"key": "yes", "text": "会", "textEn": "Yes"},
    {"key": "maybe", "text": "不确定", "textEn": "Not sure"},
    {"key": "no", "text": "不会", "textEn": "No"}]},
  {"key": "comment", "type": "TEXT", "text": "您希望以后举办什么样的活动？", "textEn": "What activities would you like us to hold?", "required": false}
]', 'system', now());
