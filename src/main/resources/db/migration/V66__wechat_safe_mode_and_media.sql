-- WeChat's safe (encrypted) mode: the account's AppID, checked against the one inside every decrypted message, and
-- its EncodingAESKey, sealed by the platform's field cipher like the token (decision 024). An account with a key
-- takes encrypted messages only (decision 042).
alter table wechat_account add column app_id varchar(32);
alter table wechat_account add column aes_key_key varchar(40);
alter table wechat_account add column aes_key_sealed bytea;
alter table wechat_account add constraint wechat_account_safe_mode_whole
    check ((app_id is null) = (aes_key_sealed is null) and (aes_key_key is null) = (aes_key_sealed is null));

-- The media of an image or voice message, fetched by its MediaId through the media gateway after the callback has
-- answered: when it became an attachment of the request, or why it did not (too large, a type not taken, the
-- request closed).
alter table wechat_message add column media_attached_at timestamp with time zone;
alter table wechat_message add column media_error varchar(200);
