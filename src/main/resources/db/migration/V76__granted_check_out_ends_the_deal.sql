-- A granted check-out request (退房) ends the deal (decision 049): the deal keeps the day it ended, the check-out
-- its outcome as the request's answer gave it (GRANTED or REFUSED; none while unanswered).
alter table sales_deal add column checked_out_on date;
alter table sales_check_out add column outcome varchar(20);
