-- 老带新: the customer who referred a visitor of the sales office (source REFERRAL), so that the contract the
-- visitor signs earns the referrer the club's referral points (decision 041).
alter table sales_prospect add column referrer_customer_id bigint;
